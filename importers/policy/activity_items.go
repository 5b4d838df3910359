package policy

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Purposes given as list items under one "purposes" heading, instead of one
// heading each, are common in short notices: "a) If you become a member, we
// process …", "- Payments and records – contract", "Newsletter: we send …".
// Each item of such a chapter is an activity of its own.

// minClauseCatalogue is the least number of unlabelled items completing "We
// use your data to:" that make a catalogue of the controller's uses rather
// than a register of processings: thirteen clauses ("to administer the
// parish; to maintain our accounts; to seek your views; …") restate the
// chapter's processing in parts, while up to six ("To process tenancy
// applications", "To manage properties on behalf of landlords") or items
// with labels of their own ("Marketing: we send …") are each one.
const minClauseCatalogue = 7

// minPurposeItems is the least number of items that makes a list of purposes:
// a single item is a sentence that happens to start with a dash.
const minPurposeItems = 2

// maxItemLabel bounds the title taken from an item, in runes: a label longer
// than this is a sentence, and only its opening clause is kept.
const maxItemLabel = 90

var itemLineRE = lazy(`^(?:[-•*▪–]\s+|\(?[a-z]\)\s+|\(?[ivx]{1,4}\)\s+)`)

// purposeItem is one list item of a purposes chapter.
type purposeItem struct {
	title      string
	start, end int
}

func isPurposeChapter(title string) bool {
	return containsAny(padded(title), titles().PurposeChapterWords)
}

// purposeItems lists the items in the chapter's own text (up to its first
// child), or nil when there are fewer than minPurposeItems.
func purposeItems(d *docView, si int) []purposeItem {
	s := d.secs[si]
	end := s.End
	if si+1 < len(d.secs) && d.secs[si+1].Parent == si {
		end = d.secs[si+1].HeadingStart
	}
	// "We use your data to:" over its items: each item completes the
	// sentence with a purpose ("- Verify your residency …")
	toIntro := reToIntro.MatchString(d.lowerText[s.Start:end])
	labelled, facets := 0, 0
	// the items follow "We collect your data through various methods:" or
	// "We record the following information:"
	underSources := false
	items := titledLines(d, s.Start, end, minPurposeItems, func(pos, lineEnd int) string {
		line := strings.TrimSpace(d.text[pos:lineEnd])
		if t := tableItem(d.text, pos, line); t != "" {
			return t
		}
		m := itemLineRE.FindString(line)
		if line != "" && m == "" {
			underSources = strings.HasSuffix(line, ":") && sourcesIntro(d.lowerText[pos:lineEnd])
		}
		if underSources {
			return "" // where data come from, not what for
		}
		if m != "" && purposeItemText(line[len(m):], toIntro) {
			label := itemLabel(line[len(m):])
			facet, hasLabel := facetLabel(label), labelEnd(line[len(m):]) > 0
			if facet && hasLabel {
				facets++
			}
			if !numberOnlyTitle(label) && !facet {
				if hasLabel {
					labelled++
				}
				return label
			}
			return "" // "- 3.1.1 Where the use is necessary …": a drafted notice's numbered clauses, not a list of purposes
		}
		if n := reClauseNumber.FindString(line); n != "" && hasAnyPrefix(line[len(n):], unmarkedLeads) {
			return itemLabel(line[len(n):]) // "3.1.1 to communicate with you about our events;"
		}
		if toIntro && unmarkedPurposeItem(d.text, pos, lineEnd, line) {
			return itemLabel(line) // a text rendition dropped the list's marks
		}
		return ""
	})
	if facets >= minGeneratorFacets {
		items = withoutFacetItems(items)
	}
	if toIntro && len(items) >= minClauseCatalogue && labelled == 0 {
		// the notice's catalogue of uses: the chapter is the activity, even
		// under a title that also names the legal basis ("Why we collect
		// this information and the legal basis for handling your data")
		return []purposeItem{{title: strings.TrimSpace(s.Title), start: s.Start, end: end}}
	}
	if items == nil {
		if paras := purposeParas(d, s.Start, end); paras != nil {
			return paras
		}
		if sents := purposeSentences(d, s.Start, end); sents != nil {
			return sents
		}
		return labelParas(d, s.Start, end)
	}
	return items
}

