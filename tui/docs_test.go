package tui

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/tui/picker"
)

// TestKeysDocumented checks that docs/keys.md names every binding of every page.
func TestKeysDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/keys.md")
	if err != nil {
		t.Fatal(err)
	}
	s := openStore(t)
	s.readImport = func(string) (model.ImportReview, error) { return model.ImportReview{}, nil }
	r := New(s, Options{})
	maps := [][][]string{}
	for _, p := range r.pages {
		var groups [][]string
		for _, g := range p.Keys().FullHelp() {
			var ks []string
			for _, b := range g {
				ks = append(ks, b.Keys()...)
			}
			groups = append(groups, ks)
		}
		maps = append(maps, groups)
	}
	globals := append(NewGlobalKeys().FullHelp(), picker.NewKeys().FullHelp()...)
	for _, b := range globals {
		var ks []string
		for _, k := range b {
			ks = append(ks, k.Keys()...)
		}
		maps = append(maps, [][]string{ks})
	}
	for _, m := range maps {
		for _, g := range m {
			for _, k := range g {
				if !strings.Contains(string(doc), "`"+k+"`") {
					t.Errorf("docs/keys.md does not mention `%s`", k)
				}
			}
		}
	}
}

var updateDocs = flag.Bool("update-docs", false, "rewrite docs/screens.md from the golden files")

// TestScreensDoc keeps docs/screens.md in step with the golden renders.
func TestScreensDoc(t *testing.T) {
	var b strings.Builder
	b.WriteString(screensIntro)
	for _, sc := range screens {
		// names are relative to testdata/TestGolden; the import screens come from TestGoldenReview
		data, err := os.ReadFile(filepath.Join("testdata", "TestGolden", sc.file+".golden"))
		if err != nil {
			t.Fatal(err)
		}
		text := ansi.Strip(string(data))
		text = trailingSpace.ReplaceAllString(text, "")
		b.WriteString("\n## " + sc.title + "\n\n" + sc.note + "\n\n```text\n" + text + "\n```\n")
	}
	const path = "../docs/screens.md"
	if *updateDocs {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile(path)
	if err != nil || string(have) != b.String() {
		t.Fatal("docs/screens.md is out of date: run go test ./tui -run TestScreensDoc -update-docs")
	}
}

var trailingSpace = regexp.MustCompile(`(?m)[ \t]+$`)

const screensIntro = `# Screens

Each screen of the terminal interface at 80×24, as text. They are the golden files of the interface tests
(tui/testdata/TestGolden, rendered with the ASCII colour profile, which is also what NO_COLOR users see)
with the remaining text attributes removed; ` + "`go test ./tui -run TestScreensDoc -update-docs`" + ` rewrites
this page. The test workspace is a small fixed one with "today" = 2026-03-02.

On a wider terminal the lists first widen their short columns (legal bases, completeness, DPA, role,
request type and status, breach severity) to what their text needs, and only then give the rest to
names, purposes and subjects; the lists at 120 and 200 columns are in tui/testdata/TestGoldenWide.

Urgency is shown by colour and also by characters, so it survives NO_COLOR: ` + "`-10!`" + ` overdue,
` + "`1!`" + ` due within three days, ` + "`‖`" + ` clock stopped, ` + "`–`" + ` closed; ` + "`>`" + ` marks the selected row.
`

var screens = []struct{ file, title, note string }{
	{"../../picker/testdata/TestPickerGolden/list", "Workspace picker", "Shown at start when there are two or more workspaces; newest opened first, the cursor on the default."},
	{"../../picker/testdata/TestPickerGolden/wrong_passphrase", "Passphrase", "`enter` on an encrypted workspace asks for its passphrase; a wrong one can be typed again, five times."},
	{"dashboard", "Dashboard", "Counts per register and what needs attention; `enter` on a line shows the records it counts."},
	{"empty_workspace", "Empty workspace", "What a new workspace opens on."},
	{"activities", "Activities", "The record of processing activities; `Complete` counts the empty Art. 30(1) points."},
	{"activity_detail", "Activity detail", "Every Art. 30(1) field, labelled in the configured language (scroll with ↓ for the DPIA screening and problems)."},
	{"activity_form", "New activity", "The first page of the activity form; `enter` moves on, the last field checks the whole record."},
	{"dpia_screening", "DPIA screening", "WP248 criteria with the suggested outcome; the next page records the decision and its reason."},
	{"requests", "Requests", "Sorted by due date, most urgent first; closed requests last."},
	{"requests_filter", "Filter", "`/` filters as you type; every word must match. In the activity and processor lists it searches the whole record — legal bases by code and label (`consent`), data subjects and categories, purposes, recipients, linked processors or activities, transfers and countries, owner, systems — as `--grep` does on the command line; in the requests also the contact, channel and the text of notes; in the breaches the description, systems, data and subject categories, measures and updates."},
	{"request_detail", "Request detail", "Deadline with the rule that produced it, and the timeline."},
	{"new_request_form", "New request", "Only the name is needed; `enter` through the defaults saves."},
	{"extend_form", "Extend a request", "Reason and the day the data subject was told."},
	{"delete_confirm", "Delete confirmation", "Only `y` deletes. A processor that activities still use is not offered for deletion: `d` names the activities and says to remove it from them or retire it."},
	{"processors", "Processors", "DPA status with `!` where a processor has no signed DPA."},
	{"processor_detail", "Processor detail", "The DPA with the Art. 28(3) checklist; sub-processors and linked activities follow below."},
	{"../TestGoldenReview/documents", "Documents", "Imported documents; `i` imports a file, `enter` opens one."},
	{"../TestGoldenReview/document_detail", "Document", "What is stored about a document, and its text (scroll with ↓ and `pgdn`)."},
	{"../TestGoldenReview/import_prompt", "Import a file", "`tab` completes the path from the directory listing; `~` is the home directory."},
	{"../TestGoldenReview/review_changes", "What changed", "A newer version of an imported policy opens on what it says differently; `enter` goes on to the review."},
	{"../TestGoldenReview/review", "Import review", "Each suggestion beside the passage it was taken from, marked » «; `a` accepts, `x` rejects, `e` edits."},
	{"../TestGoldenReview/review_merge", "Merge", "`m` asks before the document and the accepted suggestions are stored in one transaction."},
	{"audit", "Audit journal", "Newest first; `f` limits it to one record."},
	{"help", "Help", "`?` on the Requests page."},
	{"palette", "Command palette", "`ctrl+k`, then type part of a command's name or of the record it names; an action on a record names the one selected on its tab."},
}
