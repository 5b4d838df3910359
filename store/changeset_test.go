package store

import (
	"testing"

	"github.com/dpodesk/dpodesk/model"
)

func TestApplyWritesEverythingInOneGo(t *testing.T) {
	w := openTest(t)
	existing := sampleActivity("Payroll")
	must(t, w.CreateActivity(existing))
	doc := sampleDocument("policy.html", "text")
	proc := sampleProcessor("Hetzner")
	act := sampleActivity("Website hosting")
	existing.Description = "from the policy"
	c := Changeset{
		Action: "import.apply", Documents: []*model.Document{doc},
		NewProcessors: []*model.Processor{proc}, NewActivities: []*model.Activity{act},
		ChangedActivities: []*model.Activity{existing},
		Link: func() error {
			act.ProcessorIDs = []uint64{proc.ID}
			act.Source = &model.Evidence{DocumentID: doc.ID, Section: "3"}
			return nil
		},
	}
	must(t, w.Apply(c))
	if act.Version != 1 || existing.Version != 2 || doc.ImportedAt.IsZero() {
		t.Fatalf("records not filled: act v%d existing v%d", act.Version, existing.Version)
	}
	rows, _ := w.ActivitiesOfProcessor(proc.ID)
	if len(rows) != 1 || rows[0].ID != act.ID {
		t.Fatalf("link through Link: %+v", rows)
	}
	entries, _ := w.Audit(AuditFilter{})
	if len(entries) != 5 || entries[0].Action != "import.apply" {
		t.Fatalf("audit: %d entries, newest %+v", len(entries), entries[0])
	}
}

func TestApplyFailureWritesNothing(t *testing.T) {
	w := openTest(t)
	existing := sampleActivity("Payroll")
	must(t, w.CreateActivity(existing))
	before, _ := w.Counts()
	stale := *existing
	stale.Version = 7 // someone else's edit won: the whole changeset must fail
	c := Changeset{
		Documents:         []*model.Document{sampleDocument("policy.pdf", "text")},
		NewProcessors:     []*model.Processor{sampleProcessor("Stripe")},
		NewActivities:     []*model.Activity{sampleActivity("Payments")},
		ChangedActivities: []*model.Activity{&stale},
	}
	wantErr(t, w.Apply(c), ErrConflict)
	after, _ := w.Counts()
	if after != before {
		t.Fatalf("counts changed by a failed changeset: %+v → %+v", before, after)
	}
	for _, name := range []string{"Payments", "Stripe"} {
		if _, found, _ := w.FindActivityByName(name); found {
			t.Fatalf("%s written", name)
		}
		if _, found, _ := w.FindProcessorByName(name); found {
			t.Fatalf("%s written", name)
		}
	}
	if docs, _ := w.ListDocuments(); len(docs) != 0 {
		t.Fatalf("documents written: %d", len(docs))
	}
	// duplicates inside one changeset fail as a whole too
	dup := Changeset{NewActivities: []*model.Activity{sampleActivity("Travel"), sampleActivity("travel")}}
	wantErr(t, w.Apply(dup), ErrExists)
	if _, found, _ := w.FindActivityByName("travel"); found {
		t.Fatal("half of a failed changeset written")
	}
	if _, broken, _ := w.VerifyAudit(); broken != nil {
		t.Fatalf("chain broken: %+v", broken)
	}
}
