package store

import (
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/model"
)

func sampleDocument(name, text string) *model.Document {
	return &model.Document{
		Name: name, Format: "md", Encoding: "utf-8", Language: "en", SHA256: "abc", Size: int64(len(text)),
		Text: text, Sections: []model.Section{{Number: "1", Title: "Controller", Level: 1, Parent: -1, End: len(text)}},
	}
}

func TestDocuments(t *testing.T) {
	w := openTest(t)
	d1 := sampleDocument("privacy.md", "first version SECRET-TEXT-MARKER")
	must(t, w.CreateDocument(d1))
	d2 := sampleDocument("Privacy.md", "second version")
	must(t, w.CreateDocument(d2))
	if d2.Supersedes != d1.ID || d1.ImportedAt.IsZero() {
		t.Fatalf("supersedes %d, want %d", d2.Supersedes, d1.ID)
	}
	got, err := w.GetDocument(d1.ID)
	must(t, err)
	if got.Text != d1.Text || len(got.Sections) != 1 {
		t.Fatalf("get = %+v", got)
	}
	list, err := w.ListDocuments()
	must(t, err)
	if len(list) != 2 || list[0].Text != "" || list[0].Sections != nil || list[1].Name != "Privacy.md" {
		t.Fatalf("list = %+v", list)
	}
	latest, found, err := w.LatestDocumentByName("PRIVACY.MD")
	must(t, err)
	if !found || latest.ID != d2.ID || latest.Text != "second version" {
		t.Fatalf("latest = %v %+v", found, latest)
	}
	entries, _ := w.Audit(AuditFilter{Kind: kindDocument})
	for _, e := range entries {
		if strings.Contains(string(e.After), "SECRET-TEXT-MARKER") || !strings.Contains(string(e.After), "text_sha256") {
			t.Fatalf("audit entry carries the text or lacks its hash: %s", e.After)
		}
	}
	must(t, w.DeleteDocument(d2.ID))
	latest, _, _ = w.LatestDocumentByName("privacy.md")
	if latest.ID != d1.ID {
		t.Fatalf("latest after delete = %d", latest.ID)
	}
	_, err = w.GetDocument(d2.ID)
	wantErr(t, err, ErrNotFound)
}

func TestOrganisationAndSettings(t *testing.T) {
	w := openTest(t)
	o, err := w.Organisation()
	must(t, err)
	if o.Name != "" {
		t.Fatalf("fresh organisation = %+v", o)
	}
	must(t, w.SaveOrganisation(model.Organisation{Name: "Acme GmbH", DPOEmail: "dpo@acme.example"}))
	must(t, w.SaveOrganisation(model.Organisation{Name: "Acme SE", DPOEmail: "dpo@acme.example"}))
	o, _ = w.Organisation()
	if o.Name != "Acme SE" {
		t.Fatalf("organisation = %+v", o)
	}
	must(t, w.SetSetting("holidays", "DE-BE"))
	v, err := w.Setting("holidays")
	must(t, err)
	if v != "DE-BE" {
		t.Fatalf("setting = %q", v)
	}
	must(t, w.SetSetting("holidays", ""))
	if v, _ := w.Setting("holidays"); v != "" {
		t.Fatalf("cleared setting = %q", v)
	}
	w = reopen(t, w)
	o, _ = w.Organisation()
	c, _ := w.Counts()
	if o.Name != "Acme SE" || c.AuditEntries != 2 {
		t.Fatalf("after reopen: %+v %+v", o, c)
	}
}
