package policy

import (
	"strings"
)

// recBuilder accumulates recipients while mentions are read in text order.
type recBuilder struct {
	d        *docView
	recs     []*Recipient
	spans    [][]span // mention spans per recipient
	attached [][]span // group names filed under a recipient ("Google Ireland Limited")
	byVendor map[int]int
	byNorm   map[string]int
	exclude  []string // normalised names that are never recipients
	ownLabel string   // the controller's mail domain label, when it can name its brand
	// the controller's street, to recognise affiliates named only as its address
	ctrlStreet string
	ctrlNorm   string // the controller's normalised name, for its own products
	ctrlLower  string // the controller's name as found, lower-cased (lowerSameLength)
	ctrlGlued  string // the controller's letters when its name lost its spaces (gluedName)
	normMemo   map[string]string
	// filled by indexGroups: catalogue recipients per group and their sections
	groupRecs map[string][]int
	// per section, the safeguard and DPA cues stated for the providers as a group
	groupBySec map[int]cueMask
	recSecs    []map[int]bool
	// mention starts with their recipient, sorted; built on first use
	mentionIdx [][2]int
	// starts of a group's bare word set as a whole item of a list of
	// recipients ("We may share your information with:" over "Google")
	listedGroup map[int]bool
}

// norm is normName with a memo: the same names are compared many times.
func (b *recBuilder) norm(s string) string {
	if n, ok := b.normMemo[s]; ok {
		return n
	}
	n := normName(s)
	b.normMemo[s] = n
	return n
}

