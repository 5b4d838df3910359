package model

import (
	"strings"
	"testing"
)

func TestFieldLabels(t *testing.T) {
	if got := Field(LabelActivity, "purposes").Title("de"); got != "Zwecke der Verarbeitung (30(1)(b))" {
		t.Errorf("title: %q", got)
	}
	if got := Field(LabelActivity, "purposes").Short("en"); got != "(b) Purposes" {
		t.Errorf("short: %q", got)
	}
	if got := Field(LabelProcessor, "updated").Title("en"); got != "Updated" {
		t.Errorf("common fallback: %q", got)
	}
	if got := Field(LabelActivity, "no_such_field").Title("de"); got != "no_such_field" {
		t.Errorf("missing: %q", got)
	}
}

// Every label has both languages, and the short form fits the interface's
// label column (23 characters with the point letter).
func TestLabelTableComplete(t *testing.T) {
	for kind, fields := range LabelKinds() {
		for key, l := range fields {
			if strings.TrimSpace(l.EN) == "" || strings.TrimSpace(l.DE) == "" {
				t.Errorf("%s.%s lacks a language: %+v", kind, key, l)
			}
			for _, lang := range []string{"en", "de"} {
				if s := l.Short(lang); len([]rune(s)) > 23 {
					t.Errorf("%s.%s short %s %q is longer than the label column", kind, key, lang, s)
				}
			}
		}
	}
}
