package policy

import (
	"slices"
	"strings"
	"sync"
)

// Bases stated in words. A phrase only counts in a sentence that talks about the
// basis of processing (a cue such as "based on", "legal basis", "Rechtsgrundlage"),
// or anywhere in a section whose title is about legal bases, where a list of the
// bases is usually given in words.
var (
	wordBases = [...]struct {
		code string
		re   kw
	}{
		{"6.1.a", newKW(`(?i)\b(?:(?:your|prior|explicit|express|specific|their|the user's|the individual's|given)\s+consent\b|consent\s*(?:\(|:|-|–)|based on consent|with consent|einwilligung|consented\b|(?:give|gives|given|grant|granted)\s+(?:us\s+)?(?:your\s+)?(?:voluntary\s+|explicit\s+|express\s+)?consent\b|(?:provided|if|once|where)\s+you\s+(?:have\s+)?(?:agreed|agree|consented|consent)\b|eingewilligt\b|zugestimmt\b)`, "consent", "einwillig", "agree", "eingewilligt", "zugestimmt")},
		{"6.1.b", newKW(`(?i)\b(?:perform(?:ance of|ing|)\s+(?:a|the|our|your|this|any)?\s*contract|contractual (?:obligation|relationship|purpose|measure|service)|pre-?contractual|fulfil(?:l|ment of|ling)?\s+(?:a|the|our)?\s*contract|necessary for (?:a|the) contract|vertragserfüllung|erfüllung (?:eines|des|unseres|von|unserer) vertrag|vorvertraglich|vertragsdurchführung|durchführung (?:des|eines) vertrag)|^\s*[•\-–*]?\s*contract\s*:|\b(?:(?:handling|execution|processing|performance)\s+of\s+(?:a|the|your|our)\s+(?:contract|order)|to provide (?:you )?(?:with )?the services? (?:you (?:have )?(?:requested|ordered|asked for)))`, "contract", "vertrag", "order", "requested", "ordered", "asked for")},
		{"6.1.c", newKW(`(?i)\b(?:legal obligations?\b|statutory obligations?\b|comply with (?:our|a|the|applicable)?\s*(?:legal|statutory)|comply with the law\b|(?:are|is) required by (?:\w+ )?law to (?:retain|keep|store|hold|report|provide|disclose)\b|rechtliche[nr]? verpflichtung|gesetzliche[nr]? (?:verpflichtung|pflicht))`, "oblig", "verpflicht", "pflicht", "comply", "required by")},
		{"6.1.d", newKW(`(?i)\b(?:vital interests?\b|lebenswichtige[rn]? interesse)`, "vital", "lebenswicht")},
		{"6.1.e", newKW(`(?i)\b(?:public interest\b|official authority\b|public task\b|statutory (?:functions?|duty|duties|tasks?|powers)\b|öffentlichen interesse|öffentlicher gewalt|öffentliche[nr]? aufgabe|tasks? (?:assigned|conferred) (?:to|on) (?:us|it|them|the \w+) by (?:law|statute)\b|erfüllung (?:der|unserer|ihrer|seiner) (?:\p{L}+ ){0,4}?(?:zugewiesenen|übertragenen|obliegenden) (?:\p{L}+ )?aufgaben)`, "public", "official", "öffentlich", "statutory", "assigned", "conferred", "zugewiesen", "übertragenen", "obliegend")},
		{"6.1.f", newKW(`(?i)\b(?:legitimate (?:business )?interests?\b|legitimate business purposes?\b|berechtigte[nrs]? interesse|interessenabwägung|balancing of interests\b)`, "legitimate", "berechtigt", "interessenabw", "balancing")},
	}
	reBasisCue = newKW(`(?i)\b(?:legal bas[ie]s|lawful basis|legal grounds?\b|based (?:up)?on\b|on the basis\b|basis (?:of|for)\b|rel(?:y|ies|ied) (?:up)?on\b|justified by\b|pursuant to\b|in accordance with\b|processing is necessary\b|is necessary (?:for|to)\b|rechtsgrundlage|grundlage\b|gestützt|beruht|basiert|aufgrund\b|gemäß\b|zur (?:erfüllung|wahrung)\b|with your consent\b|mit ihrer (?:\p{L}+ )?einwilligung|provided (?:that )?you (?:have )?(?:agreed|consented)|(?:give|gives|grant|grants) (?:us )?(?:your )?(?:voluntary |explicit |express )?consent|sofern sie (?:eingewilligt|zugestimmt)|(?:for|to) the (?:handling|execution|performance) of (?:a|the|your) contract)`, "for the handling", "for the execution", "for the performance", "to the handling", "to the execution", "to the performance", "provided you", "provided that you", "give", "grant", "sofern sie", "legal bas", "lawful basis", "legal ground", "based on", "based upon", "on the basis", "basis of", "basis for", "rely on", "relies on", "relied on", "rely upon", "relies upon", "justified by", "pursuant to", "in accordance with", "processing is necessary", "is necessary for", "is necessary to", "rechtsgrundlage", "grundlage", "gestützt", "beruht", "basiert", "aufgrund", "gemäß", "zur erfüllung", "zur wahrung", "with your consent", "mit ihrer ")
	// Phrases that state a basis by themselves, without a cue such as "based
	// on": notices written without article numbers say "we do this to perform
	// our contract with you", "which is in our legitimate interest", "we ask
	// for your consent first", "where you have consented".
	reBasisSelfCue = newKW(`(?i)\b(?:(?:in|for|of|pursue|pursuing|serves?) (?:our|its|their|the) (?:own )?legitimate (?:business )?(?:interests?|purposes?)\b|to perform (?:our|the|a|your) contract\b|ask(?:s|ing)? (?:for )?your (?:prior |explicit |specific )?consent\b|seeks? your (?:prior |explicit |specific )?consent\b|(?:where|if|once|provided) you have given (?:us )?(?:your )?(?:prior |explicit |specific )?consent\b|only (?:with|after) your (?:prior |explicit |specific )?consent\b|(?:where|if|once|provided) you have consented\b|unser(?:em|es)? berechtigte[nms]? interesse|\bwe have an? legitimate interest\b|\bwir haben ein berechtigtes interesse|\bwe have a (?:legal|statutory) obligation\b|(?:are|is) required by (?:\w+ )?law to (?:retain|keep|store|hold|report|provide|disclose)\b)`, "legitimate", "perform", "consent", "berechtigt", "obligation", "required by")
	reBasisTitle   = []string{"legal basis", "legal bases", "lawful basis", "lawful bases", "legal ground", "rechtsgrundlage", "purpose and legal", "purposes and legal", "purpose and the legal", "purposes and the legal",
		"legislative basis", "lawfulness of processing", "rechtmäßigkeit der verarbeitung", "rechtliche grundlage", "gesetzliche grundlage"}
	// Titles of sections that describe data subject rights; bases named there are
	// conditions of a right, not bases the controller relies on.
	reRightsTitle = []string{" right", " recht", " object", " widerspruch", " widerruf", " portability", "übertragbarkeit", " access to ", " access request", " auskunft", " rectification", " berichtigung", " erasure", " restriction", " einschränkung", " complaint", " beschwerde", " betroffen", " automated individual decision", " automatisierte entscheidung", " automatisierter entscheidung"}
	// Sentences that explain a right.
	reRightsSentence = newKW(`(?i)right to object|\b(?:object to\b|widerspruch|widersprechen|portability\b|datenübertragbarkeit|right to (?:data )?(?:transfer|receive)|have the right\b|haben (?:sie )?das recht|recht auf\b|if you object\b|can object\b|may object\b)`, "object", "widersp", "portab", "übertragbar", "right to", "have the right", "das recht", "recht auf")
	// A title that mentions a right but really names processing or a legal-basis list;
	// "Who has access to your information?" names the recipients, not the right of access.
	reNotRightsTitle = []string{"legal bas", "rechtsgrundlage", "rechtliche grundlage", "gesetzliche grundlage", "purpose", "zweck", "consent management", "cookie", "newsletter", "access data", "zugangsdaten", "web analy", "webanaly", "right holder",
		"who has access", "who have access", "who can access", "who will have access", "who may have access", "has access to"}
)

