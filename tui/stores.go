package tui

import (
	"context"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// The interface talks to the core only through these consumer-side interfaces:
// the application layer (*desk.Desk) satisfies them, the CLI's main and the SSH
// server hand it over, and the page tests run against a real workspace with the
// same methods.

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
	// EachRequestRow hands the slim rows over one at a time, in ID order.
	EachRequestRow(fn func(model.Request) error) error
	GetRequest(id uint64) (model.Request, error)
	CreateRequest(r *model.Request) error
	// ActOnRequest applies a lifecycle step to the stored request and saves it
	// under the audit action, re-applying it when someone saved in between.
	ActOnRequest(id uint64, action string, apply func(*model.Request) error) (model.Request, error)
	DeleteRequest(id uint64) error
	// Rules are the workspace's deadline rules, as they are now: the Settings
	// page can change them.
	Rules() model.DeadlineRules
	// RequestTally counts the requests as the dashboard shows them, at the
	// cost of the open requests (the due index), not of the register.
	RequestTally() (model.RequestTally, error)
	// RequestsDueBetween are the open requests due from one day to another,
	// read from the due index.
	RequestsDueBetween(from, to model.Date) ([]model.Request, error)
}

// ProcessorStore is the register of processors and their DPAs.
type ProcessorStore interface {
	ProcessorRows() ([]model.ProcessorRow, error)
	GetProcessor(id uint64) (model.Processor, error)
	CreateProcessor(p *model.Processor) error
	UpdateProcessor(p *model.Processor) error
	DeleteProcessor(id uint64) error
	// CheckDeleteProcessor refuses, naming them, while activities use it.
	CheckDeleteProcessor(id uint64) error
	ActivitiesOfProcessor(id uint64) ([]model.ActivityRow, error)
	// VendorSuggestions offers catalogue entries for a name being typed, as
	// processors whose fields the DPO confirms.
	VendorSuggestions(prefix string, limit int) []model.Processor
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

// Importer reads a policy for review without storing anything, and stores the
// document with the suggestions the DPO accepted (by index, as edited in the
// review) in one transaction.
type Importer interface {
	ReadImport(path string) (model.ImportReview, error)
	ApplyImport(r model.ImportReview, acceptedActivities, acceptedProcessors []int) (model.ImportResult, error)
}

// Checker runs every compliance rule over every record: what `dpodesk check`
// reports.
type Checker interface {
	Findings(ctx context.Context) ([]model.Finding, error)
}

// DemoLoader fills an empty workspace with the demo organisation, and removes
// the demo's records again (never the user's).
type DemoLoader interface {
	LoadDemoData(ctx context.Context) error
	DemoDescription() string // what the demo adds: "25 activities, …"
	HasDemo() (bool, error)
	RemoveDemoData(ctx context.Context) (removed string, err error)
}

// Services is everything the interface needs from the application layer.
type Services interface {
	ActivityStore
	RequestStore
	ProcessorStore
	AuditStore
	DocumentStore
	Importer
	Checker
	DemoLoader
	Searcher
	BreachService
	OrganisationStore
	Exporter
	LetterDrafter
}

// LetterDrafter drafts the letter of one step of a request: ref, kind
// (identity, clarification, extension, refusal, erasure, rectification,
// access) and language, from the register and the organisation.
type LetterDrafter interface {
	DraftLetter(ref, kind, lang string) (string, error)
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
	DefaultJurisdiction string
	Now                 func() time.Time // injectable clock for tests
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