// minGeneratorFacets is the least number of facet labels ("Verarbeitete
// Datenarten:", "Betroffene Personen:") that make a list the facets of one
// processing, as a widespread generator writes under every service.
const minGeneratorFacets = 2

// withoutFacetItems drops from such a list the items whose labels name a
// facet or general information too ("Zwecke der Verarbeitung:", "Aufbewahrung
// und Löschung:"): titled like a chapter of purposes, they are the
// processing's own purposes and retention, not processings of their own.
func withoutFacetItems(items []purposeItem) []purposeItem {
	out := items[:0]
	for _, it := range items {
		if c := classifyTitle(it.title); !c.facet && !c.general {
			out = append(out, it)
		}
	}
	if len(out) < minPurposeItems {
		return nil
	}
	return out
}

// sourcesIntro: a line introduces a list of where data come from ("We
// collect your data through various methods:", "Wir erhalten Ihre Daten aus
// folgenden Quellen:") or of the data collected ("We collect and record the
// following information when you register:", "Wir erheben folgende
// Daten:"), not of what they are used for.
func sourcesIntro(lower string) bool {
	t := titles()
	return (containsAny(lower, t.SourcesIntroWords) || containsAny(lower, t.DataListIntroWords)) &&
		!containsAny(lower, t.PurposeIntroWords)
}

// purposeItemText: a list item's text states a processing (or, under an
// introduction "… to:", completes it) and is neither a data category nor a
// principle of Art. 5.
func purposeItemText(item string, toIntro bool) bool {
	if !processingItem(item) && !(toIntro && len(strings.Fields(item)) >= 3) {
		return false
	}
	p := padded(item)
	return !containsAny(p, titles().DataCategoryItems) && !containsAny(p, titles().PrincipleItems)
}

// facetLabel: an item's label names a facet of the chapter's processing
// ("Processed data types: …", "Data subjects: …", "Legal basis: …", as a
// widespread generator writes under every service), not a purpose of its
// own.
func facetLabel(label string) bool {
	c := classifyTitle(label)
	return c.facet && (c.general || !isPurposeChapter(label))
}

// Processors are also listed as record blocks of "Label: value" lines, one
// block a processor ("Name: …", "Address: …", "Purpose: …", "Legal basis:
// …"), under one heading of any title ("Our processors"). Each block's
// purpose field is an activity, with the block's text (its legal basis) as
// its own.

// recordPurposes lists the purpose fields of the record blocks in the own
// text of section si (up to its first child), each spanning its block: two or
// more, or one when the section is that block alone (a block under the
// processor's name as its heading); nil otherwise.
func recordPurposes(d *docView, si int) []purposeItem {
	s, end := d.secs[si], d.ownEnd(si)
	if !strings.Contains(d.text[s.Start:end], ":") {
		return nil
	}
	labels := titles().RecordPurposeLabels
	items := titledLines(d, s.Start, end, 1, func(pos, lineEnd int) string {
		label, value, ok := strings.Cut(d.lowerText[pos:lineEnd], ":")
		if !ok || !slices.Contains(labels, strings.TrimSpace(label)) {
			return ""
		}
		value = strings.TrimSpace(d.text[lineEnd-len(value) : lineEnd])
		if value == "" {
			return ""
		}
		return itemLabel(capitalise(value))
	})
	for k := range items {
		items[k].start, items[k].end = paragraphAround(d.text, s.Start, end, items[k].start)
	}
	if len(items) == 1 && strings.TrimSpace(d.text[s.Start:end]) != strings.TrimSpace(d.text[items[0].start:items[0].end]) {
		return nil // one purpose field in a section of other text: a sentence with a colon
	}
	return items
}

