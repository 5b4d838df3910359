package desk

import (
	"fmt"
	"slices"
	"time"

	"github.com/dpodesk/dpodesk/importers/policy"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// drafts are the records a report suggests, before they meet the register. The
// CLI takes all of them; the interface's review passes only those the DPO
// accepted, possibly edited.
type drafts struct {
	acts  []*model.Activity
	procs []*model.Processor
}

func draftsOf(r policy.Report) drafts {
	var d drafts
	for _, rc := range r.Recipients {
		d.procs = append(d.procs, draftProcessor(rc))
	}
	withdrawal := withdrawalRoute(r)
	for _, ra := range r.Activities {
		d.acts = append(d.acts, draftActivity(ra, withdrawal))
	}
	return d
}

// merger collects the changeset, reusing records that already exist.
type merger struct {
	ws      *store.Workspace
	cs      store.Changeset
	procs   map[string]*model.Processor // by lowercased name, legal entity and alias
	acts    map[string]*model.Activity  // by lowercased name
	links   []link
	origins []origin
}

// link and origin are resolved once the store has given new records their IDs.
type link struct {
	act  *model.Activity
	proc *model.Processor
}

type origin struct {
	ev  *model.Evidence
	doc *model.Document
}

func newMerger(ws *store.Workspace) *merger {
	m := &merger{ws: ws, cs: store.Changeset{Action: model.ActionImport},
		procs: map[string]*model.Processor{}, acts: map[string]*model.Activity{}}
	m.cs.Link = m.resolve
	return m
}

// resolve points activities at their processors and evidence at its document,
// then validates every record the import writes: it stores nothing the forms
// and the CLI would refuse.
func (m *merger) resolve() error {
	for _, l := range m.links {
		if !slices.Contains(l.act.ProcessorIDs, l.proc.ID) {
			l.act.ProcessorIDs = append(l.act.ProcessorIDs, l.proc.ID)
		}
	}
	for _, o := range m.origins {
		o.ev.DocumentID = o.doc.ID
	}
	return m.validate(model.Today(time.Local))
}

// validate checks the records of the changeset as a save from a form would.
func (m *merger) validate(on model.Date) error {
	for _, a := range append(append([]*model.Activity(nil), m.cs.NewActivities...), m.cs.ChangedActivities...) {
		a.Normalize()
		if err := recordProblems("activity", a.Name, a.ValidateOn(on)); err != nil {
			return err
		}
	}
	for _, p := range append(append([]*model.Processor(nil), m.cs.NewProcessors...), m.cs.ChangedProcessors...) {
		p.Normalize()
		if err := recordProblems("processor", p.Name, p.ValidateOn(on)); err != nil {
			return err
		}
	}
	return nil
}

// recordProblems is the first blocking problem of a record, named so the DPO
// finds it; nothing of the import is written.
func recordProblems(kind, name string, ps []model.Problem) error {
	for _, p := range ps {
		if p.Severity == model.SeverityError {
			return &InputError{fmt.Errorf("%s %q: %s: %s; nothing was imported", kind, name, p.Field, p.Message)}
		}
	}
	return nil
}

// add puts a document and its drafts in the changeset. Activities are linked to
// the processors their recipients name, by name, legal entity or alias.
func (m *merger) add(doc *model.Document, d drafts) error {
	m.cs.Documents = append(m.cs.Documents, doc)
	byName := map[string]*model.Processor{}
	for _, dp := range d.procs {
		p, err := m.processor(doc, dp)
		if err != nil {
			return err
		}
		for _, n := range processorNames(dp) {
			byName[lower(n)] = p
		}
	}
	for _, da := range d.acts {
		act, err := m.activity(doc, da)
		if err != nil {
			return err
		}
		for _, name := range da.Recipients {
			if p := byName[lower(name)]; p != nil {
				m.links = append(m.links, link{act, p})
			}
		}
	}
	return nil
}

func processorNames(p *model.Processor) []string {
	return append([]string{p.Name, p.LegalEntity}, p.Aliases...)
}

// registeredProcessor finds the stored processor known under any of names.
func (m *merger) registeredProcessor(names []string) (model.Processor, bool, error) {
	for _, n := range names {
		if n == "" {
			continue
		}
		p, found, err := m.ws.FindProcessorByName(n)
		if err != nil || found {
			return p, found, err
		}
	}
	return model.Processor{}, false, nil
}

// processor returns the record a draft merges into, keeping the draft as a new
// record when no processor of that name, legal entity or alias exists.
func (m *merger) processor(doc *model.Document, draft *model.Processor) (*model.Processor, error) {
	names := processorNames(draft)
	for _, n := range names {
		if p := m.procs[lower(n)]; p != nil && n != "" {
			return p, nil
		}
	}
	existing, found, err := m.registeredProcessor(names)
	if err != nil {
		return nil, err
	}
	p := draft
	if found {
		p = &existing
		mergeProcessor(p, draft)
		m.cs.ChangedProcessors = append(m.cs.ChangedProcessors, p)
	} else {
		m.track(p.Source, doc)
		m.cs.NewProcessors = append(m.cs.NewProcessors, p)
	}
	for _, n := range names {
		if n != "" {
			m.procs[lower(n)] = p
		}
	}
	return p, nil
}

func (m *merger) activity(doc *model.Document, draft *model.Activity) (*model.Activity, error) {
	key := lower(draft.Name)
	if act := m.acts[key]; act != nil {
		mergeActivity(act, draft)
		return act, nil
	}
	existing, found, err := m.ws.FindActivityByName(draft.Name)
	if err != nil {
		return nil, err
	}
	act := draft
	if found {
		act = &existing
		mergeActivity(act, draft)
		m.cs.ChangedActivities = append(m.cs.ChangedActivities, act)
	} else {
		m.track(act.Source, doc)
		m.cs.NewActivities = append(m.cs.NewActivities, act)
	}
	m.acts[key] = act
	return act, nil
}

func (m *merger) track(ev *model.Evidence, doc *model.Document) {
	if ev != nil {
		m.origins = append(m.origins, origin{ev, doc})
	}
}