var (
	// organisations that are authorities, courts or standard bodies, not
	// recipients; nor is an organisation's own board or committee
	// ("YorSpace's Board of Directors"), nor a template's instruction to
	// fill in a name ("Bitte Name und Anschrift … ergänzen")
	reNotRecipient   = newKW(`(?i)^(?:bitte|please)\b|['’]s (?:board|committee|trustees|directors|management|staff|team)\b|datenschutz|data protection|commissioner|beauftragte|aufsicht|authority|behörde|court|gericht|bundesamt|ministry|ministerium|european union|europäische|commission|kommission|regulation|verordnung|federal|police|polizei|initiative|alliance|\bbsi\b|finanzamt|tax office`, "bitte", "please", "board", "committee", "trustees", "directors", "management", "staff", "team", "datenschutz", "data protection", "commissioner", "beauftragte", "aufsicht", "authority", "behörde", "court", "gericht", "bundesamt", "ministry", "ministerium", "european union", "europäische", "commission", "kommission", "regulation", "verordnung", "federal", "police", "polizei", "initiative", "alliance", "bsi", "finanzamt", "tax office")
	reRepresentative = newKW(`(?i)\b(?:(?:EU|UK|EEA)?[\s-]?representative\b|art(?:icle|\.)?\s*27\b|vertreter in der (?:EU|union))`, "representative", "27", "vertreter")
	// the provider of a tool is said to receive no personal data
	reNoPersonalData = newKW(`(?i)not (?:be )?(?:passed on|transferred|transmitted|forwarded|shared|sent|disclosed) to (?:the )?(?:provider|operator|vendor)|no personal data (?:is|are|will be) (?:passed|transferred|transmitted|sent|shared|stored|collected|processed|exposed|disclosed)|(?:fetched|loaded|requested|retrieved) (?:via|through) (?:a|our) (?:own )?proxy|(?:does|do|will) not (?:collect|transfer|transmit|store|process|receive) (?:any )?personal data|keine personenbezogenen daten|nicht an den anbieter (?:weiter|über)|(?:to|on) our (?:own )?servers?|auf (?:unseren?|einem) eigenen server|lokal auf unserem server|`+hostedLocallyAlt+`|\bnoch (?:werden )?(?:\S+ ){0,2}?personenbezogene daten (?:verarbeitet|erhoben|gespeichert)|\bnor (?:is|are|does it|do they) (?:\S+ ){0,2}?(?:process|collect|store)\w* (?:any )?personal data`, "lokal", "locally", "noch", "nor ", "provider", "operator", "vendor", "no personal data", "not collect", "not transfer", "not transmit", "not store", "not process", "not receive", "keine personenbezogenen", "nicht an", "proxy", "self-hosted", "selbst gehostet", "our server", "our own server", "eigenen server", "unserem server")
	// a tool said not to be used: only the tools the sentence names, never the
	// subject of its section ("analytics cookies are not used" in a hosting
	// section); data "not used for marketing" says nothing about a tool;
	// "Auf dieser Website werden derzeit keine Plugins … verwendet (z. B.
	// Facebook, …)" and "Derzeit setzen wir auf dieser Landingpage keine
	// Tracking-Tools wie Google Analytics ein" name the tools they do not use,
	// as does a sentence that names them before it ends on the denial
	// ("Google Analytics oder Ähnliches nutzen wir nicht!")
	// tools denied as a kind with the names in brackets right after it
	// ("Wir setzen keine Analyse-Tools (Google Analytics, Matomo, …) ein",
	// "no tracking tools (Google Analytics, Hotjar)"), or a sentence that
	// lists them each with its own "kein" ("Kein Google Analytics, kein
	// eTracker, kein Matomo.", "No Google Analytics, no Hotjar."); the names
	// may follow as examples instead of in brackets ("werden keine
	// Analyse-Dienste, wie z.B. "Google Analytics" verwendet", "keine
	// Anbindung an ein Social Network, wie z.B. …", "uses no analytics
	// services, such as …")
	reDeniedToolList = newKW(`(?i)\bkein(?:e[nmrs]?)? (?:[\wäöüß-]+ ){0,4}?(?:werkzeuge|tools|dienste|plugins|plug-ins|skripte|tracking-?[\wäöüß]*|analyse-?[\wäöüß]*|network|netzwerk(?:e|en)?)(?:\s*\(|,?\s+(?:wie|z\.\s?b\.|etwa|beispielsweise)\s)|\bno (?:[\w-]+ ){0,3}?(?:tools|services|plugins|trackers|tracking|analytics|networks?)(?:\s*\(|,?\s+(?:such as|like|e\.\s?g\.)\s)|^\W*kein(?:e[nmrs]?)? [^.,]{2,40}, kein|^\W*no [^.,]{2,40}, no `, "kein", "no ")
	reNotInUse       = newKW(`(?i)\b(?:(?:is|are) not (?:in use|used)(?:\s*[.,;:)]|\s*$|\s+(?:anymore|any more|on|here|by us|at all)\b)|no longer (?:in use|used|supported|available|offered)\b|nicht mehr (?:unterstützt|angeboten|verfügbar)\b|we (?:do not|don't|no longer) use\b)|nicht (?:mehr )?(?:im einsatz|eingesetzt)\b|\b(?:nutzen|verwenden|setzen|binden) wir kein(?:e[nm]?)?\b|\b(?:nutzen|verwenden|setzen|binden) wir (?:auch |ebenfalls |derzeit |aktuell )?nicht(?: ein)?\s*(?:[.!;]|$)|\b(?:nutzen|verwenden|setzen|binden) wir (?:[\wäöüß-]+ ){1,4}?kein(?:e[nmrs]?)? (?:[\wäöüß-]+ ){0,3}?(?:wie|z\.\s?b\.|etwa)\s|\bwir (?:nutzen|verwenden|setzen|binden) kein(?:e[nm]?)?\b|^\W*(?:kein(?:e[nm]?)?|no)\b[^.]{0,80}\((?:z\.\s?b\.|e\.\s?g\.|etwa|wie|such as|like)\s|\b(?:bindet|nutzt|verwendet|setzt|lädt) (?:[\wäöüß-]+ ){0,3}?kein(?:e[nmrs]?)? (?:[\wäöüß-]+ ){0,3}?(?:wie|z\.\s?b\.|etwa)\s|\b(?:uses|embeds|includes|loads) no (?:[\w-]+ ){0,3}?(?:such as|like|e\.\s?g\.)\s|\bdoes not (?:use|embed|include|load) any (?:[\w-]+ ){0,3}?(?:such as|like|e\.\s?g\.)\s|\b(?:werden|wird) (?:[\wäöüß-]+ ){0,2}?kein(?:e[nmrs]?)? (?:[\wäöüß-]+ ){0,5}?(?:verwendet|eingesetzt|genutzt|eingebunden)\b`+
		// kinds of tool denied, with examples in brackets: "Auf dieser Website
		// sind keine Analyse- oder Tracking-Werkzeuge (z. B. Google Analytics,
		// Meta Pixel, Matomo) eingebunden"
		`|\bkein(?:e[nmrs]?)? (?:[\wäöüß-]+ ){0,3}?(?:werkzeuge|tools|dienste|plugins|plug-ins|skripte|tracking-?[\wäöüß]*|analyse-?[\wäöüß]*)[^.(]{0,40}\((?:z\.\s?b\.|etwa|wie|e\.\s?g\.)\s|\bno (?:[\w-]+ ){0,3}?(?:tools|services|plugins|trackers|tracking|analytics)\b[^.(]{0,40}\((?:e\.\s?g\.|such as|like)\s`, "not in use", "not used", "no longer", "nicht mehr unterstützt", "nicht mehr angeboten", "nicht mehr verfügbar", "do not use", "don't use", "nicht im einsatz", "nicht mehr im einsatz", "nicht eingesetzt", "nicht mehr eingesetzt", "nutzen wir kein", "nutzen wir ", "verwenden wir ", "setzen wir ", "binden wir ",
		"verwenden wir kein", "setzen wir kein", "binden wir kein", "wir nutzen kein", "wir verwenden kein", "wir setzen kein",
		"wir binden kein", "(z. b.", "(z.b.", "(e.g.", "(e. g.", "(etwa", "(wie", "(such as", "(like",
		"bindet", "nutzt", "verwendet", "setzt", "lädt", "uses no", "embeds no", "includes no", "loads no", "does not",
		"eingesetzt", "genutzt", "eingebunden")
	// phrasing that introduces a provider by name: "the provider is X", "Anbieter ist X"
	// a name in apposition to a provider noun: "Cartowise, a third-party map
	// service", "Chatterbox, the discussion platform we use"; or after one:
	// "our reseller Quillpay", "our payment partner Zahlfix"
	reProviderAppositive = newKW(`(\p{Lu}[\p{L}\p{N}&'’-]*(?:[\s\p{Zs}]+\p{Lu}[\p{L}\p{N}&'’-]*){0,2})[\s\p{Zs}]?,[\s\p{Zs}]+(?:a|an|the|our)[\s\p{Zs}]+(?:[\p{Ll}-]+[\s\p{Zs}]+){0,3}?(?:service|provider|platform|processor|vendor|reseller|merchant of record|software)\b|\b[Oo]ur[\s\p{Zs}]+(?:[\p{Ll}-]+[\s\p{Zs}]+){0,2}?(?:reseller|merchant of record|service provider|payment provider|hosting provider|processor)[\s\p{Zs}]+(\p{Lu}[\p{L}\p{N}&'’-]*(?:[\s\p{Zs}]+\p{Lu}[\p{L}\p{N}&'’-]*){0,2})`,
		"service", "provider", "platform", "processor", "vendor", "reseller", "merchant of record", "software")
	// names given as examples of a kind of provider, or in brackets after it:
	// "a service provider like Givewell or Donaro", "our banks (Norrbank and
	// Sendwise)", "statutory agencies (such as the Information Commissioner's
	// Office, British Council, …)"
	reProviderExamples = newKW(`\b(?:banks?|service providers?|providers?|processors?|platforms?|partners?|services|schemes|portals|agencies|networks|vendors|suppliers|companies)[\s\p{Zs}]*(?:\([\s\p{Zs}]*(?:(?:e\.g\.,?|such as|like)[\s\p{Zs}]+)?|(?:like|such as|e\.g\.,?)[\s\p{Zs}]+)(?:the[\s\p{Zs}]+)?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:[\s\p{Zs}]+\p{Lu}[\p{L}\p{N}.&'’-]*){0,2}(?:[\s\p{Zs}]*(?:,|\bor\b|\band\b|&)[\s\p{Zs}]*\p{Lu}[\p{L}\p{N}.&'’-]*(?:[\s\p{Zs}]+\p{Lu}[\p{L}\p{N}.&'’-]*){0,2}){0,4})`,
		"bank", "provider", "processor", "platform", "partner", "services", "schemes", "portals", "agencies", "networks",
		"vendors", "suppliers", "companies")
	// names right after "our … providers": "through our payment providers
	// Paywell or Debitly", "our pension scheme Brightsave"
	reOurProvidersList = newKW(`\b[Oo]ur[\s\p{Zs}]+(?:[\p{Ll}-]+[\s\p{Zs}]+){0,2}?(?:banks|service providers|providers|processors|platforms|partners|(?:pension |insurance )?schemes?|insurers?)[\s\p{Zs}]+(\p{Lu}[\p{L}\p{N}.&'’-]*(?:[\s\p{Zs}]+\p{Lu}[\p{L}\p{N}.&'’-]*){0,2}(?:[\s\p{Zs}]*(?:,|\bor\b|\band\b|&)[\s\p{Zs}]*\p{Lu}[\p{L}\p{N}.&'’-]*(?:[\s\p{Zs}]+\p{Lu}[\p{L}\p{N}.&'’-]*){0,2}){0,4})`,
		"bank", "provider", "processor", "platform", "partner", "scheme", "insurer")
	reProviderIs = newKW(`(?:[Pp]rovider (?:of (?:this|the) (?:service|tool|plugin|technology) )?is|[Aa]nbieter (?:dieses Dienstes |ist die |ist der |ist )|[Oo]ffered by|[Oo]perated by|[Bb]etrieben von|[Aa] service (?:of|from|provided by)|[Ss]ervices? of the provider|[Ee]in Dienst der|[Ee]in Angebot der)[\s\p{Zs}]+(?:the |die |der )?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:[\s\p{Zs}]+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})`, "provider", "anbieter", "offered by", "operated by", "betrieben von", "a service", "services of", "ein dienst", "ein angebot")
)