// A widespread notice tool writes its purposes as the introductions of the
// lists of data used for each: "We collect or use the following personal
// information for the operation of client or customer accounts:" over
// "- Names and contact details", "Wir verarbeiten folgende Daten zur
// Abwicklung Ihrer Bestellung:". Each introduction is an activity titled
// with its purpose, spanning its list.

// reUseListIntro is such an introduction, a line of its own; group 1 is the
// purpose.
var reUseListIntro = lazy(`(?i)^(?:we (?:collect or use|collect and use|use|process|collect) the following (?:personal )?(?:information|data)|wir (?:erheben|verarbeiten|nutzen|verwenden) (?:die )?folgenden? (?:personenbezogenen )?(?:daten|informationen|angaben)) (?:(?:for|to|zur|zum|für|um) (.{4,120}?))\s*:$`)

// minUseListIntros is the least number of such introductions that make a
// section's purposes: one is a single processing's data list.
const minUseListIntros = 2

// useListPurposes lists the introductions of data lists in the own text of
// section si, under any title, each spanning up to the next; nil when
// there are fewer than minUseListIntros.
func useListPurposes(d *docView, si int) []purposeItem {
	s, end := d.secs[si], d.ownEnd(si)
	if !strings.Contains(d.text[s.Start:end], ":") {
		return nil
	}
	items := titledLines(d, s.Start, end, minUseListIntros, func(pos, lineEnd int) string {
		m := reUseListIntro.FindStringSubmatch(strings.TrimSpace(d.text[pos:lineEnd]))
		if m == nil {
			return ""
		}
		return capitalise(withoutArticle(strings.TrimSpace(m[1])))
	})
	for k := range items {
		items[k].end = end
		if k+1 < len(items) {
			items[k].end = items[k+1].start
		}
	}
	return items
}

// A widespread UK website template names each use by the category of data
// it defines in brackets: "We may process data about your use of our
// website and services (“usage data”). … The legal basis for this
// processing is …", "We may process your account data (“account data”).".
// Each such item is an activity titled with the category.

// reDefinedDataItem is such an item's opening and its defined category
// (group 1), in quotation marks of any kind.
var reDefinedDataItem = lazy(`(?i)^(?:we may|we will|we) (?:also )?process\b[^.]{0,200}?\(\s*["“”„'‘’]([\p{L} -]{2,40}? data)\s*["“”'’]\s*\)`)

// definedDataPurposes lists the items of the own text of section si that
// open with such a statement, titled with their category, or nil when
// there are fewer than minPurposeItems.
func definedDataPurposes(d *docView, si int) []purposeItem {
	s, end := d.secs[si], d.ownEnd(si)
	if !strings.Contains(d.lowerText[s.Start:end], " data") {
		return nil
	}
	return titledLines(d, s.Start, end, minPurposeItems, func(pos, lineEnd int) string {
		line := strings.TrimSpace(d.text[pos:lineEnd])
		if m := itemLineRE.FindString(line); m != "" {
			line = line[len(m):]
		} else if n := reClauseNumber.FindString(line); n != "" {
			line = line[len(n):] // "3.2 We may process …", as the template numbers them
		}
		m := reDefinedDataItem.FindStringSubmatch(line)
		if m == nil {
			return ""
		}
		return capitalise(m[1])
	})
}

// paragraphAround is the paragraph (text between blank lines) holding pos,
// within start and end.
func paragraphAround(text string, start, end, pos int) (int, int) {
	from, to := start, end
	if i := strings.LastIndex(text[start:pos], "\n\n"); i >= 0 {
		from = start + i + 2
	}
	if i := strings.Index(text[pos:end], "\n\n"); i >= 0 {
		to = pos + i
	}
	return from, to
}

