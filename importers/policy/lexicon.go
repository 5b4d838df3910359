package policy

import (
	"embed"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// The knowledge of the activity finder is data: one TOML lexicon per
// language, embedded and decoded once. The classes are merged across
// languages, because a German policy has English headings and the other way
// round.

//go:embed lexicon/*.toml
var lexiconFS embed.FS

// titleWords is one lexicon file.
type titleWords struct {
	GeneralExact  []string `toml:"general_exact"`
	GeneralPrefix []string `toml:"general_prefix"`
	// GeneralSuffix ends a title that names the document ("KotlinConf App
	// Privacy Policy")
	GeneralSuffix []string `toml:"general_suffix"`
	// BasisTitlePrefix opens a title that names a legal basis
	BasisTitlePrefix    []string `toml:"basis_title_prefix"`
	GeneralWords        []string `toml:"general_words"`
	SoftGeneralWords    []string `toml:"soft_general_words"`
	FacetPrefix         []string `toml:"facet_prefix"`
	GeneralSubtreeWords []string `toml:"general_subtree_words"`
	// TableHeadWords are the words of a table's header row.
	TableHeadWords []string `toml:"table_head_words"`
	// TableColumnWords are those of them that name a column, not a topic.
	TableColumnWords []string `toml:"table_column_words"`
	// CollectionChapterWords mark a title whose chapter tells where data
	// come from: general with its subtree, unless it also names the use.
	CollectionChapterWords []string `toml:"collection_chapter_words"`
	ProcessingWords        []string `toml:"processing_words"`
	// PurposeChapterWords mark a title whose chapter lists the purposes.
	PurposeChapterWords []string `toml:"purpose_chapter_words"`
	// ServiceChapterWords mark a title whose chapter is about the outside
	// services a site uses: a section on one purpose that names a tool per
	// paragraph ("Visits and appointments" with a visitor system and a room
	// booking tool) is one activity.
	ServiceChapterWords []string `toml:"service_chapter_words"`
	// ScopeChapterWords name a facet chapter on the scope of the processing.
	ScopeChapterWords   []string `toml:"scope_chapter_words"`
	PurposeParaLeads    []string `toml:"purpose_paragraph_leads"`
	PurposeClauseLeads  []string `toml:"purpose_clause_leads"`
	DataOverviewWords   []string `toml:"data_overview_words"`
	FeatureContextWords []string `toml:"feature_context_words"`
	// RoleContextWords make such a title one about a group of people ("What
	// data we collect if you're a candidate"): an overview, not a feature
	RoleContextWords []string `toml:"role_context_words"`
	// TermsChapterWords title the terms of use printed after the policy
	TermsChapterWords []string `toml:"terms_chapter_words"`
	// TermsClauseWords title the clauses of terms of use (acceptance,
	// termination, liability, governing law …), whatever they are called
	TermsClauseWords []string `toml:"terms_clause_words"`
	// CollectedDataChapterWords title a chapter on the data collected
	// ("Data We Collect"), whose sections are categories of data where the
	// notice has a chapter of purposes beside it
	CollectedDataChapterWords []string `toml:"collected_data_chapter_words"`
	// ContractBasisPhrases and ConsentBasisPhrases state a legal basis
	// without an article number or a cue such as "based on"; " … " joins
	// parts that stand apart by a few words (see phraseAt).
	ContractBasisPhrases []string `toml:"contract_basis_phrases"`
	ConsentBasisPhrases  []string `toml:"consent_basis_phrases"`
	// BasisNegations are the words before such a phrase that deny it.
	BasisNegations []string `toml:"basis_negations"`
	// OrganisationHeadWords, NameInnerWords and DataFlowWords find bodies
	// named with their acronym in brackets (see acronymOrgs).
	OrganisationHeadWords []string `toml:"organisation_head_words"`
	NameInnerWords        []string `toml:"name_inner_words"`
	DataFlowWords         []string `toml:"data_flow_words"`
	// RecordPurposeLabels label the purpose field of a record block (see
	// recordPurposes).
	RecordPurposeLabels []string `toml:"record_purpose_labels"`
	// DataCategoryItems name a category of personal data ("Inferences drawn
	// from …", "Protected classification characteristics"): a title or an
	// item of a purposes chapter with one lists data, not a purpose.
	DataCategoryItems []string `toml:"data_category_items"`
	// PrincipleItems state a principle of Art. 5(1) GDPR ("Processed
	// lawfully, fairly and in a transparent way", "Accurate and kept up to
	// date"): a list of them says how all data are handled, not a purpose.
	PrincipleItems []string `toml:"principle_items"`
	// RetentionVerbs keep data for a period (see keepingVerb).
	RetentionVerbs []string `toml:"retention_verbs"`
	// ToolNouns, ToolArticles and ToolNameFollowers find a provider named
	// after the noun of its kind (see toolNounNames).
	ToolNouns         []string `toml:"tool_nouns"`
	ToolArticles      []string `toml:"tool_articles"`
	ToolNameFollowers []string `toml:"tool_name_followers"`
	// SelfHostingVerbs make "on our server" a tool run by the controller
	// (see ownServerStorage).
	SelfHostingVerbs []string `toml:"self_hosting_verbs"`
	// DenialPhrases deny a flow of data to the providers a sentence names,
	// unless one of DenialExceptions makes it a rule with an exception (see
	// deniedNamed).
	DenialPhrases    []string `toml:"denial_phrases"`
	DenialExceptions []string `toml:"denial_exceptions"`
	// StorageLocationLeads open an own-server denial that places data (see
	// ownServerStorage); LeadingArticles open a sentence before a body's
	// name (see nameBefore).
	StorageLocationLeads []string `toml:"storage_location_leads"`
	// HypotheticalLeads open a sentence that says what would apply ("Sofern
	// wir Daten in einem Drittland verarbeiten, …"); OnlyIfWords restrict a
	// statement to a condition ("nur dann, wenn"); ExplainingLeads open a
	// sentence that explains the one before ("D. h. …"). See transferStatement.
	HypotheticalLeads []string `toml:"hypothetical_leads"`
	OnlyIfWords       []string `toml:"only_if_words"`
	ExplainingLeads   []string `toml:"explaining_leads"`
	LeadingArticles   []string `toml:"leading_articles"`
	// ContinuingWords open the lower-case second line of a title a layout
	// broke in two ("for Example Ltd"); DanglingWords end a line a sentence
	// goes on from (see continuesTitle, danglingTitle).
	ContinuingWords []string `toml:"continuing_words"`
	DanglingWords   []string `toml:"dangling_words"`
	// NameNeverOpens are the conjunctions no name opens with;
	// DefinedPartyWords the parties a contract defines, which alone name
	// no recipient (see notAName).
	NameNeverOpens    []string `toml:"name_never_opens"`
	DefinedPartyWords []string `toml:"defined_party_words"`
	// TransferInstruments are the names of the instruments a transfer rests
	// on ("Data Privacy Framework"), which a name ending with them is, never
	// a recipient (see notAName).
	TransferInstruments []string `toml:"transfer_instruments"`
	// BoxRoleWords are the roles a contact box sets on a line of their own
	// above the person who holds them (see partyFromBlock); MailboxWords
	// the local parts of role mailboxes (see spelledAtAddresses);
	// RecordFieldWords the words of the field labels a notice lists under
	// each recipient (see recordFieldLabel).
	BoxRoleWords     []string `toml:"box_role_words"`
	MailboxWords     []string `toml:"mailbox_words"`
	RecordFieldWords []string `toml:"record_field_words"`
	// ContactChapterTitles are the whole titles of a notice's own chapter of
	// contact details (see markContactChapters).
	ContactChapterTitles []string `toml:"contact_chapter_titles"`
	// SourcesIntroWords mark the line that introduces a list of where data
	// come from, DataListIntroWords one of the data collected;
	// PurposeIntroWords one that (also) introduces purposes.
	SourcesIntroWords  []string `toml:"sources_intro_words"`
	DataListIntroWords []string `toml:"data_list_intro_words"`
	PurposeIntroWords  []string `toml:"purpose_intro_words"`
	// LabelCutWords are the prepositions a shortened label drops at its end.
	LabelCutWords []string `toml:"label_cut_words"`
	// ReceivingWords stand right before a body that data go to ("passed to
	// the …", "share … with The …"; see headWordOrgs).
	ReceivingWords []string `toml:"receiving_words"`
	// RightPhrases name a right in everyday words, by right code (see
	// phraseRights).
	RightPhrases map[string][]string `toml:"right_phrases"`
}

// titleLexicons are the title lexicons ready for the tests on titles, as
// lower-case words: plain substring tests on a title padded with spaces
// ("␣rights␣") stand in for word boundaries and cost far less than one large
// expression per section.
type titleLexicons struct {
	titleWords
	generalExact map[string]bool
	// boxRoles, mailboxes and recordFields are BoxRoleWords, MailboxWords
	// and RecordFieldWords as sets
	boxRoles, mailboxes, recordFields map[string]bool
	// generalOtherWords are the general words that do not belong to an
	// overview of the data collected
	generalOtherWords []string
	// spelledGeneral maps the general titles written without spaces to
	// themselves, for titles set in spaced letters (spelledTitle)
	spelledGeneral map[string]string
}

// titles are built on first use: a process that reads no policy (every
// listing) does not parse the lexicons at its start.
var titles = sync.OnceValue(func() *titleLexicons {
	t := titleLexicon()
	for _, list := range []*[]string{&t.GeneralExact, &t.GeneralPrefix, &t.GeneralSuffix, &t.BasisTitlePrefix, &t.GeneralWords, &t.SoftGeneralWords,
		&t.FacetPrefix, &t.GeneralSubtreeWords, &t.DataCategoryItems, &t.PrincipleItems} {
		*list = titleForms(*list)
	}
	return &titleLexicons{titleWords: t, generalExact: wordSet(t.GeneralExact...),
		boxRoles: wordSet(t.BoxRoleWords...), mailboxes: wordSet(t.MailboxWords...), recordFields: wordSet(t.RecordFieldWords...),
		generalOtherWords: withoutWords(t.GeneralWords, t.DataOverviewWords), spelledGeneral: spelledForms(t.GeneralExact)}
})

// spelledForms maps each title, its spaces removed, to the title.
func spelledForms(titles []string) map[string]string {
	m := make(map[string]string, len(titles))
	for _, t := range titles {
		m[strings.ReplaceAll(t, " ", "")] = t
	}
	return m
}

// titleForms writes the title words in the form padded gives a title: the
// marks padded drops ("children's privacy", "children’s privacy") become a
// space ("children s privacy"), so an entry written with an apostrophe or a
// typographic quote still matches; a leading or trailing space, which marks a
// word boundary, is kept.
func titleForms(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		f := strings.TrimSpace(padded(w))
		if strings.HasPrefix(w, " ") {
			f = " " + f
		}
		if strings.HasSuffix(w, " ") {
			f += " "
		}
		out[i] = f
	}
	return out
}