// recipientSources are what findRecipients reads from the text alone, before
// it knows the parties, so that they can be gathered beside findParties:
// catalogue mentions, organisations with a legal form or introduced by
// phrasing, in the order they are added, and acronyms.
type recipientSources struct {
	mentions []mention
	orgs     [][]orgCand
	acronyms []acronymOrg
}

func gatherRecipientSources(d *docView) recipientSources {
	return recipientSources{
		mentions: vendorCatalogue().mentionsLower(d.text, d.lowerText),
		orgs: [][]orgCand{findOrgs(d.text), providerPhrases(d), nameDomains(d), domainLines(d), providerListItems(d),
			sharedWithNames(d), toolNounNames(d), jointControllerItems(d), regionalBanks(d)},
		acronyms: append(acronymOrgs(d), headWordOrgs(d)...),
	}
}

// findRecipients lists the organisations that receive personal data: catalogue
// services, organisations named with a legal form, and providers introduced by
// phrasing; the controller, the DPO's firm and authorities are left out.
func findRecipients(d *docView, ctrl, dpo, rep Party, src recipientSources) []Recipient {
	b := &recBuilder{d: d, byVendor: map[int]int{}, byNorm: map[string]int{}, normMemo: map[string]string{}, listedGroup: map[int]bool{}}
	b.exclude = excludedNames(d, ctrl, dpo, rep)
	b.ctrlNorm = normName(ctrl.Name)
	b.ctrlLower = lowerSameLength(strings.TrimRight(ctrl.Name, "."))
	b.ctrlGlued = gluedName(ctrl.Name)
	b.ownLabel = ownMailLabel(ctrl.Email)
	if street, _, _ := strings.Cut(ctrl.Address, ","); len(street) > 5 {
		b.ctrlStreet = strings.TrimSpace(street)
	}
	ms := src.mentions
	var pending []mention // group entities and bare company words
	var last *mention     // the last product mention, for the entity that follows it
	ownLabel := domainLabel(ctrl.Email)
	for i, m := range ms {
		switch {
		case m.ref.ignore:
		case m.ref.vendor >= 0:
			if withinName(d.text, m.start, ctrl.Name) || ownDomainProduct(ownLabel, m.ref.vendor) || regulatesController(d.text, m) ||
				setsRetentionRules(d, m) || inStreetAddress(d.text, m.start, m.end) || afterParentLabel(d.lowerText, m.start) {
				continue
			}
			if last != nil && providesProduct(d.text, *last, m) {
				m.ref.vendor = last.ref.vendor // "Google Maps …; provider: Google Cloud EMEA Limited"
			}
			b.addVendor(m)
			if !m.ref.entity && m.ref.vendor == ms[i].ref.vendor {
				last = &ms[i]
			}
		default:
			pending = append(pending, m)
		}
	}
	for _, os := range src.orgs {
		for _, o := range os {
			b.addOrg(o, ms)
		}
	}
	for _, a := range src.acronyms {
		b.addOrg(a.orgCand, ms)
		if i, ok := b.byNorm[b.norm(a.name)]; ok && b.recs[i].Role == "" {
			// a board, association or council is no provider the controller
			// commissioned unless the text says so: its role is left open
			b.recs[i].Role = "unknown"
		}
		if a.acronym != "" {
			b.addAcronym(a.name, a.acronym)
		}
	}
	for _, m := range pending {
		b.attachGroupMention(m)
	}
	return b.finish()
}