// titledLines lists the lines between start and end that title names (it is
// given each line's start and end, and returns "" for a line that is no
// item), or nil when fewer than least are.
func titledLines(d *docView, start, end, least int, title func(pos, lineEnd int) string) []purposeItem {
	var items []purposeItem
	for pos := start; pos < end; {
		lineEnd := end
		if nl := strings.IndexByte(d.text[pos:end], '\n'); nl >= 0 {
			lineEnd = pos + nl
		}
		if t := title(pos, lineEnd); t != "" {
			items = append(items, purposeItem{title: t, start: pos, end: lineEnd})
		}
		pos = lineEnd + 1
	}
	if len(items) < least {
		return nil
	}
	return items
}

// A purposes chapter that lost its bold (PDF or plain text) opens each
// purpose's paragraph with a run-in label: "Identity checks. We check …".
// Only inside a purposes chapter: in a chapter on the data collected such
// labels name data categories, not purposes.

// minLabelParas is the least number of labelled paragraphs that makes them
// the chapter's purposes: one or two are ordinary sentences.
const minLabelParas = 3

// maxRunInLabel bounds a run-in label, in words.
const maxRunInLabel = 6

// reRunInLabel is a short capitalised label ended by "." or ":" and followed
// by a capitalised sentence.
var reRunInLabel = lazy(`^(\p{Lu}[\p{L}\d'’&/ -]{1,60}?)[.:][ \t]+\p{Lu}`)

// labelParas lists the paragraphs between start and end that open with a
// run-in label, titled with it, or nil when there are fewer than
// minLabelParas.
func labelParas(d *docView, start, end int) []purposeItem {
	return titledLines(d, start, end, minLabelParas, func(pos, lineEnd int) string {
		line := strings.TrimSpace(d.text[pos:lineEnd])
		// the paragraph's words, also where a text rendition wrapped it
		_, paraEnd := paragraphAround(d.text, start, end, pos)
		if m := reRunInLabel.FindStringSubmatch(line); m != nil && len(strings.Fields(m[1])) <= maxRunInLabel &&
			len(strings.Fields(d.text[pos:max(paraEnd, lineEnd)])) > 2*maxRunInLabel {
			return strings.TrimSpace(m[1])
		}
		return ""
	})
}

// Purposes can also be given as plain paragraphs under one "How we use your
// information" heading, each opening with "We use …" and naming its purpose
// ("… to issue certificates"), with neither sub-headings nor list marks.

// minPurposeParas is the least number of such paragraphs that makes a list of
// purposes: one or two are the prose of a single activity.
const minPurposeParas = 3

// purposeParas lists the paragraphs between start and end that open with a
// purpose statement, titled with their purpose clause, or nil when there are
// fewer than minPurposeParas.
func purposeParas(d *docView, start, end int) []purposeItem {
	return titledLines(d, start, end, minPurposeParas, func(pos, lineEnd int) string {
		lead := len(d.text[pos:lineEnd]) - len(strings.TrimLeft(d.text[pos:lineEnd], " \t"))
		return purposeClause(d.lowerText[pos+lead:lineEnd], d.text[pos+lead:lineEnd])
	})
}

// purposeSentences lists the sentences between start and end that open
// with a purpose statement, where a paragraph runs them together ("Die
// personenbezogenen Daten werden für die Durchführung des
// Mitgliedschaftsverhältnisses verarbeitet (…). Ferner werden … zur
// Teilnahme am Wettkampfbetrieb … weitergeleitet. Darüber hinaus werden
// …"), or nil when there are fewer than minPurposeParas.
func purposeSentences(d *docView, start, end int) []purposeItem {
	var items []purposeItem
	for si := max(0, d.sentenceIndex(start)); si < len(d.sents) && d.sents[si].start < end; si++ {
		sn := d.sents[si]
		if sn.start < start {
			continue
		}
		if t := purposeClause(d.lower[si], d.text[sn.start:sn.end]); t != "" {
			items = append(items, purposeItem{title: t, start: sn.start, end: min(sn.end, end)})
		}
	}
	if len(items) < minPurposeParas {
		return nil
	}
	return items
}

