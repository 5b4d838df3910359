package policy

import (
	"strings"
)

// dataCategories maps vocabulary labels (GDPR.md §8) to lower-case words that
// reveal them; a plain substring test per word keeps this cheap on long sections.
var dataCategories = []struct {
	label string
	words []string
}{
	{"identity", []string{" name", "date of birth", "geburtsdatum", "ausweis", "id card", "passport"}},
	{"contact", []string{"e-mail", "email", "phone", "telefon", "address", "adresse", "anschrift", "kontaktdaten", "contact data", "contact details"}},
	{"contract", []string{" order", "bestell", "contract data", "vertragsdaten", "purchase", "kauf"}},
	{"payment", []string{"payment", "zahlung", "bank", "iban", "credit card", "kreditkarte", "billing", "rechnung"}},
	{"connection", []string{"ip address", "ip-address", "ip-adresse", "browser", "log file", "logfile", "logdatei", "device", "gerät", "operating system", "betriebssystem"}},
	{"usage", []string{"cookie", "usage data", "nutzungsdaten", "pages visited", "besuchte seiten", "click", "klick", "online identifier"}},
	{"location", []string{"location", "standort"}},
	{"professional", []string{"cv ", "cv,", "curriculum", "lebenslauf", "qualification", "qualifikation", "zeugnis", "application documents", "bewerbungsunterlagen"}},
	{"communication", []string{"message", "nachricht", "content of your", "inhalt ihrer", "correspondence"}},
	{"health", []string{"health", "gesundheit", "medical", "medizinisch", "diagnos", "befund", "patient"}},
}

var rePurpose = newKW(`(?i)purpose|in order to|so that we|\b(?:zweck|um\b[^.]{3,80}\bzu\b|dient\b)|serves to|we use (?:this|these|the) (?:data|information) (?:to|for)`, "purpose", "order to", "so that", "zweck", "um ", "dient", "serves", "we use")

// activity describes the section si over the span [start, end).
func (d *docView) activity(si, start, end int, bases basisSet, recs []Recipient, rets []Retention) Activity {
	body := d.text[start:end]
	title := d.secs[si].Title
	if topic, ok := labelledTopic(title); ok {
		title = topic // the processing, not the facet its title opens with
	}
	a := Activity{Title: title, Section: d.path(si), LegalBases: bases.inSpan(start, end),
		Purposes: []string{}, DataCategories: []string{}, Recipients: []string{},
		Evidence: d.evidence(d.secs[si].HeadingStart, d.secs[si].HeadingEnd)}
	if len(body) > 6000 {
		body = body[:6000] // the categories show in the opening of a section
	}
	lowerBody := strings.ToLower(body)
	for _, dc := range dataCategories {
		if (kw{words: dc.words}).may(lowerBody) {
			a.DataCategories = append(a.DataCategories, dc.label)
		}
	}
	for _, r := range recs {
		for _, e := range r.Evidence {
			if e.Start >= start && e.Start < end {
				a.Recipients = append(a.Recipients, r.Name)
				break
			}
		}
	}
	for _, rt := range rets {
		if rt.Evidence.Start >= start && rt.Evidence.Start < end {
			a.Retention = rt.Text
			break
		}
	}
	a.Purposes = d.purposes(start, end)
	return a
}

// purposes quotes up to two sentences of the span that state a purpose.
func (d *docView) purposes(start, end int) []string {
	out := []string{}
	i := d.sentenceIndex(start)
	if i < 0 {
		i = 0
	}
	for ; i < len(d.sents) && d.sents[i].start < end && len(out) < 2; i++ {
		t := d.sentText(d.sents[i])
		if d.sents[i].start >= start && len(t) > 30 && rePurpose.match(t, d.lower[i]) {
			out = append(out, shorten(strings.TrimSpace(t), 200))
		}
	}
	return out
}
