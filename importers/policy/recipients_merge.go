package policy

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// addOrg adds an organisation found by its legal form or by phrasing: to the
// catalogue service it names, to a recipient already known under a close
// spelling, or as a new recipient.
func (b *recBuilder) addOrg(o orgCand, ms []mention) {
	if legalFormOnly(o.name) || notAName(o.name) || b.excluded(o.name) || b.excluded(stripLegalForm(o.name)) || b.controllersBrand(o.name) ||
		insideName(b.d.text, b.d.lowerText, o.start, o.end, b.ctrlLower) {
		return
	}
	n := b.norm(o.name)
	if i, ok := b.byNorm[n]; ok {
		b.entity(i, o)
		return
	}
	for _, m := range vendorCatalogue().mentions(o.name) {
		if m.ref.ignore {
			return
		}
		if m.ref.vendor >= 0 {
			b.addVendor(mention{ref: m.ref, text: m.text, start: o.start + m.start, end: o.start + m.end})
			if i, ok := b.byVendor[m.ref.vendor]; ok {
				b.entity(i, o) // not when the entry is excluded (the controller's own product)
			}
			return
		}
		if m.ref.group != "" {
			if o.item && m.start == 0 && m.end == len(o.name) {
				b.listedGroup[o.start] = true
			}
			return // a company of a group (Google, Microsoft …): attached with the group
		}
	}
	for i, r := range b.recs {
		for _, name := range append([]string{r.Name, r.LegalEntity}, r.Aliases...) {
			if sameOrg(n, b.norm(name)) {
				b.entity(i, o)
				return
			}
		}
	}
	if i := b.titledVendor(o.start); i >= 0 && !opensListItem(b.d.text, o.start) {
		b.entity(i, o) // "Cookie tool X … the provider is Example B.V."
		return
	}
	if i := b.definedVendor(o); i >= 0 {
		b.entity(i, o) // "Squareup International Ltd. ("Square")": the catalogue's Square
		return
	}
	i := b.newRecipient(Recipient{Name: stripLegalForm(o.name), LegalEntity: o.name, Role: ""})
	b.byNorm[n] = i
	b.spans[i] = append(b.spans[i], span{o.start, o.end})
}

// reItemLead is the marker of a list item or a numbered one ("1.", "2)",
// "-", "•") that opens a line, with the space after it.
var reItemLead = lazy(`^[ \t]*(?:[-•*▪–]|\(?\d{1,2}[.)]|\(?[a-z]\))[ \t]+`)

// opensListItem: the organisation at pos opens an item of a list, the items
// naming bodies of their own ("1. Example Auskunftei GmbH, Postfach …",
// "2. …" under a payment provider's section): none is the provider the
// section's title names. The organisation's span may hold the marker.
func opensListItem(text string, pos int) bool {
	ls := strings.LastIndexByte(text[:pos], '\n') + 1
	m := reItemLead.FindString(text[ls:])
	return m != "" && pos <= ls+len(m)
}

// definedVendor returns the catalogue recipient whose name the bracket right
// after the organisation gives it as its short name, or -1.
func (b *recBuilder) definedVendor(o orgCand) int {
	m := reShortNameAfter.FindStringSubmatchIndex(b.d.text[o.end:min(o.end+maxShortNameGap, len(b.d.text))])
	if m == nil {
		return -1
	}
	start, end := o.end+m[2], o.end+m[3]
	for _, vm := range vendorCatalogue().mentions(b.d.text[start:end]) {
		if vm.ref.vendor >= 0 && vm.start == 0 && vm.end == end-start {
			b.addVendor(mention{ref: vm.ref, text: vm.text, start: start, end: end})
			if i, ok := b.byVendor[vm.ref.vendor]; ok {
				return i
			}
		}
	}
	return -1
}

// titledVendor returns the one catalogue recipient without a legal entity that the
// title of the section holding pos names, or -1.
func (b *recBuilder) titledVendor(pos int) int {
	sec := b.d.sectionAt(pos)
	if sec < 0 {
		return -1
	}
	found := -1
	for i, r := range b.recs {
		if !r.Known || !titleNames(b.norm(b.d.title(sec)), b.normNames(i)) {
			continue
		}
		if found >= 0 || r.LegalEntity != "" {
			return -1
		}
		found = i
	}
	return found
}

// atControllerAddress: the controller's street follows one of the names of an
// organisation found by its legal form — an affiliate sharing the controller's
// address, such as a holding company given as postal address.
func (b *recBuilder) atControllerAddress(i int) bool {
	if b.ctrlStreet == "" || b.recs[i].Known {
		return false
	}
	for _, sp := range b.spans[i] {
		end := min(sp.end+80, len(b.d.text))
		if strings.Contains(b.d.text[sp.end:end], b.ctrlStreet) {
			return true
		}
	}
	return false
}