// parentLabels introduce the parent company in a generator's record of a
// service ("Instagram, Meta Platforms Ireland Limited …, Mutterunternehmen:
// Facebook, 1 Hacker Way …"): the parent is the service's owner, no
// recipient of its own.
var parentLabels = []string{"mutterunternehmen:", "muttergesellschaft:", "parent company:", "parent:"}

// maxParentLabelGap is how far before a name its parent label may end.
const maxParentLabelGap = 24

// afterParentLabel: the name at pos follows a parent-company label.
func afterParentLabel(lower string, pos int) bool {
	before := strings.TrimRight(lower[max(0, pos-maxParentLabelGap):pos], " \t")
	for _, l := range parentLabels {
		if strings.HasSuffix(before, l) {
			return true
		}
	}
	return false
}

// reWeReferTo ends a definition of who "we" are that a list follows:
// "Any references to the Example Trust, or to 'we' or 'us' refer to:".
var reWeReferTo = lazy(`(?i)\breferences? to [^.\n]{0,120}?['‘"“]?(?:we|us)['’"”]?[^.\n]{0,40}?\brefers? to\s*:`)

// reWeTerms is the term list of a definition of "we": "we or us", "“we”,
// “us” and “our”", which no sentence of prose holds.
var reWeTerms = newKW(`(?i)\bwe (?:or|and) us\b|\bwe['’"”],\s*['‘"“]us\b|\bwe['’"”] (?:or|and) ['‘"“]?us\b`,
	"we or us", "we and us", "we\",", "we”,", "we',", "we’,", "we\" or", "we” or", "we' or", "we’ or", "we\" and", "we” and",
	"we' and", "we’ and")