// reBasisListIntro opens a section that lists the bases under a title that
// does not say so ("Why we can use it": "For each thing we do with your
// personal data, here is the lawful basis we rely on.", "The lawful basis
// for processing data identified by Example includes:", "We process your
// data because:"), as notices in the ICO's style do.
var reBasisListIntro = lazy(`\b(?:lawful|legal) bas(?:is|es) (?:that )?we (?:rely|depend) on\b|\bthe (?:lawful |legal )?basis on which we (?:process|use|hold)\b|\bon (?:the following|these) (?:lawful|legal) bas(?:is|es)\b|\bauf (?:folgende[rn]?|diese[rn]?) rechtsgrundlage|\bwe (?:process|use|hold|keep|collect) (?:your |this |such )?(?:personal |special category )?(?:data|information) because\s*:`)

// reBasesAreColon ends the clause that names the bases as a list follows:
// "The lawful basis for processing data identified by Example includes:",
// "Unsere Rechtsgrundlagen sind:".
var reBasesAreColon = lazy(`\b(?:includes?|are|is|comprises?|sind|ist|umfassen|may be(?: in particular)?|können sein)\s*:$`)

// basisWordsColon: a clause of the opening that names the lawful basis runs
// to a colon after "includes", "are" … (the list's introduction). Found with
// string search, since "Rechtsgrundlage" stands in most openings of German
// policies and an expression over each would cost.
func basisWordsColon(opening string) bool {
	for _, w := range []string{"lawful bas", "legal bas", "rechtsgrundlage"} {
		for from := 0; ; {
			i := strings.Index(opening[from:], w)
			if i < 0 {
				break
			}
			rest := opening[from+i:]
			end := strings.IndexAny(rest, ".:\n")
			if end > 0 && end <= maxBasisClause && rest[end] == ':' && reBasesAreColon.MatchString(rest[:end+1]) {
				return true
			}
			from += i + len(w)
		}
	}
	return false
}

