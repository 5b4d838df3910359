package desk

import (
	"fmt"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// requests generates n requests received over the last three months (for the
// base 60) or the last two years (for --scale), in every state a DPO meets.
func (g demoGen) requests(n int) []*model.Request {
	types := []string{"access", "access", "access", "erasure", "erasure", "rectification", "objection",
		"portability", "restriction", "consent_withdrawal", "automated_decision", "notification"}
	channels := []string{"email", "email", "web_form", "letter", "phone"}
	out := make([]*model.Request, 0, n)
	for i := 0; i < n; i++ {
		span := 90
		if i >= 60 {
			span = 730
		}
		ago := g.rng.IntN(span)
		received := g.now.Add(-time.Duration(ago)*24*time.Hour - time.Duration(g.rng.IntN(8))*time.Hour)
		name := demoSubjects[g.rng.IntN(len(demoSubjects))]
		if i >= len(demoSubjects) {
			name = fmt.Sprintf("%s %d", name, i)
		}
		contact := fmt.Sprintf("%s@mail.example", sanitizeLocal(name))
		r, err := model.NewRequest(types[g.rng.IntN(len(types))], name, contact, channels[g.rng.IntN(len(channels))], "eu", received)
		if err != nil {
			panic(fmt.Sprintf("demo request %d: %v", i, err)) // demo data is fixed: a failure is a bug here
		}
		g.advance(&r, ago)
		out = append(out, &r)
	}
	return out
}

// advance moves a request through its lifecycle so the demo shows every state:
// old requests are mostly closed, a few are left overdue; some are paused or
// extended; recent ones are in progress.
func (g demoGen) advance(r *model.Request, ago int) {
	at := func(days int) time.Time { return r.Received.Add(time.Duration(days) * 24 * time.Hour) }
	day := func(days int) model.Date { return model.DateOf(at(days)) }
	roll := g.rng.IntN(10)
	if r.Type == "consent_withdrawal" {
		_ = r.Close("fulfilled", at(1))
		return
	}
	_ = r.StartIdentityCheck(at(1))
	switch {
	case roll == 0 && ago > 5:
		_ = r.Pause("identity", day(2), at(2))
		if ago > 20 {
			_ = r.Resume(day(9), at(9))
		}
	case roll == 1 && ago > 10:
		_ = r.StartWork(at(3))
		_ = r.Extend("large number of records across shops", day(10), g.rules, at(10))
	}
	if r.IsPaused() {
		return
	}
	_ = r.StartWork(at(3))
	switch {
	case ago > 35 && roll < 8:
		outcome := []string{"fulfilled", "fulfilled", "fulfilled", "refused", "withdrawn"}[g.rng.IntN(5)]
		_ = r.Close(outcome, at(20+g.rng.IntN(8)))
	case ago > 10 && roll == 9:
		_ = r.AddNote("asked the shop team for the order history", at(5))
	}
}

func sanitizeLocal(name string) string {
	out := make([]rune, 0, len(name))
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z':
			out = append(out, r+'a'-'A')
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			out = append(out, r)
		case r == ' ':
			out = append(out, '.')
		case r == 'ö':
			out = append(out, 'o', 'e')
		case r == 'ü':
			out = append(out, 'u', 'e')
		case r == 'ä':
			out = append(out, 'a', 'e')
		}
	}
	return string(out)
}