// lexiconFiles are the embedded lexicon files, one per language.
func lexiconFiles() []string {
	files, err := fs.Glob(lexiconFS, "lexicon/titles_*.toml")
	if err != nil || len(files) == 0 {
		panic("policy: no title lexicon embedded")
	}
	sort.Strings(files)
	return files
}

// decodeLexicon decodes one lexicon file.
func decodeLexicon(f string) titleWords {
	src, err := lexiconFS.ReadFile(f)
	if err != nil {
		panic("policy: " + f + ": " + err.Error())
	}
	var t titleWords
	md, err := toml.Decode(string(src), &t)
	if err == nil && len(md.Undecoded()) > 0 {
		err = errUnknownKey(md.Undecoded()[0].String())
	}
	if err != nil {
		panic("policy: " + f + ": " + err.Error()) // a build defect, caught by every test
	}
	return t
}

// lexiconOf holds the lexicon of each language ("de", "en") alone, for the
// phrases that are only matched in sentences of the document's language:
// testing the other language's phrases on every sentence costs time and
// finds nothing.
var lexiconOf = sync.OnceValue(func() map[string]titleWords {
	out := map[string]titleWords{}
	for _, f := range lexiconFiles() {
		out[strings.TrimSuffix(strings.TrimPrefix(path.Base(f), "titles_"), ".toml")] = decodeLexicon(f)
	}
	return out
})