// basisListItem: the sentence is an item of a list that a sentence
// introducing the bases opens ("the lawful bases we rely on for processing
// this information are:" over "(a) Your consent," and "(b) We have a
// contractual obligation,"), wherever in its section the list stands: the
// ICO's template sets it after the purposes, beyond basisIntroSpan.
func (d *docView) basisListItem(si int) bool {
	if !opensListItem(d.text, d.sents[si].start) {
		return false
	}
	for k := si - 1; k >= 0 && si-k <= maxBasisListItems && d.sents[k].sec == d.sents[si].sec; k-- {
		if opensListItem(d.text, d.sents[k].start) {
			continue
		}
		intro := strings.TrimSpace(d.lower[k])
		return strings.HasSuffix(intro, ":") && introducesBases(intro)
	}
	return false
}

// maxBasisListItems bounds how many items a list of bases runs to before
// its introduction: the six of Art. 6(1) and a few that span two sentences.
const maxBasisListItems = 10

// maxBasisClause bounds the clause from "lawful basis" to its colon, in bytes.
const maxBasisClause = 120

// introducesBases: the opening of a section introduces a list of bases. The
// expression has no literal start, so the words it needs are looked for
// first: it would otherwise run on every section.
func introducesBases(opening string) bool {
	for _, w := range basisIntroWords {
		if strings.Contains(opening, w) {
			return reBasisListIntro.MatchString(opening) || basisWordsColon(opening)
		}
	}
	return basisWordsColon(opening)
}

