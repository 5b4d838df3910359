package policy

import (
	"strings"
	"unicode"
)

// Named supervisory authorities. German Land authorities are written with an
// inflected adjective ("beim Hessischen Beauftragten", "die hessischen
// Datenschutzbeauftragte/-n"); they are reported in the nominative. Model
// texts copied from site to site spread their misspellings: "Der
// Landesbeauftrage für den Datenschutz …", "the Information Commissioners
// Office" are matched as written.
var (
	reAuthorityDE = lazy(`(?i)\b((?:baden-württembergisch|bayerisch|brandenburgisch|bremisch|hamburgisch|hessisch|mecklenburg-vorpommersch|niedersächsisch|nordrhein-westfälisch|rheinland-pfälzisch|saarländisch|sächsisch|sachsen-anhaltisch|schleswig-holsteinisch|thüringisch)(?:e[nrs]?)?|berliner|bremer|hamburger|thüringer)[\s\p{Zs}]+((?:landes)?(?:datenschutz)?beauftragt?e[rn]?(?:/-?(?:n|in|r))?|landesamt für datenschutzaufsicht)((?:[\s\p{Zs}]+für[\s\p{Zs}]+(?:den[\s\p{Zs}]+)?datenschutz(?:[\s\p{Zs}]+und[\s\p{Zs}]+(?:die[\s\p{Zs}]+)?informationsfreiheit)?)?)`)
	// the Swiss federal authority, for policies under the Swiss DSG/FADP; its
	// name is reported in the nominative whatever case the text uses
	reAuthorityCH  = lazy(`(?i)\b(?:eidgenössische[nr]?[\s\p{Zs}]+datenschutz-[\s\p{Zs}]+und[\s\p{Zs}]+öffentlichkeitsbeauftragte[nr]?|federal data protection and information commissioner)`)
	reAuthorityDE2 = lazy(`(?i)(\blandesbeauftragt?e[rn]? für (?:den )?datenschutz und (?:die )?informationsfreiheit \(lfdi?\)|\blandesbeauftragt?e[rn]? für (?:den )?datenschutz(?: und (?:die )?informationsfreiheit)?(?: (?:des landes |in |im )?(?:baden-württemberg|bayern|berlin|brandenburg|bremen|hamburg|hessen|mecklenburg-vorpommern|niedersachsen|nordrhein-westfalen|rheinland-pfalz|saarland|sachsen-anhalt|sachsen|schleswig-holstein|thüringen))|\bunabhängige[sn]? (?:landes)?(?:datenschutz)?zentrum(?: für datenschutz)? (?:saarland|schleswig-holstein)|\bbundesbeauftragte[rn]? für (?:den )?datenschutz und (?:die )?informationsfreiheit|(?:^|[^\p{L}])österreichische[n]? datenschutzbehörde)`)
	// church bodies in Germany answer to their churches' own supervisors
	// (§ 91 GDPR): the Catholic dioceses' data protection officers and
	// centres, and the Protestant church's commissioner; reported with the
	// head noun in the nominative and the rest as written
	reAuthorityChurch = lazy(`\b((?:[Ii]nter)?[Dd]iözesan(?:e[rn]? )?(?:[Dd]atenschutz)?beauftragt?e[rn]? (?:des|der|für (?:das|die|den)) (?:(?:[Ee]rz)?[Bb]istums?|(?:\([Ee]rz-?\))?(?:[Ee]rz)?[Dd]iözesen?)(?: \p{Lu}[\p{L}-]+)?|(?:[Gg]emeinsame[rn]? )?[Dd]atenschutzbeauftragt?e[rn]? der (?:[Bb]ayer(?:\.|ischen) )?\([Ee]rz-?\)[Dd]iözesen(?: [Bb]ayerns)?|[Kk]atholische[sn]? [Dd]atenschutzzentrum(?: (?:Frankfurt(?:/M\.|/Main| am Main)?|Dortmund|Bayern))?|[Bb]eauftragte[rn]? für den [Dd]atenschutz der (?:EKD|[Ee]vangelischen [Kk]irche in Deutschland))`)
	reAuthorityEN     = lazy(`\b((?:[A-Z][\p{L}-]+[\s\p{Zs}]+){1,3}(?:State[\s\p{Zs}]+|Federal[\s\p{Zs}]+)?(?:Commissioner|Officer)[\s\p{Zs}]+for[\s\p{Zs}]+(?:Data[\s\p{Zs}]+Protection|Privacy)(?:[\s\p{Zs}]+and[\s\p{Zs}]+Freedom[\s\p{Zs}]+of[\s\p{Zs}]+Information)?|Information Commissioner(?:'s|’s|s)? Office|(?:Irish )?Data Protection Commission(?:er)?|(?:Office of the )?Data Protection Ombudsman|(?:[A-Z][\p{L}-]+[\s\p{Zs}]+)?State Office for Data Protection Supervision|Commission Nationale de l.Informatique et des Libertés|CNIL|Autoriteit Persoonsgegevens|(?:Dutch|Belgian|Austrian|Danish|Norwegian|Swedish|Finnish|Spanish|Italian|Polish|Luxembourg|Portuguese) Data Protection Authority|Agencia Española de Protección de Datos|Garante per la protezione dei dati personali|Datatilsynet|Federal Data Protection and Information Commissioner|Integritetsskyddsmyndigheten|Gegevensbeschermingsautoriteit)`)
)

