package model

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// Laws a legal basis can come from. UK GDPR is kept apart from the GDPR: the two
// have diverged (Art. 6(1)(ea) exists only in the UK).
const (
	LawGDPR   = "GDPR"
	LawUKGDPR = "UK_GDPR"
	LawBDSG   = "BDSG"
	LawTDDDG  = "TDDDG"
)

// LegalBasis is a citation reduced to its parts: GDPR 6(1)(f) is
// {GDPR, "6", "1", "", "f"}. Sentence is kept for national provisions and dropped
// from Code because Art. 6(1) and 9(2) points are unambiguous without it.
type LegalBasis struct {
	Law       string `json:"law"`
	Article   string `json:"article"`
	Paragraph string `json:"paragraph,omitempty"`
	Sentence  string `json:"sentence,omitempty"`
	Point     string `json:"point,omitempty"`
	Inferred  bool   `json:"inferred,omitempty"` // no law was named; GDPR assumed
}

// acceptedForms is shown whenever a citation cannot be read.
const acceptedForms = `write one basis such as 6.1.f, 9.2.a, Art. 6(1)(f) GDPR, ` +
	`Art. 6 Abs. 1 lit. f DSGVO, UK GDPR 6(1)(f), § 26 BDSG or § 25 TDDDG`

// lawNames maps the ways a law is named to its constant, longest first so that
// "UK GDPR" wins over "GDPR" and "EU-DSGVO" over "DSGVO".
var lawNames = []struct {
	re  *regexp.Regexp
	law string
}{
	{regexp.MustCompile(`(?i)\bUK[\s_-]*GDPR\b`), LawUKGDPR},
	{regexp.MustCompile(`(?i)(\bof\s+)?\bRegulation\s*\(EU\)\s*2016/679`), LawGDPR},
	{regexp.MustCompile(`(?i)\b(EU-)?DS-?GVO\b`), LawGDPR},
	{regexp.MustCompile(`(?i)\bDatenschutz-Grundverordnung\b`), LawGDPR},
	{regexp.MustCompile(`(?i)\b(EU\s+)?GDPR\b`), LawGDPR},
	{regexp.MustCompile(`(?i)\bBDSG\b`), LawBDSG},
	{regexp.MustCompile(`(?i)\bTTDSG\b|\bTDDDG\b`), LawTDDDG},
}

// pointOf rewrites "point (f) of Article 6(1)" into "Article 6(1)(f)".
var pointOf = regexp.MustCompile(`(?i)^\s*point\s*\(?([a-z]{1,2})\)?\s+of\s+(.*)$`)

// Marker words, lowercased, grouped by the part of the citation they introduce.
var (
	articleWords   = map[string]bool{"art": true, "article": true, "artikel": true, "§": true}
	paragraphWords = map[string]bool{"abs": true, "absatz": true, "para": true, "par": true, "paragraph": true}
	sentenceWords  = map[string]bool{"s": true, "satz": true, "sentence": true, "p": true,
		"uabs": true, "unterabsatz": true, "subparagraph": true, "subpara": true}
	pointWords = map[string]bool{"lit": true, "litera": true, "buchst": true, "buchstabe": true,
		"point": true, "letter": true, "nr": true, "no": true, "nummer": true}
)

// ParseLegalBasis reads a canonical code ("6.1.f", "BDSG 26") or a citation as
// people write it in English or German and returns its canonical parts. It accepts
// one basis; lists ("lit. a, b und f") are split by the caller. The Art. 6(1) and
// 9(2) points are checked, so "6.1.g" or "Art. 15 GDPR" are rejected.
func ParseLegalBasis(s string) (LegalBasis, error) {
	b, err := parseCitation(s)
	if err == nil {
		err = b.check()
	}
	if err != nil {
		return LegalBasis{}, fmt.Errorf("cannot read %q as a legal basis: %v; %s", strings.TrimSpace(s), err, acceptedForms)
	}
	return b, nil
}

// canonicalCode matches stored codes ("6.1.f", "UK_GDPR 6.1.ea", "TDDDG 25.2.2"):
// read positionally, the third part is always the point, and this path is cheap.
var canonicalCode = regexp.MustCompile(`^(?:(UK_GDPR|BDSG|TDDDG) )?(\d+)(?:\.(\d+))?(?:\.([a-z]{1,2}|\d+))?$`)