// basisIntroWords are the words one of which each introduction of
// reBasisListIntro holds, and few other openings do.
var basisIntroWords = []string{" we rely on", " we depend on", "the following l", "these l", "auf folgende", "auf diese", "basis on which we",
	"because:"}

// basisIntroSpan is how far into a section its introduction of a list of
// bases may stand.
const basisIntroSpan = 300

// basisSection: the section or its parent is titled as a list of legal bases,
// or the section opens by introducing one; computed once per section asked
// about (1 yes, 2 no), since most sections never are.
func (d *docView) basisSection(sec int) bool {
	if d.basisSec == nil {
		d.basisSec = make([]int8, len(d.secs))
	}
	if d.basisSec[sec] == 0 {
		s := d.secs[sec]
		is := containsAny(padded(s.Title), reBasisTitle) ||
			s.Parent >= 0 && s.Parent < sec && d.basisSection(s.Parent) ||
			introducesBases(d.lowerText[s.Start:min(d.ownEnd(sec), s.Start+basisIntroSpan)])
		d.basisSec[sec] = 2
		if is {
			d.basisSec[sec] = 1
		}
	}
	return d.basisSec[sec] == 1
}

// reBasisLabel is a basis set as the label of a list item or paragraph, as
// notices in the ICO's style give each processing's basis: "* **Legitimate
// Interest** - We log …", "Contractual – …", "**Berechtigtes Interesse**: …".
var reBasisLabel = lazy(`^(?i)[\s*•\-–]*(?:\*\*|__)?(` + basisNames + `|contract(?:ual)?|vertrag)(?:\*\*|__)?\s*(?:[-–—:]|\*\*\s*[-–—:])`)

// basisNames are the names of the bases of Art. 6(1) as notices write
// them, which basisOfLabel knows: a label may also be a bare "Contract" or
// "Vertrag", a title of its own (reBasisTitleOnly) must be one of these.
const basisNames = `consent|contract(?:ual)? (?:obligation|necessity|performance)|performance of (?:a |the )?contract|legal (?:obligation|requirement)s?|vital interests?|public (?:task|interest)|legitimate interests?|einwilligung|vertragserfüllung|rechtliche verpflichtung|gesetzliche verpflichtung|lebenswichtige interessen|öffentliches interesse|berechtigte[sn]? interessen?`

// basisOfLabel gives the code of the basis a label names.
func basisOfLabel(label string) string {
	l := strings.ToLower(label)
	switch {
	case strings.HasPrefix(l, "consent") || strings.HasPrefix(l, "einwilligung"):
		return "6.1.a"
	case strings.Contains(l, "contract") || strings.HasPrefix(l, "vertrag"):
		return "6.1.b"
	case strings.HasPrefix(l, "legal") || strings.Contains(l, "verpflichtung"):
		return "6.1.c"
	case strings.HasPrefix(l, "vital") || strings.HasPrefix(l, "lebenswichtig"):
		return "6.1.d"
	case strings.HasPrefix(l, "public") || strings.HasPrefix(l, "öffentlich"):
		return "6.1.e"
	}
	return "6.1.f"
}

// basisLabelStarts are the first words of the labels reBasisLabel knows,
// lower-cased: a sentence opening otherwise is not tried.
var basisLabelStarts = []string{"consent", "contract", "performance", "legal", "vital", "public", "legitimate",
	"einwilligung", "vertrag", "rechtliche", "gesetzliche", "lebenswichtig", "öffentlich", "berechtigte"}

// maxLabelStart is how much of a sentence's opening is lower-cased to test
// it against basisLabelStarts, in bytes: the longest word and then some.
const maxLabelStart = 16

// labelledBasis reads a basis given as the label of a sentence's line.
func labelledBasis(txt string) []codeSpan {
	head := strings.TrimLeft(txt, " \t*•-–_")
	if !hasAnyPrefix(strings.ToLower(head[:min(len(head), maxLabelStart)]), basisLabelStarts) {
		return nil
	}
	m := reBasisLabel.FindStringSubmatchIndex(txt)
	if m == nil {
		return nil
	}
	return []codeSpan{{code: basisOfLabel(txt[m[2]:m[3]]), start: m[2], end: m[3]}}
}