// entity records o as the legal entity (or another alias) of recipient i.
func (b *recBuilder) entity(i int, o orgCand) {
	r := b.recs[i]
	name := strings.Join(strings.Fields(o.name), " ")
	if r.LegalEntity == "" && hasLegalForm(name) {
		r.LegalEntity = name
	} else {
		b.alias(i, name)
	}
	b.spans[i] = append(b.spans[i], span{o.start, o.end})
}

// sameOrg: equal names, one containing the other as words, or a one-letter slip
// in a long name ("Nordlicht System" / "Nordlicht Systems").
func sameOrg(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b || containsWords(a, b) || containsWords(b, a) {
		return true
	}
	return len(a) >= 8 && len(b) >= 8 && editDistanceAtMost1(a, b)
}

func editDistanceAtMost1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

func hasLegalForm(s string) bool {
	_, _, _, ok := legalFormIn(s)
	return ok
}

// legalFormOnly: the name is a legal form and nothing else ("LLC" of
// "DigitalOcean, LLC", whose name the catalogue found), which names no one.
// The space before it lets legalFormIn find the form at the name's start.
func legalFormOnly(s string) bool {
	t := " " + strings.TrimSpace(s)
	match, _, _, ok := legalFormIn(t)
	return ok && strings.Trim(t[:match], " ,") == ""
}

// notAName: capitalised words that name no one. A name never ends with an
// article, a preposition or a conjunction, nor opens with a conjunction
// (a disclaimer set in capitals: "… THE SERVICE OFFERED THROUGH THE APP",
// "… THE SOFTWARE OR THE SERVER …"); a contract's defined party alone
// ("the Company", "the Merchant") is the controller or its customer.
func notAName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return true
	}
	t := titles()
	return slices.Contains(t.DanglingWords, f[len(f)-1]) || len(f) > 1 && slices.Contains(t.NameNeverOpens, f[0]) ||
		len(f) == 1 && slices.Contains(t.DefinedPartyWords, f[0]) || hasAnySuffix(strings.Join(f, " "), t.TransferInstruments)
}

// stripLegalForm drops the legal form from the end of a name.
func stripLegalForm(s string) string {
	match, _, _, ok := legalFormIn(s)
	if !ok || match == 0 {
		return s
	}
	name := strings.Trim(s[:match], " ,")
	if open := placeInBrackets(name, len(name)); open > 0 {
		name = strings.TrimSpace(name[:open]) // "Init7 (Schweiz)": the company is "Init7"
	}
	return name
}

// attachGroupMention files a company name or a group's bare word ("Google
// Ireland Limited", "Google") under the group's product named nearest to it; a
// legal entity with no product named becomes a recipient of its own.
func (b *recBuilder) attachGroupMention(m mention) {
	sec := b.d.sectionAt(m.start)
	b.indexGroups()
	first, near := -1, -1
	for _, i := range b.groupRecs[m.ref.group] {
		if first < 0 {
			first = i
		}
		if near < 0 && b.recSecs[i][sec] {
			near = i
		}
	}
	target := near
	if target < 0 {
		target = first
	}
	text := strings.Join(strings.Fields(m.text), " ")
	if target < 0 {
		if !m.ref.entity && !namedAsExample(b.d.text, m.start) && !b.listedGroup[m.start] && !coordinatedWithService(b.d.text, m) ||
			b.excluded(text) {
			return
		}
		r := Recipient{Name: groupWord(m.ref.group, text), LegalEntity: text, Role: "unknown"}
		if !m.ref.entity {
			r.Name, r.LegalEntity = text, ""
		}
		target = b.newRecipient(r)
		b.recSecs = append(b.recSecs, map[int]bool{sec: true})
		b.groupRecs[m.ref.group] = append(b.groupRecs[m.ref.group], target)
		b.attached[target] = append(b.attached[target], span{m.start, m.end})
		return
	}
	r := b.recs[target]
	if m.ref.entity && r.LegalEntity == "" {
		r.LegalEntity = text
	} else {
		b.alias(target, text)
	}
	b.attached[target] = append(b.attached[target], span{m.start, m.end})
}

