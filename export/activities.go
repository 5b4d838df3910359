package export

import (
	"io"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dpodesk/dpodesk/model"
)

// ActivityColumns are the columns of the record of processing activities: every
// Art. 30(1) point, then the optional fields DPOs keep (GDPR.md §1.4). The keys are
// the JSON field names and what the register importer maps headers to.
var ActivityColumns = []Column{
	{Key: "id", Kind: model.LabelActivity},
	{Key: "name", Kind: model.LabelActivity},
	{Key: "description", Kind: model.LabelActivity, Wide: true},
	{Key: "controller", Kind: model.LabelActivity, Wide: true},
	{Key: "joint_controllers", Kind: model.LabelActivity, List: true},
	{Key: "representative", Kind: model.LabelActivity},
	{Key: "dpo", Kind: model.LabelActivity},
	{Key: "purposes", Kind: model.LabelActivity, List: true, Wide: true},
	{Key: "legal_bases", Kind: model.LabelActivity, List: true, Wide: true},
	{Key: "art9_conditions", Kind: model.LabelActivity, List: true, Wide: true},
	{Key: "data_subjects", Kind: model.LabelActivity, List: true},
	{Key: "data_categories", Kind: model.LabelActivity, List: true},
	{Key: "recipients", Kind: model.LabelActivity, List: true},
	{Key: "processors", Kind: model.LabelActivity, List: true},
	{Key: "independent_controllers", Kind: model.LabelActivity, List: true},
	{Key: "transfers", Kind: model.LabelActivity, List: true, Wide: true},
	{Key: "retention", Kind: model.LabelActivity, List: true, Wide: true},
	{Key: "toms", Kind: model.LabelActivity, Wide: true},
	{Key: "data_source", Kind: model.LabelActivity},
	{Key: "owner", Kind: model.LabelActivity},
	{Key: "systems", Kind: model.LabelActivity, List: true},
	{Key: "dpia", Kind: model.LabelActivity},
	{Key: "next_review", Kind: model.LabelActivity},
	{Key: "status", Kind: model.LabelActivity},
}

// justificationPrefix marks a recorded reason why a "where possible" field is
// empty; the register importer reads it back into the justification field.
func justificationPrefix(lang string) string { return pick(lang, "Justification: ", "Begründung: ") }

// ActivityTable lays the activities out in ActivityColumns order.
func ActivityTable(reg Register, lang string) Table {
	layout := newActivityLayout(reg, lang)
	t := Table{Kind: "activities", Columns: ActivityColumns,
		Title: pick(lang, "Record of processing activities", "Verzeichnis von Verarbeitungstätigkeiten")}
	for _, a := range reg.Activities {
		row := newRowCells(len(ActivityColumns))
		layout.row(&row, a)
		t.Rows = append(t.Rows, row.cells)
	}
	return t
}

// activityLayout lays out activities as rows: what every row takes from the
// organisation and the processors is worked out once.
type activityLayout struct {
	org             model.Organisation
	controller, dpo string
	procs           map[uint64]model.Processor
	lang            string
}

func newActivityLayout(reg Register, lang string) activityLayout {
	return activityLayout{org: reg.Org, procs: processorsByID(reg.Processors), lang: lang,
		controller: joinNonEmpty(", ", reg.Org.Name, reg.Org.Address, reg.Org.Email),
		dpo:        joinNonEmpty(", ", reg.Org.DPOName, reg.Org.DPOEmail)}
}

// row adds the cells of a, in ActivityColumns order.
func (l activityLayout) row(row *rowCells, a model.Activity) {
	lang := l.lang
	rep := a.Representative
	if rep == "" {
		rep = l.org.Representative
	}
	linked := linkedByRole(a.ProcessorIDs, l.procs)
	row.text(strconv.FormatUint(a.ID, 10))
	row.text(a.Name)
	row.text(a.Description)
	row.text(l.controller)
	row.cell(append(texts(a.JointControllers), linked.joint...))
	row.text(rep)
	row.text(l.dpo)
	row.texts(a.Purposes)
	row.legalBases(a.LegalBases, lang)
	row.legalBases(a.Art9Conditions, lang)
	row.terms(model.VocabDataSubject, a.DataSubjects, lang)
	row.terms(model.VocabDataCategory, a.DataCategories, lang)
	row.terms(model.VocabRecipientCategory, a.Recipients, lang)
	row.cell(linked.processors)
	row.cell(linked.controllers)
	row.cell(transfers(a.Transfers, lang))
	row.cell(retention(a, lang))
	row.cell(withJustification(a.TOMs, a.TOMsJustification, lang))
	row.term(model.VocabDataSource, a.DataSource, lang)
	row.text(a.Owner)
	row.texts(a.Systems)
	row.term(model.VocabDPIADecision, a.DPIA.Decision, lang)
	row.date(a.NextReview)
	row.text(model.StatusLabel(string(a.Status), lang))
}

