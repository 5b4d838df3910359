package policy

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Legal-basis citations are parsed in steps from an anchor ("Art. 6", "Artikel 9",
// "Article 6"): paragraph, optional sentence, then one or more points joined by
// list connectors. Each step is a small anchored pattern, compiled once.
var (
	reBasisAnchor = lazy(`(?i)\b(?:art(?:ikel|icles?|s)?\.?|art)[\s\p{Zs}]*(6|9)\b`)
	reDotted      = lazy(`^\.([12])(?:\.|[\s\p{Zs}]*)\(?([a-j])\b\)?`)
	// the paragraph and its point in one bracket: "Art. 6 (1a) GDPR",
	// "Article 6(1f)", as English renderings of "Abs. 1a" write them
	reParPoint  = lazy(`^[\s\p{Zs}]*\([\s\p{Zs}]*([12])[\s\p{Zs}]*([a-j])[\s\p{Zs}]*\)`)
	reParagraph = lazy(`(?i)^[\s\p{Zs}]*(?:\([\s\p{Zs}]*([12])[\s\p{Zs}]*\)|(?:para(?:graph)?|par|abs(?:atz)?|sec(?:tion|t)?|§)\.?[\s\p{Zs}]*(?:(?:nummer|nr\.?|no\.?|number)[\s\p{Zs}]*)?([12])|(II|I)\b|([12])\.[\s\p{Zs}]+)`)
	// the regulation before a dotted citation without "Art.": "(GDPR 6.1.b)",
	// "DSGVO 6.1.f", "UK GDPR 9.2.a"
	reRegulationDotted = lazy(`(?i)\b(?:uk[\s\p{Zs}]+)?(?:gdpr|ds-?gvo|dsgvo)[\s\p{Zs}]+(6|9)\.([12])\.?\(?([a-j])\b`)
	reSentence         = lazy(`(?i)^[\s\p{Zs}]*(?:(?:s\.|satz|sentence|sent\.|p\.|uabs\.|unterabsatz|subpara(?:graph)?\.?|sub-paragraph|first sentence)[\s\p{Zs}]*(?:1|one)?|1(?:[\s\p{Zs}]|$))`)
	rePointIntro       = lazy(`(?i)^[\s\p{Zs}]*(?:,[\s\p{Zs}]*)?(?:lit(?:era|t)?\.?|buchst(?:abe)?\.?|letter|point|pt\.|sub)?[\s\p{Zs}]*`)
	rePoint            = lazy(`^\(?([a-j])(\))?`)
	reListJoin         = lazy(`(?i)^[\s\p{Zs}]*(?:,|and|und|or|oder|/|bzw\.?|sowie|&|as well as)[\s\p{Zs}]*(?:lit\.?|buchst\.?|point)?[\s\p{Zs}]*`)
	rePointFollow      = lazy(`(?i)^(?:\)|[\s\p{Zs}]*(?:,|/|$|\.|;|\)|–|-)|[\s\p{Zs}]+(?:and|und|or|oder|bzw|sowie|gdpr|dsgvo|ds-gvo|eu-dsgvo|uk gdpr|bdsg|of|der|in conjunction|read with)\b|[\s\p{Zs}]+i\.\s?v\.)`)
	// "points (a) and (f) of Article 6(1)": the expression runs only on a text
	// that holds "point", which spares it nearly every citation
	reReversePt   = newKWAsWritten(`(?i)\bpoints?[\s\p{Zs}]*\(([a-j])\)((?:[\s\p{Zs}]*(?:,|and|or)[\s\p{Zs}]*\([a-j]\))*)[\s\p{Zs}]+of[\s\p{Zs}]+art(?:icle|\.)?[\s\p{Zs}]*(6|9)[\s\p{Zs}]*\(([12])\)`, "point")
	reLetterInPar = lazy(`\(([a-j])\)`)
	// a citation that repeats only the numbers after a connector: "Art. 6
	// Abs. 1 lit. c und 9 Abs. 2 lit. h", "articles 6(1)(a) and 6(1)(f)"
	reCiteAgain = lazy(`(?i)^[\s\p{Zs}]*(?:(?:eu-dsgvo|dsgvo|ds-gvo|uk gdpr|gdpr)[\s\p{Zs}]*)?(?:,|and|und|or|oder|sowie|&)[\s\p{Zs}]*(6|9)\b`)
	// a point marker before the letter: "lit. b", "letter b", "Buchst. b"
	rePointMarker = lazy(`(?i)(?:lit|buchst|letter|point|pt)`)
)

// basisHit is one legal basis found in the text.
type basisHit struct {
	code       string
	start, end int
	sec        int
	inRights   bool // inside the description of a data subject right: not relied on
	fromWords  bool
}

// basisSet holds all hits of a document.
type basisSet struct {
	hits []basisHit
	d    *docView
}

// findLegalBases collects article citations and bases stated in words.
func findLegalBases(d *docView) basisSet {
	bs := basisSet{d: d}
	defs := definitionSections(d)
	for si, s := range d.sents {
		if s.sec >= 0 && defs[s.sec] {
			continue // a glossary restates Art. 6 without relying on it
		}
		txt := d.sentText(s)
		from := rightsFrom(d, si)
		inRights := func(pos int) bool { return from >= 0 && pos >= from }
		if !mentionsArticle(d.lower[si]) {
			for _, h := range basesInWords(d, si, txt) {
				bs.hits = append(bs.hits, basisHit{code: h.code, start: s.start + h.start, end: s.start + h.end, sec: s.sec, inRights: inRights(h.start), fromWords: true})
			}
			continue
		}
		for _, h := range parseCitations(txt) {
			bs.hits = append(bs.hits, basisHit{code: h.code, start: s.start + h.start, end: s.start + h.end, sec: s.sec, inRights: inRights(h.start)})
		}
		for _, h := range basesInWords(d, si, txt) {
			bs.hits = append(bs.hits, basisHit{code: h.code, start: s.start + h.start, end: s.start + h.end, sec: s.sec, inRights: inRights(h.start), fromWords: true})
		}
	}
	bs.hits = append(bs.hits, basisTitles(d, defs)...)
	return bs
}

// reBasisTitleOnly is a title that is a basis's name and nothing else.
var reBasisTitleOnly = lazy(`^(?i)(?:` + basisNames + `)$`)

// basisTitles reads the bases a chapter on the bases sets as headings of
// their own ("5. Legal Basis for Processing" – "We process personal data
// under one or more of the following lawful bases:" over "Performance of a
// Contract", "Legitimate Interests", "Consent"): a heading that is a basis's
// name, in such a chapter or right after it or after another such heading,
// is a basis relied on.
func basisTitles(d *docView, defs []bool) []basisHit {
	var out []basisHit
	prev := false // the section before was a basis heading
	for i, s := range d.secs {
		title := strings.TrimSpace(strings.Trim(s.Title, " .:*"))
		is := reBasisTitleOnly.MatchString(title) && !defs[i] &&
			(d.basisSection(i) || prev || i > 0 && d.basisSection(i-1))
		if is {
			out = append(out, basisHit{code: basisOfLabel(title), start: s.HeadingStart, end: s.HeadingEnd, sec: i, fromWords: true})
		}
		prev = is
	}
	return out
}

type codeSpan struct {
	code       string
	start, end int
}

// mentionsArticle: "art." / "art 6" / "article" / "artikel" occurs in lower.
func mentionsArticle(lower string) bool {
	if dottedAfterRegulation(lower) {
		return true // "(GDPR 6.1.b)": a citation without "Art."
	}
	for i := strings.Index(lower, "art"); i >= 0; {
		if i+3 < len(lower) {
			switch c := lower[i+3]; {
			case c == '.' || c == ' ' || c == 'i' || c == 's' || c >= '0' && c <= '9':
				if i == 0 || lower[i-1] < 'a' || lower[i-1] > 'z' {
					return true
				}
			}
		}
		j := strings.Index(lower[i+3:], "art")
		if j < 0 {
			return false
		}
		i += 3 + j
	}
	return false
}

// dottedAfterRegulation: "gdpr" or "gvo" is followed, after spaces, by "6."
// or "9." somewhere in lower; a scan, since most sentences of a German
// notice name the DSGVO and few cite it without "Art.".
func dottedAfterRegulation(lower string) bool {
	for _, reg := range []string{"gdpr", "gvo"} {
		for from := 0; ; {
			i := strings.Index(lower[from:], reg)
			if i < 0 {
				break
			}
			j := from + i + len(reg)
			k := j
			for k < len(lower) && lower[k] == ' ' {
				k++
			}
			if k > j && k+1 < len(lower) && (lower[k] == '6' || lower[k] == '9') && lower[k+1] == '.' {
				return true
			}
			from = j
		}
	}
	return false
}

// parseCitations finds every Art. 6(1) / Art. 9(2) citation in one sentence.
func parseCitations(s string) []codeSpan {
	lower := lowerSameLength(s)
	var out []codeSpan
	for _, m := range basisAnchors(s, lower) {
		art, from := s[m[2]:m[3]], m[1]
		for {
			codes, end := parseTail(s, from, art)
			for _, c := range codes {
				out = append(out, codeSpan{code: c, start: m[0], end: end})
			}
			again := reCiteAgain.FindStringSubmatchIndex(s[end:])
			if len(codes) == 0 || again == nil {
				break
			}
			art, from = s[end+again[2]:end+again[3]], end+again[1]
		}
	}
	if dottedAfterRegulation(lower) {
		for _, m := range reRegulationDotted.FindAllStringSubmatchIndex(s, -1) {
			if c := basisCode(s[m[2]:m[3]], s[m[4]:m[5]], strings.ToLower(s[m[6]:m[7]])); c != "" {
				out = append(out, codeSpan{code: c, start: m[0], end: m[1]})
			}
		}
	}
	if !reReversePt.may(lower) {
		return out
	}
	for _, m := range reReversePt.re.FindAllStringSubmatchIndex(s, -1) {
		art, par := s[m[6]:m[7]], s[m[8]:m[9]]
		letters := []string{strings.ToLower(s[m[2]:m[3]])}
		for _, l := range reLetterInPar.FindAllStringSubmatch(s[m[4]:m[5]], -1) {
			letters = append(letters, strings.ToLower(l[1]))
		}
		for _, l := range letters {
			if c := basisCode(art, par, l); c != "" {
				out = append(out, codeSpan{code: c, start: m[0], end: m[1]})
			}
		}
	}
	return out
}

// basisAnchors finds the "Art. 6" and "Artikel 9" anchors of s. Each starts
// with "art" in some case, and only A, R and T fold to a, r and t, so the
// expression runs from one byte before the first "art" of lower (the byte keeps
// \b as it was) instead of trying its alternatives at every position.
func basisAnchors(s, lower string) [][]int {
	i := strings.Index(lower, "art")
	if i < 0 {
		return nil
	}
	from := max(i-1, 0)
	ms := reBasisAnchor.FindAllStringSubmatchIndex(s[from:], -1)
	for _, m := range ms {
		shifted(m, from)
	}
	return ms
}

// parseTail reads paragraph, sentence and points after "Art. 6" at position i.
func parseTail(s string, i int, art string) ([]string, int) {
	rest := s[i:]
	if m := reDotted.FindStringSubmatch(rest); m != nil {
		if c := basisCode(art, m[1], strings.ToLower(m[2])); c != "" {
			return []string{c}, i + len(m[0])
		}
	}
	if m := reParPoint.FindStringSubmatch(rest); m != nil {
		if c := basisCode(art, m[1], m[2]); c != "" {
			return []string{c}, i + len(m[0])
		}
	}
	pm := reParagraph.FindStringSubmatch(rest)
	if pm == nil {
		return nil, i
	}
	par := pm[1] + pm[2] + pm[4] // "Art. 6 1. b": the paragraph as a bare number with its dot
	switch pm[3] {
	case "I":
		par = "1"
	case "II":
		par = "2"
	}
	pos := len(pm[0])
	if m := reSentence.FindString(rest[pos:]); m != "" {
		pos += len(m)
	}
	var codes []string
	for first := true; ; first = false {
		var intro string
		if !first {
			intro = reListJoin.FindString(rest[pos:])
			if intro == "" {
				break
			}
		} else {
			intro = rePointIntro.FindString(rest[pos:])
		}
		pt := rePoint.FindStringSubmatch(rest[pos+len(intro):])
		if pt == nil {
			break // the connector belongs to what follows ("und 9 Abs. 2 …")
		}
		pos += len(intro)
		after := rest[pos+len(pt[0]):]
		// "Art. 6(1) for the ..." is a word, not a point; a letter named
		// with its marker ("lit. b zur Anbahnung") is a point whatever follows
		marked := pt[2] == "" && rePointMarker.MatchString(intro) && !startsWithWordChar(after)
		if pt[2] == "" && !marked && !rePointFollow.MatchString(after) {
			break
		}
		if c := basisCode(art, par, pt[1]); c != "" {
			codes = append(codes, c)
		}
		pos += len(pt[0])
	}
	return codes, i + pos
}

// startsWithWordChar reports a letter or digit at the start of s.
func startsWithWordChar(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// basisCode builds "6.1.f" / "9.2.a" for valid article, paragraph and point.
func basisCode(art, par, point string) string {
	switch {
	case art == "6" && par == "1" && point >= "a" && point <= "f":
		return "6.1." + point
	case art == "9" && par == "2" && point >= "a" && point <= "j":
		return "9.2." + point
	}
	return ""
}

// codes returns the document's legal bases: every basis relied on, sorted.
func (b basisSet) codes() []string {
	return uniqueCodes(b.hits, 0, int(^uint(0)>>1))
}

// inSpan returns the bases relied on inside a byte span.
func (b basisSet) inSpan(start, end int) []string {
	return uniqueCodes(b.hits, start, end)
}

// citedIn lists the bases cited by article between start and end, rights
// explanations included, as parseCitations finds them.
func (b basisSet) citedIn(start, end int) []string {
	var out []string
	for _, h := range b.hits {
		if !h.fromWords && h.start >= start && h.start < end {
			out = append(out, h.code)
		}
	}
	return out
}

func uniqueCodes(hits []basisHit, start, end int) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, h := range hits {
		if h.inRights || h.start < start || h.start >= end || seen[h.code] {
			continue
		}
		seen[h.code] = true
		out = append(out, h.code)
	}
	sort.Strings(out)
	return out
}

func (b basisSet) evidence() []Citation {
	var out []Citation
	for _, h := range b.hits {
		if !h.inRights {
			out = append(out, Citation{Code: h.code, Evidence: b.d.evidence(h.start, h.end)})
		}
	}
	return out
}

// definitionWords mark a definitions or glossary chapter.
var definitionWords = []string{"definition", "begriffsbestimmung", "glossary", "glossar", "terminology", "terms used"}

// definitionSections marks the sections in a definitions or glossary chapter.
// A section of it titled as the bases of processing ("Lawfulness of
// processing") that gives them as the bases "the processing may" rest on
// lists those the controller may rely on, as a generic list of bases
// elsewhere does, and is not marked; one that retells what the law lists
// ("The GDPR lists the legal bases …") is.
func definitionSections(d *docView) []bool {
	out := make([]bool, len(d.secs))
	annex := false // an annex retelling the law's conditions came before
	for i, s := range d.secs {
		title := padded(s.Title)
		// a definitions chapter that holds most of the document is a heading
		// set a level too high ("Begriffsbestimmungen" over every chapter
		// of a notice whose title the reader lost): its sections are not
		// definitions
		inherited := s.Parent >= 0 && s.Parent < i && out[s.Parent] && !holdsMostOf(d, s.Parent)
		out[i] = (containsAny(title, definitionWords) || inherited) &&
			!(containsAny(strings.ToLower(title), reBasisTitle) &&
				reOurBasesMay.MatchString(d.lowerText[s.HeadingEnd:min(s.End, s.HeadingEnd+basisIntroSpan)]))
		if annexOfConditions(d, i) {
			out[i], annex = true, true
		} else if annex && reLawsConditions.MatchString(strings.ToLower(s.Title)) {
			out[i] = true // its next list ("b) The lawfulness of processing conditions for sensitive personal data are")
		}
	}
	return out
}

// annexOfConditions: section i is an annex that retells the law's
// conditions for lawful processing ("Annex A" – "The lawfulness of
// processing conditions for personal data are: 1. Consent … 6. …"), which a
// recruitment template appends after naming the bases it relies on.
func annexOfConditions(d *docView, i int) bool {
	if !hasAnyPrefix(padded(d.secs[i].Title), annexTitles) {
		return false
	}
	return reLawsConditions.MatchString(d.lowerText[d.secs[i].HeadingEnd:min(d.secs[i].End, d.secs[i].HeadingEnd+basisIntroSpan)])
}

// annexTitles open the title of an annex, padded as titles are.
var annexTitles = []string{" annex ", " appendix ", " anhang ", " anlage "}

// reLawsConditions introduces the law's list of conditions for processing.
var reLawsConditions = lazy(`\b(?:lawfulness of processing conditions|conditions for (?:the )?(?:lawful )?processing|processing conditions)\b|\bbedingungen für die rechtmäßigkeit\b`)

// holdsMostOf: section i spans more than half of the document and holds
// the sections of a notice, as a misleveled chapter does (titleClasses).
//
// A chapter whose own number its sections extend ("3 Allgemeine
// Grundsätze" over "3.1" … "3.8") stands where its author numbered it,
// however long it is.
func holdsMostOf(d *docView, i int) bool {
	return 2*(d.secs[i].End-d.secs[i].Start) > len(d.text) && descendants(d, i) >= minMisleveledChildren &&
		!numberedOutline(d, i)
}

// numberedOutline: section i has a number and every section directly under
// it extends that number ("3.1" under "3").
func numberedOutline(d *docView, i int) bool {
	n := d.secs[i].Number
	if n == "" {
		return false
	}
	prefix := strings.TrimSuffix(n, ".") + "."
	kids := 0
	for j := i + 1; j < len(d.secs) && d.secs[j].HeadingStart < d.secs[i].End; j++ {
		if d.secs[j].Parent != i {
			continue
		}
		if !strings.HasPrefix(d.secs[j].Number, prefix) {
			return false
		}
		kids++
	}
	return kids > 0
}

// reOurBasesMay introduces the bases a processing may rest on: "the legal
// basis for the processing may be in particular:".
var reOurBasesMay = lazy(`\b(?:legal|lawful) bas(?:is|es) for (?:the |our |this )?processing (?:may|can|are|is)\b|rechtsgrundlagen? (?:für die|der) verarbeitung (?:kann|können|sind|ist)\b`)