// coordinatedWithService: the group's bare word is joined to a service of
// the catalogue right before or after it ("Facebook, Google, Twitter",
// "Airtable and Google", "Facebook-, Google- und Twitter-Profile"): named
// beside services in one breath, the group is one of the parties too, though
// none of its products is named. Two groups side by side ("Apple und Google"
// providing a phone's functions) are not enough.
func coordinatedWithService(text string, m mention) bool {
	if sourceExamples(text, m.start) {
		return false // examples of where data come from ("a secure online source (e.g. Google, Facebook …)")
	}
	after := strings.TrimPrefix(text[m.end:min(len(text), m.end+maxCoordinatedLead)], "-")
	for _, sep := range coordinators {
		if rest, ok := strings.CutPrefix(after, sep); ok {
			if ms := vendorCatalogue().mentions(rest); len(ms) > 0 && ms[0].start == 0 && ms[0].ref.vendor >= 0 {
				return true
			}
			break
		}
	}
	before := strings.TrimSuffix(text[max(0, m.start-maxCoordinatedLead):m.start], " ")
	for _, sep := range coordinators {
		if head, ok := strings.CutSuffix(before, strings.TrimRight(sep, " ")); ok {
			head = strings.TrimSuffix(head, "-")
			for _, x := range vendorCatalogue().mentions(head) {
				if x.end == len(head) && x.ref.vendor >= 0 {
					return true
				}
			}
			break
		}
	}
	return false
}

// sourceExamples: the name at start is an example of a source of the
// data ("collect your details from a secure online source (e.g. Google,
// Facebook …)"), which gives data rather than receives them.
func sourceExamples(text string, start int) bool {
	before := strings.ToLower(text[max(0, start-maxExampleLead):start])
	// the clause: after the last end of a sentence or clause, but "e.g. "
	// and "z. B. " end nothing
	masked := strings.NewReplacer("e.g. ", "e_g_ ", "z. b. ", "z_ b_ ", "z.b. ", "z_b_ ", "i.e. ", "i_e_ ").Replace(before)
	for _, end := range []string{". ", "; ", ": ", "\n"} {
		if i := strings.LastIndex(masked, end); i >= 0 {
			before, masked = before[i+len(end):], masked[i+len(end):]
		}
	}
	for _, cue := range partyExampleCues {
		if k := strings.LastIndex(before, cue); k >= 0 && containsAny(before[:k], sourceWords) {
			return true
		}
	}
	return false
}

// sourceWords name where data come from.
var sourceWords = []string{"source", "quelle"}

// coordinators join names in a list; maxCoordinatedLead bounds the text
// read beside a name for its neighbour, in bytes.
var coordinators = []string{", ", " and ", " und ", " or ", " oder ", " & ", "/"}

const maxCoordinatedLead = 40

// namedAsExample: the company's bare name at start is given as an example of
// the parties that receive data ("analytics providers such as Google",
// "third parties, such as, Google"): with none of its products named, it is
// the recipient itself.
func namedAsExample(text string, start int) bool {
	lo := max(0, start-maxExampleLead)
	before := strings.ToLower(text[lo:start])
	cue := -1
	for _, w := range partyExampleCues {
		if i := strings.LastIndex(before, w); i > cue {
			cue = i
		}
	}
	if cue < 0 || strings.ContainsAny(before[cue:], ".;:\n") && !strings.HasSuffix(strings.TrimSpace(before[cue:]), "e.g.") {
		return false
	}
	return containsAny(before[:cue], partyNouns)
}

// maxExampleLead bounds the words before a company's name in which its
// example cue and the kind of party stand: about one clause.
const maxExampleLead = 100

// partyExampleCues introduce examples of a kind of party.
var partyExampleCues = []string{"such as", "e.g.", "for example", "including", "like ", "z. b.", "z.b.", "wie ", "etwa ", "beispielsweise"}

// partyNouns name kinds of parties that receive data.
var partyNouns = []string{"provider", "network", "service", "third part", "compan", "partner", "platform",
	"anbieter", "dienstleister", "netzwerk", "plattform", "unternehmen"}

// indexGroups lists, once, the catalogue recipients of each group and the
// sections their mentions fall in, so that filing group names stays linear.
func (b *recBuilder) indexGroups() {
	if b.groupRecs != nil {
		return
	}
	b.groupRecs = map[string][]int{}
	b.recSecs = make([]map[int]bool, len(b.recs))
	for i, r := range b.recs {
		b.recSecs[i] = map[int]bool{}
		if !r.Known {
			continue
		}
		g := b.groupOf(r)
		b.groupRecs[g] = append(b.groupRecs[g], i)
		for _, sp := range b.spans[i] {
			b.recSecs[i][b.d.sectionAt(sp.start)] = true
		}
	}
}

func (b *recBuilder) groupOf(r *Recipient) string {
	for v, i := range b.byVendor {
		if b.recs[i] == r {
			return vendorCatalogue().vendors[v].Group
		}
	}
	return ""
}

// groupWord names a group-level recipient by the group's bare word ("Google").
func groupWord(g, fallback string) string {
	if gr, ok := vendorCatalogue().groups[g]; ok && len(gr.Words) > 0 {
		return gr.Words[0]
	}
	return stripLegalForm(fallback)
}

