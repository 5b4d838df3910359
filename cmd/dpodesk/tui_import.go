package main

import (
	"fmt"

	"github.com/dpodesk/dpodesk/importers/policy"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
	"github.com/dpodesk/dpodesk/tui"
)

// tuiImport gives the Documents page its import review over the open
// workspace. It reads with the same code as `dpodesk import` and stores with
// the same merger as `--apply`; only the choice of suggestions differs.
type tuiImport struct {
	a  *app
	ws *store.Workspace
}

// read reads and extracts one file and says what each suggestion would merge
// into; it writes nothing.
func (ti tuiImport) read(path string) (tui.ImportReview, error) {
	docs, reports, err := ti.a.readPolicies([]string{path})
	if err != nil {
		return tui.ImportReview{}, err
	}
	doc, rep := docs[0], reports[0]
	prev, found, err := previousVersion(ti.ws, &doc)
	if err != nil {
		return tui.ImportReview{}, err
	}
	rv := tui.ImportReview{Document: doc, Facts: reviewFacts(rep)}
	if found {
		rv.PreviousImported = prev.ImportedAt
		rv.Changes = changesSince(prev, rep)
	}
	for _, f := range rep.Findings {
		rv.Findings = append(rv.Findings, tui.ReviewFinding{Severity: f.Severity, Message: f.Message, Evidence: deref(firstEvidence(f.Evidence))})
	}
	if err := ti.suggest(&rv, draftsOf(rep)); err != nil {
		return tui.ImportReview{}, err
	}
	return rv, nil
}

// suggest turns drafts into suggestions, naming the stored record each would
// merge into.
func (ti tuiImport) suggest(rv *tui.ImportReview, d drafts) error {
	m := newMerger(ti.ws)
	for _, p := range d.procs {
		existing, found, err := m.registeredProcessor(processorNames(p))
		if err != nil {
			return err
		}
		s := tui.SuggestedProcessor{Processor: *p, Evidence: deref(p.Source)}
		if found {
			s.MergesInto = existing.Name
		}
		rv.Processors = append(rv.Processors, s)
	}
	for _, a := range d.acts {
		existing, found, err := ti.ws.FindActivityByName(a.Name)
		if err != nil {
			return err
		}
		s := tui.SuggestedActivity{Activity: *a, Evidence: deref(a.Source)}
		if found {
			s.MergesInto = existing.Name
		}
		rv.Activities = append(rv.Activities, s)
	}
	return nil
}

// apply stores the document and the accepted suggestions, as edited in the
// review, in one transaction.
func (ti tuiImport) apply(rv tui.ImportReview, acts, procs []int) (tui.ImportResult, error) {
	var d drafts
	for _, i := range acts {
		if i < 0 || i >= len(rv.Activities) {
			return tui.ImportResult{}, fmt.Errorf("no activity suggestion %d", i)
		}
		a := rv.Activities[i].Activity
		a.Source = copyEvidence(a.Source)
		d.acts = append(d.acts, &a)
	}
	for _, i := range procs {
		if i < 0 || i >= len(rv.Processors) {
			return tui.ImportResult{}, fmt.Errorf("no processor suggestion %d", i)
		}
		p := rv.Processors[i].Processor
		p.Source = copyEvidence(p.Source)
		d.procs = append(d.procs, &p)
	}
	doc := rv.Document
	m := newMerger(ti.ws)
	if err := m.add(&doc, d); err != nil {
		return tui.ImportResult{}, err
	}
	if err := ti.ws.Apply(m.cs); err != nil {
		return tui.ImportResult{}, err
	}
	cs := m.cs
	return tui.ImportResult{DocumentID: doc.ID, Name: doc.Name,
		Activities: len(cs.NewActivities) + len(cs.ChangedActivities),
		Processors: len(cs.NewProcessors) + len(cs.ChangedProcessors),
		Merged:     len(cs.ChangedActivities) + len(cs.ChangedProcessors),
		Findings:   len(rv.Findings)}, nil
}

// reviewFacts lists the document-level statements with their passages.
func reviewFacts(r policy.Report) []tui.ReviewFact {
	var out []tui.ReviewFact
	add := func(label, value string, ev []model.Evidence) {
		if value != "" {
			out = append(out, tui.ReviewFact{Label: label, Value: value, Evidence: deref(firstEvidence(ev))})
		}
	}
	add("controller", partyLine(r.Controller), r.Controller.Evidence)
	add("DPO", partyLine(r.DPO), r.DPO.Evidence)
	add("authority", r.SupervisoryAuthority, r.AuthorityEvidence)
	if r.ThirdCountryTransfer {
		add("third-country transfer", "yes", r.TransferEvidence)
	}
	for _, c := range firstCitations(r.LegalBasisEvidence) {
		add("legal basis", c.Code, []model.Evidence{c.Evidence})
	}
	for _, c := range firstCitations(r.RightsEvidence) {
		add("right", c.Code, []model.Evidence{c.Evidence})
	}
	for _, rt := range r.Retention {
		add("retention", joinNonEmpty(rt.Text, rt.AppliesTo), []model.Evidence{rt.Evidence})
	}
	return out
}

// firstCitations keeps the first passage of each code: the review shows a
// basis or right once, where it is first stated.
func firstCitations(cs []policy.Citation) []policy.Citation {
	seen := map[string]bool{}
	var out []policy.Citation
	for _, c := range cs {
		if !seen[c.Code] {
			seen[c.Code] = true
			out = append(out, c)
		}
	}
	return out
}

func joinNonEmpty(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + " — " + b
}

func deref(ev *model.Evidence) model.Evidence {
	if ev == nil {
		return model.Evidence{}
	}
	return *ev
}

// copyEvidence gives each stored record its own evidence, which the merger
// points at the new document.
func copyEvidence(ev *model.Evidence) *model.Evidence {
	if ev == nil {
		return nil
	}
	c := *ev
	return &c
}