// maxWeTermLine bounds the line (a table row, a definition) around such a
// term list whose organisations are the notice's own, in bytes.
const maxWeTermLine = 600

// weTermNames are the organisations on a line that defines them as "we"
// ("Example Ltd, we or us | Example Ltd, a company incorporated in …" in a
// template's table of definitions): the notice's own company, whatever
// name its statement of the controller gives.
func weTermNames(d *docView) []string {
	var out []string
	for si, s := range d.sents {
		loc := reWeTerms.findS(d.sv(si))
		if loc == nil {
			continue
		}
		at := s.start + loc[0]
		ls, le := strings.LastIndexByte(d.text[:at], '\n')+1, lineEnd(d.text, at)
		if le-ls > maxWeTermLine {
			continue
		}
		for _, o := range findOrgs(d.text[ls:le]) {
			out = append(out, normName(o.name))
		}
	}
	return out
}

// reOwnersLine is a line of an imprint or contact box that names the
// controller's owners or managers ("Geschäftsführer: Anna Example und Jonas
// Example GbR", "Inhaberin: …", "Directors: …").
var reOwnersLine = newKW(`(?i)(?:^|\n)[ \t]*(?:geschäftsführ(?:er|erin|ung)|inhaber(?:in)?|gesellschafter(?:in)?|vertreten durch|vertretungsberechtigte?r?(?: gesellschafter)?|managing directors?|directors?|owners?|proprietors?)[ \t]*:`,
	"geschäftsführ", "inhaber", "gesellschafter", "vertreten durch", "vertretungsberechtigt", "director", "owner", "proprietor")

// ownersLineNames are the organisations on a line naming the controller's
// owners or managers: a partnership named after its partners ("Anna
// Example und Jonas Example GbR") or a general partner is the controller's
// own side, never its recipient.
func ownersLineNames(d *docView) []string {
	var out []string
	for si, s := range d.sents {
		for _, m := range reOwnersLine.findAllS(d.sv(si)) {
			// the label's line, from the label on
			for _, o := range findOrgs(d.text[s.start+m[0] : lineEnd(d.text, s.start+m[1])]) {
				out = append(out, normName(o.name))
			}
		}
	}
	return out
}

// maxWeList bounds the list of bodies after such a definition, in bytes.
const maxWeList = 800

// weListEnd is where the list after a definition of "we" ends: at the first
// line that opens no item, after at most maxWeList bytes.
func weListEnd(text string, from int) int {
	end := min(len(text), from+maxWeList)
	pos := from
	for pos < end {
		e := lineEnd(text, pos)
		if line := strings.TrimSpace(text[pos:e]); line != "" && pos > from && !strings.HasPrefix(line, "•") && !strings.HasPrefix(line, "-") && !strings.HasPrefix(line, "*") {
			return pos
		}
		pos = e + 1
	}
	return end
}

// excludedNames are the controller, the DPO, the Art. 27 representative and
// the firms in their contact boxes.
func excludedNames(d *docView, ctrl, dpo, rep Party) []string {
	var out []string
	for _, p := range []Party{ctrl, dpo, rep} {
		if n := normName(p.Name); n != "" {
			out = append(out, n)
		}
		// the name without its legal form: "Example Events UG" in a title
		// is "Example Events UG (haftungsbeschränkt)", the controller
		if short := stripLegalForm(p.Name); short != p.Name && len(strings.Fields(short)) >= 2 {
			out = append(out, normName(short))
		}
		for _, ev := range p.Evidence {
			if o := orgIn(d.text[ev.Start:ev.End]); o != "" {
				out = append(out, normName(o))
			}
			// the short name it is given: "The Example Association
			// (hereinafter, "EA")" — EA is the controller too
			if m := reShortNameAfter.FindStringSubmatch(d.text[ev.End:min(ev.End+maxShortNameGap, len(d.text))]); m != nil {
				out = append(out, normName(m[1]))
			}
		}
	}
	// the bodies a notice defines as "we" ("Any references to … or to 'we' or
	// 'us' refer to: • Example Trust • Example Trading Limited, our trading
	// company") are the controller, not its recipients
	if strings.Contains(d.lowerText, "refer to:") || strings.Contains(d.lowerText, "refers to:") {
		for _, loc := range reWeReferTo.FindAllStringIndex(d.text, -1) {
			for _, o := range findOrgs(d.text[loc[1]:weListEnd(d.text, loc[1])]) {
				out = append(out, normName(o.name))
			}
		}
	}
	out = append(out, weTermNames(d)...)
	out = append(out, ownersLineNames(d)...)
	// an Art. 27 representative receives requests, not the controller's data;
	// so do those named in a sentence about representation
	for si, s := range d.sents {
		if txt := d.sentText(s); reRepresentative.matchS(d.sv(si)) {
			for _, o := range findOrgs(txt) {
				out = append(out, normName(o.name))
			}
		}
	}
	if dpo.Email != "" || dpo.Name != "" {
		for _, ev := range dpo.Evidence {
			// the DPO's firm sits in the lines around the DPO's name, in
			// the same paragraph or box: not in a list just before it
			lo, hi := max(ev.Start-200, 0), min(ev.End+200, len(d.text))
			if i := strings.LastIndex(d.text[lo:ev.Start], "\n\n"); i >= 0 {
				lo += i + 2
			}
			if i := strings.Index(d.text[ev.End:hi], "\n\n"); i >= 0 {
				hi = ev.End + i
			}
			for _, o := range findOrgs(d.text[lo:hi]) {
				out = append(out, normName(o.name))
			}
		}
	}
	return out
}