// providerPhrases finds providers introduced by phrasing ("the provider is X").
func providerPhrases(d *docView) []orgCand {
	var out []orgCand
	for si, s := range d.sents {
		txt := d.sentText(s)
		for _, m := range reProviderIs.findAllSubmatchS(d.sv(si)) {
			name := strings.TrimRight(txt[m[2]:m[3]], ".")
			out = append(out, orgCand{name: name, start: s.start + m[2], end: s.start + m[2] + len(name)})
		}
	}
	return append(append(out, appositiveProviders(d)...), exampleProviders(d)...)
}

// exampleProviders finds the providers a sentence gives as examples of a
// kind ("a service provider like Givewell or Donaro") or in brackets after
// it ("our banks (Norrbank and Sendwise)"). Names the catalogue knows are
// left to it, which tells a payment provider from a card brand.
func exampleProviders(d *docView) []orgCand {
	var out []orgCand
	for si, s := range d.sents {
		txt := d.sentText(s)
		for _, m := range append(reProviderExamples.findAllSubmatchS(d.sv(si)), reOurProvidersList.findAllSubmatchS(d.sv(si))...) {
			for _, it := range splitInlineItems(txt[m[2]:m[3]], s.start+m[2]) {
				name := strings.TrimRight(it.name, ".")
				// a legal form split off by the commas of "Stripe, Inc., …" is no name
				if name != "" && !legalFormStarts[strings.Fields(name)[0]] && providerExampleName(name) && len(vendorCatalogue().mentions(name)) == 0 {
					out = append(out, orgCand{name: name, start: it.start, end: it.start + len(name)})
				}
			}
		}
	}
	return out
}

// appositiveProviders finds providers named in apposition to a provider noun
// ("Cartowise, a third-party map service", "our reseller Quillpay").
func appositiveProviders(d *docView) []orgCand {
	var out []orgCand
	for si, s := range d.sents {
		txt := d.sentText(s)
		for _, m := range reProviderAppositive.findAllSubmatchS(d.sv(si)) {
			at, end := m[2], m[3]
			if at < 0 {
				at, end = m[4], m[5]
			}
			if name := txt[at:end]; appositiveName(name) {
				out = append(out, orgCand{name: name, start: s.start + at, end: s.start + end})
			}
		}
	}
	return out
}

// providerExampleName: a name given as an example can be an organisation. A kind
// of provider counts only as a word of its own ("Bank", "Hosting"), since a
// brand may end with one ("Norrbank" among "our banks").
func providerExampleName(name string) bool {
	lower := " " + strings.ToLower(name) + " "
	for _, k := range kindWords {
		if strings.Contains(lower, " "+strings.TrimSpace(k)) {
			return false
		}
	}
	return plainName(name)
}

// appositiveName: a name that can be an organisation, not a pronoun, an
// ordinary word, a kind of provider or a place.
func appositiveName(name string) bool {
	return !containsAny(" "+strings.ToLower(name)+" ", kindWords) && plainName(name)
}

// plainName: the name opens with no pronoun, possessive or brand stop word,
// is no ordinary word and no place.
func plainName(name string) bool {
	first := strings.ToLower(strings.Fields(name)[0])
	return !brandStop[first] && !possessives[first] && !citationHeads[strings.TrimRight(first, ".")] && !commonWords[strings.ToLower(name)] &&
		!isPlaceName(name)
}

// citationHeads open the citation of a law, which a bracket after a provider
// noun holds as often as examples: "by a professional provider (Art. 6
// para. 1 lit. f GDPR)".
var citationHeads = wordSet("art", "artikel", "article", "abs", "para", "paragraph", "section", "sec", "§")

// finish drops recipients said to receive no personal data, fills in country,
// role, safeguard and DPA from the passages around their mentions, and returns
// them in order of first mention.
func (b *recBuilder) finish() []Recipient {
	noPD := b.noPersonalData()
	out := []Recipient{}
	for i, r := range b.recs {
		if noPD[i] || b.atControllerAddress(i) || b.onlyCredited(i) || b.onlyAsDataField(i) || b.onlyAsSource(i) || b.onlyAsRuleMaker(i) ||
			b.onlyAsExample(i) || b.onlyCareOf(i) || b.onlyAsStore(i) || b.onlyAsOutsideLink(i) || b.onlyInNoticeTitle(i) || b.onlyAsReplaced(i) {
			continue
		}
		b.spans[i] = append(b.spans[i], b.attached[i]...)
		ctx := b.context(i)
		b.attributes(r, i, ctx)
		for _, sp := range b.spans[i] {
			r.Evidence = append(r.Evidence, b.d.evidence(sp.start, sp.end))
			if len(r.Evidence) == 5 {
				break
			}
		}
		out = append(out, *r)
	}
	sortByFirstMention(out)
	return mergeSameName(out)
}