// basesInWords finds bases named in words in sentence si.
func basesInWords(d *docView, si int, txt string) []codeSpan {
	return withSpecialConsent(d.sv(si), basesInWordsOnly(d, si, txt))
}

// reSpecialCategory names the special categories of personal data of
// Art. 9(1) in a sentence.
var reSpecialCategory = newKW(`(?i)special categor(?:y|ies)|sensitive (?:personal )?(?:data|information)|\bhealth\b|\bmedical\b|gesundheit|besonderer? kategorien?|besonders schützenswert|religio|ethnic|ethnisch|biometric|biometrisch|genetic|genetisch|sexual orientation|sexuelle orientierung|political opinion|politische meinung`,
	"special categor", "sensitive", "health", "medical", "gesundheit", "besondere kategorie", "besonderer kategorie",
	"besonders schützenswert", "religio", "ethnic", "ethnisch", "biometric", "biometrisch", "genetic", "genetisch",
	"sexual orientation", "sexuelle orientierung", "political opinion", "politische meinung")

// withSpecialConsent adds Art. 9(2)(a) where a sentence rests the processing
// of special categories of data on consent ("with your explicit consent we
// record information about your health"): consent is then the exception
// Art. 9 needs as well as the basis of Art. 6.
func withSpecialConsent(sv sent, out []codeSpan) []codeSpan {
	i := slices.IndexFunc(out, func(h codeSpan) bool { return h.code == "6.1.a" })
	if i < 0 || slices.ContainsFunc(out, func(h codeSpan) bool { return h.code == "9.2.a" }) || !reSpecialCategory.matchS(sv) {
		return out
	}
	return append(out, codeSpan{code: "9.2.a", start: out[i].start, end: out[i].end})
}

// basesInWordsOnly finds the bases of Art. 6 named in words in sentence si.
func basesInWordsOnly(d *docView, si int, txt string) []codeSpan {
	s, lower, sv := d.sents[si], d.lower[si], d.sv(si)
	if transferConditions(sv) {
		return nil
	}
	may := mayBases(sv)
	inBasisSection := s.sec >= 0 && d.basisSection(s.sec) || strings.Contains(txt, cellSep) && d.inBasisTable(s.start) ||
		slices.Contains(may[:], true) && d.basisListItem(si)
	phrased := append(phraseBases(sv, d.lang), labelledBasis(txt)...)
	if named := namedBases(sv, lower, inBasisSection, &may); len(named) >= minBasesListed {
		// "for legitimate interest, contractual obligation or legal
		// obligation purposes": a sentence naming several bases is about bases
		return mergeBases(named, phrased)
	}
	if !inBasisSection && !reBasisCue.mayS(sv) && !reBasisSelfCue.mayS(sv) {
		return phrased // no word that speaks of a basis: only the lexicon's phrases
	}
	cue := inBasisSection
	var out []codeSpan
	for k, wb := range wordBases {
		if !may[k] || wb.code == "6.1.e" && !inBasisSection && !strings.Contains(lower, "basis") {
			continue // "public interest" is too common outside a list of bases
		}
		loc := wb.re.findS(sv)
		if loc == nil || wb.code == "6.1.a" && withoutConsent(lower[:loc[0]]) {
			continue
		}
		if !cue && !reBasisCue.matchS(sv) && !reBasisSelfCue.matchS(sv) {
			return phrased // the sentence does not speak of the basis of processing
		}
		cue = true
		out = append(out, codeSpan{code: wb.code, start: loc[0], end: loc[1]})
	}
	if inBasisSection || reBasisIs.MatchString(lower) {
		out = append(out, labelBases(sv, out)...)
	}
	return mergeBases(out, phrased)
}

