package model

import (
	"strings"
	"testing"
	"time"
)

var flowNow = time.Date(2025, 6, 30, 12, 0, 0, 0, time.UTC)

func newTestRequest(t *testing.T, typ, jur, received string) Request {
	t.Helper()
	rec := mustDate(t, received).Time().Add(9 * time.Hour)
	r, err := NewRequest(typ, "Erika Mustermann", "erika@example.org", "email", jur, rec)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestNewRequest(t *testing.T) {
	rec := time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name, typ, subject, channel, jur string
		received                         time.Time
		errHas                           string
	}{
		{"valid", "access", "Erika", "email", "eu", rec, ""},
		{"defaults", "erasure", "Erika", "", "", rec, ""},
		{"unknown type", "deletion", "Erika", "email", "eu", rec, "unknown request type"},
		{"no subject", "access", " ", "email", "eu", rec, "name is missing"},
		{"unknown channel", "access", "Erika", "fax", "eu", rec, "unknown channel"},
		{"unknown jurisdiction", "access", "Erika", "email", "mars", rec, "unknown jurisdiction"},
		{"no date", "access", "Erika", "email", "eu", time.Time{}, "date of receipt is missing"},
		{"future", "access", "Erika", "email", "eu", time.Now().AddDate(0, 0, 3), "in the future"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewRequest(tc.typ, tc.subject, "", tc.channel, tc.jur, tc.received)
			if tc.errHas == "" {
				if err != nil || r.Status != StatusReceived || r.Channel == "" || r.Jurisdiction == "" {
					t.Fatalf("got %+v, %v", r, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.errHas) {
				t.Errorf("error %v, want %q", err, tc.errHas)
			}
		})
	}
}

// step is one lifecycle action applied to a request.
type step func(r *Request) error

func TestLifecycle(t *testing.T) {
	rules := mustRules(t, "DE-BE", "", "")
	d := func(s string) Date { return mustDate(t, s) }
	idc := func(r *Request) error { return r.StartIdentityCheck(flowNow) }
	work := func(r *Request) error { return r.StartWork(flowNow) }
	closeAs := func(o string) step { return func(r *Request) error { return r.Close(o, flowNow) } }
	pause := func(reason, on string) step { return func(r *Request) error { return r.Pause(reason, d(on), flowNow) } }
	resume := func(on string) step { return func(r *Request) error { return r.Resume(d(on), flowNow) } }
	extend := func(reason, on string) step {
		return func(r *Request) error { return r.Extend(reason, d(on), rules, flowNow) }
	}
	note := func(text string) step { return func(r *Request) error { return r.AddNote(text, flowNow) } }
	tests := []struct {
		name, typ, jur string
		steps          []step
		errHas         string // error of the last step; "" = all succeed
		status         string
	}{
		{"full path", "access", "eu", []step{idc, work, closeAs("fulfilled")}, "", StatusCompleted},
		{"straight to work", "access", "eu", []step{work, closeAs("refused")}, "", StatusRefused},
		{"withdrawn early", "access", "eu", []step{closeAs("withdrawn")}, "", StatusWithdrawn},
		{"identity check after work", "access", "eu", []step{work, idc}, "cannot move to identity_check", StatusInProgress},
		{"work after close", "access", "eu", []step{closeAs("fulfilled"), work}, "closed", StatusCompleted},
		{"close twice", "access", "eu", []step{closeAs("fulfilled"), closeAs("refused")}, "already closed", StatusCompleted},
		{"unknown outcome", "access", "eu", []step{closeAs("done")}, "unknown outcome", StatusReceived},
		{"pause and resume", "access", "eu", []step{idc, pause("identity", "2025-03-06"), resume("2025-03-10")}, "", StatusIdentityCheck},
		{"pause twice", "access", "eu", []step{pause("identity", "2025-03-06"), pause("fee", "2025-03-07")}, "already paused", StatusReceived},
		{"unknown pause reason", "access", "eu", []step{pause("holiday", "2025-03-06")}, "unknown pause reason", StatusReceived},
		{"pause before receipt", "access", "eu", []step{pause("identity", "2025-03-01")}, "before the request was received", StatusReceived},
		{"pause in the future", "access", "eu", []step{pause("identity", "2025-07-30")}, "in the future", StatusReceived},
		{"resume before pause", "access", "eu", []step{pause("identity", "2025-03-10"), resume("2025-03-08")}, "before 2025-03-10", StatusReceived},
		{"resume without pause", "access", "eu", []step{resume("2025-03-08")}, "not paused", StatusReceived},
		{"pause consent withdrawal", "consent_withdrawal", "eu", []step{pause("identity", "2025-03-06")}, "not on the Art. 12(3) clock", StatusReceived},
		{"extend in time", "access", "eu", []step{work, extend("hundreds of documents", "2025-04-07")}, "", StatusInProgress},
		{"extend after first deadline", "access", "eu", []step{extend("complex", "2025-04-10")},
			"the extension was told to the data subject on 2025-04-10, after the first deadline 2025-04-07: GDPR Art. 12(3) requires telling them within the first month", StatusReceived},
		{"extend without reason", "access", "eu", []step{extend(" ", "2025-03-20")}, "needs a reason", StatusReceived},
		{"extend twice", "access", "eu", []step{extend("complex", "2025-03-20"), extend("still complex", "2025-03-21")}, "already extended", StatusReceived},
		{"extend LGPD", "access", "lgpd", []step{extend("complex", "2025-03-10")}, "allows no fixed extension", StatusReceived},
		{"extend CCPA within 45 days", "access", "ccpa", []step{extend("many records", "2025-04-19")}, "", StatusReceived},
		{"extend after close", "access", "eu", []step{closeAs("fulfilled"), extend("complex", "2025-03-20")}, "closed", StatusCompleted},
		{"note after close", "access", "eu", []step{closeAs("fulfilled"), note("sent by post")}, "", StatusCompleted},
		{"empty note", "access", "eu", []step{note("  ")}, "note is empty", StatusReceived},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTestRequest(t, tc.typ, tc.jur, "2025-03-05")
			var err error
			for i, s := range tc.steps {
				if err = s(&r); err != nil && (i < len(tc.steps)-1 || tc.errHas == "") {
					t.Fatalf("step %d: %v", i, err)
				}
			}
			if tc.errHas != "" && (err == nil || !strings.Contains(err.Error(), tc.errHas)) {
				t.Errorf("error %v, want %q", err, tc.errHas)
			}
			if r.Status != tc.status {
				t.Errorf("status %s, want %s", r.Status, tc.status)
			}
		})
	}
}

func TestRequestFlags(t *testing.T) {
	r := newTestRequest(t, "access", "eu", "2025-03-05")
	if !r.IsOpen() || r.IsPaused() || r.IsExtended() {
		t.Fatalf("fresh request flags wrong: %+v", r)
	}
	_ = r.Pause("clarification", mustDate(t, "2025-03-10"), flowNow)
	if !r.IsPaused() {
		t.Error("not paused after Pause")
	}
	_ = r.Resume(mustDate(t, "2025-03-12"), flowNow)
	if r.IsPaused() {
		t.Error("paused after Resume")
	}
	if err := r.Extend("complex", mustDate(t, "2025-03-20"), mustRules(t, "", "", ""), flowNow); err != nil || !r.IsExtended() {
		t.Errorf("extend: %v", err)
	}
	_ = r.Close("fulfilled", flowNow)
	if r.IsOpen() || r.Outcome != "fulfilled" {
		t.Errorf("closed request flags wrong: %+v", r)
	}
}