// reICOSpelling is the UK authority's name in the spellings notices give
// it ("Information Commissioners Office", "Information Commissioner Office"):
// the record holds its own name, the evidence shows the text's.
var reICOSpelling = lazy(`Information Commissioners? Office`)

var reParenthesis = lazy(`^[\s\p{Zs}]*\([^()\n]{2,60}\)`)

// findAuthority returns the first supervisory authority named in the text.
func findAuthority(d *docView) (string, []Evidence) {
	var found []authorityCand
	until := len(d.sents)
	for si, s := range d.sents {
		if !authorityWords.mayS(d.sv(si)) {
			continue
		}
		if c, ok := authorityIn(d, s.start, s.end); ok {
			found, until = append(found, c...), si
			break
		}
	}
	// an authority the patterns do not describe, named before the first they
	// do ("Die für uns zuständige Aufsichtsbehörde ist: Die
	// Landesbeauftragte für den Datenschutz und für das Recht auf
	// Akteneinsicht Brandenburg" before the ICO of a section for UK users),
	// is the first named
	if name, ev := authorityFromModel(d, until); name != "" {
		return name, ev
	}
	if len(found) == 0 {
		return "", nil
	}
	first := found[0]
	for _, c := range found[1:] {
		if c.start < first.start {
			first = c
		}
	}
	return first.name, []Evidence{d.evidence(first.start, first.end)}
}

// authorityCand is an authority named in the text.
type authorityCand struct {
	name       string
	start, end int
}

// authorityWords prefilter the sentences that can name an authority.
var authorityWords = kw{words: []string{"beauftrag", "landesamt", "zentrum", "datenschutzbehörde", "commissioner", "ombudsman",
	"officer for", "data protection commission", "state office", "cnil", "informatique", "autoriteit",
	"data protection authority", "agencia", "garante", "datatilsynet", "integritetsskydd", "gegevensbescherming"}}

