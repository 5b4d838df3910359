package desk

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

func newTestRequest() *model.Request {
	return &model.Request{Type: "access", Subject: "Ada Example", Contact: "ada@example.org", Channel: "email",
		Jurisdiction: "eu", Received: time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)}
}

func TestRolesRefuseWritesAndChangeNothing(t *testing.T) {
	base := openDesk(t, time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC))
	viewer := base.Session("vera (SHA256:v)", RoleViewer)
	editor := base.Session("ed (SHA256:e)", RoleEditor)

	err := viewer.CreateRequest(newTestRequest())
	var fe *ForbiddenError
	if !errors.Is(err, ErrForbidden) || !errors.As(err, &fe) {
		t.Fatalf("viewer CreateRequest: %v, want ErrForbidden", err)
	}
	if msg := err.Error(); strings.Contains(msg, "\n") || !strings.Contains(msg, "viewer") || !strings.Contains(msg, "editor role") {
		t.Errorf("message %q should be one line naming the role and the fix", msg)
	}
	if rows, _ := base.RequestRows(); len(rows) != 0 {
		t.Fatalf("a refused write left %d requests", len(rows))
	}
	if _, err := viewer.Requests(RequestQuery{}); err != nil {
		t.Errorf("viewer read: %v", err)
	}
	if err := editor.CreateRequest(newTestRequest()); err != nil {
		t.Fatalf("editor CreateRequest: %v", err)
	}
	if _, err := editor.LoadDemo(t.Context(), 0, nil); !errors.Is(err, ErrForbidden) {
		t.Errorf("editor LoadDemo: %v, want ErrForbidden", err)
	}
	if err := editor.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := base.RequestRows(); err != nil {
		t.Fatalf("closing a session closed the shared workspace: %v", err)
	}
	if !base.Allows(ActAdmin) || viewer.Allows(ActEdit) || !editor.Allows(ActEdit) {
		t.Error("Allows disagrees with the roles")
	}
}

func TestSessionsNameTheirAuthorsInTheChainedJournal(t *testing.T) {
	base := openDesk(t, time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC))
	if err := base.CreateRequest(newTestRequest()); err != nil {
		t.Fatal(err)
	}
	for _, who := range []string{"anna (SHA256:a)", "ben (SHA256:b)"} {
		if err := base.Session(who, RoleEditor).CreateRequest(newTestRequest()); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := base.Store().Audit(store.AuditFilter{Kind: "request"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Author)
	}
	if strings.Join(got, "|") != "ben (SHA256:b)|anna (SHA256:a)|" {
		t.Errorf("authors newest first = %q", got)
	}
	if n, broken, err := base.VerifyJournal(); err != nil || broken != nil || n != 3 {
		t.Fatalf("verify: %d %v %v", n, broken, err)
	}
}
