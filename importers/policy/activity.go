package policy

import (
	"regexp"
	"strings"
)

// dataCategories maps vocabulary labels (GDPR.md §8) to the words that reveal them.
var dataCategories = []struct {
	label string
	re    *regexp.Regexp
}{
	{"identity", regexp.MustCompile(`(?i)\bname\b|\bnamen?\b|date of birth|geburtsdatum|ausweis|id card|passport`)},
	{"contact", regexp.MustCompile(`(?i)e-?mail|phone|telephone|telefon|address|adresse|anschrift|kontaktdaten|contact (?:data|details)`)},
	{"contract", regexp.MustCompile(`(?i)\border|bestell|contract data|vertragsdaten|purchase|kauf`)},
	{"payment", regexp.MustCompile(`(?i)payment|zahlung|bank|iban|credit card|kreditkarte|billing|rechnung`)},
	{"connection", regexp.MustCompile(`(?i)ip[- ]address|ip-adresse|browser|log ?files?|logdatei|device|gerät|operating system|betriebssystem`)},
	{"usage", regexp.MustCompile(`(?i)cookie|usage data|nutzungsdaten|pages visited|besuchte seiten|click|klick|online identifier`)},
	{"location", regexp.MustCompile(`(?i)location|standort|geolocation`)},
	{"professional", regexp.MustCompile(`(?i)\bcv\b|curriculum|lebenslauf|qualification|qualifikation|zeugnis|certificate|application documents|bewerbungsunterlagen`)},
	{"communication", regexp.MustCompile(`(?i)message|nachricht|content of (?:your|the) (?:enquiry|request|communication)|inhalt (?:ihrer|der) (?:anfrage|nachricht)|correspondence`)},
	{"health", regexp.MustCompile(`(?i)health|gesundheit|medical|medizinisch|diagnos|befund|patient`)},
}

var rePurpose = regexp.MustCompile(`(?i)purpose|in order to|so that we|\bzweck|\bum\b[^.]{3,80}\bzu\b|\bdient\b|serves to|we use (?:this|these|the) (?:data|information) (?:to|for)`)

// activity describes the section si over the span [start, end).
func (d *docView) activity(si, start, end int, bases basisSet, recs []Recipient, rets []Retention) Activity {
	body := d.text[start:end]
	a := Activity{Title: d.secs[si].Title, Section: d.path(si), LegalBases: bases.inSpan(start, end),
		Purposes: []string{}, DataCategories: []string{}, Recipients: []string{},
		Evidence: d.evidence(d.secs[si].HeadingStart, d.secs[si].HeadingEnd)}
	for _, dc := range dataCategories {
		if dc.re.MatchString(body) {
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
		if d.sents[i].start >= start && rePurpose.MatchString(t) && len(t) > 30 {
			out = append(out, shorten(strings.TrimSpace(t), 200))
		}
	}
	return out
}