// withoutConsent: the text before a mention of consent ends with
// "without" ("ohne Ihre Einwilligung", "without your consent"), which
// states no consent, unless a negation turns it ("nicht ohne", "never
// without").
func withoutConsent(before string) bool {
	f := strings.Fields(before[max(0, len(before)-maxNegationReach):])
	for k := len(f) - 1; k >= 0 && k >= len(f)-2; k-- {
		if f[k] == "ohne" || f[k] == "without" {
			return k == 0 || !negationWords[f[k-1]]
		}
	}
	return false
}

// maxNegationReach is how far before a mention its "without" is looked
// for, in bytes; negationWords turn "without" round.
const maxNegationReach = 40

var negationWords = wordSet("nicht", "niemals", "nie", "not", "never")

// transferConditions: the sentence sets the conditions of a transfer to a
// third country ("… ausserhalb der Schweiz und der EU … nur vor, sofern
// dies zur Erfüllung gesetzlicher Verpflichtungen erforderlich ist"): the
// bases it names in words are the transfer's conditions, not the bases
// the controller relies on.
func transferConditions(sv sent) bool {
	return reThirdCountry.mayS(sv) && (strings.Contains(sv.lower, " nur ") || strings.Contains(sv.lower, " only ")) &&
		containsAny(sv.lower, []string{"sofern", "soweit", "wenn ", " if ", "provided that", " where "}) &&
		reThirdCountry.matchS(sv) && reTransferVerb.matchS(sv)
}

// reBasisIs is a sentence whose subject is the basis and whose predicate
// names it, as a list of bases does: "The lawful basis for processing your
// data for these purposes may be 'contractual' or 'legitimate interest'",
// "Die Rechtsgrundlage ist Ihre Einwilligung": a bare "contractual" or
// "consent" there is a basis.
var reBasisIs = lazy(`\b(?:the (?:lawful|legal) bas(?:is|es)|die rechtsgrundlagen?)\b[^.;:]{0,100}?\b(?:is|are|may be|will be|ist|sind|kann|können)\s+['‘’"“]?(?:\w+ ){0,2}?['‘’"“]?(?:consent|contract|contractual|einwilligung|vertrag)`)

// minBasesListed is how many different bases named in words make a
// sentence one about bases without a cue such as "based on".
const minBasesListed = 3

// namedBases lists the bases a sentence names in words, without asking for
// a cue; "public interest" counts only where the sentence speaks of a basis.
// may holds per word basis whether its prefilter admits the sentence.
func namedBases(sv sent, lower string, inBasisSection bool, may *[len(wordBases)]bool) []codeSpan {
	n := 0 // the cheap prefilters first: most sentences name no basis at all
	for _, m := range may {
		if m {
			n++
		}
	}
	if n < minBasesListed {
		return nil
	}
	var out []codeSpan
	for k, wb := range wordBases {
		if !may[k] || wb.code == "6.1.e" && !inBasisSection && !strings.Contains(lower, "basis") {
			continue
		}
		if loc := wb.re.findS(sv); loc != nil {
			out = append(out, codeSpan{code: wb.code, start: loc[0], end: loc[1]})
		}
	}
	return out
}

// mergeBases adds to out the phrased bases it lacks.
func mergeBases(out, phrased []codeSpan) []codeSpan {
	for _, p := range phrased {
		if !slices.ContainsFunc(out, func(h codeSpan) bool { return h.code == p.code }) {
			out = append(out, p)
		}
	}
	return out
}

// basisPhrases are the contract and consent phrases of each language's
// lexicon, which state a basis by themselves.
var basisPhrases = sync.OnceValue(func() map[string][]codedPhrase {
	return codedByLang(func(t titleWords) []codedList {
		return []codedList{{"6.1.b", t.ContractBasisPhrases}, {"6.1.a", t.ConsentBasisPhrases}}
	})
})

