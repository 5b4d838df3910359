package policy

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/importers"
)

func TestZZSecs(t *testing.T) {
	f := os.Getenv("F")
	if f == "" {
		t.Skip()
	}
	q := strings.ToLower(os.Getenv("Q"))
	b, _ := os.ReadFile(f)
	doc, _ := importers.ReadBytes(f, b)
	d := newDocView(doc)
	plan := planActivities(d)
	for i, s := range d.secs {
		if q != "" && !strings.Contains(strings.ToLower(s.Title), q) {
			continue
		}
		body := d.text[s.Start:s.End]
		fmt.Printf("%d lvl=%d parent=%d %q class=%+v cand=%v len=%d\n   %q\n", i, s.Level, s.Parent, s.Title, plan.classes[i], plan.isCand[i], len(body), body[:min(len(body), 300)])
	}
}

func TestZZActs(t *testing.T) {
	f := os.Getenv("F")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	doc, _ := importers.ReadBytes(f, b)
	d := newDocView(doc)
	plan := planActivities(d)
	bases := findLegalBases(d)
	r := Extract(doc)
	for _, a := range findActivities(d, plan, bases, r.Recipients, r.Retention) {
		fmt.Printf("%q | %q\n", a.Section, a.Title)
	}
}
