package policy

import (
	"regexp"
	"strings"
)

var (
	// Sections that give general information rather than a purpose.
	reGeneralTitle = regexp.MustCompile(`(?i)^(?:privacy (?:policy|notice|statement)|data protection (?:notice|statement|declaration|policy|information)|datenschutz(?:erklärung|hinweise|information)|patienteninformation)\b|^(?:privacy(?: policy| notice| statement)?|data protection(?: notice| statement| declaration| policy)?|datenschutz(?:erklärung|hinweise?|information(?:en)?)?|introduction|preamble|einleitung|präambel|overview|übersicht|allgemeines|general|contact(?: us| details)?|kontakt|closing|accuracy|children(?: data)?|kinder|do not track|external links|links|miscellaneous|sonstiges|glossary|legal notice|impressum|gdpr|dsgvo|access|correct(?:ion)?|delete|deletion|restrict|object|transfer|opt-out|customers|service providers)[\s.?!:]*$|definition|begriffsbestimmung|general principles|\bcontact us\b|how to contact|\brepresentative\b|\bdeletion\b|\bscope of (?:this|the) (?:privacy|policy)|geltungsbereich|this privacy policy apply|\brights?\b|\brecht(?:e|s)?\b|betroffenenrecht|widerspruch|widerruf|revocation|objection|complaint|beschwerde|\b(?:art(?:icle|\.)?|§)\s*(?:1[5-9]|2[0-2]|77)\b|\bsecur|sicherheit|\bssl\b|encrypt|verschlüssel|changes?\b|änderung|updates? (?:to|of)|validity|gültigkeit|who (?:is|are) responsible|responsible (?:body|party)|\bcontroller\b|verantwortliche|data protection officer|datenschutzbeauftragte|supervisory|aufsicht|recipients?\b|empfänger|how we share|disclos|weitergabe|transmission of|third countr|drittl|data transfer|transfer of (?:personal )?data|outside the eu|außerhalb der eu|international transfer|data location|storage period|retention|speicherdauer|how long|löschung|legal bas|lawful bas|rechtsgrundlage|automated decision|profiling|obligation to provide|pflicht zur bereitstellung|what data|which data|welche daten|origin of|herkunft|sources? of|categories of|kategorien|further information|weitere informationen|sensitive personal|organi[sz]ation administered|queries|questions|fragen|choices|opt-out|sharing, storage|how we process|uses of the information|information we (?:may )?collect|information collection|purposes and`)
	// Titles whose whole subtree is general: the rights, definitions, security or
	// data-origin chapters.
	reGeneralSubtree = regexp.MustCompile(`(?i)\brights?\b|\brechte\b|betroffenenrecht|definition|begriffsbestimmung|\bsecur|sicherheit|origin of|herkunft|sources? of|choices|general principles|allgemeine grundsätze`)
	// Sub-sections that describe one facet of their parent's processing.
	reFacetTitle = regexp.MustCompile(`(?i)^(?:purpose|zweck|legal basis|rechtsgrundlage|storage period|speicherdauer|data deletion|dauer der speicherung|opportunity to object|widerspruchs|beseitigung|scope (?:and purpose )?of (?:the )?processing|umfang der|purpose of (?:the )?processing|recipients? of|empfänger|general information|allgemeine information|more information|weitere information|description and scope|beschreibung und umfang|conclusion of a data processing|necessary cookies|non[- ]necessary cookies|type [a-z]\b|typ [a-z]\b|nicht klassifiziert|art der|categories of data|datenkategorien|data categories|possibility to object|objection and removal)`)
	// Processing verbs: a section that uses none describes no processing.
	reProcessingVerb = regexp.MustCompile(`(?i)\bprocess|\bcollect|\bstor|\buse[sd]?\b|\busing\b|\btransmit|\bsend|\bshare|\banaly[sz]|\btrack|\bpass|\bkeep|\brecord|\breceiv|\bdisclos|\bhandl|\bdelet|\bpublish|verarbeit|erheb|erfass|speicher|nutz|verwend|übermitt|eingesetzt|einsatz|setzen\b|weiter|bewahr|veröffentlich|lösch|übertrag|abwickl|wickeln|melden|erhalten`)
)

// topics group titles that describe the same processing, so that an intro section
// and a later detail section are one activity.
var topics = []struct {
	name string
	re   *regexp.Regexp
}{
	{"cookies", regexp.MustCompile(`(?i)cookie`)},
	{"newsletter", regexp.MustCompile(`(?i)newsletter`)},
	{"logs", regexp.MustCompile(`(?i)log ?files?|log data|server ?log|logdatei|protokoll|provision of the website|bereitstellung der website`)},
	{"contact", regexp.MustCompile(`(?i)contact|kontakt|enquir|inquir|anfrage`)},
	{"applications", regexp.MustCompile(`(?i)applica(?:tion|nt)|bewerb|job|career|karriere|recruit`)},
	{"registration", regexp.MustCompile(`(?i)registr|user account|customer account|kundenkonto|benutzerkonto`)},
	{"payment", regexp.MustCompile(`(?i)payment|zahlung`)},
	{"hosting", regexp.MustCompile(`(?i)hosting`)},
	{"social", regexp.MustCompile(`(?i)social media|social network|soziale|sozialen`)},
	{"advertising", regexp.MustCompile(`(?i)advertis|werbung`)},
	{"marketing", regexp.MustCompile(`(?i)\bmarketing\b`)},
	{"analytics", regexp.MustCompile(`(?i)web ?analy|webanalyse|tracking|analytics`)},
}

