package model

import (
	"strings"
	"time"
)

// ActivityRow is the slim projection of an Activity that tables and the dashboard
// need. The store keeps one beside every record so that opening a workspace with
// 10,000 activities reads a few hundred kilobytes, not every full record.
type ActivityRow struct {
	ID         uint64       `json:"id"`
	Name       string       `json:"name"`
	Status     RecordStatus `json:"status"`
	Purposes   string       `json:"purposes"` // joined with "; "
	LegalBases []string     `json:"legal_bases"`
	Processors int          `json:"processors"`
	NextReview Date         `json:"next_review"`
	Missing    []string     `json:"missing,omitempty"` // Art. 30(1) fields still empty
	DPIAOpen   bool         `json:"dpia_open"`         // screening suggests a DPIA and no decision is recorded
	UpdatedAt  time.Time    `json:"updated_at"`
}

// Row projects an activity onto its table row.
func (a Activity) Row() ActivityRow {
	return ActivityRow{
		ID: a.ID, Name: a.Name, Status: a.Status,
		Purposes:   strings.Join(a.Purposes, "; "),
		LegalBases: a.LegalBases, Processors: len(a.ProcessorIDs),
		NextReview: a.NextReview, Missing: a.MissingFields(),
		DPIAOpen:  a.DPIA.Decision == "" && ScreenDPIA(a).Suggest == DPIARequired,
		UpdatedAt: a.UpdatedAt,
	}
}

// MissingFields lists the Art. 30(1) points (b)–(g) that are empty. A "where
// possible" point, (f) retention or (g) measures, counts as filled when a
// justification for leaving it empty is recorded.
func (a Activity) MissingFields() []string {
	var m []string
	add := func(empty bool, field string) {
		if empty {
			m = append(m, field)
		}
	}
	add(len(a.Purposes) == 0, "purposes")
	add(len(a.LegalBases) == 0, "legal_bases")
	add(len(a.DataSubjects) == 0, "data_subjects")
	add(len(a.DataCategories) == 0, "data_categories")
	add(len(a.Recipients) == 0 && len(a.ProcessorIDs) == 0, "recipients")
	add(len(a.Retention) == 0 && a.RetentionJustification == "", "retention")
	add(a.TOMs == "" && a.TOMsJustification == "", "toms")
	return m
}

// ProcessorRow is the slim projection of a Processor for tables and the dashboard.
type ProcessorRow struct {
	ID                uint64       `json:"id"`
	Name              string       `json:"name"`
	Status            RecordStatus `json:"status"`
	Role              string       `json:"role"`
	Country           string       `json:"country"`
	TransferMechanism string       `json:"transfer_mechanism"`
	DPAStatus         string       `json:"dpa_status"`
	DPASignedOn       Date         `json:"dpa_signed_on"`
	NextReview        Date         `json:"next_review"`
}

// Row projects a processor onto its table row.
func (p Processor) Row() ProcessorRow {
	return ProcessorRow{
		ID: p.ID, Name: p.Name, Status: p.Status, Role: p.Role, Country: p.Country,
		TransferMechanism: p.TransferMechanism, DPAStatus: p.DPA.Status,
		DPASignedOn: p.DPA.SignedOn, NextReview: p.DPA.NextReview,
	}
}

// Slim returns the part of a request that tables, the deadline engine and the
// requests export need: everything but the text of notes. The store keeps it
// beside every request so that 100,000 requests load in one short scan.
func (r Request) Slim() Request {
	s := r
	s.Events = nil
	for _, e := range r.Events {
		if e.Kind == "note" {
			continue
		}
		e.Text = ""
		s.Events = append(s.Events, e)
	}
	return s
}