// mergeSameName folds recipients reported under the same name (an entity
// named in two sections, each found on its own) into the first: one
// organisation is one recipient. Attributes the first lacks come from the
// others.
func mergeSameName(rs []Recipient) []Recipient {
	out := rs[:0]
	for _, r := range rs {
		k := slices.IndexFunc(out, func(o Recipient) bool { return strings.EqualFold(o.Name, r.Name) })
		if k < 0 {
			out = append(out, r)
			continue
		}
		o := &out[k]
		o.LegalEntity = cmp.Or(o.LegalEntity, r.LegalEntity)
		o.Country = cmp.Or(o.Country, r.Country)
		o.Safeguard = cmp.Or(o.Safeguard, r.Safeguard)
		o.DPAMentioned = o.DPAMentioned || r.DPAMentioned
		for _, a := range r.Aliases {
			if !slices.Contains(o.Aliases, a) && a != o.LegalEntity {
				o.Aliases = append(o.Aliases, a)
			}
		}
		for _, e := range r.Evidence {
			if len(o.Evidence) < 5 {
				o.Evidence = append(o.Evidence, e)
			}
		}
	}
	return out
}

func sortByFirstMention(rs []Recipient) {
	// insertion sort: few recipients, and it keeps ties stable
	for i := 1; i < len(rs); i++ {
		for k := i; k > 0 && firstStart(rs[k]) < firstStart(rs[k-1]); k-- {
			rs[k], rs[k-1] = rs[k-1], rs[k]
		}
	}
}

func firstStart(r Recipient) int {
	min := int(^uint(0) >> 1)
	for _, e := range r.Evidence {
		if e.Start < min {
			min = e.Start
		}
	}
	return min
}

// reCredit is a credit line for the policy's author or generator ("created
// with the privacy generator of …", "Quelle: …", "adapted from the policies of
// …", "its history on …", "a history of the changes to our policies … on
// …", "mithilfe der … erstellt", "basierte auf Textbausteinen der …"),
// which names no recipient.
var reCredit = newKW(`(?i)\b(?:(?:created|generated|written|drafted) (?:with|by|using)\b|(?:erstellt|generiert) (?:mit|durch|von)\b|\bmit(?:hilfe| hilfe)? (?:der|des|dem|von)\b[^.]{0,80}?\b(?:erstellt|generiert)\b|generator\b|adapted from\b|forked from\b|licensed under\b|(?:version|change|revision) history\b|history on\b|history of (?:the |all |our )?(?:changes|revisions|versions)\b|angelehnt an\b|auf der (?:grundlage|basis) der vorlage|basiert(?:e|en)? auf (?:einer |der |den )?(?:vorlage|textbausteinen|mustertext(?:en)?)\b|based on (?:a |the )?(?:template|text blocks|model text|sample text)s? (?:of|by|from)\b|all rights reserved|alle rechte vorbehalten)|^\s*(?:source|quelle)\s*:|©`, "created", "all rights", "alle rechte", "©", "generated", "written", "drafted", "erstellt", "generiert", "generator", "source", "quelle", "adapted from", "forked from", "licensed under", "history", "angelehnt", "vorlage", "template", "basiert", "based on")

// reDataFieldAfter is what follows a service's name where the name labels a
// piece of data about the person, not the service receiving it: "ORCID ID",
// "GitHub username", "Twitter handle", "Skype-Name", "Xing-Profil" ….
var reDataFieldAfter = lazy(`(?i)^(?:[ -](?:\(\p{Lu}{2,6}\) )?(?:ids?|identifiers?|usernames?|user names?|handles?|user ?ids?|account names?|profile (?:url|link)s?|kennung|benutzername|nutzername|name|profil(?:-?link)?|(?:bot |api |access )?tokens?|api keys?|checks?|certificates?|clearances?)\b)`)

// onlyAsDataField: every mention of recipient i names a field of the
// person's data, or sits in a file name after a dot (".zenodo.json"), so no
// mention says that the service receives data (a data category read as a
// recipient).
func (b *recBuilder) onlyAsDataField(i int) bool {
	text := b.d.text
	return b.everyMention(i, func(sp span) bool {
		return sp.start > 0 && text[sp.start-1] == '.' || reDataFieldAfter.MatchString(text[sp.end:min(len(text), sp.end+30)]) ||
			inFieldBrackets(text, sp.start)
	})
}

// maxBracketItems bounds the items before a mention in such brackets.
const maxBracketItems = 60

