package model

import (
	"slices"
	"strings"
	"testing"
)

func TestWP248Criteria(t *testing.T) {
	c := WP248Criteria()
	if len(c) != 9 {
		t.Fatalf("%d criteria, want 9", len(c))
	}
	if c[0].Key != "evaluation_scoring" || c[8].Key != "prevents_rights" {
		t.Errorf("criteria out of the guideline's order: %v", c)
	}
}

func TestScreenDPIA(t *testing.T) {
	for _, tc := range []struct {
		name      string
		a         Activity
		count     int
		suggest   string
		implied   []string
		mandatory []string
		reason    string
	}{
		{"nothing", Activity{}, 0, DPIANotRequired, nil, nil, "no WP248 criterion"},
		{"one recorded", Activity{DPIA: DPIAScreening{Criteria: []string{"large_scale"}}}, 1, DPIAConsider, nil, nil, "consider"},
		{"two recorded", Activity{DPIA: DPIAScreening{Criteria: []string{"large_scale", "matching_combining"}}}, 2, DPIARequired, nil, nil, "2 of 9"},
		{"health data implies sensitive", Activity{DataCategories: []string{"health"}}, 1, DPIAConsider, []string{"sensitive_data"}, nil, "Health data"},
		{"criminal data implies sensitive", Activity{DataCategories: []string{"criminal"}}, 1, DPIAConsider, []string{"sensitive_data"}, nil, "sensitive"},
		{"children flag", Activity{Children: true}, 1, DPIAConsider, []string{"vulnerable_subjects"}, nil, "children"},
		{"children as subjects", Activity{DataSubjects: []string{"Kinder"}}, 1, DPIAConsider, []string{"vulnerable_subjects"}, nil, "vulnerable"},
		{"automated decision", Activity{AutomatedDecision: true}, 1, DPIAConsider, []string{"automated_decision"}, nil, "automated"},
		{"implied and recorded count once", Activity{AutomatedDecision: true, DPIA: DPIAScreening{Criteria: []string{"automated_decision"}}}, 1, DPIAConsider, nil, nil, "1 of 9"},
		{"implied plus recorded", Activity{Children: true, DataCategories: []string{"biometric"}}, 2, DPIARequired, []string{"sensitive_data", "vulnerable_subjects"}, nil, "usually required"},
		{"35(3)(a)", Activity{AutomatedDecision: true, DPIA: DPIAScreening{Criteria: []string{"evaluation_scoring"}}}, 2, DPIARequired, []string{"automated_decision"}, []string{"35.3.a"}, "Art. 35(3)(a)"},
		{"35(3)(b)", Activity{DataCategories: []string{"health"}, DPIA: DPIAScreening{Criteria: []string{"large_scale"}}}, 2, DPIARequired, []string{"sensitive_data"}, []string{"35.3.b"}, "Art. 35(3)(b)"},
		{"35(3)(c)", Activity{DPIA: DPIAScreening{Criteria: []string{"systematic_monitoring", "large_scale"}}}, 2, DPIARequired, nil, []string{"35.3.c"}, "publicly accessible"},
		{"unknown keys are not counted", Activity{DPIA: DPIAScreening{Criteria: []string{"scary", "large_scale"}}}, 1, DPIAConsider, nil, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := ScreenDPIA(tc.a)
			if s.Count != tc.count || s.Suggest != tc.suggest {
				t.Errorf("count %d suggest %s; want %d %s", s.Count, s.Suggest, tc.count, tc.suggest)
			}
			if !slices.Equal(s.Implied, tc.implied) || !slices.Equal(s.Mandatory, tc.mandatory) {
				t.Errorf("implied %v mandatory %v; want %v %v", s.Implied, s.Mandatory, tc.implied, tc.mandatory)
			}
			if !strings.Contains(strings.Join(s.Reasons, "\n"), tc.reason) {
				t.Errorf("reasons %q lack %q", s.Reasons, tc.reason)
			}
		})
	}
}
