package tui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// reviewText is a fictional policy; the review below quotes it by offsets.
const reviewText = `Privacy policy of Example Rowing Club

1. Membership
We process the name, address and bank details of members to run the membership under Art. 6(1)(b) GDPR. Member data is kept for three years after a member leaves.

2. Newsletter
With your consent we send a newsletter. The newsletter is sent by MailBird Ltd, Ireland, on our behalf.

3. Rights
You may ask for access, rectification and erasure.`

// span returns the evidence of the first occurrence of quote in reviewText.
func span(section, quote string) model.Evidence {
	i := strings.Index(reviewText, quote)
	return model.Evidence{Section: section, Start: i, End: i + len(quote), Quote: quote}
}

func sampleReview() model.ImportReview {
	return model.ImportReview{
		Document: model.Document{Name: "club-policy.txt", Format: "txt", Language: "en", Text: reviewText},
		Activities: []model.SuggestedActivity{
			{Activity: model.Activity{Name: "Membership", Status: model.StatusDraft, Purposes: []string{"run the membership"}, LegalBases: []string{"6.1.b"},
				Retention: []model.Retention{{Category: "member data", Period: "three years after leaving"}}},
				Evidence: span("1", "We process the name, address and bank details of members"), MergesInto: "Membership"},
			{Activity: model.Activity{Name: "Newsletter", Status: model.StatusDraft, LegalBases: []string{"6.1.a"}, Recipients: []string{"MailBird"}},
				Evidence: span("2", "With your consent we send a newsletter.")},
		},
		Processors: []model.SuggestedProcessor{
			{Processor: model.Processor{Name: "MailBird", LegalEntity: "MailBird Ltd", Status: model.StatusDraft, Role: "processor", Country: "IE", DPA: model.DPA{Status: "none"}},
				Evidence: span("2", "The newsletter is sent by MailBird Ltd, Ireland, on our behalf.")},
		},
		Facts: []model.ReviewFact{
			{Label: "legal basis", Value: "6.1.b", Evidence: span("1", "Art. 6(1)(b) GDPR")},
			{Label: "retention", Value: "three years — member data", Evidence: span("1", "three years after a member leaves")},
		},
		Findings: []model.ReviewFinding{{Severity: "warn", Message: "MailBird: processor without a stated data processing agreement",
			Evidence: span("2", "The newsletter is sent by MailBird Ltd, Ireland, on our behalf.")}},
	}
}

// reviewFake stands in for cmd's import: it hands out a fixed review and
// records what would be stored.
type reviewFake struct {
	rv          model.ImportReview
	readPath    string
	acts, procs []int
	applied     model.ImportReview
}

func (f *reviewFake) install(s *workspace) *workspace {
	s.readImport = func(path string) (model.ImportReview, error) { f.readPath = path; return f.rv, nil }
	s.applyImport = func(r model.ImportReview, acts, procs []int) (model.ImportResult, error) {
		f.applied, f.acts, f.procs = r, acts, procs
		return model.ImportResult{DocumentID: 7, Name: r.Document.Name, Activities: len(acts), Processors: len(procs), Merged: 1}, nil
	}
	return s
}

func openReview(t *testing.T, rv model.ImportReview) (*harness, *reviewFake) {
	f := &reviewFake{rv: rv}
	h := newHarness(t, f.install(openStore(t)), testOptions(t))
	h.keys("5", "i", "type:/srv/club-policy.txt", "enter")
	return h, f
}

func TestReviewAcceptRejectMerge(t *testing.T) {
	h, f := openReview(t, sampleReview())
	if f.readPath != "/srv/club-policy.txt" {
		t.Fatalf("ReadImport got %q", f.readPath)
	}
	h.contains("Review club-policy.txt", "Membership (merge)", "»We process the name, address and bank", "details of members«")
	h.keys("a") // Membership accepted, cursor to Newsletter
	h.contains("[+] Membership", "»With your consent we send a newsletter.«")
	h.keys("x", "A") // Newsletter rejected, MailBird accepted by "all pending"
	h.contains("[-] Newsletter", "[+] MailBird", "2 accepted · 1 rejected · 0 pending")
	h.keys("m")
	h.contains("Store club-policy.txt with 1 of 2 activities and 1 of 1 processor?")
	h.keys("y")
	if !slices.Equal(f.acts, []int{0}) || !slices.Equal(f.procs, []int{0}) {
		t.Fatalf("applied activities %v, processors %v", f.acts, f.procs)
	}
	h.contains("stored club-policy.txt: 1 activity, 1 processor (1 merged)", "Documents")
	if h.r.pages[tabDocuments].(*documentsPage).review != nil {
		t.Fatal("the review stayed open after the merge")
	}
}

func TestReviewFactsAreNotDecided(t *testing.T) {
	h, _ := openReview(t, sampleReview())
	h.keys("down", "down", "down") // past the activities and the processor to the first fact
	h.contains("Fact legal basis", "»Art.", "6(1)(b) GDPR«")
	h.keys("a")
	h.contains("only activities and processors are accepted", "0 accepted · 0 rejected · 3 pending")
}

func TestReviewEditActivity(t *testing.T) {
	h, f := openReview(t, sampleReview())
	h.keys("e")
	h.contains("Edit suggested activity")
	h.keys("ctrl+u", "type:Club membership", "enter", "enter", "enter", "enter", "enter")
	h.contains("[e] Club membership", "edited")
	h.keys("m", "y")
	if !slices.Equal(f.acts, []int{0}) || f.applied.Activities[0].Activity.Name != "Club membership" {
		t.Fatalf("applied %v with %+v", f.acts, f.applied.Activities[0].Activity)
	}
}