// inFieldBrackets: the mention at start stands in brackets after a word
// that labels kinds of a person's profile or credential: "links to online
// professional profiles (GitHub, LinkedIn, Devpost)", "Integration tokens
// (Telegram bot token, Discord, …)".
func inFieldBrackets(text string, start int) bool {
	open := strings.LastIndexByte(text[max(0, start-maxBracketItems-2):start], '(')
	if open < 0 {
		return false
	}
	open += max(0, start-maxBracketItems-2)
	if strings.ContainsAny(text[open+1:start], "()") {
		return false
	}
	f := strings.Fields(text[max(0, open-30):open])
	return len(f) > 0 && fieldLabelWords[strings.ToLower(f[len(f)-1])]
}

// fieldLabelWords label a person's profiles, accounts or credentials.
var fieldLabelWords = wordSet("profile", "profiles", "account", "accounts", "username", "usernames", "handle", "handles",
	"profil", "profilen", "konten", "token", "tokens", "key", "keys", "credentials", "zugangsdaten")

// controllersBrand: a name without a legal form that opens the controller's
// own ("Kelpline" of "Kelpline Labs Ltd", which "runs Kelpline, a service
// …") is the controller's brand, not a recipient.
func (b *recBuilder) controllersBrand(name string) bool {
	n := b.norm(name)
	cw := strings.Fields(b.ctrlNorm)
	if b.ownLabel != "" && len(name) >= len(b.ownLabel) && lettersOnly(name) == b.ownLabel && !hasLegalForm(name) {
		// "CoopCare" beside the controller's mailbox at coopcare.de: its
		// brand; "JetBrains N.V." beside privacy@jetbrains.com is another
		// company of the group
		return true
	}
	return n != "" && len(cw) > 1 && len([]rune(cw[0])) >= 4 && !genericLead[cw[0]] && strings.HasPrefix(b.ctrlNorm, n+" ") &&
		!hasLegalForm(name)
}

// ownMailLabel is the first label of the controller's mail domain when it
// can name the controller's brand: long enough, and no mail provider's
// domain that anyone may have a mailbox at.
func ownMailLabel(email string) string {
	l := domainLabel(email)
	if len(l) < minOwnLabel || mailProviderLabels[l] {
		return ""
	}
	return l
}

// mailProviderLabels are domains of public mail services.
var mailProviderLabels = wordSet("gmail", "googlemail", "gmx", "yahoo", "hotmail", "outlook", "live", "icloud",
	"aol", "t-online", "freenet", "posteo", "mailbox", "protonmail", "proton", "arcor", "online", "email", "mail",
	"web", "yandex", "zoho", "fastmail", "tutanota", "tuta", "kabelmail", "vodafone", "btinternet", "sky", "virginmedia")

// everySentence: recipient i has mentions, each in a sentence, and ok holds
// for each mention's sentence and the section of that sentence.
func (b *recBuilder) everySentence(i int, ok func(sv sent, sec int) bool) bool {
	return b.everyMention(i, func(sp span) bool {
		si := b.d.sentenceIndex(sp.start)
		return si >= 0 && ok(b.d.sv(si), b.d.sents[si].sec)
	})
}

// everyMention: recipient i has mentions, and each satisfies ok.
func (b *recBuilder) everyMention(i int, ok func(span) bool) bool {
	if len(b.spans[i]) == 0 {
		return false
	}
	for _, sp := range b.spans[i] {
		if !ok(sp) {
			return false
		}
	}
	return true
}

// paymentWords say that a sentence speaks of paying: an app store named in
// one takes the payment for a purchase or a subscription in the app.
var paymentWords = []string{"payment", "purchase", "billing", "subscription", "paid", "pay ", "zahlung", "bezahl", "kauf",
	"abonnement", "abrechnung", "transaction", "transaktion"}

// onlyAsStore: recipient i is an app store named only as where the app is
// found or reviewed ("download the app from the App Store"), or as a kind
// in lower case ("data gathered by the browser and / or app store"), never
// by its name in a sentence on paying: it receives nothing there.
func (b *recBuilder) onlyAsStore(i int) bool {
	if b.recs[i].Category != "app store" {
		return false
	}
	for _, sp := range b.spans[i] {
		r, _ := utf8.DecodeRuneInString(b.d.text[sp.start:sp.end])
		if si := b.d.sentenceIndex(sp.start); si >= 0 && unicode.IsUpper(r) && containsAny(b.d.sv(si).lower, paymentWords) {
			return false
		}
	}
	return true
}

// reDataSource is a sentence naming where data come from: "information
// gathered from … social media like X", "publicly available directories such
// as X's address database", "Daten aus öffentlich zugänglichen Quellen".
var reDataSource = newKW(`(?i)\b(?:collected|obtained|gathered|sourced|compiled) (?:\S+ ){0,3}?from\b|\bpublicly available (?:sources?|directories|registers?|information|databases?)\b|\baus öffentlich (?:zugänglichen|verfügbaren) (?:quellen|verzeichnissen|registern)`,
	"collected", "obtained", "gathered", "sourced", "compiled", "publicly available", "öffentlich")