// purposeClause is the purpose a paragraph opening with a purpose lead
// states in its first sentence ("to issue certificates of completion"), or "".
func purposeClause(lower, text string) string {
	if !hasAnyPrefix(lower, titles().PurposeParaLeads) {
		return ""
	}
	if i := strings.Index(lower, ". "); i > 0 {
		lower = lower[:i]
	}
	at := -1
	for _, l := range titles().PurposeClauseLeads {
		if i := strings.Index(lower, l); i > 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return ""
	}
	clause := strings.TrimLeft(text[at:], " ,")
	return itemLabel(clause)
}

// processingItem: the item names a purpose, not a data field or a link: it has
// several words, and a separator or a processing verb.
func processingItem(s string) bool {
	if len(strings.Fields(s)) < 3 || reBasisItem.MatchString(s) {
		return false
	}
	l := strings.ToLower(s)
	return strings.ContainsAny(s, "–:") || strings.Contains(s, " - ") || containsAny(l, titles().ProcessingWords) ||
		hasAnyPrefix(l, purposeLeads)
}

// maxUnmarkedItem is the longest line read as an item without a mark.
const maxUnmarkedItem = 160

// unmarkedPurposeItem: the line, a paragraph of its own, opens with a
// purpose's lead ("To process tenancy applications" under "We use your
// personal data for the following purposes:"). It ends no sentence, or it
// is a whole paragraph that states the purpose in its opening clause and
// goes on to explain it ("To process any donations you make, process tax
// relief forms and keep a record of your gifts." under "… may be used in
// one of the following ways:", as a widespread generator writes its
// purposes).
func unmarkedPurposeItem(text string, pos, lineEnd int, line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	ownPara := (pos == 0 || pos >= 2 && text[pos-2:pos] == "\n\n") && (lineEnd+1 >= len(text) || text[lineEnd+1] == '\n')
	if !ownPara || line == "" || last == ':' || reBasisItem.MatchString(line) {
		return false
	}
	lower := strings.ToLower(line)
	if len(line) <= maxUnmarkedItem && last != '.' {
		return hasAnyPrefix(lower, unmarkedLeads)
	}
	return hasAnyPrefix(lower, unmarkedLeads) && !hasAnyPrefix(lower, connectiveLeads)
}

// reClauseNumber numbers the sub-clauses of a notice drafted like a
// contract ("3.1.1 ", "4.2 "), which list its purposes as items would: a
// sub-clause that opens with an unmarked item's lead, in lower case,
// completes "… may be used in a number of ways, for example:" with a
// purpose; one that opens a sentence of its own ("3.2 We may …") is none.
var reClauseNumber = lazy(`^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+`)

// unmarkedLeads open a purpose written as an unmarked item or as a numbered
// sub-clause.
var unmarkedLeads = []string{"to ", "um ", "zur ", "zum "}

// connectiveLeads open a sentence with a purpose's words that tells how, not
// what for: "To do so, …", "To this end, …", "To exercise your rights,
// …", "Um dies zu …".
var connectiveLeads = []string{"to do ", "to this ", "to that ", "to the extent", "to learn", "to find out", "to read ",
	"to exercise", "to opt ", "to unsubscribe", "to withdraw", "to object", "to request", "to be ", "to make sure",
	"to ensure", "to protect", "to help us", "um dies", "um das ", "um diese", "um ihre rechte", "zur ausübung",
	"zum widerruf", "zum schutz"}

