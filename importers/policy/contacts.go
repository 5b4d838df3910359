package policy

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	reAuthorityCue = regexp.MustCompile(`(?i)supervisory authority|aufsichtsbehörde|regulator\b`)
	reIntroLine    = regexp.MustCompile(`(?i)(?::|\bis|\bist|\bare|\bsind|follows|folgt|erreichen)\s*$`)
	reWeIntro      = regexp.MustCompile(`(?i)\bwe\b|\bus\b|\bwir\b|\buns\b|hereinafter|nachfolgend|im folgenden|responsible|verantwortlich|operates|betreibt`)
)

// cueOK accepts a cue line that opens a contact box: a short heading, or an
// introduction ending in a colon or "is".
func cueOK(line string) bool {
	n := utf8.RuneCountInString(line)
	return n <= 90 || (n <= 300 && reIntroLine.MatchString(line))
}

func lineAt(text string, end int) string {
	start := strings.LastIndexByte(text[:end], '\n') + 1
	return strings.TrimSpace(text[start:end])
}

// findController scores every contact box after a controller cue (a name counts
// twice, an e-mail once) and keeps the best; the policy's opening lines are the
// fallback for the name.
func findController(d *docView) Party {
	best, bestScore := Party{}, -1
	for _, end := range cueLines(d.text, reControllerCue, 300) {
		cue := lineAt(d.text, end)
		if !cueOK(cue) || reDPOCue.MatchString(cue) {
			continue
		}
		b := linesAfter(d.text, end, 9, func(l string) bool {
			return reDPOCue.MatchString(l) || reAuthorityCue.MatchString(l) || utf8.RuneCountInString(l) > 200
		})
		p := partyFromBlock(d, b, false)
		if s := partyScore(p); s > bestScore {
			best, bestScore = p, s
		}
	}
	if p := inlineController(d); partyScore(p) > bestScore {
		best = p
	}
	if best.Name == "" {
		best.Name, best.Evidence = introOrg(d)
	}
	return best
}

var reInlineController = regexp.MustCompile(`(?i)\b(?:the (?:data )?controller|responsible (?:party|body|entity))(?: (?:for|of|within the meaning of|in the sense of|under)[^.:]{0,120}?)? (?:is|are)\b:?|\bverantwortlich(?:e|er)?(?: (?:für|im sinne|i\.\s?s\.)[^.:]{0,120}?)? ist\b:?`)

// inlineController reads "The controller is Example B.V., Street 1, … hello@…"
// written as prose rather than as a contact box.
func inlineController(d *docView) Party {
	for _, m := range reInlineController.FindAllStringIndex(d.text, -1) {
		end := strings.IndexByte(d.text[m[1]:], '\n')
		if end < 0 {
			end = len(d.text) - m[1]
		}
		rest := d.text[m[1] : m[1]+min(end, 400)]
		org := orgIn(rest)
		if org == "" || !strings.HasPrefix(strings.TrimLeft(rest, " :*„\"“"), strings.Fields(org)[0]) {
			continue
		}
		i := strings.Index(rest, org)
		p := Party{Name: org, Email: emailIn(rest), Evidence: []Evidence{d.evidence(m[1]+i, m[1]+i+len(org))}}
		if a := strings.TrimSpace(rest[i+len(org):]); strings.HasPrefix(a, ",") {
			addr, _, _ := strings.Cut(strings.TrimPrefix(a, ","), ". ")
			p.Address = strings.TrimSpace(addr)
		}
		return p
	}
	return Party{}
}

func partyScore(p Party) int {
	s := 0
	if p.Name != "" {
		s += 2
	}
	if p.Email != "" {
		s++
	}
	return s
}