func (b *recBuilder) excluded(name string) bool {
	return reNotRecipient.is(name) || b.excludedName(name)
}

// excludedName: name is the controller's, its officer's, a place or a name
// the catalogue ignores. A public body of the catalogue ("Care Quality
// Commission", "Financial Conduct Authority") is asked only this: the
// catalogue knows it receives data, where an unknown "… Commission" or
// "… Authority" is more often the supervisor a notice names.
func (b *recBuilder) excludedName(name string) bool {
	n := b.norm(name)
	if n == "" {
		return true
	}
	for _, x := range b.exclude {
		if n == x {
			return true
		}
	}
	if b.ctrlGlued != "" {
		if l := lettersOnly(stripLegalForm(name)); len(l) >= minGluedPart && strings.Contains(b.ctrlGlued, l) {
			return true // "Am Sonnenhang e.V." of "Kleingartenverein„AmSonnenhang“e.V.Talstadt"
		}
	}
	return vendorCatalogue().ignoreSet[strings.ToLower(name)] || isPlaceName(name)
}

// gluedName is the letters of a controller's name that a PDF's text layer
// gave without its spaces ("Kleingartenverein„AmSonnenhang“e.V.Talstadt"),
// or "": the same name written out in the text ("des Kleingartenvereins
// „Am Sonnenhang e.V.") cannot be compared with it word by word.
func gluedName(name string) string {
	if strings.ContainsAny(name, " \t") || len(name) < minGluedName {
		return ""
	}
	return lettersOnly(name)
}

// minGluedName is the shortest name, in bytes, read as words run together;
// minGluedPart the fewest letters of a name found inside it.
const (
	minGluedName = 20
	minGluedPart = 8
)

// reRegulatedBy ends the text before a body that regulates the controller:
// "authorised and regulated by the …", "registered with the …", "zugelassen
// bei der …". The sentence states the controller's status, not a disclosure.
var reRegulatedBy = lazy(`(?i)\b(?:authori[sz]ed|regulated|registered|licen[sc]ed|accredited|supervised|zugelassen|registriert|beaufsichtigt)(?:\s+(?:and|und)\s+(?:authori[sz]ed|regulated|registered|licen[sc]ed|supervised))?\s+(?:by|with|bei|durch)(?:\s+(?:the|der|die|dem))?\s*$`)

// maxRegulatedByReach is how far before a name "regulated by the" is looked for.
const maxRegulatedByReach = 60

// regulatesController: a public body of the catalogue is named as the one
// that authorises, regulates or registers the controller ("Example
// Solicitors Ltd is authorised and regulated by the Solicitors Regulation
// Authority").
func regulatesController(text string, m mention) bool {
	if vendorCatalogue().vendors[m.ref.vendor].Category != "public" {
		return false
	}
	return reRegulatedBy.MatchString(text[max(m.start-maxRegulatedByReach, 0):m.start])
}

// reKeepingRecords and reDisclosing tell a sentence on keeping records
// from one on handing data over.
var (
	reKeepingRecords = newKW(`(?i)\b(?:keep(?:s|ing)?|kept|retain(?:s|ed|ing)?|retention|aufbewahr\w*|aufzubewahren)\b|\b\d{1,2} (?:years|jahre)\b`, "keep", "kept", "retain", "retention", "aufbewahr", "aufzubewahren", "years", "jahre")
	reDisclosing     = newKW(`(?i)\b(?:shar(?:e|es|ed|ing)|disclos\w*|pass(?:es|ed|ing)? (?:on|to)|provid(?:e|es|ed|ing) (?:\w+ )?to|sen[dt]\w*|report\w*|transfer\w*|übermitt\w*|weitergegeben|weitergeben|meld\w*)`, "shar", "disclos", "pass", "provid", "send", "sent", "report", "transfer", "übermitt", "weitergeg", "meld")
)

