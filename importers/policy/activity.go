package policy

import (
	"strings"
	"sync"

	"github.com/dpodesk/dpodesk/internal/ahocorasick"
)

// dataCategories maps vocabulary labels (GDPR.md §8) to lower-case words that
// reveal them: a category is named where one of its words occurs.
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

// categoryWords is one automaton of every data category's words, and for
// each word the bit of its category: a section's body is read once for all
// the categories, not once per word.
var categoryWords = sync.OnceValues(func() (*ahocorasick.Automaton, []uint64) {
	var words []string
	var bits []uint64
	for c, dc := range dataCategories {
		for _, w := range dc.words {
			words, bits = append(words, w), append(bits, 1<<c)
		}
	}
	return ahocorasick.New(words), bits
})

// dataCategoriesIn names the categories of dataCategories whose words occur
// in the lower-cased text, in the list's order.
func dataCategoriesIn(lower string) []string {
	auto, bits := categoryWords()
	var found uint64
	auto.EachEnd(lower, func(state int32) {
		for _, w := range auto.Ends(state) {
			found |= bits[w]
		}
	})
	out := []string{}
	for c, dc := range dataCategories {
		if found&(1<<c) != 0 {
			out = append(out, dc.label)
		}
	}
	return out
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
	a.DataCategories = dataCategoriesIn(strings.ToLower(body))
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