// reBasisItem opens an item that states why processing is lawful, not what
// for: "We have a legal obligation under employment law", "We have a
// legitimate interest in processing your data – …", "It is necessary to
// protect your vital interests", "Sie haben Ihre Einwilligung erteilt",
// and the same as conditions under "Lawful basis may include:" ("Where it is
// within our legitimate interests …", "Where we have your consent", "Where
// it is in the substantial public interest …").
var reBasisItem = lazy(`(?i)^(?:where (?:it is (?:within|in) (?:our |the )?(?:substantial )?(?:legitimate|public) interests?|(?:the )?processing is necessary|we (?:need to|must|have to) comply|we have (?:your|obtained your) consent|you have (?:given|consented))\b|we have (?:a |an )?(?:legal|legitimate|contractual|statutory)\b|we are (?:legally )?(?:required|obliged)\b|it is necessary\b|you have (?:given|consented)\b|(?:your|the) (?:explicit )?consent\b|wir sind (?:gesetzlich |rechtlich )?verpflichtet\b|es ist erforderlich\b|sie haben (?:uns )?(?:ihre )?einwilligung\b)`)

// reToIntro ends the introduction of a list whose items complete it with
// a purpose or name one each: "We use your data to:", "Wir nutzen Ihre
// Daten, um:", "… for one of the following purposes:", "Uses include:",
// "… may be used in one of the following ways:".
var reToIntro = lazy(`(?m)\b(?:to|um|zu|purposes|zwecke|zwecken|(?:uses|purposes) include|zwecke (?:sind|umfassen)|(?:in|one of) the following ways|auf folgende weise)\s*:\s*$`)

// purposeLeads open an item that states a purpose: "to provide legal advice
// …", "zur Abwicklung von Bestellungen", "um Ihnen … zu senden".
var purposeLeads = []string{"to ", "for the purpose", "in order to", "zur ", "zum ", "um ", "für die "}

// itemLabel is the item's label: the text before " – ", " - " or ":" when
// that is short, else its opening clause.
func itemLabel(s string) string {
	if i := labelEnd(s); i > 0 {
		return strings.TrimSpace(s[:i])
	}
	if i := clauseEnd(s); i > 0 {
		s = s[:i]
	}
	if utf8.RuneCountInString(s) > maxItemLabel {
		cut := s[:maxItemLabel]
		if j := strings.LastIndexByte(cut, ' '); j > 0 {
			cut = cut[:j]
		}
		s = withoutDanglingWords(cut)
	}
	return strings.TrimSpace(s)
}

// withoutDanglingWords drops the words a cut leaves hanging at the end of a
// label ("… hierüber auf der", "… provided by the").
func withoutDanglingWords(s string) string {
	f := strings.Fields(s)
	t := titles()
	for len(f) > 1 {
		last := strings.ToLower(f[len(f)-1])
		if !slices.Contains(t.DanglingWords, last) && !slices.Contains(t.LabelCutWords, last) {
			break
		}
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
}

// clauseEnd is where the opening clause of s ends: at its first ",", ";",
// "." or "(", except a comma after a hyphen, which joins the parts of a
// German compound ("zur Teilnahme am Wettkampf-, Turnier- und
// Spielbetrieb").
func clauseEnd(s string) int {
	for from := 0; ; {
		i := strings.IndexAny(s[from:], ",;.(")
		if i < 0 {
			return -1
		}
		i += from
		if s[i] != ',' || i == 0 || s[i-1] != '-' {
			return i
		}
		from = i + 1
	}
}

// labelEnd is where the label of an item ends (before " – ", " - ", ": " or
// " — "), or 0 when it has none of at most maxItemLabel runes.
func labelEnd(s string) int {
	for _, sep := range []string{" – ", " - ", ": ", " — "} {
		if i := strings.Index(s, sep); i > 0 && utf8.RuneCountInString(s[:i]) <= maxItemLabel {
			return i
		}
	}
	return 0
}

// itemActivities turns the items of a purposes chapter into activities.
func (d *docView) itemActivities(si int, items []purposeItem, bases basisSet, recs []Recipient, rets []Retention) []Activity {
	out := make([]Activity, 0, len(items))
	for _, it := range items {
		a := d.activity(si, it.start, it.end, bases, recs, rets)
		a.Title = it.title
		a.Evidence = d.evidence(it.start, it.end)
		out = append(out, a)
	}
	return out
}