// phraseBases finds the basis phrases of the lexicon of lang in a sentence; a phrase after
// a negation ("ohne Ihr Einverständnis", "without your permission") states
// none. The sentence's trigrams rule out nearly every phrase before a search.
func phraseBases(sv sent, lang string) []codeSpan {
	var out []codeSpan
	ps := basisPhrases()[lang]
	for i := range ps {
		p := &ps[i]
		if slices.ContainsFunc(out, func(h codeSpan) bool { return h.code == p.code }) {
			continue
		}
		if start, end := p.in(sv); start >= 0 && !negatedAt(sv.lower, start) {
			out = append(out, codeSpan{code: p.code, start: start, end: end})
		}
	}
	return out
}

// negatedAt: the word before position i of lower is a negation of the
// lexicon ("without", "ohne").
func negatedAt(lower string, i int) bool {
	before := strings.TrimRight(lower[:i], " ")
	k := strings.LastIndexByte(before, ' ')
	return slices.Contains(titles().BasisNegations, before[k+1:])
}

// labelBaseWords are bases named by a bare word, which only a section about
// legal bases makes a basis: "Payments – contract and legal obligation",
// "Newsletter: your permission".
var labelBaseWords = []struct {
	code string
	re   kw
}{
	{"6.1.a", newKW(`(?i)\b(?:consent|permission|agreement|einwilligung|zustimmung)\b`, "consent", "permission", "agreement", "einwilligung", "zustimmung")},
	{"6.1.b", newKW(`(?i)\b(?:contract|contractual|vertrag|vertrags\w*)\b`, "contract", "vertrag")},
}

// reServiceBasis is the contract basis described by its purpose, as an item of
// a list of bases: "to provide legal services", "to deliver the services you
// ask for", "zur Erbringung unserer Leistungen". Only an item that names no
// other basis counts, since "we provide our services on the basis of our
// legitimate interests" names the service and relies on something else.
var reServiceBasis = newKW(`(?i)\bto (?:provide|deliver|perform|supply) (?:you with )?(?:our |the |your )?(?:[\w-]+ )?services?\b|\bzur (?:erbringung|erfüllung) (?:unserer|der|ihrer) (?:[\wäöüß-]+ )?[\wäöüß-]*(?:leistungen|dienste)\b`,
	"to provide", "to deliver", "to perform", "to supply", "zur erbringung", "zur erfüllung")

// labelBases finds the bare-word bases of sv that have is missing.
func labelBases(sv sent, have []codeSpan) []codeSpan {
	var out []codeSpan
	if len(have) == 0 {
		if loc := reServiceBasis.findS(sv); loc != nil {
			return []codeSpan{{code: "6.1.b", start: loc[0], end: loc[1]}}
		}
	}
	for _, w := range labelBaseWords {
		if slices.ContainsFunc(have, func(h codeSpan) bool { return h.code == w.code }) {
			continue
		}
		if loc := w.re.findS(sv); loc != nil {
			out = append(out, codeSpan{code: w.code, start: loc[0], end: loc[1]})
		}
	}
	return out
}

// opensWithRight: a title that is about a right from its first word ("Right
// to erasure", "Your rights", "Betroffenenrechte"), not one that names a
// right beside another topic ("Retention periods and your right to removal").
func opensWithRight(p string) bool {
	for _, w := range []string{" right", " your right", " recht", " ihre recht", " betroffenenrecht", " data subject", " rights of"} {
		if strings.HasPrefix(p, w) {
			return true
		}
	}
	return false
}

// reRightsArticle is an article of the data subject's rights (Art. 15 to
// 22 GDPR) cited alone in brackets, lower-cased: "(art. 18 dsgvo)".
var reRightsArticle = lazy(`^art(?:icle|ikel|\.)?\s?(?:1[5-9]|2[0-2])(?:\s*(?:abs\.|para\.?)\s*\d)?\s*(?:dsgvo|ds-gvo|gdpr|uk gdpr)$`)

// maxRightsCitation bounds the bracket a right's citation stands in, in bytes.
const maxRightsCitation = 28

