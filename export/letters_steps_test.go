package export

import (
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

func stepRules(t *testing.T) model.DeadlineRules {
	t.Helper()
	r, err := model.NewDeadlineRules("DE-BE", "", "")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func stepRequest(jur string) model.Request {
	return model.Request{Ref: "R-2026-0007", Type: "erasure", Subject: "Erika Muster", Contact: "erika@example.org",
		Jurisdiction: jur, Status: model.StatusInProgress, Received: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)}
}

// TestStepLettersEveryKind drafts every kind in both languages and checks that
// each states its article, names the facts it has and marks the ones it lacks.
func TestStepLettersEveryKind(t *testing.T) {
	org := model.Organisation{Name: "Muster GmbH", DPOName: "Dr. Datenschutz", DPOEmail: "dpo@muster.example",
		Authority: "Berliner Beauftragte für Datenschutz und Informationsfreiheit"}
	now := time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC)
	want := map[string][2][]string{ // kind → EN, DE must contain
		LetterIdentity:      {{"Art. 12(6) GDPR", "[[TODO: the information needed", "period for our answer is suspended", "dpo@muster.example"}, {"Art. 12 Abs. 6 DSGVO", "Frist für unsere Antwort gehemmt"}},
		LetterClarification: {{"Recital 63", "[[TODO: what needs clarifying"}, {"Erwägungsgrund 63"}},
		LetterExtension:     {{"two further months", "[[TODO: the reasons for the extension", "by 2026-06-02 at the latest"}, {"weitere zwei Monate", "spätestens am 02.06.2026"}},
		LetterRefusal:       {{"Art. 77 GDPR", "Art. 79 GDPR", "Berliner Beauftragte", "[[TODO: the reasons;"}, {"Art. 79 DSGVO", "Berliner Beauftragte"}},
		LetterErasure:       {{"Art. 17 GDPR", "Art. 17(3)", "Art. 19 GDPR", "Shop Hosting AG, Mail Service"}, {"Art. 17 DSGVO", "Art. 19 DSGVO"}},
		LetterRectification: {{"Art. 16 GDPR", "[[TODO: what was corrected", "Art. 19 GDPR"}, {"Art. 16 DSGVO"}},
	}
	for kind, langs := range want {
		for i, lang := range []string{"en", "de"} {
			text, err := StepLetter(StepInput{Kind: kind, Request: stepRequest("eu"), Org: org, Rules: stepRules(t),
				Lang: lang, Now: now, Recipients: []string{"Shop Hosting AG", "Mail Service"}})
			if err != nil {
				t.Fatalf("%s %s: %v", kind, lang, err)
			}
			for _, w := range append(langs[i], "R-2026-0007", "Erika Muster", "Muster GmbH") {
				if !strings.Contains(text, w) {
					t.Errorf("%s letter (%s) lacks %q:\n%s", kind, lang, w, text)
				}
			}
		}
	}
}

func TestStepLettersUseTheRecord(t *testing.T) {
	now := time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC)
	req := stepRequest("eu")
	if err := req.Extend("a very large number of records across six systems", model.Date{Year: 2026, Month: 3, Day: 18}, stepRules(t), now); err != nil {
		t.Fatal(err)
	}
	text, err := StepLetter(StepInput{Kind: LetterExtension, Request: req, Rules: stepRules(t), Now: now})
	if err != nil || !strings.Contains(text, "The reasons in your case: a very large number of records") || strings.Contains(text, "TODO: the reasons") {
		t.Errorf("extension letter with a recorded reason (%v):\n%s", err, text)
	}
	if err := req.CloseWith(model.Closing{Outcome: "refused", Reason: "the fifth identical request this month"}, now); err != nil {
		t.Fatal(err)
	}
	text, _ = StepLetter(StepInput{Kind: LetterRefusal, Request: req, Rules: stepRules(t), Now: now})
	if !strings.Contains(text, "The reasons: the fifth identical request this month.") {
		t.Errorf("refusal letter lacks the recorded reasons:\n%s", text)
	}
	if !strings.Contains(text, "[[TODO: name and address of the competent supervisory authority]]") {
		t.Errorf("refusal letter without an authority lacks its TODO:\n%s", text)
	}
}

func TestExtensionNoticeRefused(t *testing.T) {
	late := time.Date(2026, 4, 3, 9, 0, 0, 0, time.UTC) // the first period ended on 2026-04-02
	_, err := StepLetter(StepInput{Kind: LetterExtension, Request: stepRequest("eu"), Rules: stepRules(t), Now: late})
	if err == nil || !strings.Contains(err.Error(), "ended on 2026-04-02") {
		t.Errorf("a notice after the cut-off: %v", err)
	}
	_, err = StepLetter(StepInput{Kind: LetterExtension, Request: stepRequest("ch"), Rules: stepRules(t), Now: late})
	if err == nil || !strings.Contains(err.Error(), "no fixed extension") {
		t.Errorf("a notice where no extension exists: %v", err)
	}
	if _, err := StepLetter(StepInput{Kind: "apology", Request: stepRequest("eu")}); err == nil {
		t.Error("an unknown kind was drafted")
	}
}

// TestStepLetterOrganisationBlock: the controller heads the letter, the
// authority is named with its address, the DPO with the address given, and
// dates follow the configured layout.
func TestStepLetterOrganisationBlock(t *testing.T) {
	org := model.Organisation{Name: "Muster GmbH", Address: "Hauptstr. 1, 10115 Berlin", Phone: "+49 30 1234",
		DPOName: "Dr. Datenschutz", DPOAddress: "Postfach 9, 10115 Berlin",
		Authority: "Berliner Beauftragte für Datenschutz und Informationsfreiheit", AuthorityAddress: "Alt-Moabit 59-61, 10555 Berlin"}
	in := StepInput{Kind: LetterRefusal, Request: stepRequest("eu"), Org: org, Rules: stepRules(t), Lang: "en",
		Now: time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC), DateLayout: "02/01/2006"}
	l, err := StepLetter(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Muster GmbH  \nHauptstr. 1, 10115 Berlin  \n+49 30 1234", "Informationsfreiheit, Alt-Moabit 59-61, 10555 Berlin",
		"Dr. Datenschutz, Postfach 9, 10115 Berlin", "Your request of: 02/03/2026", "Date: 20/03/2026"} {
		if !strings.Contains(l, w) {
			t.Errorf("letter lacks %q:\n%s", w, l)
		}
	}
}
