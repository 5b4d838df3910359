package desk

import (
	"fmt"
	"strings"

	"github.com/dpodesk/dpodesk/importers/policy"
	"github.com/dpodesk/dpodesk/model"
)

// ReadImport reads and extracts one file and says what each suggestion would
// merge into; it writes nothing. The interface's import review shows it; it
// reads with the same code as `dpodesk import` and ApplyImport stores with the
// same merger as `--apply`, so only the choice of suggestions differs.
func (d *Desk) ReadImport(path string) (model.ImportReview, error) {
	docs, reports, err := ReadPolicies([]string{path}, d.now())
	if err != nil {
		return model.ImportReview{}, err
	}
	doc, rep := docs[0], reports[0]
	prev, found, err := previousVersion(d.ws, &doc)
	if err != nil {
		return model.ImportReview{}, err
	}
	rv := model.ImportReview{Document: doc, Facts: reviewFacts(rep)}
	if found {
		rv.PreviousImported = prev.ImportedAt
		rv.Changes = changesSince(prev, rep)
	}
	for _, f := range rep.Findings {
		rv.Findings = append(rv.Findings, model.ReviewFinding{Severity: f.Severity, Message: f.Message, Evidence: deref(firstEvidence(f.Evidence))})
	}
	if err := d.suggest(&rv, draftsOf(rep)); err != nil {
		return model.ImportReview{}, err
	}
	return rv, nil
}

// suggest turns drafts into suggestions, naming the stored record each would
// merge into.
func (d *Desk) suggest(rv *model.ImportReview, dr drafts) error {
	m := newMerger(d.ws)
	for _, p := range dr.procs {
		existing, found, err := m.registeredProcessor(processorNames(p))
		if err != nil {
			return err
		}
		s := model.SuggestedProcessor{Processor: *p, Evidence: deref(p.Source)}
		if found {
			s.MergesInto = existing.Name
		}
		rv.Processors = append(rv.Processors, s)
	}
	for _, a := range dr.acts {
		existing, found, err := d.ws.FindActivityByName(a.Name)
		if err != nil {
			return err
		}
		s := model.SuggestedActivity{Activity: *a, Evidence: deref(a.Source)}
		if found {
			s.MergesInto = existing.Name
		}
		rv.Activities = append(rv.Activities, s)
	}
	return nil
}

// ApplyImport stores the document and the accepted suggestions, as edited in the
// review, in one transaction.
func (d *Desk) ApplyImport(rv model.ImportReview, acts, procs []int) (model.ImportResult, error) {
	if err := d.allow(ActEdit, "import into the register"); err != nil {
		return model.ImportResult{}, err
	}
	var dr drafts
	for _, i := range acts {
		if i < 0 || i >= len(rv.Activities) {
			return model.ImportResult{}, fmt.Errorf("no activity suggestion %d", i)
		}
		a := rv.Activities[i].Activity
		a.Source = copyEvidence(a.Source)
		dr.acts = append(dr.acts, &a)
	}
	for _, i := range procs {
		if i < 0 || i >= len(rv.Processors) {
			return model.ImportResult{}, fmt.Errorf("no processor suggestion %d", i)
		}
		p := rv.Processors[i].Processor
		p.Source = copyEvidence(p.Source)
		dr.procs = append(dr.procs, &p)
	}
	doc := rv.Document
	m := newMerger(d.ws)
	if err := m.add(&doc, dr); err != nil {
		return model.ImportResult{}, err
	}
	if err := d.ws.Apply(m.cs); err != nil {
		return model.ImportResult{}, err
	}
	cs := m.cs
	return model.ImportResult{DocumentID: doc.ID, Name: doc.Name,
		Activities: len(cs.NewActivities) + len(cs.ChangedActivities),
		Processors: len(cs.NewProcessors) + len(cs.ChangedProcessors),
		Merged:     len(cs.ChangedActivities) + len(cs.ChangedProcessors),
		Findings:   len(rv.Findings)}, nil
}

// reviewFacts lists the document-level statements with their passages.
func reviewFacts(r policy.Report) []model.ReviewFact {
	var out []model.ReviewFact
	add := func(label, value string, ev []model.Evidence) {
		if value != "" {
			out = append(out, model.ReviewFact{Label: label, Value: value, Evidence: deref(firstEvidence(ev))})
		}
	}
	add("controller", PartyLine(r.Controller), r.Controller.Evidence)
	add("DPO", PartyLine(r.DPO), r.DPO.Evidence)
	add("representative", PartyLine(r.Representative), r.Representative.Evidence)
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

// PartyLine is a party of a policy (the controller, the DPO) as one line: its
// name and e-mail, whichever are known.
func PartyLine(p policy.Party) string {
	var parts []string
	for _, s := range []string{p.Name, p.Email} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}
