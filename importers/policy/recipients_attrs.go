package policy

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// Cues read from the passages around a recipient's mentions. Each sentence's cues
// are found once (cues) and a recipient combines the cues of its sentences.
var (
	reProcessorCue  = newKW(`(?i)\bprocessors?\b|auftragsverarbeit|im auftrag|in unserem auftrag|on (?:our|its) behalf|on behalf of (?:us|the controller)|on our instructions?|(?:order|commissioned|contract) (?:data )?processing|data processing (?:agreement|addendum|contract)|\bart(?:icle|\.)?\s*28\b|weisungsgebunden|nach unserer weisung`, "processor", "auftrag", "behalf", "instruction", "order processing", "order data processing", "commissioned", "contract processing", "contract data processing", "data processing agreement", "data processing addendum", "data processing contract", "28", "weisung")
	reThirdPartyCue = newKW(`(?i)independent(?:ly)? (?:controller|responsib)|own responsibility|(?:sole|separate|independent) controller|eigene[rn]? verantwortung|eigenverantwortlich|selbst(?:ständig)? verantwortlich|no influence|keinen einfluss|alone (?:are|is) responsible|allein verantwortlich|independent of ours|own (?:data protection|privacy) (?:policy|policies|guidelines)|(?:is|are) (?:itself |themselves )?responsible for (?:that|this|the|its|their) [\w-]+(?: [\w-]+)? (?:itself|themselves)\b`, "independ", "itself", "themselves", "own responsib", "sole controller", "separate controller", "verantwortung", "eigenverantwort", "verantwortlich", "influence", "einfluss", "alone", "own data protection", "own privacy")
	reJointCue      = newKW(`(?i)joint(?:ly)? (?:controllers?|responsib)|gemeinsam(?:e)? verantwortlich|gemeinsame verantwortlichkeit|\bart(?:icle|\.)?\s*26\b`, "joint", "gemeinsam", "26")
	reDPACue        = newKW(`(?i)data processing (?:agreement|addendum|contract)|\bDPA\b|auftragsverarbeitungsv(?:ertrag|ereinbarung)|vertrag (?:über|zur) (?:die )?auftrags(?:daten)?verarbeitung|\bAVV\b|AV-Vertrag|contract for (?:commissioned|order) (?:data )?processing|order processing (?:agreement|contract)|(?:agreement|contract) (?:pursuant to|in accordance with|under) art(?:icle|\.)?\s*28`, "dpa", "agreement", "addendum", "contract", "auftrags", "avv", "av-vertrag")
	reDPAMaybe      = lazy(`(?i)\b(?:if you (?:are interested|wish|want)|can (?:be )?conclude|may (?:be )?conclude|auf wunsch|können sie)`)
	safeguardCues   = []struct {
		code string
		re   kw
	}{
		{"scc", newKW(`(?i)standard (?:contractual|data protection) clauses|\bSCCs?\b|standardvertragsklauseln|standarddatenschutzklauseln|model clauses|musterklauseln`, "clause", "scc", "klausel")},
		{"bcr", newKW(`(?i)binding corporate rules|verbindliche(?:n)? interne(?:n)? datenschutzvorschriften|\bBCRs?\b`, "binding", "bcr", "verbindlich")},
		{"dpf", newKW(`(?i)data privacy framework|\bDPF\b|datenschutzrahmen`, "framework", "dpf", "rahmen")},
		{"adequacy", newKW(`(?i)adequacy decision|angemessenheitsbeschlu|adequacy (?:finding|regulation)`, "adequa", "angemessen")},
		{"other", newKW(`(?i)privacy shield`, "shield")},
		{"consent", newKW(`(?i)(?:agree|consent)s? to (?:this|the|such) (?:transmission|transfer|data transfer)|(?:stimm|willig)\w* (?:der|in die) (?:übermittlung|datenübermittlung)[^.]{0,80}\bzu|einwilligung in die (?:übermittlung|datenübermittlung)|stimmt der übermittlung|art(?:icle|\.)?\s*49\s*(?:\(1\)|abs\.?\s*1)\s*(?:\(a\)|lit\.?\s*a|a\b)|ausdrücklich (?:zu|eingewilligt)`, "agree", "consent", "stimm", "willig", "49", "ausdrücklich")},
	}
	reDefaultCountryForm = map[string]string{"gmbh": "DE", "aps": "DK", "b.v.": "NL", "bv": "NL", "oy": "FI", "ab": "SE",
		"s.l.": "ES", "sp. z o.o.": "PL", "llc": "US", "inc.": "US", "inc": "US", "sarl": "FR", "s.à r.l.": "LU", "s.r.l.": "IT"}
)