// titleLexicon merges the lexicons of all languages (lexiconOf, so each
// file is decoded once), every list field appended in the order of the files
// and every table merged by key: a field added to titleWords needs no line
// here.
func titleLexicon() titleWords {
	byLang := lexiconOf()
	var all titleWords
	dst := reflect.ValueOf(&all).Elem()
	for _, lang := range slices.Sorted(maps.Keys(byLang)) { // titles_de.toml before titles_en.toml
		src := reflect.ValueOf(byLang[lang])
		for i := range dst.NumField() {
			mergeLexiconField(dst.Field(i), src.Field(i))
		}
	}
	return all
}

// mergeLexiconField appends the list src to dst, or each list of the table
// src to dst's list of the same key. The first append copies, so the merged
// lexicon shares no array with a language's own.
func mergeLexiconField(dst, src reflect.Value) {
	switch dst.Kind() {
	case reflect.Slice:
		dst.Set(reflect.AppendSlice(dst, src))
	case reflect.Map:
		for _, k := range src.MapKeys() {
			if dst.IsNil() {
				dst.Set(reflect.MakeMap(dst.Type()))
			}
			cur := dst.MapIndex(k)
			if !cur.IsValid() {
				cur = reflect.Zero(dst.Type().Elem())
			}
			dst.SetMapIndex(k, reflect.AppendSlice(cur, src.MapIndex(k)))
		}
	default:
		panic("policy: a lexicon field of kind " + dst.Kind().String() + " cannot be merged") // a build defect, caught by every test
	}
}

type errUnknownKey string

func (e errUnknownKey) Error() string { return "unknown key " + string(e) }