// reActsForUs marks a party that acts for the controller: "data collected
// via a service provider like X" names a processor, not a source.
var reActsForUs = newKW(`(?i)\b(?:service providers?|processors?|on our behalf|in unserem auftrag|dienstleister|auftragsverarbeiter)\b`,
	"service provider", "processor", "on our behalf", "in unserem auftrag", "dienstleister", "auftragsverarbeiter")

// onlyAsSource: every mention of recipient i names it as a source of the
// data (an Art. 14 source: a social network the data were gathered from, a
// public directory), never as one who receives them (R-SOURCE).
func (b *recBuilder) onlyAsSource(i int) bool {
	return b.everySentence(i, func(sv sent, _ int) bool { return reDataSource.matchS(sv) && !reActsForUs.matchS(sv) })
}

// reRequiredBy names who sets a duty: "records required by HMRC", "wie
// vom Finanzamt vorgeschrieben".
var reRequiredBy = newKW(`(?i)\b(?:required|demanded|prescribed|mandated|imposed|set) by\b|\bvorgeschrieben\b|\bverlangt\b`,
	"required by", "demanded by", "prescribed by", "mandated by", "imposed by", "set by", "vorgeschrieben", "verlangt")

// onlyAsRuleMaker: every mention of recipient i names it as the body whose
// rules require something ("payment records: 6 years (required by HMRC)"),
// in a sentence that moves no data: it receives nothing there (R-SOURCE).
func (b *recBuilder) onlyAsRuleMaker(i int) bool {
	return b.everySentence(i, func(sv sent, _ int) bool {
		return reRequiredBy.matchS(sv) && !containsAny(sv.lower, titles().DataFlowWords)
	})
}

// Some companies are named only as examples of things that receive nothing
// from the controller: "search engines such as Google, Bing or Yahoo" (which
// may still show cached pages), "the domains our visitors come from (e.g.,
// google.com, yahoo.com)", "browsers such as Chrome" (R-EXAMPLE).

// reExampleOfKind ends the text before such a mention: a kind that receives
// nothing, an example cue, and the items of the list before the mention.
var reExampleOfKind = lazy(`(?i)\b(?:search engines?|suchmaschinen?|web ?browsers?|browsern?|domains?|referr(?:ing|er) (?:sites?|websites?|urls?)|operating systems?|betriebssystemen?)\b[^.;:]{0,40}?[\s(,]+(?:such as|e\.\s?g\.,?|for example|for instance|like|z\.\s?b\.|wie(?: etwa| zum beispiel)?|etwa|beispielsweise)\s+(?:[\w.-]+(?:,\s*|\s+(?:or|and|oder|und)\s+))*$`)

// maxExampleReach bounds the text before a mention searched for the kind.
const maxExampleReach = 140

// onlyAsExample: every mention of recipient i is an example of a kind that
// receives nothing.
func (b *recBuilder) onlyAsExample(i int) bool {
	text := b.d.lowerText
	return b.everyMention(i, func(sp span) bool {
		return reExampleOfKind.MatchString(text[max(0, sp.start-maxExampleReach):sp.start])
	})
}

// reOutsideLink: a sentence says that the site links to websites that are
// not the controller's ("this website may contain hyperlinks to other
// websites that are not under our control, including Facebook, Instagram,
// LinkedIn and X", "Links zu externen Websites, auf deren Inhalte wir
// keinen Einfluss haben"). A service named there is a destination of a
// link and receives nothing; a link to the controller's own presence on a
// network says none of this (R-LINK).
var reOutsideLink = newKW(`(?i)\b(?:hyper)?links? to (?:other|third[- ]party|external|outside) (?:web ?sites?|sites|pages)\b[^.]{0,80}?(?:not (?:under|within) our control|not (?:operated|controlled|owned|run) by us|we (?:are|have) (?:not|no) (?:responsib|control))|\blinks? (?:zu|auf) (?:anderen|externen|fremden) (?:web-?)?(?:seiten|websites|internetseiten|angeboten)\b[^.]{0,80}?(?:keinen einfluss|nicht verantwortlich|keine verantwortung)`,
	"link")

// onlyAsOutsideLink: every mention of recipient i stands in a sentence on
// links to websites that are not the controller's.
func (b *recBuilder) onlyAsOutsideLink(i int) bool {
	return b.everySentence(i, func(sv sent, _ int) bool { return reOutsideLink.matchS(sv) })
}

// reNoticeOf opens the notice's own title up to the name of whose notice it
// is: "Datenschutzerklärung für Webseitennutzer von ", "Privacy Notice of ".
var reNoticeOf = lazy(`(?i)^[\s#*]*(?:` + noticeNames + `)\b[^\n]{0,60}?\b(?:von|der|des|of|for|by|at)\s+$`)