// legalBases shows each code with its label and citation; a stored value that is
// not a code stays as the DPO wrote it.
func legalBases(codes []string, lang string) Cell { return appendLegalBases(nil, codes, lang) }

// appendLegalBases appends an item for each of codes, as legalBases shows them.
func appendLegalBases(items []Item, codes []string, lang string) []Item {
	for _, code := range codes {
		items = append(items, legalBasisItem(code, lang))
	}
	return items
}

// legalBasisItem is one legal basis of legalBases. The items are kept by code
// and language: a record of 10,000 activities names a few dozen bases, and
// reading a citation runs regular expressions. The memory is bounded by
// maxKnownBases; past it an item is made each time.
func legalBasisItem(code, lang string) Item {
	key := lang + "\x00" + code
	if it, ok := knownBases.Load(key); ok {
		return it.(Item)
	}
	it := Item{Text: code}
	if b, err := model.ParseLegalBasis(code); err == nil {
		it = Item{Text: b.Label(lang), Key: b.Code()}
	}
	if knownBaseCount.Add(1) <= maxKnownBases {
		knownBases.Store(key, it)
	}
	return it
}

const maxKnownBases = 4096

var (
	knownBases     sync.Map // lang NUL code → Item
	knownBaseCount atomic.Int64
)

func processorsByID(ps []model.Processor) map[uint64]model.Processor {
	m := make(map[uint64]model.Processor, len(ps))
	for _, p := range ps {
		m[p.ID] = p
	}
	return m
}

// linked sorts an activity's linked records by their role: Art. 28 processors
// (and sub-processors), independent controllers that receive data (Art. 4(9)
// recipients, not processors) and joint controllers (Art. 26, point (a)).
type linked struct{ processors, controllers, joint Cell }

// linkedByRole names the linked records in their column; an ID with no record
// left says so among the processors instead of disappearing from the register.
func linkedByRole(ids []uint64, procs map[uint64]model.Processor) linked {
	var l linked
	for _, id := range ids {
		key := strconv.FormatUint(id, 10)
		p, ok := procs[id]
		switch {
		case !ok:
			l.processors = append(l.processors, Item{Text: "#" + key + " (deleted)", Key: key})
		case p.Role == "independent_controller":
			l.controllers = append(l.controllers, Item{Text: p.Name, Key: key})
		case p.Role == "joint_controller":
			l.joint = append(l.joint, Item{Text: p.Name, Key: key})
		default:
			l.processors = append(l.processors, Item{Text: p.Name, Key: key})
		}
	}
	return l
}

// transfers writes "United States (US): Zendesk, Inc. – EU-US Data Privacy Framework".
func transfers(ts []model.Transfer, lang string) Cell {
	var c Cell
	for _, t := range ts {
		s := countryName(t.Country, lang)
		if t.Recipient != "" {
			s += ": " + t.Recipient
		}
		mech := pick(lang, "no safeguard recorded", "keine Garantie erfasst")
		if t.Mechanism != "" {
			mech = model.Label(model.VocabTransferMechanism, model.NormalizeMechanism(t.Mechanism), lang)
		}
		s += " – " + mech
		if t.Documentation != "" {
			s += " (" + t.Documentation + ")"
		}
		c = append(c, Item{Text: s, Key: t.Country})
	}
	return c
}

func retention(a model.Activity, lang string) Cell {
	var c Cell
	for _, r := range a.Retention {
		s := r.Period
		if r.Category != "" {
			s = r.Category + ": " + r.Period
		}
		c = append(c, Item{Text: s})
	}
	if len(c) == 0 && a.RetentionJustification != "" {
		c = text(justificationPrefix(lang) + a.RetentionJustification)
	}
	return c
}

func withJustification(v, why, lang string) Cell {
	if v == "" && why != "" {
		return text(justificationPrefix(lang) + why)
	}
	return text(v)
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// ActivitiesCSV streams the record of processing activities as CSV: the bytes
// ROPA gives in CSV for the same activities in the same order. reg holds the
// organisation and the processors the activities name (its Activities are not
// read); each reads the activities as RequestsCSV's each reads the requests,
// and line may run on other goroutines.
func ActivitiesCSV(w io.Writer, reg Register, each func(line func(dst []byte, a model.Activity) ([]byte, error), fn func([]byte) error) error, opts Options) error {
	return streamCSV(w, ActivityColumns, opts, newActivityLayout(reg, opts.Lang).row, each)
}

// ROPA renders the record of processing activities in opts.Format. For XLSX it
// writes the whole workbook: activities, processors and requests sheets.
func ROPA(w io.Writer, reg Register, opts Options) error {
	if opts.Format == FormatXLSX {
		return Workbook(w, reg, opts)
	}
	return write(w, ActivityTable(reg, opts.Lang), reg, opts)
}