func parseCitation(s string) (LegalBasis, error) {
	if m := canonicalCode.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		b := LegalBasis{Law: m[1], Article: m[2], Paragraph: m[3], Point: m[4]}
		if b.Law == "" {
			b.Law, b.Inferred = LawGDPR, true
		}
		return b, nil
	}
	var b LegalBasis
	for _, ln := range lawNames {
		if ln.re.MatchString(s) {
			if b.Law != "" && b.Law != ln.law {
				return b, fmt.Errorf("it names two laws")
			}
			b.Law = ln.law
			s = ln.re.ReplaceAllString(s, " ")
		}
	}
	if m := pointOf.FindStringSubmatch(s); m != nil {
		s = m[2] + " (" + m[1] + ")"
	}
	toks := tokenize(s)
	if len(toks) == 0 {
		return b, fmt.Errorf("no article or paragraph found")
	}
	if err := b.fill(toks); err != nil {
		return b, err
	}
	if b.Law == "" {
		if strings.Contains(s, "§") {
			return b, fmt.Errorf("a section (§) needs its law, e.g. § 26 BDSG")
		}
		b.Law, b.Inferred = LawGDPR, true
	}
	return b, nil
}

// tokenize splits into runs of digits, runs of letters and "§"; everything else
// (dots, brackets, commas, spaces) only separates.
func tokenize(s string) []string {
	var toks []string
	var cur []rune
	kind := 0 // 1 digits, 2 letters
	flush := func() {
		if len(cur) > 0 {
			toks = append(toks, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for _, r := range s {
		k := 0
		switch {
		case unicode.IsDigit(r):
			k = 1
		case unicode.IsLetter(r):
			k = 2
		}
		if k != kind || k == 0 {
			flush()
		}
		kind = k
		if r == '§' {
			toks = append(toks, "§")
		} else if k != 0 {
			cur = append(cur, r)
		}
	}
	flush()
	return toks
}

// fill assigns tokens to article, paragraph, sentence and point. Unmarked tokens
// fill the next empty slot: "6 I 1 f" is paragraph I, sentence 1, point f.
func (b *LegalBasis) fill(toks []string) error {
	want := "" // slot named by the last marker word
	for _, t := range toks {
		switch {
		case articleWords[t]:
			want = "article"
		case paragraphWords[t] && b.Article != "":
			want = "paragraph"
		case sentenceWords[t] && b.Paragraph != "":
			want = "sentence"
		case pointWords[t] && b.Article != "":
			want = "point"
		default:
			if err := b.place(t, want); err != nil {
				return err
			}
			want = ""
		}
	}
	if b.Article == "" {
		return fmt.Errorf("no article or paragraph number found")
	}
	return nil
}

func (b *LegalBasis) place(t, want string) error {
	num, isNum := number(t, b.Paragraph == "" && b.Article != "")
	switch {
	case want == "article" || b.Article == "":
		if !isDigits(t) {
			return fmt.Errorf("%q is not an article number", t)
		}
		b.Article = t
	case !isNum && b.Point != "":
		return fmt.Errorf("%q is a second point: write each basis on its own", t)
	case want == "point" || (!isNum && b.Point == ""):
		if b.Point != "" || len(t) > 2 {
			return fmt.Errorf("%q is not a point such as (f)", t)
		}
		b.Point = t
	case isNum && (want == "paragraph" || b.Paragraph == "") && b.Paragraph == "":
		b.Paragraph = num
	case isNum && b.Sentence == "" && b.Point == "":
		b.Sentence = num
	default:
		return fmt.Errorf("%q does not fit", t)
	}
	return nil
}

// number reads an Arabic number, or a Roman numeral where a paragraph is expected
// ("Art. 6 I lit. f"); elsewhere "i" is the point (i) of Art. 9(2).
func number(t string, roman bool) (string, bool) {
	if isDigits(t) {
		return t, true
	}
	if roman {
		if n, ok := romans[t]; ok {
			return n, true
		}
	}
	return "", false
}

var romans = map[string]string{"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9", "x": "10"}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// check rejects citations that parse but are not a basis: a GDPR citation must be a
// point of Art. 6(1) or Art. 9(2). National sections are not checked further
// because their structure differs from law to law.
func (b LegalBasis) check() error {
	if b.Law == LawBDSG || b.Law == LawTDDDG {
		return nil
	}
	switch b.Article {
	case "6":
		return b.checkPoint("1", "abcdef", "Art. 6(1) points are (a) to (f)")
	case "9":
		return b.checkPoint("2", "abcdefghij", "Art. 9(2) conditions are (a) to (j)")
	}
	return fmt.Errorf("article %s is not a legal basis; bases are in Art. 6(1) and conditions in Art. 9(2)", b.Article)
}

func (b LegalBasis) checkPoint(para, points, hint string) error {
	if b.Paragraph != para {
		return fmt.Errorf("article %s needs paragraph %s and a point; %s", b.Article, para, hint)
	}
	if b.Point == "ea" && b.Article == "6" {
		if b.Law == LawUKGDPR {
			return nil
		}
		return fmt.Errorf("point 6(1)(ea) exists only in the UK GDPR; write UK GDPR 6(1)(ea)")
	}
	if len(b.Point) != 1 || !strings.Contains(points, b.Point) {
		return fmt.Errorf("%s", hint)
	}
	return nil
}

// Code is the canonical form stored in records: "6.1.f", "9.2.a",
// "UK_GDPR 6.1.f", "BDSG 26", "BDSG 26.1", "TDDDG 25.2.2".
func (b LegalBasis) Code() string {
	parts := []string{b.Article}
	for _, p := range []string{b.Paragraph, b.Point} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	code := strings.Join(parts, ".")
	if b.Law == LawGDPR || b.Law == "" {
		return code
	}
	return b.Law + " " + code
}

// String returns Code, so a LegalBasis prints as it is stored.
func (b LegalBasis) String() string { return b.Code() }

// IsArt6 and IsArt9 tell Art. 6(1) bases from Art. 9(2) conditions.
func (b LegalBasis) IsArt6() bool { return isGDPRLaw(b.Law) && b.Article == "6" }

// IsArt9 reports whether b is an Art. 9(2) condition.
func (b LegalBasis) IsArt9() bool { return isGDPRLaw(b.Law) && b.Article == "9" }

func isGDPRLaw(law string) bool { return law == LawGDPR || law == LawUKGDPR }

// gdprCode is the code without the law, the key of the legal-basis vocabularies.
func (b LegalBasis) gdprCode() string {
	if isGDPRLaw(b.Law) {
		return LegalBasis{Law: LawGDPR, Article: b.Article, Paragraph: b.Paragraph, Point: b.Point}.Code()
	}
	return b.Code()
}

// Citation writes b the way lawyers cite it: "Art. 6(1)(f) GDPR" in English,
// "Art. 6 Abs. 1 lit. f DSGVO" in German.
func (b LegalBasis) Citation(lang string) string {
	de := strings.EqualFold(lang, "de")
	var s string
	if isGDPRLaw(b.Law) {
		s = "Art. " + b.Article
	} else {
		s = "§ " + b.Article
	}
	switch {
	case de && b.Paragraph != "":
		s += " Abs. " + b.Paragraph
	case b.Paragraph != "":
		s += "(" + b.Paragraph + ")"
	}
	switch {
	case b.Point == "":
	case isGDPRLaw(b.Law) && de:
		s += " lit. " + b.Point
	case isGDPRLaw(b.Law):
		s += "(" + b.Point + ")"
	default:
		s += " Nr. " + b.Point
	}
	return s + " " + lawName(b.Law, de)
}

func lawName(law string, de bool) string {
	switch {
	case law == LawUKGDPR:
		return "UK GDPR"
	case law == LawGDPR && de:
		return "DSGVO"
	case law == LawGDPR:
		return "GDPR"
	}
	return law
}

// Label names the basis for people: "Legitimate interests (Art. 6(1)(f) GDPR)".
// National provisions whose vocabulary label already cites the section are shown as
// they are; anything without a vocabulary entry shows its citation.
func (b LegalBasis) Label(lang string) string {
	for _, kind := range []string{VocabLegalBasis, VocabArt9Condition} {
		t, ok := LookupTerm(kind, b.gdprCode())
		if !ok {
			continue
		}
		if !isGDPRLaw(b.Law) {
			return t.Label(lang)
		}
		return t.Label(lang) + " (" + b.Citation(lang) + ")"
	}
	return b.Citation(lang)
}
