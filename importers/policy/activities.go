package policy

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// padded lower-cases a title, keeps letters, digits and a few marks, and pads it
// with spaces so that " word " tests whole words.
// It is one pass over the title: the same as joining the fields of the
// lower-cased title (strings.ToLower, strings.FieldsFunc) between spaces, in
// one allocation (TestPaddedIsTheJoinedFields).
func padded(title string) string {
	b := make([]byte, 1, len(title)+2)
	b[0] = ' '
	field := false
	for i := 0; i < len(title); {
		r, size := rune(title[i]), 1
		keep := false
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			keep = 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '.' || r == '-' || r == '&' || r == '/'
		} else {
			r, size = utf8.DecodeRuneInString(title[i:])
			r = unicode.ToLower(r)
			keep = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		i += size
		if !keep {
			field = false
			continue
		}
		if !field && len(b) > 1 {
			b = append(b, ' ')
		}
		field = true
		b = utf8.AppendRune(b, r)
	}
	return string(append(b, ' '))
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// minSpelledLetters: a title of this many single letters or more is set
// in spaced letters ("P R I V A C Y P O L I C Y"), as a designed PDF's
// masthead is; fewer are a list's letters or initials.
const minSpelledLetters = 5

// spelledTitle reads a title set in spaced letters as the general title it
// spells, which the lexicon knows with its spaces: the layout's letter gaps
// hide where the words part.
func spelledTitle(title string) (string, bool) {
	f := strings.Fields(title)
	if len(f) < minSpelledLetters {
		return "", false
	}
	for _, w := range f {
		if utf8.RuneCountInString(w) != 1 {
			return "", false
		}
	}
	words, ok := titles().spelledGeneral[strings.ToLower(strings.Join(f, ""))]
	return words, ok
}

// titleClass classifies a section title once.
type titleClass struct {
	general, soft, facet, subtree bool
	// overview: an item of a generator's overview of the processing
	// ("Zwecke der Verarbeitung" after "Kategorien betroffener Personen"),
	// whose purposes the notice's own chapters describe
	overview bool
}

// reCountedCategory is a category of a consent tool's cookie declaration
// with the number of cookies in it, set as a line of its own ("Notwendig
// (1)", "Statistics (3)"): a tab of the banner, not a processing.
var reCountedCategory = lazy(`^\p{Lu}[\p{L}-]+(?: [\p{L}-]+)?\s*\(\d{1,3}\)$`)

func classifyTitle(title string) titleClass {
	if topic, ok := labelledTopic(title); ok {
		return classifyTitle(topic)
	}
	if words, ok := spelledTitle(title); ok {
		return classifyTitle(words)
	}
	p := padded(title)
	core := strings.Trim(p, " .?!:")
	bare := withoutArticle(core)
	t := titles()
	c := titleClass{
		general: t.generalExact[core] || hasAnyPrefix(core, t.GeneralPrefix) || hasAnyPrefix(bare, t.BasisTitlePrefix) ||
			containsAny(p, t.GeneralWords) || containsAny(p, t.DataCategoryItems) || termsChapter(p),
		soft:    containsAny(p, t.SoftGeneralWords),
		facet:   hasAnyPrefix(core, t.FacetPrefix),
		subtree: containsAny(p, t.GeneralSubtreeWords) || termsChapter(p),
	}
	if tableHeadRow(title) || strings.HasSuffix(strings.TrimSpace(title), ")") && reCountedCategory.MatchString(strings.TrimSpace(title)) ||
		strings.Contains(title, "@") {
		c.general = true // a mailbox in the title ("Owner contact email: info@example.com") heads a contact line
	}
	if containsAny(p, t.CollectionChapterWords) && !isPurposeChapter(title) {
		c.general, c.subtree = true, true
	}
	if t := strings.TrimSpace(title); (strings.HasPrefix(t, "Information ") || strings.HasPrefix(t, "Details ")) && reAboutTitle.MatchString(t) {
		c.general = true // "Information About Example Garage": the organisation
	}
	if (c.general || c.subtree) && (processingHead(title) || processingContext(title)) || c.general && (featureDataTitle(p, core) || whyCollectTitle(p, core)) ||
		reServiceNoticeTitle.MatchString(core) {
		c.general, c.subtree = false, false
	}
	return c
}

// reServiceNoticeTitle is a title that names a service's own notice inside
// the policy, as older generators head each service they cover
// ("Datenschutzerklärung für die Nutzung von Google Analytics", "Privacy
// policy for the use of Google Maps"): the service's processing, though
// the title opens like the document's.
var reServiceNoticeTitle = lazy(`^(?:datenschutzerklärung|datenschutzhinweise?|privacy policy|privacy notice) (?:für die nutzung|zur nutzung|zum einsatz|für den einsatz|for the use|on the use) (?:von|of) \S`)

// maxTableHeadWords bounds the words of a header row read as a title.
const maxTableHeadWords = 6

// tableHeadRow: the title is a table's header row set as a line of its own
// ("Description Purpose", "Type of CookiePurpose"): two or more of a
// header's words alone, one of them naming a column.
func tableHeadRow(title string) bool {
	f := headWords(title)
	if len(f) < 2 || len(f) > maxTableHeadWords {
		return false
	}
	t := titles()
	column := false
	for _, w := range f {
		if !slices.Contains(t.TableHeadWords, w) {
			return false
		}
		column = column || slices.Contains(t.TableColumnWords, w)
	}
	return column
}

// headWords are the lower-case words of a title, two words a PDF's text
// joined ("CookiePurpose") parted again; nil for a long title.
func headWords(title string) []string {
	var out []string
	var b strings.Builder
	prevLower := false
	for _, r := range title {
		if unicode.IsSpace(r) || unicode.IsUpper(r) && prevLower {
			if b.Len() > 0 {
				if out = append(out, b.String()); len(out) > maxTableHeadWords {
					return nil
				}
				b.Reset()
			}
		}
		if !unicode.IsSpace(r) {
			b.WriteRune(unicode.ToLower(r))
		}
		prevLower = unicode.IsLower(r)
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}

// withoutArticle is a padded title's core (or a purpose clause) without the
// article it opens with, in any case: "The legitimate interests" names the
// basis its next words do. Facets are not read so: "The purposes for which
// your information is used" heads a chapter of purposes, not the purpose of
// its parent.
func withoutArticle(core string) string {
	first, rest, ok := strings.Cut(core, " ")
	if ok && slices.ContainsFunc(titles().LeadingArticles, func(a string) bool { return strings.EqualFold(a, first) }) {
		return rest
	}
	return core
}

// labelledTopic: a compound title whose label names a facet of a processing
// ("Rechtsgrundlage der Datenverarbeitung: Kontaktmöglichkeit über die
// Internetseite", "Purpose: Newsletter") or the notice itself ("Privacy
// Statement: Cookies Usage") is classified by its topic.
func labelledTopic(title string) (string, bool) {
	label, topic, ok := strings.Cut(title, ": ")
	if !ok || strings.TrimSpace(topic) == "" {
		return "", false
	}
	core := strings.Trim(padded(label), " .?!:")
	t := titles()
	return topic, hasAnyPrefix(core, t.FacetPrefix) || hasAnyPrefix(core, t.BasisTitlePrefix) || namesTheNotice(label)
}

// termsChapter: the title heads the terms of use printed after the policy
// ("Conditions of Use of Software and Infrastructure"), not the document
// that holds both ("… Privacy Policy and Conditions of Use").
func termsChapter(p string) bool {
	return containsAny(p, titles().TermsChapterWords) && !namesThePolicy(p)
}

// policyWords name the privacy policy in a title.
var policyWords = []string{"privacy", "datenschutz"}

// namesThePolicy: the padded title p names the privacy policy, as the title
// of a file that holds the policy and another text does ("Terms of Use and
// Privacy Policy").
func namesThePolicy(p string) bool { return containsAny(p, policyWords) }

// atOutlineTop: section i stands at the top of the outline, under no
// section or under the document's title only.
func atOutlineTop(d *docView, i int) bool {
	p := d.secs[i].Parent
	return p < 0 || isDocumentTitle(d, p)
}

// whyCollectTitle: the title asks why data are collected ("Why we collect
// your personal data", "Warum erheben wir Ihre Daten?"), a chapter of
// purposes, and only the words of an overview of the data ("we collect")
// made it general.
func whyCollectTitle(p, core string) bool {
	return containsAny(p, []string{" why ", " warum ", " wozu ", " wofür "}) && isPurposeChapter(p) &&
		!hasAnyPrefix(core, titles().BasisTitlePrefix) && generalOnlyAsOverview(p, core)
}

// generalOnlyAsOverview: no general word but those of an overview of the data
// ("what data", "we collect") makes the title general, nor is it general as
// a whole or by its opening.
func generalOnlyAsOverview(p, core string) bool {
	t := titles()
	return !t.generalExact[core] && !hasAnyPrefix(core, t.GeneralPrefix) && !containsAny(p, t.generalOtherWords)
}

// featureDataTitle: the title asks what data a feature processes ("What data
// is collected when you register?", "Welche Daten verarbeitet die App bei der
// Risiko-Ermittlung?"), and no other general word makes it general (A-GEN
// applied only to overviews of all the data).
func featureDataTitle(p, core string) bool {
	t := titles()
	return containsAny(p, t.DataOverviewWords) && containsAny(p, t.FeatureContextWords) && !containsAny(p, t.RoleContextWords) &&
		generalOnlyAsOverview(p, core)
}

// withoutWords is words without the entries of drop.
func withoutWords(words, drop []string) []string {
	skip := wordSet(drop...)
	var out []string
	for _, w := range words {
		if !skip[w] {
			out = append(out, w)
		}
	}
	return out
}

// titleJoins join the head of a title to what follows it.
var titleJoins = []string{" and ", " und ", " & ", " + "}

// processingHead: the title opens with a processing topic that is no general
// title itself, and a general word stands only in the part joined to it:
// "Cookies and Do Not Track", "Newsletter und Widerspruch", "Job applications
// and how long we keep them" describe the processing first (A-OVERGEN).
func processingHead(title string) bool {
	lower := strings.ToLower(title)
	cut := -1
	for _, j := range titleJoins {
		if i := strings.Index(lower, j); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return false
	}
	head := title[:cut]
	if topicOf(head) == "" {
		return false
	}
	hp := padded(head)
	hc := strings.Trim(hp, " .?!:")
	t := titles()
	return !t.generalExact[hc] && !hasAnyPrefix(hc, t.GeneralPrefix) && !containsAny(hp, t.GeneralWords) &&
		!containsAny(hp, t.GeneralSubtreeWords)
}

// contextJoins lead from what a title says is done with data to the
// occasion it is done on: "… Weitergabe personenbezogener Daten bei
// Bestellungen", "Sharing your data when you place an order".
var contextJoins = []string{" bei ", " im rahmen der ", " im rahmen des ", " im rahmen von ", " when you "}

// processingContext: a general title names a processing ("Erhebung,
// Verarbeitung und Weitergabe …"), then its occasion after a context join,
// and that occasion is no general title itself: the section describes one
// processing (A-OVERGEN).
func processingContext(title string) bool {
	lower := strings.ToLower(title)
	for _, j := range contextJoins {
		i := strings.Index(lower, j)
		if i <= 0 {
			continue
		}
		tail := padded(title[i+len(j):])
		core := strings.Trim(tail, " .?!:")
		t := titles()
		return wordStartsAny(title[:i], t.ProcessingWords) && core != "" && !t.generalExact[core] &&
			!containsAny(tail, t.GeneralWords) && !containsAny(tail, t.GeneralSubtreeWords)
	}
	return false
}

// topics group titles that describe the same processing, so that an intro section
// and a later detail section are one activity.
var topics = []struct {
	name  string
	words []string
}{
	// consent management is a processing of its own (the banner records
	// each choice), not one more section on cookies
	{"consent", []string{"cookie banner", "cookie-banner", "consent banner", "consent manag", "consent-manag",
		"cookie management", "cookie-management", "cookie consent", "cookie-consent", "consent tool", "consent-tool",
		"einwilligungsmanag", "einwilligungs-manag", "einwilligungsbanner"}},
	{"cookies", []string{"cookie"}},
	{"newsletter", []string{"newsletter"}},
	{"logs", []string{"log file", "logfile", "log data", "server log", "serverlog", "logdatei", "protokoll", "provision of the website", "bereitstellung der website"}},
	{"contact", []string{"contact", "kontakt", "enquir", "inquir", "anfrage"}},
	{"applications", []string{"applica", "bewerb", "job", "career", "karriere", "recruit"}},
	{"registration", []string{"registr", "user account", "customer account", "kundenkonto", "benutzerkonto"}},
	{"payment", []string{"payment", "zahlung"}},
	{"hosting", []string{"hosting"}},
	{"social", []string{"social media", "social network", "soziale", "sozialen"}},
	{"advertising", []string{"advertis", "werbung"}},
	{"marketing", []string{" marketing "}},
	{"analytics", []string{"web analy", "webanaly", "webanalyse", "tracking", "analytics"}},
}

func topicOf(title string) string {
	p := padded(title)
	for _, t := range topics {
		if containsAny(p, t.words) {
			return t.name
		}
	}
	return ""
}

// activityPlan is what the activity search learns from the sections alone.
// Extract works it out beside the recipients, which the rest of the search
// needs, so that it leaves the serial part of an extraction.
type activityPlan struct {
	classes []titleClass          // per section: what its title says
	isCand  []bool                // per section: it describes a processing
	items   map[int][]purposeItem // the purposes chapters and their items
	titles  []candTitle           // per candidate section: its title read once
}

// candTitle is what the choice of activities (activitySections) reads of a
// candidate's title and can know before the recipients are found: read in
// the plan, which runs beside the recipients' search, not after it.
type candTitle struct {
	topic  string // topicOf, "" for a title that lists several processings
	vendor bool   // the title names a catalogue service
	norm   string // normName of the title, to find recipients' names in
}

func planActivities(d *docView) activityPlan {
	classes := titleClasses(d)
	items, tableEnds := purposeChapters(d, classes)
	plan := activityPlan{classes: classes, isCand: candidateSections(d, classes), items: items}
	for c, end := range tableEnds {
		// the cells of a flattened purpose table that a reader took for
		// clause headings ("(b) Necessary to comply with a legal obligation")
		for j := c + 1; j < len(d.secs) && d.secs[j].HeadingStart < end; j++ {
			plan.isCand[j] = false
		}
	}
	for c := range plan.items {
		// "How and why we use information" over "Purposes for using
		// information", whose items are the activities: the chapter above
		// the list is no activity of its own
		if p := d.secs[c].Parent; p >= 0 && classes[c].facet {
			plan.isCand[p] = false
		}
	}
	plan.titles = make([]candTitle, len(d.secs))
	for i, s := range d.secs {
		if plan.isCand[i] {
			plan.titles[i] = readCandTitle(s.Title)
		}
	}
	return plan
}

func readCandTitle(title string) candTitle {
	t := candTitle{topic: topicOf(title), vendor: namesCatalogueService(title), norm: normName(title)}
	if isListTitle(title) {
		t.topic = "" // a title listing several processings is of no one topic
	}
	return t
}

// findActivities suggests one activity per section that describes a purpose.
func findActivities(d *docView, plan activityPlan, bases basisSet, recs []Recipient, rets []Retention) []Activity {
	cands := activitySections(d, plan, recs, bases)
	items := plan.items
	var jobs []func() []Activity
	k := 0
	for si := range d.secs {
		if it := items[si]; it != nil {
			jobs = append(jobs, func() []Activity { return d.itemActivities(si, it, bases, recs, rets) })
		}
		for ; k < len(cands) && cands[k] == si; k++ {
			if items[si] != nil {
				continue // the chapter's items are its activities
			}
			end := d.secs[si].End
			if k+1 < len(cands) && d.secs[cands[k+1]].HeadingStart < end {
				end = d.secs[cands[k+1]].HeadingStart // a child activity takes its own text
			}
			jobs = append(jobs, func() []Activity { return d.sectionActivities(si, end, bases, recs, rets) })
		}
	}
	return inOrder(jobs)
}

// sectionActivities describes section si up to end: as one activity, or as
// one per service it introduces, after its own when its introduction is long.
func (d *docView) sectionActivities(si, end int, bases basisSet, recs []Recipient, rets []Retention) []Activity {
	groups, intro := d.serviceParagraphs(si, end, recs)
	if groups == nil {
		return []Activity{d.activity(si, d.secs[si].HeadingStart, end, bases, recs, rets)}
	}
	var out []Activity
	if intro > maxServiceIntro {
		out = append(out, d.activity(si, d.secs[si].HeadingStart, groups[0].start, bases, recs, rets))
	}
	return append(out, d.serviceActivities(si, groups, bases, recs, rets)...)
}

// inOrder runs the jobs on every core, each goroutine taking the next job not
// yet taken, and joins their activities in the jobs' order. Describing the
// sections is most of the serial end of an extraction, and each job only
// reads what was found before; sections differ much in size, so fixed halves
// left one core waiting for the other.
func inOrder(jobs []func() []Activity) []Activity {
	results := make([][]Activity, len(jobs))
	var next atomic.Int64
	work := func() {
		for i := int(next.Add(1)) - 1; i < len(jobs); i = int(next.Add(1)) - 1 {
			results[i] = jobs[i]()
		}
	}
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
	out := []Activity{}
	for _, r := range results {
		out = append(out, r...)
	}
	return out
}

// titleClasses classifies every section title once for both uses below;
// classifying, a scan of word lists, was a third of the activity search.
func titleClasses(d *docView) []titleClass {
	classes := make([]titleClass, len(d.secs))
	for i, s := range d.secs {
		classes[i] = classifyTitle(s.Title)
	}
	for i := range d.secs {
		// an overview or rights chapter holding most of the document is a
		// heading set a level too high ("### Übersicht der Verarbeitungen"
		// over every "####" section): its title is general, its subtree not.
		// A chapter whose own sections are all general ("Rights of the data
		// subject" over "Right of access", "Right to erasure", … in a notice
		// that spells out every article) is what its title says.
		if classes[i].subtree && holdsMostOf(d, i) && !onlyGeneralChildren(d, classes, i) {
			classes[i].subtree = false
		}
	}
	markCategoryChapters(d, classes)
	markContactChapters(d, classes)
	markGeneralChapters(d, classes)
	markOverviewFacets(d, classes)
	markTermsBeforePolicy(d, classes)
	markAgreementChapters(d, classes)
	return classes
}

// markTermsBeforePolicy: a page that prints its terms of use before its
// privacy policy numbers the terms' clauses from 1 ("1. Introduction", "2.
// Acceptance of our terms", … "11. Termination", "16. Governing law") and
// starts again at 1 for the policy, often under a heading of its own ("#
// Privacy Policy") that carries no number. When the clauses before the
// restart include at least minTermsClauses titles of a contract's clauses,
// they are the terms, and none of them heads a processing.
func markTermsBeforePolicy(d *docView, classes []titleClass) {
	restart, terms, last := -1, 0, ""
	for i, s := range d.secs {
		if s.Number == "1" && last != "" && last != "1" {
			restart = i
			break
		}
		if s.Number != "" {
			last = s.Number
		}
		if containsAny(padded(s.Title), titles().TermsClauseWords) {
			terms++
		}
	}
	if restart < 0 || terms < minTermsClauses {
		return
	}
	for i := 0; i < restart; i++ {
		if d.secs[i].Number != "" || d.secs[i].Parent >= 0 {
			classes[i].general = true
		}
	}
}

// minTermsClauses is the fewest clause titles of a contract that make the
// numbered sequence before a restart the terms of use, or a chapter the
// terms of an agreement.
const minTermsClauses = 3

// markAgreementChapters: a chapter at the top of the outline whose own
// sections are mostly, and at least minTermsClauses, clause titles of a contract
// ("Merchant" over "FEES", "MERCHANT UNDERTAKINGS AND WARRANTIES",
// "CANCELLATION", "SCHEDULE 1"), printed after the policy in the same
// file, is an agreement's terms under any title: none of its subtree heads
// a processing (A-TERMS).
func markAgreementChapters(d *docView, classes []titleClass) {
	for i, s := range d.secs {
		if !atOutlineTop(d, i) || !hasChild(d, i) || isDocumentTitle(d, i) || namesThePolicy(padded(s.Title)) {
			continue // the whole file under one title ("Terms of Use and Privacy Policy")
		}
		clauses, children := 0, 0
		for j := i + 1; j < len(d.secs) && d.secs[j].HeadingStart < s.End; j++ {
			if d.secs[j].Parent == i {
				children++
				if containsAny(padded(d.secs[j].Title), titles().TermsClauseWords) {
					clauses++
				}
			}
		}
		// most of its sections are clauses: a chapter that a broken outline
		// set over the notice's services and a closing disclaimer is none
		if clauses >= minTermsClauses && 2*clauses > children {
			classes[i].general, classes[i].subtree = true, true
		}
	}
}

// markOverviewFacets: a facet title at the top of the outline, right after
// a general section ("Kategorien betroffener Personen" then "Zwecke der
// Verarbeitung", "CATEGORIES OF PERSONS CONCERNED" then "PURPOSE OF THE
// PROCESSING"), is an item of the notice's overview, as a widespread
// generator sets it out, and lists the purposes in brief: no processing of
// its own (A-FACET).
func markOverviewFacets(d *docView, classes []titleClass) {
	for i := 1; i < len(d.secs); i++ {
		if classes[i].facet && !classes[i].general && d.secs[i].Parent < 0 && d.secs[i-1].Parent < 0 && classes[i-1].general &&
			!classes[i-1].subtree {
			classes[i].general, classes[i].overview = true, true
		}
	}
}

// markGeneralChapters: in a general chapter whose sections are mostly
// general ("Änderungen der Richtlinie" over "Gründe für Änderungen",
// "Prozess der Änderung", "Benachrichtigung der Nutzer", …), the other
// sections tell more of the same topic in words no list holds, and are
// general too (A-GEN). A section that names a processing topic or a service
// of the catalogue ("Zugriffsstatistiken (Matomo)", "Verwendung von
// Cookies" among the general sections of "Allgemeines zur
// Datenverarbeitung") stays what it is. A chapter that holds most of the
// document is a heading set a level too high, and one with a chapter of
// purposes among its sections is the overview of a notice laid out as a
// matrix: both keep their sections.
func markGeneralChapters(d *docView, classes []titleClass) {
	for p, s := range d.secs {
		if !classes[p].general || classes[p].subtree || 2*(s.End-s.Start) > len(d.text) {
			continue
		}
		var kids []int
		g := 0
		for j := p + 1; j < len(d.secs) && d.secs[j].HeadingStart < s.End; j++ {
			if d.secs[j].Parent != p {
				continue
			}
			if isPurposeChapter(d.secs[j].Title) {
				kids = nil
				break
			}
			kids = append(kids, j)
			if classes[j].general {
				g++
			}
		}
		if len(kids) < minGeneralChapterSections || 2*g <= len(kids) {
			continue
		}
		for _, j := range kids {
			if t := d.secs[j].Title; !classes[j].general && topicOf(t) == "" && !namesCatalogueService(t) {
				classes[j].general = true
			}
		}
	}
}

// minGeneralChapterSections is the least number of sections from which a
// general chapter's majority of general sections makes the whole general:
// with one or two, a single general title would decide.
const minGeneralChapterSections = 3

// markCategoryChapters: where a notice has a chapter of purposes with
// sections ("How We Use Your Data" over "Account Management",
// "Marketing"), the sections of its chapter on the data collected ("Data We
// Collect" over "Account Information", "Payment Information") are
// categories of data, not processings (A-GEN).
func markCategoryChapters(d *docView, classes []titleClass) {
	purposes := false
	for i, s := range d.secs {
		if hasChild(d, i) && isPurposeChapter(s.Title) {
			purposes = true
			break
		}
	}
	if !purposes {
		return
	}
	for i, s := range d.secs {
		if hasChild(d, i) && !isPurposeChapter(s.Title) && containsAny(padded(s.Title), titles().CollectedDataChapterWords) {
			classes[i].subtree = true
		}
	}
}

// markContactChapters: a chapter of the notice itself titled with its
// contact details ("16. Contact Information" over the controller's box and
// "Response Time"), which gives an e-mail address, tells how to reach the
// controller, in its whole subtree. The same title also names a category
// of data ("Information We Collect" over "Contact Information": "we collect
// your e-mail address"), which the title alone does not decide (A-GEN).
func markContactChapters(d *docView, classes []titleClass) {
	for i, s := range d.secs {
		if slices.Contains(titles().ContactChapterTitles, strings.Trim(padded(s.Title), " .?!:")) && atOutlineTop(d, i) &&
			strings.Contains(d.text[s.Start:s.End], "@") {
			classes[i].general, classes[i].subtree = true, true
		}
	}
}

// onlyGeneralChildren: every section directly under section i has a
// general title.
func onlyGeneralChildren(d *docView, classes []titleClass, i int) bool {
	n := 0
	for j := i + 1; j < len(d.secs) && d.secs[j].HeadingStart < d.secs[i].End; j++ {
		if d.secs[j].Parent == i {
			if !classes[j].general {
				return false
			}
			n++
		}
	}
	return n > 0
}

// minMisleveledChildren: a chapter with this many sections under it that
// also holds most of the document is the whole policy under one heading.
const minMisleveledChildren = 8

// descendants counts the sections under section i.
func descendants(d *docView, i int) int {
	n := 0
	for j := i + 1; j < len(d.secs) && d.secs[j].HeadingStart < d.secs[i].End; j++ {
		n++
	}
	return n
}

// purposeChapters finds the chapters that list their purposes as items and,
// for those whose items are the rows of a flattened purpose table, where
// the table ends.
func purposeChapters(d *docView, classes []titleClass) (map[int][]purposeItem, map[int]int) {
	out, tableEnds := map[int][]purposeItem{}, map[int]int{}
	for i, s := range d.secs {
		if classes[i].subtree || classes[i].overview || inGeneralSubtree(d, classes, i) {
			continue // an overview's purposes are the chapters after it, in brief
		}
		if classes[i].facet && s.Parent >= 0 && !classes[s.Parent].general && !isPurposeChapter(d.secs[s.Parent].Title) &&
			!(isPurposeChapter(s.Title) && (d.hasPurposeTable(i) || flatTableHead(d.lowerText[s.Start:d.ownEnd(i)]) != nil)) {
			// the purposes of one activity, a facet of it; a purposes chapter
			// with a table of purposes ("Purposes, legal bases and retention
			// periods") lists many
			continue
		}
		if it, end := flatPurposeTable(d, i); it != nil {
			out[i], tableEnds[i] = it, end // a template's purpose table, flattened
			continue
		}
		if it := recordPurposes(d, i); it != nil {
			out[i] = it // processors given as record blocks, under any title
			continue
		}
		if it := useListPurposes(d, i); it != nil {
			out[i] = it // purposes as the introductions of data lists, under any title
			continue
		}
		if it := definedDataPurposes(d, i); it != nil {
			out[i] = it // uses named by the categories of data they define, under any title
			continue
		}
		if !isPurposeChapter(s.Title) && !d.hasPurposeTable(i) {
			continue
		}
		if it := purposeItems(d, i); it != nil {
			out[i] = it
		}
	}
	return out, tableEnds
}

// candidateSections marks the sections that describe a processing by their
// title and text.
func candidateSections(d *docView, classes []titleClass) []bool {
	isCand := make([]bool, len(d.secs))
	repeated, matrix := repeatedSubtitles(d)
	for i, s := range d.secs {
		c := classes[i]
		if s.Title == "" || c.general || c.subtree || (c.facet || repeated[i]) && s.Parent >= 0 ||
			inGeneralSubtree(d, classes, i) && !namesCatalogueService(s.Title) {
			continue
		}
		if c.soft && !ownTextCitesBasis(d, i) {
			continue
		}
		body := strings.TrimSpace(d.text[s.Start:s.End])
		if len(body) > 1500 {
			body = body[:1500]
		}
		// a short text counts when it speaks of processing or cites the
		// basis of one ("content may be translated … (Art. 6 (1) (f) GDPR)")
		// a section of a chapter of purposes states one ("Platform Operation":
		// "To facilitate tutoring sessions, referrals and payments.")
		inPurposes := s.Parent >= 0 && s.Parent < i && isPurposeChapter(d.secs[s.Parent].Title)
		// a service's record ("Dienstanbieter: …") is a processing by that
		// service, never a contact box, however short
		record := providerRecord(body)
		isCand[i] = len(body) > 40 && (len(body) > 200 || matrix[i] || inPurposes || speaksOfProcessing(body) || ownTextCitesBasis(d, i) || record) &&
			!deniesProcessing(body) && !isPlaceTitle(s.Title) && !isDocumentTitle(d, i) && !namesTheNotice(s.Title) && !isSubtitle(d, classes, i) &&
			!numberOnlyTitle(s.Title) && !continuesTitle(s.Title) && !danglingTitle(s.Title) &&
			(record || !isContactBox(d, i)) && !holdsOnlyGeneral(d, classes, i) && !personCard(s.Title, body) &&
			!deniesCookies(s.Title, d.lowerText[s.Start:s.End]) && !definesTitle(s.Title, body) &&
			!reBasisItem.MatchString(s.Title) // a condition of the law set as a numbered heading
	}
	for i := range d.secs {
		if p := d.secs[i].Parent; p >= 0 && isCand[p] && serviceDescriptor(d, i) {
			isCand[i] = false // the service is the activity, its descriptor the text's first line
		}
	}
	return isCand
}

// reDefinitionOpening is the opening of a definition after its quoted term:
// "„Verarbeitung“ ist jeder …", "“Processing” means any …".
var reDefinitionOpening = lazy(`^\s*[”“"'’«»]?\s*(?:[\p{L}-]+\s+){0,3}?(?:ist|sind|bezeichnet|bedeutet|means|is|are|refers to)\s`)

// reDefinitionArticle is the article before a defined term: "Eine
// „Einwilligung“ …", "A “Recipient” …".
var reDefinitionArticle = lazy(`^(?:Eine?|Der|Die|Das|An?|The)\s+`)

// definesTitle: the section's text opens by defining its title in quotation
// marks ("Verarbeitung" over "„Verarbeitung“ ist jeder … Vorgang …"), as a
// notice's list of the law's definitions does, each under a heading of its
// own: a definition, no processing.
func definesTitle(title, body string) bool {
	if m := reDefinitionArticle.FindString(body); m != "" {
		body = body[len(m):] // "Eine „Einwilligung“ der betroffenen Person ist …"
	}
	r, size := utf8.DecodeRuneInString(body)
	if !strings.ContainsRune("„“”\"'‘«»", r) {
		return false
	}
	rest := body[size:]
	t := strings.TrimSpace(title)
	if t == "" || len(rest) < len(t) || !strings.EqualFold(rest[:len(t)], t) {
		return false
	}
	return reDefinitionOpening.MatchString(rest[len(t):])
}

// maxPersonCard is the longest text of a section read as a person's card,
// in bytes.
const maxPersonCard = 600

// personCard: a short section titled with a person's name that gives a
// mailbox or names the person's role as controller or officer ("Rebecca
// Example" over "… a separate, independent data controller for her own
// patients. Telephone … Email …"), its role perhaps in brackets after the
// name, is a contact card, no processing.
func personCard(title, body string) bool {
	return len(body) <= maxPersonCard && isPersonName(withoutRole(title)) &&
		(strings.Contains(body, "@") || reControllerCue.is(body) || reDPOCue.is(body))
}

// providerLabels open the line of a service record that names its provider
// ("Dienstanbieter: Example Ltd, …"), as a widespread generator writes one
// under each service it lists.
var providerLineLabels = []string{"dienstanbieter:", "service provider:", "anbieter:", "provider:"}

// providerRecord: a short text is a service's record, which names the
// provider that processes the data.
func providerRecord(body string) bool {
	if !strings.Contains(body, "nbieter") && !strings.Contains(body, "rovider") && !strings.Contains(body, "NBIETER") &&
		!strings.Contains(body, "ROVIDER") {
		return false // most sections: no label to look for, no lower-casing
	}
	for line := range strings.Lines(strings.ToLower(body)) {
		if hasAnyPrefix(strings.TrimSpace(line), providerLineLabels) {
			return true
		}
	}
	return false
}

// serviceDescriptor: section i is the one line that says what the service
// named by its parent's title is ("YouTube" over "Soziales Netzwerk und
// Videoplattform", a generator's "**YouTube**: Soziales Netzwerk …"): the
// parent has no text of its own, i is its only child and has none, the
// parent's title is a service of the catalogue in a word or two
// ("YouTube-Videos") and i's title names none ("Verwendung von
// Google-Diensten" over "Google Conversion Tag" is a chapter over its tool).
func serviceDescriptor(d *docView, i int) bool {
	s := d.secs[i]
	p := s.Parent
	if p != i-1 || strings.TrimSpace(d.text[d.secs[p].HeadingEnd:s.HeadingStart]) != "" ||
		i+1 < len(d.secs) && d.secs[i+1].Parent >= p || len(strings.Fields(d.secs[p].Title)) > maxServiceTitleWords {
		return false
	}
	return len(vendorCatalogue().mentions(d.secs[p].Title)) > 0 && len(vendorCatalogue().mentions(s.Title)) == 0
}

// maxServiceTitleWords is the most words a title that names a service only
// has ("Google Analytics 4").
const maxServiceTitleWords = 3

// speaksOfProcessing: a short text uses a processing verb, also where a
// hard-wrapped line breaks it ("will be made" over "available to …").
func speaksOfProcessing(body string) bool {
	return containsAny(strings.Join(strings.Fields(strings.ToLower(body)), " "), titles().ProcessingWords)
}

// isPlaceTitle: the title is a country or town ("United States" over the
// services hosted there) or an address line, which names where data go or
// who to write to, not a processing (A-GEN).
func isPlaceTitle(title string) bool {
	title = strings.TrimSpace(title)
	if place, law, ok := strings.Cut(title, " ("); ok && strings.HasSuffix(law, ")") && isPlaceName(place) {
		return true // "Schweiz (revDSG)", "United Kingdom (UK GDPR)": the notice for a country's law
	}
	return isPlaceName(title) || reAddressTitle.MatchString(title) || addressLineEnd(title) && reAddressLine.MatchString(title)
}

// reAddressTitle is a postal address set as a line of its own: a postcode
// after a town or before it, or a street with its number, after a comma.
var reAddressTitle = lazy(`(?i),.*(?:\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b\d{4,5}\s+\p{Lu})|^\d+[a-z]?\s+\p{L}+.*(?:street|road|straße|str\.)`)

// reAddressLine is one line of an address block set alone, tried only on
// a title that ends in a digit or a capital letter or a street word: a
// British postcode, a street ("91 Wimpole St", whose number a reader may
// take for the heading's; "Earlsfort Terrace"; "Lindenstraße 17",
// "Löchgauer Str. 17").
var reAddressLine = lazy(`^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$|^(?:\d+[a-z]?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*\s+(?:` + strings.Join(streetWords, "|") + `)\.?$|^\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm)\s*\d+[a-z]?$|^\p{Lu}[\p{L}-]*\s+(?:Straße|Strasse|[Ss]tr\.|Weg|Gasse|Platz|Allee)\s*\d+[a-z]?$`)

// addressLineEnd: the title's last byte is a digit, a capital letter or
// the end of a street word, as the lines reAddressLine describes end.
func addressLineEnd(title string) bool {
	t := strings.TrimRight(title, " .")
	if t == "" {
		return false
	}
	c := t[len(t)-1]
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || hasAnySuffix(t, streetWords)
}

// streetWords end the British and Irish street lines of reAddressLine, whose
// expression lists them from here.
var streetWords = []string{"St", "Rd", "Road", "Street", "Lane", "Ave", "Avenue", "Terrace", "Square", "Quay", "Crescent", "Drive"}

// reNumberOnly is a title that is only a clause's number ("8.1", "3",
// "§ 4", "(2)", "IV."): the heading numbers a paragraph of the chapter above
// it and names nothing.
var reNumberOnly = lazy(`^[\s\p{Zs}]*(?:§[\s\p{Zs}]*)?\(?(?:\d+(?:\.\d+)*|[IVX]+|[a-z])[.)]?[\s\p{Zs}]*$`)

// numberOnlyTitle: the title is a clause number alone.
func numberOnlyTitle(title string) bool { return reNumberOnly.MatchString(title) }

// danglingTitle: the title, unpunctuated, ends with a word that a sentence
// goes on from ("Sendinblue offers further data protection information at",
// "Die Erklärung gilt ausschließlich für Daten, die wir"): a layout set the
// line apart, but a title never ends with an article, a preposition, a
// conjunction or a subject pronoun; nor is such a word alone one (a
// layout's "AND" between two sentences set in capitals), unless it is a
// letter that numbers a part ("A").
func danglingTitle(title string) bool {
	f := strings.Fields(strings.ToLower(title))
	return (len(f) >= 2 || len(f) == 1 && len(f[0]) > 1) && slices.Contains(titles().DanglingWords, f[len(f)-1])
}

// continuesTitle: the title is the lower-case continuation of the one above
// ("Privacy Notice" over "for Example Associates Ltd").
func continuesTitle(title string) bool {
	return hasAnyPrefix(strings.TrimSpace(title), titles().ContinuingWords)
}

// maxDenial is the longest section text read as a mere denial, in bytes.
const maxDenial = 200

// reSectionDenial is a sentence that says a processing does not take place: "Wir
// setzen auf unserer Webseite keine Cookies ein", "We do not use any
// analytics tools", "This site uses no tracking".
var reSectionDenial = lazy(`(?i)^[^.!?]*\b(?:keine[nmrs]?|kein|nicht|no|not|never|nie)\b[^.!?]*[.!]?$`)

// reNoCookies says that the site sets no cookies at all, as a sentence of
// its own: "We currently do not use cookies.", "Diese Website verwendet keine
// Cookies.", "verwendet keine Cookies und speichert keine Daten im lokalen
// Speicher" ("We do not use cookies for tracking" is no such sentence).
var reNoCookies = lazy(`\b(?:we|this (?:web)?site|our (?:web)?site)(?: currently)? (?:do|does) not (?:use|set|place) (?:any )?cookies(?:\s*[.!]|\s+and\s)|\b(?:wir|diese (?:webseite|website|seite))(?: derzeit| aktuell)? (?:verwenden|nutzen|setzen|verwendet|nutzt|setzt) keine cookies(?: ein)?(?:\s*[.!]|\s+und\s)`)

// deniesCookies: a chapter on cookies (with its sub-sections) says that the
// site uses none, after explaining what cookies are (A-DENIED).
func deniesCookies(title, lower string) bool {
	return strings.Contains(strings.ToLower(title), "cookie") && reNoCookies.MatchString(lower)
}

// deniesProcessing: a section's whole text is one sentence denying its
// processing, or a denial over a list of what is not used ("VeloX does not
// use:" over "- Third-party analytics services …"), which is then no
// activity (A-DENIED).
func deniesProcessing(body string) bool {
	if len(body) <= maxDenial && reSectionDenial.MatchString(body) || deniedSentences(body) {
		return true
	}
	if deniesPossibility(body) || deniesPersonalData(body) || hostedLocallyOnly(body) {
		return true
	}
	first, rest, _ := strings.Cut(body, "\n")
	return strings.HasSuffix(strings.TrimSpace(first), ":") && reDeniedListIntro.MatchString(strings.ToLower(strings.TrimSpace(first))) &&
		onlyListLines(rest)
}

// deniedSentences: each sentence of a short section says that what its
// title names is not used or does not take place ("Auf dieser Website sind
// keine Analyse- oder Tracking-Werkzeuge (z. B. Google Analytics, Matomo)
// eingebunden. Es findet kein Nutzer-Tracking und keine Erstellung von
// Nutzungsprofilen statt."): a sentence that merely holds a "no" ("a
// counter that stores no IP addresses") describes a processing (A-DENIED).
func deniedSentences(body string) bool {
	if len(body) > maxDenials {
		return false
	}
	ss := splitSentences(body)
	for _, sn := range ss {
		t := body[sn.start:sn.end]
		if !reNotInUse.is(t) && !reNoneTakesPlace.is(t) {
			return false
		}
	}
	return len(ss) > 1
}

// maxDenials is the longest section text read as denials only, in bytes:
// two or three short sentences.
const maxDenials = 400

// reNoneTakesPlace says that a processing does not happen or a kind of
// tool is not used: "Es findet kein Nutzer-Tracking statt", "Eine
// Weitergabe erfolgt nicht", "No profiling takes place".
var reNoneTakesPlace = newKW(`(?i)\b(?:findet|erfolgt)\s+(?:\S+\s+){0,2}?kein(?:e[nmrs]?)?\b[^.]*\bstatt\b|\b(?:findet|erfolgt)\s+(?:\S+\s+){0,3}?nicht\s+statt\b|\berfolgt\s+(?:\S+\s+){0,2}?nicht\s*[.!]|\bno\s+(?:\S+\s+){0,3}?(?:takes place|is carried out|is performed|happens)\b`+
	// "Auf dieser Website sind keine Analyse-Werkzeuge eingebunden", "No
	// tracking tools are used on this website" (reNotInUse, asked first,
	// holds the same with "werden" and "wird")
	`|\b(?:sind|ist)\s+(?:\S+\s+){0,2}?kein(?:e[nmrs]?)?\s+(?:\S+\s+){0,5}?(?:eingebunden|eingesetzt|verwendet|genutzt)\b|\bno\s+(?:\S+\s+){0,4}?(?:are|is)\s+(?:used|embedded|integrated|included)\b`,
	"statt", "erfolgt", "takes place", "carried out", "performed", "happens", "eingebunden", "eingesetzt", "verwendet", "genutzt",
	"used", "embedded", "integrated", "included")

// reNoPossibility opens a sentence saying a feature does not exist: "Es
// besteht keine Möglichkeit, sich … zu registrieren", "There is no way to
// create an account", "Eine Registrierung ist nicht möglich".
var reNoPossibility = newKW(`(?i)\b(?:(?:es besteht|gibt es|there is|there are) (?:keine|no) (?:möglichkeit|option|way|possibility)\b|ist nicht möglich\b|(?:is|are) not possible\b)`,
	"möglichkeit", "option", "way", "possibility", "nicht möglich", "not possible")

// deniesPossibility: the section's first sentence says its feature does not
// exist and the rest names no personal data ("Es wird lediglich der
// Download von Formularen angeboten"): a section titled by what the site
// does not offer is no activity (A-NOTUSED).
func deniesPossibility(body string) bool {
	first, rest := body, ""
	if i := strings.Index(body, ". "); i >= 0 {
		first, rest = body[:i+1], body[i+2:]
	}
	return reNoPossibility.is(first) && !containsAny(strings.ToLower(rest), personalDataWords)
}

// reNoDataAtAll says that no personal data are processed at all: "Dabei
// werden keine personenbezogenen Daten erfasst oder verarbeitet", "No
// personal data is collected or stored".
var reNoDataAtAll = newKW(`(?i)\b(?:(?:werden|wird)\s+(?:dabei\s+|hierbei\s+|dadurch\s+)?keine(?:rlei)?\s+personenbezogenen\s+daten\s+(?:\S+\s+){0,2}?(?:erfasst|erhoben|verarbeitet|gespeichert)|no\s+personal\s+(?:data|information)\s+(?:is|are|will\s+be)\s+(?:collected|processed|stored|recorded)|(?:do|does|will)\s+not\s+(?:collect|process|store)\s+any\s+personal\s+(?:data|information))\b`,
	"personenbezogenen", "personal")

// maxDataDenialSection is the longest section text whose denial of personal
// data speaks for the whole section, in bytes: a tool described in a
// sentence or two.
const maxDataDenialSection = 600

// maxDataDenial is the longest sentence read as a plain denial, in bytes: a
// longer one qualifies it ("… apart from that, no personal data is stored;
// …").
const maxDataDenial = 120

// deniesPersonalData: a short section describes a tool or feature and says,
// in a sentence of its own, that it processes no personal data ("BrainBox
// Generatoren ist ein Dienst … Dabei werden keine personenbezogenen Daten
// erfasst oder verarbeitet."), and no other sentence names personal data:
// no activity (A-DENIED).
func deniesPersonalData(body string) bool {
	if len(body) > maxDataDenialSection || !reNoDataAtAll.is(body) {
		return false
	}
	denied := false
	for _, sn := range splitSentences(body) {
		t := body[sn.start:sn.end]
		switch {
		case reNoDataAtAll.is(t) && len(t) <= maxDataDenial:
			denied = true
		case containsAny(strings.ToLower(t), personalDataWords):
			return false
		}
	}
	return denied
}

// reHostedLocally says that a tool is served from the site's own server:
// "Die Google Fonts sind lokal installiert", "installed locally".
var reHostedLocally = newKW(`(?i)`+hostedLocallyAlt, "lokal", "locally", "self-hosted", "selbst gehostet")

// hostedLocallyAlt is the statement of local hosting as alternatives of an
// expression, shared with the recipients' denials (reNoPersonalData).
const hostedLocallyAlt = `(?:sind|ist|werden|wird) lokal (?:installiert|gehostet|eingebunden|bereitgestellt)|(?:hosted|installed) locally|locally (?:hosted|installed)|self-hosted|selbst gehostet`

// reNoConnection says that no connection to the tool's provider is made:
// "Eine Verbindung zu Servern von Google findet dabei nicht statt", "A
// connection to Google servers does not take place".
var reNoConnection = newKW(`(?i)\bverbindung (?:zu|mit) [^\n]{0,80}?\bnicht statt\b|\bkeine verbindung (?:zu|mit)\b|\bconnection (?:to|with) [^\n]{0,80}?(?:does not take place|is not (?:established|made))|\bno connection (?:to|with)\b`,
	"verbindung", "connection")

// hostedLocallyOnly: a short section says that its tool is served from the
// site's own server and that no connection to the provider is made
// ("Google Fonts (lokales Hosting)", as a widespread generator writes it
// for fonts and icon sets): the tool processes nothing of the visitor's
// beyond the site's own hosting, and is no activity of its own (A-DENIED).
func hostedLocallyOnly(body string) bool {
	return len(body) <= maxDataDenialSection && reHostedLocally.is(body) && reNoConnection.is(body)
}

// personalDataWords name personal data in a section's text.
var personalDataWords = []string{"personenbezogen", "personal data", "personal information", "ihre daten", "your data",
	"ip-adresse", "ip address", "e-mail", "email", "name"}

// onlyListLines: every line of s is blank or a short list item.
func onlyListLines(s string) bool {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && (len(l) > maxListLine || !itemLineRE.MatchString(l)) {
			return false
		}
	}
	return true
}

// maxListLine is the longest line read as an item of such a list, in bytes.
const maxListLine = 160

// activitySections picks the candidate sections that are activities, in
// document order.
func activitySections(d *docView, plan activityPlan, recs []Recipient, bases basisSet) []int {
	isCand := plan.isCand
	names := normRecipientNames(recs)
	var out []int
	// per topic seen, the bases its sections cite: a later section of the
	// topic is a processing of its own when both cite bases and it cites one
	// the earlier did not ("Newsletter for existing customers" on legitimate
	// interest after "Newsletter" by consent); a first section citing none
	// (an introduction) takes every later one in
	topicBases := map[string][]string{}
	topicFirst := map[string]int{} // per topic, its first section
	for i := range d.secs {
		if !isCand[i] || (hasCandChild(d, isCand, i) && !ownIntroDescribes(d, plan, i)) {
			continue
		}
		named := plan.titles[i].vendor || namesAny(plan.titles[i].norm, names)
		tp := plan.titles[i].topic
		seen, ok := topicBases[tp]
		switch {
		case tp != "" && !named && ok && !otherChannel(d, topicFirst[tp], i, bases):
			own := bases.citedIn(d.secs[i].Start, d.ownEnd(i))
			if len(seen) == 0 || !hasOtherCode(own, seen) {
				continue // the same processing again: merged into the first section
			}
			topicBases[tp] = append(seen, own...) // a processing of the topic on a basis of its own
		case tp != "" && !named && ok:
			// the topic by another way: an activity, the topic's record unchanged
		case tp != "":
			topicBases[tp] = bases.citedIn(d.secs[i].Start, d.ownEnd(i))
			if !ok {
				topicFirst[tp] = i
			}
		}
		out = append(out, i)
	}
	return out
}

// otherChannel: section i, a sibling of the first section of its topic,
// cites bases of its own and shares no word of its title ("Kontaktformular"
// and then "Anfrage per E-Mail, Telefon oder Telefax"): the same topic by
// another way, a processing of its own (A-TOPIC).
func otherChannel(d *docView, first, i int, bases basisSet) bool {
	if d.secs[first].Parent != d.secs[i].Parent || len(bases.citedIn(d.secs[i].Start, d.ownEnd(i))) == 0 {
		return false
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(padded(d.secs[first].Title)) {
		if utf8.RuneCountInString(w) >= 4 {
			words[w] = true
		}
	}
	for _, w := range strings.Fields(padded(d.secs[i].Title)) {
		if words[w] {
			return false
		}
	}
	return true
}

// minListTitleItems is the least number of comma-separated items that make a
// title a list of processings ("Administration, Finanzbuchhaltung,
// Büroorganisation, Kontaktverwaltung").
const minListTitleItems = 3

// isListTitle: the title lists several processings. Its "Kontaktverwaltung"
// does not make a later "Kontaktaufnahme" the same processing told twice.
func isListTitle(title string) bool {
	return strings.Count(title, ",")+1 >= minListTitleItems
}

// hasOtherCode: codes holds a code that seen lacks.
func hasOtherCode(codes, seen []string) bool {
	for _, c := range codes {
		if !slices.Contains(seen, c) {
			return true
		}
	}
	return false
}

// ownTextCitesBasis: the section's text before its first child cites a legal
// basis.
func ownTextCitesBasis(d *docView, i int) bool {
	return len(parseCitations(d.text[d.secs[i].Start:d.ownEnd(i)])) > 0
}

// ownEnd is where the own text of section i ends: at its first child's
// heading, or at its end.
func (d *docView) ownEnd(i int) int {
	if i+1 < len(d.secs) && d.secs[i+1].Parent == i {
		return d.secs[i+1].HeadingStart
	}
	return d.secs[i].End
}

// repeatedSubtitles marks sub-sections whose title recurs under several
// parents ("What we collect" and "How we use it" under every product or
// role): they are facets of their parents, which are the activities. Parents
// that are themselves facet or general chapters ("Purposes", "Legal bases",
// "Storage period", each listing the same features) do not count: there the
// sub-sections are the activities, merged by title (mergeSameTitles).
func repeatedSubtitles(d *docView) (repeated, matrix []bool) {
	parents, facetParents := map[string]map[int]bool{}, map[string]map[int]bool{}
	key := func(t string) string { return strings.Trim(padded(t), " .?!:") }
	keys := make([]string, len(d.secs))
	facet := map[int]bool{} // per parent, classified once
	for i, s := range d.secs {
		if s.Parent < 0 {
			continue
		}
		f, ok := facet[s.Parent]
		if !ok {
			f = isFacetChapter(d.secs[s.Parent].Title)
			facet[s.Parent] = f
		}
		m := parents
		if f {
			m = facetParents
		}
		k := key(s.Title)
		keys[i] = k
		if m[k] == nil {
			m[k] = map[int]bool{}
		}
		m[k][s.Parent] = true
	}
	repeated, matrix = make([]bool, len(d.secs)), make([]bool, len(d.secs))
	for i, s := range d.secs {
		if s.Parent < 0 {
			continue
		}
		k := keys[i]
		repeated[i] = len(parents[k]) >= minRepeatParents
		matrix[i] = len(facetParents[k]) >= minMatrixParents
	}
	return repeated, matrix
}

// minMatrixParents is under how many facet chapters a sub-title must recur
// for the policy to be laid out as a matrix (the same features under
// "Purposes", "Legal bases", "Storage"): then even a one-line entry is part of
// that feature's activity.
const minMatrixParents = 2

// minRepeatParents is under how many parents a sub-title must recur to be a
// facet: two products that each have a "Cookies" section are still two.
const minRepeatParents = 3

// isDocumentTitle: a section holding most of the text is the document's title
// (an <h1> or a first line), not a purpose.
func isDocumentTitle(d *docView, i int) bool {
	s := d.secs[i]
	return s.End-s.HeadingStart > len(d.text)*7/10 && hasChild(d, i)
}

// subtitleIntroSpan is how much of a section's text may come before it
// names the policy, for that text to be the document's introduction.
const subtitleIntroSpan = 200

// isSubtitle: the section follows only titles without text, one of them
// general ("Datenschutzerklärung" then "Corona-Warn-App", "Privacy Policy"
// then "Example Mobile"), its title names no processing, and its text opens by
// speaking of the policy ("In dieser Datenschutzerklärung erfahren Sie …"): the
// title completes the document's title and the text introduces the document.
func isSubtitle(d *docView, classes []titleClass, i int) bool {
	general := false
	for j := 0; j < i; j++ { // first, as it fails at once for all but the opening sections
		if strings.TrimSpace(d.text[d.secs[j].Start:d.ownEnd(j)]) != "" {
			return false
		}
		general = general || classes[j].general
	}
	s := d.secs[i]
	t := titles()
	if topicOf(s.Title) != "" || wordStartsAny(s.Title, t.ProcessingWords) {
		return false
	}
	opening := d.lowerText[s.Start:min(s.End, s.Start+subtitleIntroSpan)]
	return general && containsAny(opening, t.GeneralPrefix)
}

// maxBoxRest is the most text a contact box section holds after its box
// ("Weitere Informationen findest du im Impressum."); a section that goes on to
// describe a processing is more than a box.
const maxBoxRest = 120

// isContactBox: the section's title is the name of a contact box, which the
// reader took for a heading (a bold line), and its text is the box's address
// lines and at most a short remark (S-FAKEHEAD). A box has a digit or an "@"
// (postcode, phone, e-mail), which is looked for before any expression runs.
func isContactBox(d *docView, i int) bool {
	s := d.secs[i]
	if s.Number != "" {
		return false // a numbered title is a chapter's, never a name
	}
	b := linesAfter(d.text, s.Start, 6, func(l string) bool { return utf8.RuneCountInString(l) > maxBoxLine })
	if len(b.lines) < minBoxLines || !strings.ContainsAny(d.text[s.Start:b.end], "0123456789@") || !boxLinesFollow(d, b.lines) {
		return false
	}
	rest := strings.TrimSpace(d.text[min(b.end, d.ownEnd(i)):d.ownEnd(i)])
	return utf8.RuneCountInString(rest) <= maxBoxRest
}

// holdsOnlyGeneral: the section has no text of its own before its
// sub-sections, and every sub-section is general ("Other things you should
// know" over "Transferring information", "Privacy policy changes"): its text
// is theirs, and none of it describes a processing. A section whose
// sub-sections are facets of it ("Art und Umfang", "Zwecke") stays one.
func holdsOnlyGeneral(d *docView, classes []titleClass, i int) bool {
	if !hasChild(d, i) || strings.TrimSpace(d.text[d.secs[i].Start:d.ownEnd(i)]) != "" {
		return false
	}
	for j := i + 1; j < len(d.secs) && d.secs[j].HeadingStart < d.secs[i].End; j++ {
		if d.secs[j].Parent == i && !classes[j].general {
			return false
		}
	}
	return true
}

// wordStartsAny: a word of title starts with one of the stems ("Collecting"
// with "collect"); a stem inside a word ("pass" in "Lernkompass") does not count.
func wordStartsAny(title string, stems []string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, st := range stems {
			if st = strings.TrimSpace(st); st != "" && strings.HasPrefix(w, st) {
				return true
			}
		}
	}
	return false
}

func hasChild(d *docView, i int) bool {
	return i+1 < len(d.secs) && d.secs[i+1].Parent == i
}

// inGeneralSubtree: an ancestor is a rights, definitions or security chapter.
func inGeneralSubtree(d *docView, classes []titleClass, i int) bool {
	for p := d.secs[i].Parent; p >= 0 && p < i; p = d.secs[p].Parent {
		if classes[p].subtree {
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

// minOwnIntro is the length from which the text before a section's first child
// describes processing of its own (a cookie table, a paragraph on a purpose):
// an introduction that only leads to the children is one or two sentences.
const minOwnIntro = 600

// ownIntroDescribes: the text before the first child section that is an
// activity describes processing itself (a legal basis or a substantial
// paragraph), so the parent stays an activity. Facet sub-sections before that
// child ("Scope of the processing", "Legal basis") are the parent's own text
// (A-FACET).
func ownIntroDescribes(d *docView, plan activityPlan, i int) bool {
	end := d.secs[i].End
	for j := i + 1; j < len(d.secs) && d.secs[j].HeadingStart < end; j++ {
		// a general sub-section ("Transferring information") ends the
		// parent's own text as a child activity does: its basis is no
		// processing of the parent's
		if plan.isCand[j] || d.secs[j].Parent == i && plan.classes[j].general {
			end = d.secs[j].HeadingStart
			break
		}
	}
	intro := d.text[d.secs[i].Start:end]
	// a table in the intro (the cookies a site sets, with their expiry)
	// documents processing of the section's own
	return len(parseCitations(intro)) > 0 || len(strings.TrimSpace(intro)) > minOwnIntro || strings.Count(intro, " | ") >= 2
}

// namesCatalogueService: the title names a service of the vendor catalogue
// (also one left out as a recipient, such as a self-hosted tool); a title
// that names it or a recipient (namesAny) is of the recipient's processing.
func namesCatalogueService(title string) bool {
	for _, m := range vendorCatalogue().mentions(title) {
		if m.ref.vendor >= 0 {
			return true
		}
	}
	return false
}

// namesAny: the normalised title holds one of the normalised names as words.
func namesAny(norm string, names []string) bool {
	for _, n := range names {
		if containsWords(norm, n) {
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

// namesTheNotice: the title ends by naming the notice ("KotlinConf App
// Privacy Policy", "Kurs-App Datenschutzerklärung"); its section introduces
// the notice.
func namesTheNotice(title string) bool {
	return hasAnySuffix(strings.Trim(padded(title), " .?!:"), titles().GeneralSuffix)
}

// hasAnySuffix reports whether s ends with one of the suffixes.
func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