// context gathers the sentences around recipient i: each mentioning sentence with
// the one before and two after, and the whole section when its title names the
// recipient.
func (b *recBuilder) context(i int) []int {
	sort.Slice(b.spans[i], func(x, y int) bool { return b.spans[i][x].start < b.spans[i][y].start })
	seen := map[int]bool{}
	var out []int
	names := b.normNames(i)
	for k, sp := range b.spans[i] {
		if k == 12 {
			break // a dozen mentions say what there is to say about a recipient
		}
		si := b.d.sentenceIndex(sp.start)
		if si < 0 {
			continue
		}
		sec := b.d.sents[si].sec
		lo, hi := si-1, si+2
		if sec >= 0 && titleNames(b.norm(b.d.title(sec)), names) && b.d.secs[sec].End-b.d.secs[sec].Start < 8000 {
			lo, hi = b.d.sentenceIndex(b.d.secs[sec].HeadingStart), b.d.sentenceIndex(b.d.secs[sec].End-1)
		}
		for k := max(lo, 0); k <= hi && k < len(b.d.sents); k++ {
			if !seen[k] && (b.d.sents[k].sec == sec || k == si) {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

func (b *recBuilder) normNames(i int) []string {
	r := b.recs[i]
	var out []string
	for _, n := range append([]string{r.Name, r.LegalEntity}, r.Aliases...) {
		if nn := b.norm(n); nn != "" {
			out = append(out, nn)
		}
	}
	return out
}

// titleNames: the normalised title t names one of the normalised names as words.
func titleNames(t string, names []string) bool {
	for _, n := range names {
		if containsWords(t, n) {
			return true
		}
	}
	return false
}

// attributes fills country, role, safeguard and DPA for one recipient from the
// cues of its context sentences.
func (b *recBuilder) attributes(r *Recipient, i int, ctx []int) {
	var m cueMask
	for _, si := range ctx {
		m |= b.d.cues(si)
	}
	if cc := b.countryFor(r, i); cc != "" {
		r.Country = cc
	}
	switch {
	case m&cueJoint != 0:
		r.Role = "joint_controller"
	case m&cueThirdParty != 0 && !(r.Known && r.Role == "processor" && m&cueProcessor != 0):
		r.Role = "third_party"
	case m&cueProcessor != 0:
		r.Role = "processor"
	case r.Role == "":
		r.Role = "processor" // an unknown provider commissioned by the controller
	}
	for k, sc := range safeguardCues {
		if m&(cueSafeguard<<k) != 0 {
			r.Safeguard = sc.code
			break
		}
	}
	r.DPAMentioned = m&cueDPA != 0
	if r.Safeguard == "" && r.Country != "" && !safeCountries[r.Country] || !r.DPAMentioned && r.Role == "processor" {
		g := b.groupCues(i)
		if r.Safeguard == "" && r.Country != "" && !safeCountries[r.Country] {
			for k, sc := range safeguardCues {
				if g&(cueSafeguard<<k) != 0 {
					r.Safeguard = sc.code
					break
				}
			}
		}
		r.DPAMentioned = r.DPAMentioned || r.Role == "processor" && g&cueDPA != 0
	}
}

// reProviderGroup is a sentence about the controller's providers as a group
// ("these providers", "our subprocessors", "diese Dienstleister"), which is
// how a safeguard stated once for all of them is worded (SG-SECTION).
var reProviderGroup = newKW(`(?i)\b(?:(?:these|such|all|our|the above|the listed) (?:service )?(?:providers|processors|sub-?processors|vendors|third parties|services|companies)\b|(?:diese|solche|alle|unsere|die genannten|die oben genannten) (?:dienstleister|anbieter|auftragsverarbeiter|unterauftragsverarbeiter|dienste|empfänger)\b|transfers? (?:of (?:personal )?data )?to the (?:united states|usa|us)\b|übermittlungen? (?:in die|an die) usa\b|with each\b|each of them\b|with (?:all of )?them\b|mit (?:jedem|allen) (?:von ihnen|dieser))`,
	"provider", "processor", "vendor", "third parties", "services", "companies", "dienstleister", "anbieter",
	"auftragsverarbeiter", "dienste", "empfänger", "transfer", "übermittlung", "each", "them", "jedem", "allen")

// groupCues are the safeguard and DPA cues of the sentences about the
// providers as a group in the sections where recipient i is named: "we have a
// data processing agreement with each of them", "transfers to the United
// States rely on the standard contractual clauses".
func (b *recBuilder) groupCues(i int) cueMask {
	if b.groupBySec == nil {
		b.groupBySec = b.groupSentences()
	}
	var out cueMask
	seen := map[int]bool{}
	for _, sp := range b.spans[i] {
		if si := b.d.sentenceIndex(sp.start); si >= 0 && !seen[b.d.sents[si].sec] {
			seen[b.d.sents[si].sec] = true
			out |= b.groupBySec[b.d.sents[si].sec]
		}
	}
	return out
}

// groupSentences collects, once per document and by section, the cues of
// the sentences about the providers as a group that state a safeguard or a
// processing agreement. The safeguard and DPA words are tested first: few
// sentences hold one.
func (b *recBuilder) groupSentences() map[int]cueMask {
	out := map[int]cueMask{}
	for si, st := range b.d.sents {
		if st.sec < 0 {
			continue
		}
		sv := b.d.sv(si)
		if !reProviderGroup.mayS(sv) || !reDPACue.mayS(sv) && !slices.ContainsFunc(safeguardCues, func(c struct {
			code string
			re   kw
		}) bool {
			return c.re.mayS(sv)
		}) || !reProviderGroup.matchS(sv) {
			continue
		}
		if m := b.d.cues(si); anySafeguard(m) || m&cueDPA != 0 {
			out[st.sec] |= m
		}
	}
	return out
}

func anySafeguard(m cueMask) bool {
	for k := range safeguardCues {
		if m&(cueSafeguard<<k) != 0 {
			return true
		}
	}
	return false
}

// countryFor: the catalogue country of a named legal entity, else an address right
// after a mention, else the vendor's seat, else the country a legal form implies.
func (b *recBuilder) countryFor(r *Recipient, i int) string {
	if cc := vendorCatalogue().entityCC[strings.ToLower(r.LegalEntity)]; cc != "" {
		return cc
	}
	for k, sp := range b.spans[i] {
		if k == 8 {
			break // an address follows one of the first mentions, if any
		}
		end := min(sp.end+160, len(b.d.text))
		tail := b.d.text[sp.end:end]
		if k := strings.Index(tail, "\n\n"); k >= 0 {
			tail = tail[:k]
		}
		if k := strings.IndexAny(tail, ".;"); k >= 0 && k < 3 {
			continue // the sentence ends right after the name: no address follows
		}
		if cc := countryInLower(tail, b.d.lowerText[sp.end:sp.end+len(tail)]); cc != "" {
			return cc
		}
	}
	if r.Country != "" {
		return r.Country
	}
	f := strings.ToLower(r.LegalEntity)
	for form, cc := range reDefaultCountryForm {
		if strings.HasSuffix(f, " "+form) {
			return cc
		}
	}
	return ""
}

// A sentence whose subject is the controller itself ("we ourselves …", "wir
// selbst …", one opening with what we do not collect: "Wir erheben keine
// personenbezogenen Daten durch die Einbindung von …", or receive from the
// provider: "Wir erhalten keine personenbezogenen Daten von Google, sondern
// nur Statistiken") says nothing about what a provider receives.
var reWeSubject = newKW(`(?i)\b(?:we|wir) (?:ourselves|selbst)\b|^(?:we|wir) (?:do not |don't )?(?:erheben|sammeln|speichern|erhalten|bekommen|collect|store|receive|get)\b`, "we ", "wir ")

// reCookieDefinition is the textbook sentence on what cookies are ("Cookies
// are text files, which identify a user's computer to our server"): it
// denies nothing of the tools a section names.
var reCookieDefinition = newKW(`(?i)\bcookies (?:are|sind) (?:small |kleine )?(?:text ?files|textdateien|data files|dateien)\b`,
	"cookies are", "cookies sind")

// cueMask holds the cues found in one sentence.
type cueMask uint16

const (
	cueProcessor cueMask = 1 << iota
	cueThirdParty
	cueJoint
	cueDPA
	cueSafeguard // first of len(safeguardCues) bits, in their order
)

// cues returns the cues of sentence si, computed on first use.
func (d *docView) cues(si int) cueMask {
	if d.cueDone == nil {
		d.cueDone = make([]bool, len(d.sents))
		d.cueBits = make([]cueMask, len(d.sents))
	}
	if d.cueDone[si] {
		return d.cueBits[si]
	}
	sv := d.sv(si)
	txt := sv.txt
	var m cueMask
	if reProcessorCue.matchS(sv) {
		m |= cueProcessor
	}
	if reThirdPartyCue.matchS(sv) {
		m |= cueThirdParty
	}
	if reJointCue.matchS(sv) {
		m |= cueJoint
	}
	if loc := reDPACue.findS(sv); loc != nil && !reDPAMaybe.MatchString(txt[:loc[1]]) {
		m |= cueDPA
	}
	for k, sc := range safeguardCues {
		if sc.re.matchS(sv) {
			m |= cueSafeguard << k
		}
	}
	d.cueDone[si], d.cueBits[si] = true, m
	return m
}

// noPersonalData marks recipients that a sentence says receive no personal data:
// those named in that sentence, or else the tool the section is about.
func (b *recBuilder) noPersonalData() map[int]bool {
	out := map[int]bool{}
	for si, s := range b.d.sents {
		sv := b.d.sv(si)
		if strings.HasSuffix(sv.lower, ":") && reDeniedListIntro.MatchString(sv.lower) {
			// "VeloX does not use:" over a list: the tools its items name
			from, to := deniedListSpan(b.d.text, s.end)
			for _, i := range b.recipientsIn(from, to) {
				out[i] = true
			}
		}
		if named := b.recipientsIn(s.start, s.end); len(named) > 0 {
			if reNotInUse.matchS(sv) || reDeniedToolList.matchS(sv) {
				for _, i := range named {
					out[i] = true
				}
			}
			if from := deniedFrom(sv, b.d.lang); from >= 0 {
				// "stored on OVH hardware in France, and are not shared with
				// any third parties": the denial reaches the names after its
				// preposition, not the host named before it
				for _, i := range b.recipientsIn(s.start+from, s.end) {
					out[i] = true
				}
			}
		}
		if !reNoPersonalData.matchS(sv) || reWeSubject.matchS(sv) || ownServerStorage(sv) || reCookieDefinition.matchS(sv) ||
			reDPACue.matchS(sv) || reHoldsNoPersonalData.matchS(sv) {
			// a record that denies storing but names the processing agreement
			// ("apart from that, no personal data is stored; … the processing
			// takes place on the server of plausible.io on the basis of a data
			// processing agreement") has the provider process data
			continue
		}
		named := b.recipientsIn(s.start, s.end)
		// a general section ("Rechtliche Hinweise" retelling when no data flow
		// to a host) has no tool for a subject
		if len(named) == 0 && s.sec >= 0 && !containsAny(sv.lower, otherPartyWords) && !classifyTitle(b.d.title(s.sec)).general {
			named = b.onlyWithin(b.sectionSubject(s.sec), s.sec)
		}
		for _, i := range named {
			out[i] = true
		}
	}
	return out
}

// reHoldsNoPersonalData says what a data item holds, not what a recipient
// receives: "Die User-ID enthält keine personenbezogenen Daten und
// übermittelt solche auch nicht an Google" (the tool still receives the
// visitor's data), "The identifier contains no personal data".
var reHoldsNoPersonalData = newKW(`(?i)\b(?:enthält|enthalten|contains?)\s+(?:keine|no)\s+(?:personenbezogenen|personal)\b`,
	"enthält", "enthalten", "contain")

// reDeniedListIntro introduces a list of what is not used: "X does not
// use:", "Wir setzen keine der folgenden Dienste ein:", "Wir nutzen nicht:".
var reDeniedListIntro = lazy(`(?:\b(?:do|does) not use|\bwe never use|\b(?:nutzen|verwenden|nutzt|verwendet|setzen|setzt) (?:\S+ ){0,3}?(?:kein\w*|nicht)(?: \S+){0,3}?)\s*:$`)

// deniedListSpan is the list after a denial ending at end: the next block
// of lines, up to the blank line after it.
func deniedListSpan(text string, end int) (int, int) {
	from := end
	for from < len(text) && (text[from] == '\n' || text[from] == ' ') {
		from++
	}
	return paragraphAround(text, from, len(text), from)
}

// denialPhrases are each language's phrases that deny a flow of data.
var denialPhrases = sync.OnceValue(func() map[string][]lexPhrase {
	return phrasesByLang(func(t titleWords) []string { return t.DenialPhrases })
})

// deniedFrom: the sentence denies a flow of data to the providers it
// names ("No personal data of our visitors are transmitted to Cartowise
// Ltd", "Wir geben keine Daten an die Kartenwerk GmbH weiter"), with no
// exception ("… except our payment provider"), so that only they, never the
// subject of its section, are left out (R-NEG). It returns where in the
// sentence the denied names may stand: from the phrase on where the phrase
// holds the preposition before them ("not shared with", "an … weiter"),
// anywhere where they are its subject ("Kartenwerk receives no personal
// data"); -1 for no denial.
func deniedFrom(sv sent, lang string) int {
	if containsAny(sv.lower, titles().DenialExceptions) {
		return -1
	}
	ps := denialPhrases()[lang]
	for i := range ps {
		start, _ := ps[i].in(sv)
		if start < 0 {
			continue
		}
		for _, part := range ps[i].parts {
			if f := strings.Fields(part); len(f) > 0 && slices.Contains(denialPrepositions, f[len(f)-1]) {
				return start
			}
		}
		return 0
	}
	return -1
}

// denialPrepositions end the part of a denial that its names follow.
var denialPrepositions = []string{"to", "with", "an"}

// ownServerStorage: the sentence's only denial is data kept "on our
// (own) server" ("log files are stored on our server for 7 days"; the
// openings of that denial are the lexicon's storage_location_leads), which
// says nothing about the provider of its section; it denies only with a verb
// of running a tool there ("fonts installed on our own server"), from the
// lexicon. Data sent "to our server" (a self-hosted analytics tool) and a
// tool "lokal auf unserem Server" still deny (R-NOPD-OVER).
func ownServerStorage(sv sent) bool {
	loc := reNoPersonalData.findS(sv)
	if loc == nil {
		return false
	}
	if !hasAnyPrefix(sv.lower[loc[0]:loc[1]], titles().StorageLocationLeads) ||
		reNoPersonalData.find(sv.txt[loc[1]:], sv.lower[loc[1]:]) != nil {
		return false
	}
	return !containsAny(sv.lower, titles().SelfHostingVerbs)
}

// otherPartyWords direct a denial at parties other than the tool a section
// is about, or make it a general rule with exceptions ("no personal data is
// shared with advertisers", "nicht ohne Ihre Einwilligung an Dritte"): such a
// sentence says nothing about the tool itself (R-NOPD-OVER).
var otherPartyWords = []string{"third part", "advertis", "dritte", "werbe", "other compan", "andere unternehmen",
	"for marketing", "without your consent", "ohne ihre einwilligung", "unless", "sofern nicht", "es sei denn", "außer"}

// recipientsIn lists recipients with a mention inside [start, end), using a
// sorted index of all mentions so that many calls stay cheap.
func (b *recBuilder) recipientsIn(start, end int) []int {
	if b.mentionIdx == nil {
		for i := range b.recs {
			for _, sp := range b.spans[i] {
				b.mentionIdx = append(b.mentionIdx, [2]int{sp.start, i})
			}
		}
		sort.Slice(b.mentionIdx, func(x, y int) bool { return b.mentionIdx[x][0] < b.mentionIdx[y][0] })
	}
	k := sort.Search(len(b.mentionIdx), func(x int) bool { return b.mentionIdx[x][0] >= start })
	seen := map[int]bool{}
	var out []int
	for ; k < len(b.mentionIdx) && b.mentionIdx[k][0] < end; k++ {
		if i := b.mentionIdx[k][1]; !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	return out
}

// onlyWithin keeps the recipients named nowhere but in the chapter of
// section sec: "Das Tool selbst erfasst keine personenbezogenen Daten"
// under a statistics tag does not take out the provider whose maps another
// chapter embeds (R-NOPD-OVER).
func (b *recBuilder) onlyWithin(recs []int, sec int) []int {
	for p := b.d.secs[sec].Parent; p >= 0 && p < sec; p = b.d.secs[p].Parent {
		sec = p
	}
	lo, hi := b.d.secs[sec].HeadingStart, b.d.secs[sec].End
	var out []int
	for _, i := range recs {
		inside := true
		for _, sp := range b.spans[i] {
			inside = inside && sp.start >= lo && sp.start < hi
		}
		if inside {
			out = append(out, i)
		}
	}
	return out
}

// sectionSubject: the recipients a section's title names, or the only recipient
// mentioned in the section.
func (b *recBuilder) sectionSubject(sec int) []int {
	var titled []int
	for i, r := range b.recs {
		if titleNames(b.norm(b.d.title(sec)), []string{b.norm(r.Name), b.norm(r.LegalEntity)}) {
			titled = append(titled, i)
		}
	}
	if len(titled) > 0 {
		return titled
	}
	// the only recipient of a sub-section; never of a top-level section, where
	// a general sentence ("data are not passed on without consent") would
	// delete the only vendor of a whole chapter or document
	if b.d.secs[sec].Parent < 0 {
		return nil
	}
	in := b.recipientsIn(b.d.secs[sec].Start, b.d.secs[sec].End)
	if len(in) == 1 {
		return in
	}
	return nil
}