// authorityIn looks for the authorities named in text[from:to].
func authorityIn(d *docView, from, to int) ([]authorityCand, bool) {
	type cand = authorityCand
	text := d.text[:to]
	var found []cand
	if m := reAuthorityDE.FindStringSubmatchIndex(text[from:]); m != nil {
		for k := range m {
			if m[k] >= 0 {
				m[k] += from
			}
		}
		noun := nominativeNoun(d.text[m[4]:m[5]])
		adj := nominativeAdj(d.text[m[2]:m[3]])
		if strongMasculine(d.text[m[2]:m[3]], d.text[m[4]:m[5]]) {
			// "Sächsischer Datenschutzbeauftragter", without an article: the
			// nominative as written
			adj, noun = capitalise(d.text[m[2]:m[3]]), capitalise(d.text[m[4]:m[5]])
		}
		if strings.HasPrefix(noun, "Landesamt") && strings.HasSuffix(adj, "e") {
			adj += "s" // neuter: "Bayerisches Landesamt"
		}
		name := adj + " " + noun
		if rest := collapse(d.text[m[6]:m[7]]); rest != "" {
			name += " " + rest
		}
		found = append(found, cand{name, m[0], m[1]})
	}
	if m := reAuthorityDE2.FindStringIndex(text[from:]); m != nil {
		m[0], m[1] = m[0]+from, m[1]+from
		// the character before "Österreichische", which \b cannot mark
		m[0] += len(d.text[m[0]:m[1]]) - len(strings.TrimLeftFunc(d.text[m[0]:m[1]], func(r rune) bool { return !unicode.IsLetter(r) }))
		// "bei der Landesbeauftragten für …": the head noun in the nominative
		head, rest, _ := strings.Cut(capitalise(collapse(d.text[m[0]:m[1]])), " ")
		found = append(found, cand{strings.TrimSpace(nominativeNoun(head) + " " + rest), m[0], m[1]})
	}
	if m := reAuthorityChurch.FindStringIndex(text[from:]); m != nil {
		m[0], m[1] = m[0]+from, m[1]+from
		head, rest, _ := strings.Cut(collapse(d.text[m[0]:m[1]]), " ")
		if strings.HasPrefix(strings.ToLower(head), "katholisch") {
			head = nominativeAdj(head) + "s" // neuter, as "Bayerisches Landesamt": "beim Katholischen Datenschutzzentrum"
		} else {
			head = nominativeNoun(head) // "dem Diözesandatenschutzbeauftragten des Bistums …"
		}
		found = append(found, cand{strings.TrimSpace(head + " " + rest), m[0], m[1]})
	}
	if m := reAuthorityCH.FindStringIndex(text[from:]); m != nil {
		m[0], m[1] = m[0]+from, m[1]+from
		name := "Federal Data Protection and Information Commissioner (FDPIC)"
		if strings.HasPrefix(strings.ToLower(d.text[m[0]:m[1]]), "eidg") {
			name = "Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte (EDÖB)"
		}
		found = append(found, cand{name, m[0], m[1]})
	}
	if m := reAuthorityEN.FindStringIndex(text[from:]); m != nil {
		m[0], m[1] = m[0]+from, m[1]+from
		end := m[1]
		if p := reParenthesis.FindStringIndex(d.text[end:]); p != nil {
			end += p[1] // "the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)"
		}
		name := reICOSpelling.ReplaceAllString(strings.TrimPrefix(collapse(d.text[m[0]:end]), "The "), "Information Commissioner's Office")
		found = append(found, cand{name, m[0], end})
	}
	return found, len(found) > 0
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// strongMasculine: adjective and noun both end in "-er", the nominative of a
// man's title without an article ("Sächsischer Datenschutzbeauftragter"),
// which names the office as the text does.
func strongMasculine(adj, noun string) bool {
	return strings.HasSuffix(strings.ToLower(adj), "ischer") && strings.HasSuffix(strings.ToLower(noun), "beauftragter")
}

// nominativeAdj turns "hessischen" / "Hessischer" into "Hessische".
func nominativeAdj(s string) string {
	l := strings.ToLower(s)
	for _, suf := range []string{"en", "er", "es"} {
		if strings.HasSuffix(l, "isch"+suf) {
			l = strings.TrimSuffix(l, suf) + "e"
			break
		}
	}
	if strings.HasSuffix(l, "isch") {
		l += "e"
	}
	return capitalise(l)
}

// nominativeNoun turns "Datenschutzbeauftragten" / "Beauftragte/-n" into
// "Datenschutzbeauftragte" / "Beauftragte".
func nominativeNoun(s string) string {
	l := strings.ToLower(s)
	if i := strings.IndexByte(l, '/'); i >= 0 {
		l = l[:i]
	}
	if strings.HasPrefix(l, "landesamt") {
		return "Landesamt für Datenschutzaufsicht"
	}
	l = strings.TrimSuffix(strings.TrimSuffix(l, "n"), "r")
	if strings.HasSuffix(l, "beauftrage") {
		l = strings.TrimSuffix(l, "beauftrage") + "beauftragte" // a model text's misspelling, reported as the office's name
	}
	return capitalise(l)
}

// capitalise writes the first letter of s in upper case.
func capitalise(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r)
}
