package policy

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/dpodesk/dpodesk/importers"
	"github.com/dpodesk/dpodesk/model"
)

// FuzzExtract feeds arbitrary text through the section builder and the extractor:
// nothing may panic, every evidence span must lie inside the text, and the report
// must encode as JSON.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"1. Controller\n\nExample GmbH\nE-mail: a@example.invalid\n",
		"Art. 6 Abs. 1 lit. a, b und f DSGVO; Art. 9(2)(h) GDPR; point (f) of Article 6(1)",
		"We use Google Analytics of Google Ireland Limited, Dublin, Ireland, under standard contractual clauses.",
		"Die Daten werden nach 30 Tagen gelöscht, spätestens nach zwei Jahren; six to ten years.",
		"Inhaltsverzeichnis\n1. A\t1\n2. B\t2\n\n1. A\n\nText.\n\n2. B\n\nText.",
		"§ 1 Title\n\n(i) Item\n\na) Sub\n\nIV. Roman\n\n4.1.2. Deep\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // the readers hand the extractor valid UTF-8 only
		}
		doc := model.Document{Name: "fuzz.txt", Format: "txt", Text: text, Sections: importers.Sections(text, nil)}
		r := Extract(doc)
		check := func(ev Evidence) {
			if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End {
				t.Fatalf("evidence out of range: %+v (len %d)", ev, len(text))
			}
		}
		for _, rc := range r.Recipients {
			for _, ev := range rc.Evidence {
				check(ev)
			}
		}
		for _, rt := range r.Retention {
			check(rt.Evidence)
		}
		for _, c := range append(r.LegalBasisEvidence, r.RightsEvidence...) {
			check(c.Evidence)
		}
		for _, a := range r.Activities {
			check(a.Evidence)
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatal(err)
		}
	})
}
