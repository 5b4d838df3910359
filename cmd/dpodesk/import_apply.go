package main

import (
	"fmt"
	"strings"

	"github.com/dpodesk/dpodesk/importers/policy"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// applyImports stores the documents and their suggestions as one changeset: the
// documents, draft activities and processors, and merges into records that
// already exist under the same name or alias. A re-import of a policy already
// stored under the same file name is linked to it and its changes are printed.
func (a *app) applyImports(docs []model.Document, reports []policy.Report) error {
	ws, err := a.open()
	if err != nil {
		return err
	}
	m := newMerger(ws)
	for i := range docs {
		doc := &docs[i]
		if prev, found, err := ws.LatestDocumentByName(doc.Name); err != nil {
			return err
		} else if found {
			if prev.SHA256 == doc.SHA256 {
				fmt.Fprintf(a.stderr, "dpodesk: %s is unchanged since it was imported on %s; nothing stored for it\n",
					doc.Name, prev.ImportedAt.Format("2006-01-02"))
				continue
			}
			doc.Supersedes = prev.ID
			if err := a.printChanges(ws, prev, reports[i]); err != nil {
				return err
			}
		}
		m.cs.Documents = append(m.cs.Documents, doc)
		if err := m.addReport(doc, reports[i]); err != nil {
			return err
		}
	}
	if len(m.cs.Documents) == 0 {
		return nil
	}
	if err := ws.Apply(m.cs); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "stored %d document(s): %d new draft activities, %d merged; %d new draft processors, %d merged\n",
		len(m.cs.Documents), len(m.cs.NewActivities), len(m.cs.ChangedActivities), len(m.cs.NewProcessors), len(m.cs.ChangedProcessors))
	return nil
}

// printChanges compares the new report with one extracted again from the stored
// previous version, so the DPO sees what the policy now says differently.
func (a *app) printChanges(ws *store.Workspace, prev model.Document, cur policy.Report) error {
	old, err := ws.GetDocument(prev.ID)
	if err != nil {
		return err
	}
	ch := policy.Compare(policy.Extract(old), cur)
	if ch.Empty() {
		fmt.Fprintf(a.stderr, "%s: new version, no change in recipients, legal bases or retention\n", prev.Name)
		return nil
	}
	fmt.Fprintf(a.stderr, "%s: changes since the version imported on %s:\n", prev.Name, prev.ImportedAt.Format("2006-01-02"))
	for _, line := range ch.Lines() {
		fmt.Fprintf(a.stderr, "  %s\n", line)
	}
	return nil
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
	m := &merger{ws: ws, cs: store.Changeset{Action: "import"},
		procs: map[string]*model.Processor{}, acts: map[string]*model.Activity{}}
	m.cs.Link = m.resolve
	return m
}

// resolve points activities at their processors and evidence at its document.
func (m *merger) resolve() error {
	for _, l := range m.links {
		if !containsID(l.act.ProcessorIDs, l.proc.ID) {
			l.act.ProcessorIDs = append(l.act.ProcessorIDs, l.proc.ID)
		}
	}
	for _, o := range m.origins {
		o.ev.DocumentID = o.doc.ID
	}
	return nil
}

func containsID(ids []uint64, id uint64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func (m *merger) addReport(doc *model.Document, r policy.Report) error {
	byName := map[string]*model.Processor{}
	for _, rc := range r.Recipients {
		p, err := m.processor(doc, rc)
		if err != nil {
			return err
		}
		byName[strings.ToLower(rc.Name)] = p
	}
	for _, ra := range r.Activities {
		act, err := m.activity(doc, ra)
		if err != nil {
			return err
		}
		for _, name := range ra.Recipients {
			if p := byName[strings.ToLower(name)]; p != nil {
				m.links = append(m.links, link{act, p})
			}
		}
	}
	return nil
}

// processor returns the record a recipient merges into, creating a draft when
// no processor of that name, legal entity or alias exists.
func (m *merger) processor(doc *model.Document, rc policy.Recipient) (*model.Processor, error) {
	names := append([]string{rc.Name, rc.LegalEntity}, rc.Aliases...)
	for _, n := range names {
		if p := m.procs[strings.ToLower(n)]; p != nil && n != "" {
			return p, nil
		}
	}
	for _, n := range names {
		if n == "" {
			continue
		}
		existing, found, err := m.ws.FindProcessorByName(n)
		if err != nil {
			return nil, err
		}
		if found {
			p := &existing
			mergeProcessor(p, rc)
			m.cs.ChangedProcessors = append(m.cs.ChangedProcessors, p)
			m.remember(p, names)
			return p, nil
		}
	}
	p := draftProcessor(rc)
	m.track(p.Source, doc)
	m.cs.NewProcessors = append(m.cs.NewProcessors, p)
	m.remember(p, names)
	return p, nil
}

func (m *merger) remember(p *model.Processor, names []string) {
	for _, n := range names {
		if n != "" {
			m.procs[strings.ToLower(n)] = p
		}
	}
}

func (m *merger) activity(doc *model.Document, ra policy.Activity) (*model.Activity, error) {
	key := strings.ToLower(ra.Title)
	if act := m.acts[key]; act != nil {
		mergeActivity(act, ra)
		return act, nil
	}
	existing, found, err := m.ws.FindActivityByName(ra.Title)
	if err != nil {
		return nil, err
	}
	var act *model.Activity
	if found {
		act = &existing
		mergeActivity(act, ra)
		m.cs.ChangedActivities = append(m.cs.ChangedActivities, act)
	} else {
		act = draftActivity(ra)
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
