package tui

import (
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// The interface talks to the core only through these consumer-side interfaces, so
// that cmd can hand over the concrete workspace and the page tests can run against
// anything with the same methods. The signatures match *store.Workspace.

// ActivityStore is the record of processing activities.
type ActivityStore interface {
	ActivityRows() ([]model.ActivityRow, error)
	GetActivity(id uint64) (model.Activity, error)
	CreateActivity(a *model.Activity) error
	UpdateActivity(a *model.Activity) error
	DeleteActivity(id uint64) error
}

// RequestStore is the register of data subject requests. RequestRows returns slim
// requests (no contact, no note texts) so that 100,000 of them load quickly.
type RequestStore interface {
	RequestRows() ([]model.Request, error)
	GetRequest(id uint64) (model.Request, error)
	CreateRequest(r *model.Request) error
	UpdateRequest(r *model.Request, action string) error
	DeleteRequest(id uint64) error
}

// ProcessorStore is the register of processors and their DPAs.
type ProcessorStore interface {
	ProcessorRows() ([]model.ProcessorRow, error)
	GetProcessor(id uint64) (model.Processor, error)
	CreateProcessor(p *model.Processor) error
	UpdateProcessor(p *model.Processor) error
	DeleteProcessor(id uint64) error
	ActivitiesOfProcessor(id uint64) ([]model.ActivityRow, error)
}

// AuditStore reads the journal newest first. kind "" and recordID 0 mean every
// record; beforeSeq 0 means from the newest entry; limit caps one page.
type AuditStore interface {
	AuditEntries(kind string, recordID uint64, limit int, beforeSeq uint64) ([]model.AuditEntry, error)
}

// DocumentStore lists imported documents (without their text) and reads one
// with its text.
type DocumentStore interface {
	ListDocuments() ([]model.Document, error)
	GetDocument(id uint64) (model.Document, error)
}

// Stores is everything the interface needs from a workspace.
type Stores interface {
	ActivityStore
	RequestStore
	ProcessorStore
	AuditStore
	DocumentStore
}

// ImportResult is what an import from the Documents page reports back.
type ImportResult struct {
	DocumentID uint64
	Name       string
	Activities int // activity suggestions written as drafts
	Processors int // processor suggestions written as drafts
	Merged     int // of those, merged into records that already existed
	Findings   int
	Summary    string // one line for the status line
}

// Options configures the interface. Zero values get defaults in withDefaults.
type Options struct {
	Workspace string // name shown in the header
	// CanSwitch offers "Switch workspace" (W), which ends the program with
	// ExitSwitch; off for a directory opened with --db.
	CanSwitch           bool
	Lang                string // "en" | "de" labels
	Theme               string // "auto" | "dark" | "light"
	DateFormat          string // Go layout for display, default "2006-01-02"
	Rules               model.DeadlineRules
	DefaultJurisdiction string
	Now                 func() time.Time // injectable clock for tests
	LoadDemo            func() error     // fills the workspace with demo data
	// DraftLetter drafts the letter of one step of a request (desk.Desk.RequestLetter):
	// ref, kind (export.LetterKinds), lang; nil when the build has none.
	DraftLetter func(ref, kind, lang string) (string, error)
	// ReadImport reads and extracts one file without storing anything; nil
	// when the build has no importer, and the Documents page says so.
	ReadImport func(path string) (ImportReview, error)
	// ApplyImport stores the document of a review and the suggestions the user
	// accepted (by index, as edited in the review) in one transaction.
	ApplyImport func(r ImportReview, acceptedActivities, acceptedProcessors []int) (ImportResult, error)
}

func (o Options) withDefaults() Options {
	if o.Lang != "de" {
		o.Lang = "en"
	}
	if o.Theme == "" {
		o.Theme = "auto"
	}
	if o.DateFormat == "" {
		o.DateFormat = model.DateLayout
	}
	if o.DefaultJurisdiction == "" {
		o.DefaultJurisdiction = "eu"
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Workspace == "" {
		o.Workspace = "default"
	}
	return o
}

// today is the calendar day the deadlines count from.
func (o Options) today() model.Date { return model.DateOf(o.Now()) }

// fmtDate formats a Date with the configured layout; "—" stays out of tables.
func (o Options) fmtDate(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	if o.DateFormat == model.DateLayout {
		return d.String()
	}
	return d.Time().Format(o.DateFormat)
}
