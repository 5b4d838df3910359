package policy

import (
	"slices"
	"strings"
	"testing"
)

// TestTitleLexicon: every class is filled, every entry is lower case and
// appears once in its class, so that an edit of the TOML files cannot
// silently empty a class or add a spelling that can never match.
func TestTitleLexicon(t *testing.T) {
	l := titleLexicon()
	classes := map[string][]string{"general_exact": l.GeneralExact, "general_prefix": l.GeneralPrefix,
		"general_words": l.GeneralWords, "soft_general_words": l.SoftGeneralWords, "facet_prefix": l.FacetPrefix,
		"general_subtree_words": l.GeneralSubtreeWords, "processing_words": l.ProcessingWords,
		"purpose_chapter_words": l.PurposeChapterWords, "service_chapter_words": l.ServiceChapterWords,
		"scope_chapter_words": l.ScopeChapterWords, "purpose_paragraph_leads": l.PurposeParaLeads,
		"purpose_clause_leads": l.PurposeClauseLeads, "data_overview_words": l.DataOverviewWords,
		"feature_context_words": l.FeatureContextWords, "contract_basis_phrases": l.ContractBasisPhrases,
		"consent_basis_phrases": l.ConsentBasisPhrases, "basis_negations": l.BasisNegations,
		"organisation_head_words": l.OrganisationHeadWords, "name_inner_words": l.NameInnerWords,
		"data_flow_words": l.DataFlowWords, "record_purpose_labels": l.RecordPurposeLabels,
		"retention_verbs": l.RetentionVerbs, "tool_nouns": l.ToolNouns, "tool_articles": l.ToolArticles,
		"tool_name_followers": l.ToolNameFollowers, "self_hosting_verbs": l.SelfHostingVerbs,
		"denial_phrases": l.DenialPhrases, "denial_exceptions": l.DenialExceptions,
		"storage_location_leads": l.StorageLocationLeads, "leading_articles": l.LeadingArticles}
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