// setsRetentionRules: a public body of the catalogue is named as the source
// of the rules records are kept by ("financial records are kept for 6 years
// in line with HMRC requirements", "Keeping records needed for HMRC
// compliance", "financial records: 7 years in accordance with HMRC
// requirements"), in a sentence that hands nothing over: it sets the period,
// it receives nothing. An item of a list of recipients ("HMRC or accounting
// professionals, where required for financial records") keeps no records.
func setsRetentionRules(d *docView, m mention) bool {
	if vendorCatalogue().vendors[m.ref.vendor].Category != "public" {
		return false
	}
	si := d.sentenceIndex(m.start)
	if si < 0 {
		return false
	}
	sv := d.sv(si)
	return reKeepingRecords.matchS(sv) && !reDisclosing.matchS(sv)
}

func (b *recBuilder) addVendor(m mention) {
	v := vendorCatalogue().vendors[m.ref.vendor]
	i, ok := b.byVendor[m.ref.vendor]
	if !ok {
		if b.excludedName(v.Name) || v.Category != "public" && reNotRecipient.is(v.Name) || b.controllersProduct(v.Name) || b.controllersEntity(v) {
			return
		}
		i = b.newRecipient(Recipient{Name: v.Name, Country: v.Country, Role: v.Role, Category: v.Category, Known: true})
		b.byVendor[m.ref.vendor] = i
		for _, n := range append([]string{v.Name}, v.Aliases...) {
			b.byNorm[b.norm(n)] = i
		}
	}
	r := b.recs[i]
	if m.ref.entity && r.LegalEntity == "" {
		r.LegalEntity = strings.Join(strings.Fields(m.text), " ")
	} else {
		b.alias(i, m.text)
	}
	b.spans[i] = append(b.spans[i], span{m.start, m.end})
}

func (b *recBuilder) newRecipient(r Recipient) int {
	r.Aliases = []string{}
	b.recs = append(b.recs, &r)
	b.spans = append(b.spans, nil)
	b.attached = append(b.attached, nil)
	return len(b.recs) - 1
}

// alias records another spelling of recipient i.
func (b *recBuilder) alias(i int, s string) {
	s = strings.Join(strings.Fields(s), " ")
	r := b.recs[i]
	if s == "" || s == r.Name || s == r.LegalEntity {
		return
	}
	for _, a := range r.Aliases {
		if a == s {
			return
		}
	}
	r.Aliases = append(r.Aliases, s)
	b.byNorm[b.norm(s)] = i
}

// genericLead are first words that many unrelated organisations share, so
// that a shared first word says nothing about who owns a product.
var genericLead = wordSet("the", "die", "der", "das", "deutsche", "german", "european", "europäische", "international",
	"internationale", "united", "general", "first", "new", "global", "national", "american", "british", "swiss",
	"bayerische", "bayerischen", "landesamt", "verein", "stiftung", "institut", "institute", "university", "universität",
	"bank", "city", "stadt", "gesellschaft", "association", "open", "digital", "data", "web", "online", "cloud")

// controllersProduct: a catalogue product named after the controller
// ("Example Analytics" of "Example Insights OÜ") is what the controller
// offers, not a recipient of its data. Companies named with a legal form are
// not tested: a sister company is a recipient.
func (b *recBuilder) controllersProduct(name string) bool {
	return b.ctrlNorm != "" && ownProduct(b.ctrlNorm, b.norm(name))
}

// controllersEntity: one of the vendor's legal entities is the controller, so
// the vendor is the controller's own product ("products built and maintained
// by 37signals LLC including Basecamp"): a catalogue entry names the company
// behind a product, and that company does not receive its own data.
func (b *recBuilder) controllersEntity(v vendor) bool {
	if b.ctrlNorm == "" {
		return false
	}
	for _, e := range v.Entities {
		if name, _ := splitEntity(e); b.norm(name) == b.ctrlNorm {
			return true
		}
	}
	return false
}

// ownProduct compares normalised names by their first, distinctive word.
func ownProduct(ctrl, name string) bool {
	cw, nw := strings.Fields(ctrl), strings.Fields(name)
	if len(cw) == 0 || len(nw) < 2 || len(cw[0]) < 4 || genericLead[cw[0]] {
		return false
	}
	return cw[0] == nw[0]
}

// insideName: the span [start, end) of text (lower its lower-cased form, at
// the same offsets) lies inside a mention of the name lowerName (lower-cased
// by lowerSameLength), as "Track B.V." does in "Snap and Track B.V.": a part
// of the controller's name is no organisation of its own.
func insideName(text, lower string, start, end int, lowerName string) bool {
	end = start + len(strings.TrimRight(text[start:end], ".")) // "B.V." where the name was found as "B.V"
	if len(lowerName) < end-start || !strings.ContainsRune(strings.TrimSpace(lowerName), ' ') {
		return false
	}
	lo, hi := max(0, end-len(lowerName)), min(len(text), start+len(lowerName))
	if i := strings.Index(lower[lo:hi], lowerName); i >= 0 && lo+i <= start && lo+i+len(lowerName) >= end {
		return true
	}
	// the name broken over lines or paragraphs ("My Gut\n\nSolution Ltd."
	// in a PDF's text): a space of the name matches any run of white space
	if !strings.Contains(lower[max(0, start-len(lowerName)):start], "\n") {
		return false
	}
	for i := max(0, start-2*len(lowerName)); i <= start; i++ {
		if e := matchAt(lower, i, lowerName, true); e >= end {
			return true
		}
	}
	return false
}