func topicOf(title string) string {
	for _, t := range topics {
		if t.re.MatchString(title) {
			return t.name
		}
	}
	return ""
}

// findActivities suggests one activity per section that describes a purpose.
func findActivities(d *docView, bases basisSet, recs []Recipient, rets []Retention) []Activity {
	cands := activitySections(d, recs)
	out := []Activity{}
	for k, si := range cands {
		end := d.secs[si].End
		if k+1 < len(cands) && d.secs[cands[k+1]].HeadingStart < end {
			end = d.secs[cands[k+1]].HeadingStart // a child activity takes its own text
		}
		out = append(out, d.activity(si, d.secs[si].HeadingStart, end, bases, recs, rets))
	}
	return out
}

// activitySections picks the sections that are activities, in document order.
func activitySections(d *docView, recs []Recipient) []int {
	names := normRecipientNames(recs)
	isCand := make([]bool, len(d.secs))
	for i, s := range d.secs {
		t := s.Title
		if t == "" || reGeneralTitle.MatchString(t) || reFacetTitle.MatchString(t) && s.Parent >= 0 || inGeneralSubtree(d, i) {
			continue
		}
		body := strings.TrimSpace(d.text[s.Start:s.End])
		if len(body) > 1500 {
			body = body[:1500]
		}
		isCand[i] = len(body) > 40 && (len(body) > 200 || reProcessingVerb.MatchString(body)) && !isDocumentTitle(d, i)
	}
	var out []int
	seenTopic := map[string]bool{}
	for i := range d.secs {
		if !isCand[i] || (hasCandChild(d, isCand, i) && !ownIntroDescribes(d, isCand, i)) {
			continue
		}
		named := titleNamesRecipient(d.secs[i].Title, names)
		tp := topicOf(d.secs[i].Title)
		if tp != "" && !named && seenTopic[tp] {
			continue // the same processing again: merged into the first section
		}
		if tp != "" {
			seenTopic[tp] = true
		}
		out = append(out, i)
	}
	return out
}

// isDocumentTitle: a section holding most of the text is the document's title
// (an <h1> or a first line), not a purpose.
func isDocumentTitle(d *docView, i int) bool {
	s := d.secs[i]
	return s.End-s.HeadingStart > len(d.text)*7/10 && hasChild(d, i)
}

func hasChild(d *docView, i int) bool {
	return i+1 < len(d.secs) && d.secs[i+1].Parent == i
}

// inGeneralSubtree: an ancestor is a rights, definitions or security chapter.
func inGeneralSubtree(d *docView, i int) bool {
	for p := d.secs[i].Parent; p >= 0 && p < i; p = d.secs[p].Parent {
		if reGeneralSubtree.MatchString(d.secs[p].Title) {
			return true
		}
	}
	return false
}

func hasCandChild(d *docView, isCand []bool, i int) bool {
	for j := i + 1; j < len(d.secs) && d.secs[j].HeadingStart < d.secs[i].End; j++ {
		if isCand[j] {
			return true
		}
	}
	return false
}

// ownIntroDescribes: the text before the first child section describes processing
// itself (a legal basis or a substantial paragraph), so the parent stays an activity.
func ownIntroDescribes(d *docView, isCand []bool, i int) bool {
	end := d.secs[i].End
	for j := i + 1; j < len(d.secs) && d.secs[j].HeadingStart < end; j++ {
		end = d.secs[j].HeadingStart
		break
	}
	intro := d.text[d.secs[i].Start:end]
	return len(parseCitations(intro)) > 0 || len(strings.TrimSpace(intro)) > 600
}

// titleNamesRecipient: the title names a recipient or a catalogue service (also one
// left out as a recipient, such as a self-hosted tool).
func titleNamesRecipient(title string, names []string) bool {
	for _, m := range cat.mentions(title) {
		if m.ref.vendor >= 0 {
			return true
		}
	}
	t := normName(title)
	for _, n := range names {
		if containsWords(t, n) {
			return true
		}
	}
	return false
}

// normRecipientNames lists the normalised names, entities and aliases of recipients.
func normRecipientNames(recs []Recipient) []string {
	var out []string
	for _, r := range recs {
		for _, n := range append([]string{r.Name, r.LegalEntity}, r.Aliases...) {
			if nn := normName(n); nn != "" {
				out = append(out, nn)
			}
		}
	}
	return out
}
