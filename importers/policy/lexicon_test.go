package policy

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestTitleLexicon: every class is filled, every entry is lower case and
// appears once in its class, so that an edit of the TOML files cannot
// silently empty a class or add a spelling that can never match.
func TestTitleLexicon(t *testing.T) {
	l := titleLexicon()
	classes := map[string][]string{"general_exact": l.GeneralExact, "general_prefix": l.GeneralPrefix, "basis_title_prefix": l.BasisTitlePrefix,
		"general_words": l.GeneralWords, "soft_general_words": l.SoftGeneralWords, "facet_prefix": l.FacetPrefix,
		"general_subtree_words": l.GeneralSubtreeWords, "processing_words": l.ProcessingWords,
		"purpose_chapter_words": l.PurposeChapterWords, "service_chapter_words": l.ServiceChapterWords,
		"scope_chapter_words": l.ScopeChapterWords, "purpose_paragraph_leads": l.PurposeParaLeads,
		"purpose_clause_leads": l.PurposeClauseLeads, "data_overview_words": l.DataOverviewWords,
		"feature_context_words": l.FeatureContextWords, "role_context_words": l.RoleContextWords, "terms_chapter_words": l.TermsChapterWords,
		"terms_clause_words":           l.TermsClauseWords,
		"collected_data_chapter_words": l.CollectedDataChapterWords,
		"contract_basis_phrases":       l.ContractBasisPhrases,
		"consent_basis_phrases":        l.ConsentBasisPhrases, "basis_negations": l.BasisNegations,
		"organisation_head_words": l.OrganisationHeadWords, "name_inner_words": l.NameInnerWords,
		"data_flow_words": l.DataFlowWords, "record_purpose_labels": l.RecordPurposeLabels,
		"retention_verbs": l.RetentionVerbs, "tool_nouns": l.ToolNouns, "tool_articles": l.ToolArticles,
		"tool_name_followers": l.ToolNameFollowers, "self_hosting_verbs": l.SelfHostingVerbs,
		"denial_phrases": l.DenialPhrases, "denial_exceptions": l.DenialExceptions,
		"storage_location_leads": l.StorageLocationLeads, "leading_articles": l.LeadingArticles,
		"hypothetical_leads": l.HypotheticalLeads, "only_if_words": l.OnlyIfWords, "explaining_leads": l.ExplainingLeads,
		"continuing_words": l.ContinuingWords, "dangling_words": l.DanglingWords, "receiving_words": l.ReceivingWords}
	for code, phrases := range l.RightPhrases {
		if !slices.Contains(rightCodes, code) {
			t.Errorf("right_phrases: %q is no right", code)
		}
		classes["right_phrases."+code] = phrases
	}
	for name, words := range classes {
		if len(words) == 0 {
			t.Errorf("%s is empty", name)
		}
		seen := map[string]bool{}
		for _, w := range words {
			if w != strings.ToLower(w) || strings.TrimSpace(w) == "" {
				t.Errorf("%s: %q is not a lower-case entry", name, w)
			}
			if seen[w] {
				t.Errorf("%s: %q twice", name, w)
			}
			seen[w] = true
		}
	}
}

// TestTitleLexiconMergesEveryField: the merged lexicon holds, in every list
// field and every table, each language's entries in the order of the files.
func TestTitleLexiconMergesEveryField(t *testing.T) {
	all, de, en := titleLexicon(), lexiconOf()["de"], lexiconOf()["en"]
	a, d, e := reflect.ValueOf(all), reflect.ValueOf(de), reflect.ValueOf(en)
	for i := range a.NumField() {
		name := a.Type().Field(i).Name
		switch a.Field(i).Kind() {
		case reflect.Slice:
			want := slices.Concat(d.Field(i).Interface().([]string), e.Field(i).Interface().([]string))
			if got := a.Field(i).Interface().([]string); !slices.Equal(got, want) {
				t.Errorf("%s: merged %d entries, the languages hold %d", name, len(got), len(want))
			}
		case reflect.Map:
			got := a.Field(i).Interface().(map[string][]string)
			dm, em := d.Field(i).Interface().(map[string][]string), e.Field(i).Interface().(map[string][]string)
			for k := range got {
				if want := slices.Concat(dm[k], em[k]); !slices.Equal(got[k], want) {
					t.Errorf("%s[%s]: merged %v, the languages hold %v", name, k, got[k], want)
				}
			}
			if len(got) != len(dm)+len(em)-countShared(dm, em) {
				t.Errorf("%s: %d keys merged", name, len(got))
			}
		}
	}
}

func countShared(a, b map[string][]string) int {
	n := 0
	for k := range a {
		if _, ok := b[k]; ok {
			n++
		}
	}
	return n
}

// TestTitleWordsMatchTheirOwnTitle: a title that spells an entry of a title
// class is found by it. Titles are compared in the form padded gives them,
// which drops apostrophes, quotes and commas; entries written with them
// ("children's privacy", "angaben, die sie") matched no title until the
// lexicon was brought into that form too.
func TestTitleWordsMatchTheirOwnTitle(t *testing.T) {
	l := titles()
	for name, words := range map[string][]string{"general_words": l.GeneralWords, "general_subtree_words": l.GeneralSubtreeWords,
		"soft_general_words": l.SoftGeneralWords} {
		for _, w := range words {
			if !containsAny(padded(w), words) {
				t.Errorf("%s: %q matches no title that spells it", name, w)
			}
		}
	}
	for name, words := range map[string][]string{"general_exact": l.GeneralExact, "general_prefix": l.GeneralPrefix, "basis_title_prefix": l.BasisTitlePrefix,
		"facet_prefix": l.FacetPrefix} {
		for _, w := range words {
			if core := strings.Trim(padded(w), " .?!:"); !hasAnyPrefix(core, words) {
				t.Errorf("%s: %q matches no title that spells it", name, w)
			}
		}
	}
	for _, title := range []string{"Children’s Privacy", "Children's privacy", "Angaben, die Sie uns machen"} {
		if !classifyTitle(title).general {
			t.Errorf("%q is not general", title)
		}
	}
}
