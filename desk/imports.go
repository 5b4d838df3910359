package desk

import (
	"errors"
	"fmt"
	"time"

	"github.com/dpodesk/dpodesk/importers"
	"github.com/dpodesk/dpodesk/importers/policy"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// ReadPolicies reads and extracts every file before anything is stored, so one
// unreadable file stops the whole import with nothing written. It needs no
// workspace: `import` without --apply opens none.
func ReadPolicies(paths []string, now time.Time) ([]model.Document, []policy.Report, error) {
	docs := make([]model.Document, 0, len(paths))
	reports := make([]policy.Report, 0, len(paths))
	for _, p := range paths {
		doc, err := importers.Read(p)
		if err != nil {
			return nil, nil, err
		}
		doc.ImportedAt = now
		r := policy.Extract(doc)
		r.Source = p
		docs = append(docs, doc)
		reports = append(reports, r)
	}
	return docs, reports, nil
}

// DocumentApplied says what happened to one document of an applied import.
type DocumentApplied struct {
	Name string
	// Unchanged is set when the same bytes were imported before under this
	// name: nothing is stored for it.
	Unchanged        bool
	PreviousImported time.Time // zero for a first import
	Changes          []string  // what the policy says differently from the previous import
}

// ImportApplied is what ApplyImports stored.
type ImportApplied struct {
	Documents                       []DocumentApplied
	Stored                          int
	NewActivities, MergedActivities int
	NewProcessors, MergedProcessors int
}

// ApplyImports stores the documents and their suggestions as one changeset: the
// documents, draft activities and processors, and merges into records that
// already exist under the same name or alias. A re-import of a policy already
// stored under the same file name is linked to it and its changes reported.
func (d *Desk) ApplyImports(docs []model.Document, reports []policy.Report) (ImportApplied, error) {
	if err := d.allow(ActEdit, "import into the register"); err != nil {
		return ImportApplied{}, err
	}
	var out ImportApplied
	m := newMerger(d.ws)
	for i := range docs {
		doc := &docs[i]
		da := DocumentApplied{Name: doc.Name}
		prev, found, err := previousVersion(d.ws, doc)
		if errors.Is(err, errUnchanged) {
			da.Unchanged, da.PreviousImported = true, prev.ImportedAt
			out.Documents = append(out.Documents, da)
			continue
		}
		if err != nil {
			return out, err
		}
		if found {
			da.PreviousImported, da.Changes = prev.ImportedAt, changesSince(prev, reports[i])
		}
		out.Documents = append(out.Documents, da)
		if err := m.add(doc, draftsOf(reports[i])); err != nil {
			return out, err
		}
	}
	if len(m.cs.Documents) == 0 {
		return out, nil
	}
	if err := d.ws.Apply(m.cs); err != nil {
		return out, err
	}
	out.Stored = len(m.cs.Documents)
	out.NewActivities, out.MergedActivities = len(m.cs.NewActivities), len(m.cs.ChangedActivities)
	out.NewProcessors, out.MergedProcessors = len(m.cs.NewProcessors), len(m.cs.ChangedProcessors)
	return out, nil
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
