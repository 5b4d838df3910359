package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

func sampleBreachView(t *testing.T, full bool) model.BreachView {
	t.Helper()
	aware, err := model.ParseBreachTime("2026-03-06 15:30", "Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	b := model.Breach{ID: 4, Title: "Payroll list sent to the wrong address", AwareAt: aware, TZ: "Europe/Berlin", Status: model.BreachOpen}
	if full {
		b.Description = "An e-mail with the March payroll list went to an external address."
		b.DetectedAt = aware.Add(-time.Hour)
		b.FoundHow, b.FoundBy = "reply from the recipient", "HR"
		b.Nature = []string{"confidentiality"}
		b.Systems = []string{"Mail"}
		b.DataCategories, b.SubjectCategories = []string{"financial"}, []string{"employees"}
		b.Subjects, b.Records = 42, 42
		b.Consequences = "Possible misuse of bank details."
		b.MeasuresTaken = "The recipient confirmed deletion."
		_ = b.Assess(model.BreachAssessment{DPC: 3, EI: 1, Confidentiality: 0.25, Rationale: "salary and bank details of named staff"}, aware)
		_ = b.Decide(model.BreachDecision{NotifyAuthority: true, NotifySubjects: true}, aware)
		_ = b.Notify(model.BreachNotice{At: aware.Add(20 * time.Hour), Reference: "LDA-17"}, aware.Add(21*time.Hour))
		_ = b.AddUpdate("Deletion confirmed in writing.", aware.Add(30*time.Hour))
	}
	return model.ViewBreach(b, aware.Add(21*time.Hour))
}

func breachLetter(t *testing.T, v model.BreachView, kind, lang string, org model.Organisation) string {
	t.Helper()
	s, err := BreachLetter(BreachLetterInput{Breach: v, Org: org, Kind: kind, Lang: lang, Now: v.AwareAt.Add(21 * time.Hour),
		Activities: []string{"Payroll"}})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestBreachLettersGolden(t *testing.T) {
	org := fixture(t).Org
	full := sampleBreachView(t, true)
	golden(t, "breach.authority.en.md", []byte(breachLetter(t, full, BreachLetterAuthority, "en", org)))
	golden(t, "breach.authority.de.md", []byte(breachLetter(t, full, BreachLetterAuthority, "de", org)))
	golden(t, "breach.subjects.de.md", []byte(breachLetter(t, full, BreachLetterSubjects, "de", org)))
	golden(t, "breach.record.en.md", []byte(breachLetter(t, full, BreachLetterRecord, "en", org)))
}

func TestBreachLetterMarksMissingFacts(t *testing.T) {
	bare := sampleBreachView(t, false)
	for _, tc := range []struct {
		kind, lang string
		want       []string
	}{
		{BreachLetterAuthority, "en", []string{"[[TODO: the competent supervisory authority]]", "[[TODO: a description of the breach]]",
			"[[TODO: the approximate number of data subjects]]", "[[TODO: the likely consequences", "[[TODO: the measures taken",
			"[[TODO: name and contact details of the data protection officer", "Art. 33(3)(a)", "Art. 33(3)(d)"}},
		{BreachLetterAuthority, "de", []string{"[[TODO: die zuständige Aufsichtsbehörde]]", "Art. 33 Abs. 3 lit. c"}},
		{BreachLetterSubjects, "en", []string{"[[TODO: in plain words, what happened", "[[TODO: concrete steps"}},
		{BreachLetterRecord, "en", []string{"[[TODO: assess the severity", "[[TODO: record the decision"}},
	} {
		got := breachLetter(t, bare, tc.kind, tc.lang, model.Organisation{})
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s/%s lacks %q:\n%s", tc.kind, tc.lang, w, got)
			}
		}
	}
	if _, err := BreachLetter(BreachLetterInput{Kind: "press"}); err == nil {
		t.Error("an unknown kind was drafted")
	}
}

func TestBreachLetterAsksForDelayReasonsWhenLate(t *testing.T) {
	bare := sampleBreachView(t, false)
	late, err := BreachLetter(BreachLetterInput{Breach: bare, Kind: BreachLetterAuthority, Lang: "en", Now: bare.AwareAt.Add(80 * time.Hour)})
	if err != nil || !strings.Contains(late, "[[TODO: why the notification is made after 72 hours]]") {
		t.Errorf("late draft without the delay reasons TODO: %v\n%s", err, late)
	}
	inTime := breachLetter(t, bare, BreachLetterAuthority, "en", model.Organisation{})
	if strings.Contains(inTime, "Reasons for the delay") {
		t.Error("an in-time draft asks for delay reasons")
	}
}

func TestBreachRegisterFormats(t *testing.T) {
	views := []model.BreachView{sampleBreachView(t, true), sampleBreachView(t, false)}
	for _, format := range []string{FormatCSV, FormatMD, FormatJSON, FormatHTML, FormatXLSX} {
		var buf bytes.Buffer
		opts := Options{Format: format, Lang: "en", Now: exportTime}
		if err := Breaches(&buf, Register{Org: fixture(t).Org, Breaches: views}, opts); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if format != FormatXLSX && !strings.Contains(buf.String(), "Payroll list sent to the wrong address") {
			t.Errorf("%s lacks the breach title", format)
		}
		if format == FormatJSON {
			var doc map[string]any
			if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
				t.Fatalf("json: %v", err)
			}
			if !strings.Contains(buf.String(), `"severity": "3.25"`) || !strings.Contains(buf.String(), `"LDA-17"`) {
				t.Errorf("json lacks severity or reference:\n%s", buf.String())
			}
		}
		if format == FormatXLSX && buf.Len() < 1000 {
			t.Errorf("xlsx is %d bytes", buf.Len())
		}
	}
}
