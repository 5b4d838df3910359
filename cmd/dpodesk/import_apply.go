package main

import (
	"errors"
	"fmt"

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
		prev, found, err := previousVersion(ws, doc)
		if errors.Is(err, errUnchanged) {
			fmt.Fprintf(a.stderr, "dpodesk: %v; nothing stored for it\n", err)
			continue
		}
		if err != nil {
			return err
		}
		if found {
			a.printChanges(prev, reports[i])
		}
		if err := m.add(doc, draftsOf(reports[i])); err != nil {
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

// errUnchanged marks a file whose bytes were already imported under its name.
var errUnchanged = errors.New("unchanged")

// previousVersion finds the stored import of the same file name, with its text,
// and points doc at it. Identical bytes are errUnchanged: storing them again
// would only duplicate the document.
func previousVersion(ws *store.Workspace, doc *model.Document) (model.Document, bool, error) {
	prev, found, err := ws.LatestDocumentByName(doc.Name)
	if err != nil || !found {
		return prev, false, err
	}
	if prev.SHA256 == doc.SHA256 {
		return prev, true, fmt.Errorf("%s is %w since it was imported on %s", doc.Name, errUnchanged, prev.ImportedAt.Format("2006-01-02"))
	}
	doc.Supersedes = prev.ID
	return prev, true, nil
}

// changesSince compares the new report with one extracted again from the stored
// previous version, so the DPO sees what the policy now says differently.
func changesSince(prev model.Document, cur policy.Report) []string {
	return policy.Compare(policy.Extract(prev), cur).Lines()
}

func (a *app) printChanges(prev model.Document, cur policy.Report) {
	lines := changesSince(prev, cur)
	if len(lines) == 0 {
		fmt.Fprintf(a.stderr, "%s: new version, no change in recipients, legal bases or retention\n", prev.Name)
		return
	}
	fmt.Fprintf(a.stderr, "%s: changes since the version imported on %s:\n", prev.Name, prev.ImportedAt.Format("2006-01-02"))
	for _, line := range lines {
		fmt.Fprintf(a.stderr, "  %s\n", line)
	}
}
