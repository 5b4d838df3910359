package model

import "time"

// ImportReview is one file read and extracted, before anything is stored: the
// document and what it suggests for the registers, each suggestion with the
// passage it was taken from. The application layer builds it from the importer's
// report, so the interface never depends on the importer.
type ImportReview struct {
	Document   Document
	Activities []SuggestedActivity
	Processors []SuggestedProcessor
	Findings   []ReviewFinding
	// Changes lists what the policy says differently from the previous import
	// of the same file ("+ recipients: …"); empty for a first import.
	Changes []string
	// PreviousImported is when the version Changes compares against was
	// imported; zero for a first import.
	PreviousImported time.Time
	// Facts are the document-level statements (controller, DPO, authority,
	// legal bases, rights, retention, transfers): shown for checking, not stored
	// as records.
	Facts []ReviewFact
}

// SuggestedActivity is a draft activity and where the policy describes it.
type SuggestedActivity struct {
	Activity Activity
	Evidence Evidence
	// MergesInto names the stored activity the draft would be merged into, ""
	// when it would be a new record.
	MergesInto string
}

// SuggestedProcessor is a draft processor (a recipient named in the policy).
type SuggestedProcessor struct {
	Processor  Processor
	Evidence   Evidence
	MergesInto string
}

// ReviewFinding is something in the policy a DPO should act on.
type ReviewFinding struct {
	Severity string // info, warn, high
	Message  string
	Evidence Evidence
}

// ReviewFact is one labelled statement of the policy, e.g. "controller".
type ReviewFact struct {
	Label    string
	Value    string
	Evidence Evidence
}

// ImportResult is what storing a reviewed import reports back.
type ImportResult struct {
	DocumentID uint64
	Name       string
	Activities int // activity suggestions written as drafts
	Processors int // processor suggestions written as drafts
	Merged     int // of those, merged into records that already existed
	Findings   int
	Summary    string // one line for the status line
}