// citesRightsArticle: the sentence ends by citing an article of the data
// subject's rights in brackets, as an item of a list of rights does
// ("Einschränkung der Datenverarbeitung, sofern … (Art. 18 DSGVO),"); one
// that does, and states no processing of the controller's, describes a
// right. Only the closing bracket is read: most sentences end otherwise.
func citesRightsArticle(lower string) bool {
	s := strings.TrimRight(lower, " ,.;\n")
	if !strings.HasSuffix(s, ")") {
		return false
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 || len(s)-open > maxRightsCitation {
		return false
	}
	return reRightsArticle.MatchString(strings.TrimSpace(s[open+1 : len(s)-1]))
}

// rightsPositions computes rightsFrom for every sentence once; titles are
// classified once per section.
func rightsPositions(d *docView) []int {
	secRights := make([]bool, len(d.secs))
	for i, s := range d.secs {
		p := padded(s.Title)
		// "Access" alone or "Access to your data" is the right; "Identity and
		// access" is the processing of log-in data
		// a sub-section of a right ("Exceptions" under "Right to erasure") explains it too
		inRight := s.Parent >= 0 && s.Parent < i && secRights[s.Parent] && opensWithRight(padded(d.secs[s.Parent].Title))
		secRights[i] = (p == " access " || inRight || containsAny(p, reRightsTitle)) && !containsAny(p, reNotRightsTitle)
	}
	out := make([]int, len(d.sents))
	for i, s := range d.sents {
		out[i] = -1
		if s.sec >= 0 && secRights[s.sec] {
			if !ownProcessingNote(d, i) {
				out[i] = 0
			}
		} else if loc := reRightsSentence.findS(d.sv(i)); loc != nil {
			out[i] = loc[0]
		} else if citesRightsArticle(d.sv(i).lower) && !reOwnProcessing.matchS(d.sv(i)) {
			out[i] = 0 // an item of a list of rights: "Einschränkung der Datenverarbeitung, sofern … (Art. 18 DSGVO)"
		}
	}
	return out
}

// reOwnProcessing: the controller says what it does with the data ("we
// are processing your information in order to fulfil contracts …, or
// otherwise to pursue our legitimate business interests"), as a template
// writes at the end of its rights section.
var reOwnProcessing = newKW(`(?i)\b(?:we (?:are |also )?(?:process|processing)|wir verarbeiten)\b`, "we ", "wir verarbeiten")

// ownProcessingNote: sentence si of a rights section states the
// controller's own processing, or lists bases, and speaks of no right: the
// bases it names are relied on.
func ownProcessingNote(d *docView, si int) bool {
	sv := d.sv(si)
	if anyRightWord(sv) || reRightsSentence.matchS(sv) {
		return false
	}
	return reOwnProcessing.matchS(sv) || listsBases(d, si)
}

// listsBases: sentence si names minBasesListed bases or more in words ("…
// weiter, wenn: Sie Ihre ausdrückliche Einwilligung dazu erteilt haben, die
// Verarbeitung zur Abwicklung eines Vertrags …, zur Erfüllung einer
// rechtlichen Verpflichtung … erforderlich ist"): a list of the bases relied
// on, wherever a lost heading left it.
func listsBases(d *docView, si int) bool {
	sv := d.sv(si)
	may := mayBases(sv)
	return len(namedBases(sv, d.lower[si], false, &may)) >= minBasesListed
}

// mayBases holds per word basis whether its prefilter admits the sentence.
func mayBases(sv sent) [len(wordBases)]bool {
	var may [len(wordBases)]bool
	for k, wb := range wordBases {
		may[k] = wb.re.mayS(sv)
	}
	return may
}

// rightsFrom reports from which byte of sentence si on the text explains a data
// subject right: 0 for a sentence in a section about rights, the position of the
// first phrase describing a right otherwise, and -1 when it explains none. A basis
// cited before such a phrase ("based on Art. 6(1)(a); you have the right to ...")
// still counts.
func rightsFrom(d *docView, si int) int { return d.rightsAt[si] }