func TestReviewLeaveAsksWhenDecided(t *testing.T) {
	h, _ := openReview(t, sampleReview())
	h.keys("esc") // nothing decided: leaves at once
	h.contains("Documents", "Press i to import")
	h.keys("i", "type:/srv/club-policy.txt", "enter", "a", "esc")
	h.contains("Leave the review of club-policy.txt?", "1 decision will be lost")
	h.keys("n")
	h.contains("Review club-policy.txt", "the review is still open")
	h.keys("esc", "y")
	h.contains("Press i to import")
}

func TestReviewShowsChangesFirst(t *testing.T) {
	rv := sampleReview()
	rv.Changes = []string{"+ recipients: MailBird", "- legal bases: 6.1.f"}
	rv.PreviousImported = time.Date(2026, 1, 15, 10, 0, 0, 0, time.UTC)
	h, _ := openReview(t, rv)
	h.contains("What changed since the version of 2026-01-15", "+ recipients: MailBird", "- legal bases: 6.1.f")
	h.keys("enter")
	h.contains("Activities (2)")
	h.keys("c")
	h.contains("What changed since")
}

func TestReviewPaletteActionsAreBound(t *testing.T) {
	h, _ := openReview(t, sampleReview())
	p := h.r.pages[tabDocuments]
	for _, a := range p.Actions() {
		found := false
		for _, g := range p.Keys().FullHelp() {
			for _, b := range g {
				found = found || slices.Contains(b.Keys(), a.replayKey())
			}
		}
		if !found {
			t.Errorf("%s: key %q is not in the review key map", a.Name, a.replayKey())
		}
	}
	h.keys("ctrl+k", "type:accept all", "enter")
	h.contains("[+] Membership", "[+] Newsletter", "[+] MailBird")
}

func TestPathCompletion(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	for _, n := range []string{"alpha-policy.md", "alpine.txt", ".hidden.md"} {
		if err := os.WriteFile(filepath.Join(home, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(home, "beta"), 0o755); err != nil {
		t.Fatal(err)
	}
	f := &reviewFake{rv: sampleReview()}
	h := newHarness(t, f.install(openStore(t)), testOptions(t))
	h.keys("5", "i", "type:~/al", "tab")
	h.contains("File: ~/alp", "alpha-policy.md", "alpine.txt")
	h.keys("type:h", "tab")
	h.contains("File: ~/alpha-policy.md")
	h.keys("ctrl+w", "type:b", "tab")
	h.contains("File: ~/beta/")
	h.keys("ctrl+u", "type:~/alpha-policy.md", "enter")
	if f.readPath != filepath.Join(home, "alpha-policy.md") {
		t.Fatalf("~ not expanded: %q", f.readPath)
	}
}

func storeDocument(t *testing.T, s *workspace) {
	t.Helper()
	doc := &model.Document{Name: "club-policy.txt", Format: "txt", Encoding: "utf-8", Language: "en", Size: int64(len(reviewText)),
		SHA256: strings.Repeat("ab", 32), Text: reviewText,
		// a wall-clock time in the local zone, so the rendered date is the same on every machine
		ImportedAt: time.Date(2026, 3, 2, 9, 30, 0, 0, time.Local)}
	if err := s.Apply(store.Changeset{Documents: []*model.Document{doc}}); err != nil {
		t.Fatal(err)
	}
}

func TestDocumentDetail(t *testing.T) {
	s := openStore(t)
	storeDocument(t, s)
	h := newHarness(t, (&reviewFake{}).install(s), testOptions(t))
	h.keys("5", "enter")
	h.contains("club-policy.txt  document 1", "sha256", strings.Repeat("ab", 32), "1. Membership")
	h.keys("pgdown")
	h.contains("3. Rights")
	h.keys("esc")
	h.contains("Documents  1 of 1")
}

// TestGoldenReview renders the import screens at 80×24 like TestGolden.
func TestGoldenReview(t *testing.T) {
	changed := sampleReview()
	changed.Changes = []string{"+ recipients: MailBird", "- legal bases: 6.1.f"}
	changed.PreviousImported = time.Date(2026, 1, 15, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		rv   model.ImportReview
		doc  bool
		keys []string
	}{
		{name: "documents", doc: true, keys: []string{"5"}},
		{name: "document_detail", doc: true, keys: []string{"5", "enter"}},
		{name: "import_prompt", keys: []string{"5", "i", "type:~/policies/club-policy.txt"}},
		{name: "review", rv: sampleReview(), keys: []string{"5", "i", "type:x", "enter", "a"}},
		{name: "review_changes", rv: changed, keys: []string{"5", "i", "type:x", "enter"}},
		{name: "review_merge", rv: sampleReview(), keys: []string{"5", "i", "type:x", "enter", "A", "m"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := openStore(t)
			if c.doc {
				storeDocument(t, s)
			}
			h := newHarness(t, (&reviewFake{rv: c.rv}).install(s), testOptions(t))
			h.keys(c.keys...)
			golden.RequireEqual(t, h.screen())
		})
	}
}

// TestReviewKeysDocumented checks that docs/keys.md names every review binding.
func TestReviewKeysDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/keys.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range NewReviewKeys().FullHelp() {
		for _, b := range g {
			for _, k := range b.Keys() {
				if !strings.Contains(string(doc), "`"+k+"`") {
					t.Errorf("docs/keys.md does not mention `%s`", k)
				}
			}
		}
	}
}