// maxNoticeTitleAt is how far into the text the notice's own title may
// open: after a front matter or a site's name, never in a later chapter
// ("Datenschutzerklärung für die Nutzung von Facebook-Plugins").
const maxNoticeTitleAt = 400

// onlyInNoticeTitle: every mention of recipient i names whose notice it is
// in the notice's title ("Datenschutzerklärung für Webseitennutzer von
// Hofmannoptik e. K." over a text that spells the controller otherwise):
// that is the controller, never a recipient.
func (b *recBuilder) onlyInNoticeTitle(i int) bool {
	return b.everyMention(i, func(sp span) bool {
		ls := strings.LastIndexByte(b.d.text[:sp.start], '\n') + 1
		return ls <= maxNoticeTitleAt && reNoticeOf.MatchString(b.d.text[ls:sp.start])
	})
}

// reReplacedBy ends the text before a service that another one replaces
// ("Cloudflare Turnstile, einer Alternative zu Googles reCAPTCHA", "we
// use Plausible instead of Google Analytics"): the replaced service is
// not used.
var reReplacedBy = lazy(`(?i)(?:\balternative (?:zu|to)|\binstead of|\brather than|\banstelle von|\banstatt|\bstatt)\s+(?:(?:der|des|dem|den|die|the)\s+)?(?:\p{L}+['’]?s?\s+)?$`)

// maxReplacedLead is how far before a name its "instead of" is looked for.
const maxReplacedLead = 40

// onlyAsReplaced: every mention of recipient i names a service another
// one is used instead of.
func (b *recBuilder) onlyAsReplaced(i int) bool {
	return b.everyMention(i, func(sp span) bool {
		return reReplacedBy.MatchString(b.d.text[max(0, sp.start-maxReplacedLead):sp.start])
	})
}

// onlyCareOf: every mention of recipient i follows "c/o" or "care of": it
// holds a mailing address ("The Data Protection Officer, Example Limited,
// C/O Example Accounting Limited, 4 Mill Lane"), it receives no data there.
func (b *recBuilder) onlyCareOf(i int) bool {
	text := b.d.lowerText
	return b.everyMention(i, func(sp span) bool {
		before := strings.TrimRight(text[max(0, sp.start-10):sp.start], " ")
		return strings.HasSuffix(before, "c/o") || strings.HasSuffix(before, "care of")
	})
}

// onlyCredited: every mention of recipient i is in a credit line or in a
// section of credits ("Urheberrecht der verwendeten Bilder": "Icon
// facebook … www.pixabay.com").
func (b *recBuilder) onlyCredited(i int) bool {
	return b.everySentence(i, func(sv sent, sec int) bool {
		return sec >= 0 && containsAny(strings.ToLower(b.d.secs[sec].Title), creditTitleWords) || reCredit.matchS(sv)
	}) || b.everyMention(i, func(sp span) bool {
		return b.afterCredit(sp.start) // "… wurde mit Hilfe von SOS Recht erstellt. SOS Recht ist ein Angebot der …"
	}) || b.everyMention(i, func(sp span) bool {
		// "Quelle:" on a line of its own over the generator's name
		before := strings.TrimRight(b.d.lowerText[max(0, sp.start-maxCreditLabelGap):sp.start], " \t\n")
		return strings.HasSuffix(before, "quelle:") || strings.HasSuffix(before, "source:")
	})
}

// maxCreditParagraph is the longest paragraph read as a credit line with
// the sentences that follow it, in bytes.
const maxCreditParagraph = 400

// afterCredit: the sentence at pos follows a credit line in a short
// paragraph of its own, which goes on to name the generator's operator
// ("Diese Datenschutzerklärung wurde mit Hilfe von SOS Recht erstellt. …
// SOS Recht ist ein Angebot der Example Rechtsanwälte Partnerschaft").
func (b *recBuilder) afterCredit(pos int) bool {
	from, to := paragraphAround(b.d.text, 0, len(b.d.text), pos)
	if to-from > maxCreditParagraph {
		return false
	}
	si := b.d.sentenceIndex(pos)
	for k := si - 1; k >= 0 && b.d.sents[k].start >= from; k-- {
		if reCredit.matchS(b.d.sv(k)) {
			return true
		}
	}
	return false
}

// maxCreditLabelGap bounds the blank between a credit's label and the name
// it credits, in bytes.
const maxCreditLabelGap = 12

// creditTitleWords title a section of credits for the site's pictures and texts.
var creditTitleWords = []string{"bildnachweis", "bildquelle", "bildrechte", "fotonachweis", "urheberrecht", "copyright",
	"image credits", "photo credits", "picture credits", "credits"}