// withinName: the mention at start lies within the controller's own name,
// written out there: a service named like the name's first word ("Ashby
// Lowe Solicitors Limited" holds a catalogue word) or its last ("René
// Hermes", a person whose surname a parcel service bears) is not its
// recipient there.
func withinName(text string, start int, name string) bool {
	if len(name) == 0 || !strings.ContainsRune(strings.TrimSpace(name), ' ') {
		return false
	}
	for i := max(0, start-len(name)+1); i <= start && i+len(name) <= len(text); i++ {
		if strings.EqualFold(text[i:i+len(name)], name) {
			return true
		}
	}
	return false
}

// reStreetBefore is a house number and the capitalised words of a street
// name right before a position: "11-12 St. James’s " before "Square".
var reStreetBefore = lazy(`\b\d{1,4}(?:[-–]\d{1,4})?[a-zA-Z]?,?[ \n](?:\p{Lu}[\p{L}.’']*[ \n]){1,3}$`)

// maxStreetLead bounds the text before a name read for a house number.
const maxStreetLead = 40

// inStreetAddress: the catalogue name between start and end ends a
// street's name in an address, a comma after it ("Suite 1, 11-12 St.
// James’s Square, London", also wrapped: "11 Manchester" over "Square,
// London"): no service.
func inStreetAddress(text string, start, end int) bool {
	return strings.HasPrefix(text[end:], ",") && reStreetBefore.MatchString(text[max(0, start-maxStreetLead):start])
}

// maxProviderGap bounds how far after a product its provider's legal entity
// may stand to be read as that product's provider: one list item or sentence.
const maxProviderGap = 240

// providesProduct: the legal entity in m, which the catalogue files under
// another product of the same group, names the provider of the product just
// mentioned ("YouTube …; Dienstanbieter: Google Ireland Limited", "Google
// Maps, provided by Google Cloud EMEA Limited"), in the same line.
func providesProduct(text string, product, m mention) bool {
	cat := vendorCatalogue()
	pv, ev := cat.vendors[product.ref.vendor], cat.vendors[m.ref.vendor]
	if product.ref.vendor == m.ref.vendor || pv.Group == "" || pv.Group != ev.Group {
		return false
	}
	gap := text[product.end:m.start]
	if len(gap) > maxProviderGap || strings.Contains(gap, "\n") {
		return false
	}
	// a product name in the entity's place ("Google Cloud EMEA Limited")
	// counts only after a provider label
	tail := strings.ToLower(gap[max(0, len(gap)-providerLabelReach):])
	if m.ref.entity || containsAny(tail, providerLabels) {
		return true
	}
	// a sister product given as an example of what the product offers
	// ("Klarna offers payment methods such as invoice and Sofort") is part
	// of it; two products merely named together stay two
	return !strings.ContainsAny(gap, ".;") && containsAny(strings.ToLower(gap), exampleWords)
}

// exampleWords introduce examples of what a service offers.
var exampleWords = []string{" such as ", " like ", " e.g.", " including ", " wie ", " z. b.", " z.b.", " etwa ", " beispielsweise "}

// providerLabels introduce the provider of a service in a service list.
var providerLabels = []string{"provider", "provided by", "operated by", "anbieter", "betrieben von", "betreiber"}

// providerLabelReach is how close before the entity a provider label stands.
const providerLabelReach = 40

// ownDomainProduct: the catalogue service is the controller's own, since the
// controller's e-mail address is at its name ("privacy@basecamp.example" in
// the policy of the company that makes Basecamp): the policy is about that
// service, which does not receive data from itself. label is the first
// label of the controller's e-mail domain.
func ownDomainProduct(label string, vendor int) bool {
	if len(label) < minOwnLabel {
		return false
	}
	name := strings.ToLower(vendorCatalogue().vendors[vendor].Name)
	return len(name) >= len(label) && nameSeparators.Replace(name) == label
}

// minOwnLabel is the shortest domain label compared with service names.
const minOwnLabel = 4

var nameSeparators = strings.NewReplacer(" ", "", "-", "", ".", "")

// domainLabel is the first label of the domain of an e-mail address.
func domainLabel(email string) string {
	_, domain, ok := strings.Cut(strings.ToLower(email), "@")
	if !ok {
		return ""
	}
	label, _, _ := strings.Cut(domain, ".")
	return label
}