// partyFromBlock reads name, address and e-mail from a contact box. For the DPO a
// person's name is preferred over a firm's.
func partyFromBlock(d *docView, b block, dpo bool) Party {
	var p Party
	var addr []string
	for _, sp := range b.lines {
		line := d.text[sp.start:sp.end]
		hadEmail := p.Email != ""
		if !hadEmail {
			if e := emailIn(line); e != "" {
				p.Email = e
				p.Evidence = append(p.Evidence, d.evidence(sp.start, sp.end))
			}
		}
		if utf8.RuneCountInString(line) > 160 || reControllerCue.MatchString(line) || reDPOCue.MatchString(line) {
			continue
		}
		switch {
		case dpo && leadingPerson(line) != "" && !isPersonName(p.Name):
			p.Name = leadingPerson(line)
			p.Evidence = append(p.Evidence, d.evidence(sp.start, sp.end))
		case p.Name == "" && orgIn(line) != "":
			p.Name = orgIn(line)
			p.Evidence = append(p.Evidence, d.evidence(sp.start, sp.end))
		case p.Name == "" && !dpo && !reAddressy.MatchString(line) && utf8.RuneCountInString(line) <= 80 &&
			!strings.HasSuffix(line, ":") && !strings.HasSuffix(line, "."):
			p.Name = cleanName(line)
			p.Evidence = append(p.Evidence, d.evidence(sp.start, sp.end))
		case p.Name != "" && !hadEmail && reAddressy.MatchString(line) && !reContactLine.MatchString(line):
			addr = append(addr, strings.Trim(line, " ,"))
		}
	}
	p.Address = strings.Join(addr, ", ")
	return p
}

var reContactLine = regexp.MustCompile(`(?i)^(?:tel|phone|fax|telefon|telefax|e-?mail|web|www|http|mobil)`)

// introOrg takes the first organisation named in the opening paragraphs that
// speak of "we" or of being responsible.
func introOrg(d *docView) (string, []Evidence) {
	for start := 0; start < len(d.text) && start < 4000; {
		end := strings.IndexByte(d.text[start:], '\n')
		if end < 0 {
			end = len(d.text)
		} else {
			end += start
		}
		para := d.text[start:end]
		if reWeIntro.MatchString(para) {
			if org := orgIn(para); org != "" {
				i := strings.Index(para, org)
				return org, []Evidence{d.evidence(start+i, start+i+len(org))}
			}
		}
		start = end + 1
	}
	return "", nil
}

// findDPO reads the DPO's contact box; a box naming a person beats one naming
// only a firm or only a mailbox.
func findDPO(d *docView, ctrl Party) Party {
	best, bestScore := Party{}, -1
	for _, end := range cueLines(d.text, reDPOCue, 300) {
		cue := lineAt(d.text, end)
		if !cueOK(cue) {
			if p := inlineDPO(d, end, cue); p.Name != "" && bestScore < 2 {
				best, bestScore = p, partyScore(p)
			}
			continue
		}
		b := linesAfter(d.text, end, 8, func(l string) bool {
			return reAuthorityCue.MatchString(l) || (reControllerCue.MatchString(l) && !reDPOCue.MatchString(l)) ||
				utf8.RuneCountInString(l) > 220
		})
		p := partyFromBlock(d, b, true)
		if p.Email == "" {
			p.Email = emailIn(cue)
		}
		if p.Name != "" && normName(p.Name) == normName(ctrl.Name) {
			p.Name = ""
		}
		s := partyScore(p)
		if isPersonName(p.Name) {
			s++
		}
		if s > bestScore {
			best, bestScore = p, s
		}
	}
	return best
}

// inlineDPO reads "our data protection officer is Jane Doe (dpo@example.com)".
func inlineDPO(d *docView, end int, line string) Party {
	m := reInlineDPO.FindStringSubmatch(line)
	if m == nil || !isPersonName(m[1]) {
		return Party{}
	}
	start := end - len(line)
	return Party{Name: cleanName(m[1]), Email: emailIn(line), Evidence: []Evidence{d.evidence(start, end)}}
}
