package policy

import (
	"regexp"
	"strings"
)

// Bases stated in words. A phrase only counts in a sentence that talks about the
// basis of processing (a cue such as "based on", "legal basis", "Rechtsgrundlage"),
// or anywhere in a section whose title is about legal bases, where a list of the
// bases is usually given in words.
var (
	wordBases = []struct {
		code string
		re   *regexp.Regexp
	}{
		{"6.1.a", regexp.MustCompile(`(?i)\b(?:your|prior|explicit|express|their|the user's|the individual's|given)\s+consent\b|\bconsent\s*(?:\(|:|-|–)|\bbased on consent|\bwith consent|\beinwilligung|\bconsented\b`)},
		{"6.1.b", regexp.MustCompile(`(?i)\bperform(?:ance of|ing|)\s+(?:a|the|our|your|this|any)?\s*contract|\bcontractual (?:obligation|relationship|purpose|measure|service)|\bpre-?contractual|\bfulfil(?:l|ment of|ling)?\s+(?:a|the|our)?\s*contract|\bnecessary for (?:a|the) contract|\bvertragserfüllung|\berfüllung (?:eines|des|unseres|von|unserer) vertrag|\bvorvertraglich|\bvertragsdurchführung|\bdurchführung (?:des|eines) vertrag|^\s*[•\-–*]?\s*contract\s*:`)},
		{"6.1.c", regexp.MustCompile(`(?i)\blegal obligations?\b|\bstatutory obligations?\b|\bcomply with (?:our|a|the|applicable)?\s*(?:legal|statutory)|\bcomply with the law\b|\brechtliche[nr]? verpflichtung|\bgesetzliche[nr]? (?:verpflichtung|pflicht)`)},
		{"6.1.d", regexp.MustCompile(`(?i)\bvital interests?\b|\blebenswichtige[rn]? interesse`)},
		{"6.1.e", regexp.MustCompile(`(?i)\bpublic interest\b|\bofficial authority\b|\bpublic task\b|\böffentlichen interesse|\böffentlicher gewalt`)},
		{"6.1.f", regexp.MustCompile(`(?i)\blegitimate interests?\b|\bberechtigte[nrs]? interesse|\binteressenabwägung|\bbalancing of interests\b`)},
	}
	reBasisCue   = regexp.MustCompile(`(?i)\blegal bas[ie]s|\blawful basis|\blegal grounds?\b|\bbased (?:up)?on\b|\bon the basis\b|\bbasis (?:of|for)\b|\brel(?:y|ies|ied) (?:up)?on\b|\bjustified by\b|\bpursuant to\b|\bin accordance with\b|\bprocessing is necessary\b|\bis necessary (?:for|to)\b|\bprocess(?:es|ed)? (?:your )?(?:personal )?(?:data|information) (?:only )?(?:with|if|where)\b|\brechtsgrundlage|\bgrundlage\b|\bgestützt|\bberuht|\bbasiert|\baufgrund\b|\bgemäß\b|\bzur (?:erfüllung|wahrung)\b|\bwith your consent\b|\bmit ihrer einwilligung`)
	reBasisTitle = regexp.MustCompile(`(?i)legal bas[ie]s|lawful bas[ie]s|legal grounds?|rechtsgrundlage|purposes? and (?:the )?legal`)
	// Titles of sections that describe data subject rights; bases named there are
	// conditions of a right, not bases the controller relies on.
	reRightsTitle = regexp.MustCompile(`(?i)\bright|\brecht|\bobject|\bwiderspruch|\bwiderruf|\bportability|\bübertragbarkeit|\baccess\b|\bauskunft|\brectification|\bberichtigung|\berasure|\brestriction|\beinschränkung|\bcomplaint|\bbeschwerde|\bbetroffen`)
	// Sentences that explain a right.
	reRightsSentence = regexp.MustCompile(`(?i)right to object|\bobject to\b|\bwiderspruch|\bwidersprechen|\bportability\b|\bdatenübertragbarkeit|\bright to (?:data )?(?:transfer|receive)|\bhave the right\b|\bhaben (?:sie )?das recht|\brecht auf\b|\bif you object\b|\bcan object\b|\bmay object\b`)
	// A title that mentions a right but really names processing or a legal-basis list.
	reNotRightsTitle = regexp.MustCompile(`(?i)legal bas|rechtsgrundlage|purpose|zweck|consent management|cookie|newsletter|access data|zugangsdaten|web ?analy|right holder`)
)

// basesInWords finds bases named in words in sentence si.
func basesInWords(d *docView, si int, txt string) []codeSpan {
	s := d.sents[si]
	inBasisSection := s.sec >= 0 && (reBasisTitle.MatchString(d.title(s.sec)) ||
		(d.secs[s.sec].Parent >= 0 && reBasisTitle.MatchString(d.title(d.secs[s.sec].Parent))))
	if !inBasisSection && !reBasisCue.MatchString(txt) {
		return nil
	}
	var out []codeSpan
	for _, wb := range wordBases {
		if wb.code == "6.1.e" && !inBasisSection && !strings.Contains(strings.ToLower(txt), "basis") {
			continue // "public interest" is too common outside a list of bases
		}
		if loc := wb.re.FindStringIndex(txt); loc != nil {
			out = append(out, codeSpan{code: wb.code, start: loc[0], end: loc[1]})
		}
	}
	return out
}

// rightsFrom reports from which byte of sentence si on the text explains a data
// subject right: 0 for a sentence in a section about rights, the position of the
// first phrase describing a right otherwise, and -1 when it explains none. A basis
// cited before such a phrase ("based on Art. 6(1)(a); you have the right to ...")
// still counts.
func rightsFrom(d *docView, si int) int {
	s := d.sents[si]
	if s.sec >= 0 {
		t := d.title(s.sec)
		if reRightsTitle.MatchString(t) && !reNotRightsTitle.MatchString(t) {
			return 0
		}
	}
	if loc := reRightsSentence.FindStringIndex(d.sentText(s)); loc != nil {
		return loc[0]
	}
	return -1
}
