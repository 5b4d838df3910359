package model

import "time"

// Request is a data subject rights request (Art. 15–22, 7(3)) with its history.
// Its deadline is never stored: it is computed from Received, Jurisdiction and
// Events by the deadline engine, so a change of rules applies to every request.
type Request struct {
	ID           uint64         `json:"id"`
	Ref          string         `json:"ref"` // R-2026-0042
	Type         string         `json:"type"`
	Subject      string         `json:"subject"` // the data subject's name
	Contact      string         `json:"contact,omitempty"`
	Channel      string         `json:"channel"`  // email, letter, web form, phone, in person
	Received     time.Time      `json:"received"` // when it reached any channel, with its zone
	Jurisdiction string         `json:"jurisdiction"`
	Status       string         `json:"status"`
	Outcome      string         `json:"outcome,omitempty"` // fulfilled, refused, withdrawn
	Events       []RequestEvent `json:"events"`
	CreatedAt    time.Time      `json:"created_at"`
	UpdatedAt    time.Time      `json:"updated_at"`
	Version      int            `json:"version"` // incremented on every update; a stale copy is refused
}

// RequestEvent is one entry of a request's timeline.
type RequestEvent struct {
	Kind     string    `json:"kind"` // status, pause, resume, extend, note, close
	At       time.Time `json:"at"`
	Status   string    `json:"status,omitempty"`  // new status, for kind status and close
	Reason   string    `json:"reason,omitempty"`  // pause: identity, clarification, fee; extend: why
	Notified Date      `json:"notified"`          // extend: the day the data subject was told
	Outcome  string    `json:"outcome,omitempty"` // close
	Text     string    `json:"text,omitempty"`    // note
	Resumed  Date      `json:"resumed,omitempty"` // resume: the day the missing information arrived
	Paused   Date      `json:"paused,omitempty"`  // pause: the day the controller asked for it
}

// Organisation is the controller a workspace belongs to: the Art. 30(1)(a)
// details every activity shares, the competent supervisory authority, and the
// workspace's deadline settings (see organisation.go).
type Organisation struct {
	Name             string `json:"name"`
	Address          string `json:"address,omitempty"`
	Email            string `json:"email,omitempty"`
	Phone            string `json:"phone,omitempty"`
	Representative   string `json:"representative,omitempty"` // Art. 27
	DPOName          string `json:"dpo_name,omitempty"`
	DPOEmail         string `json:"dpo_email,omitempty"`
	DPOAddress       string `json:"dpo_address,omitempty"`
	Authority        string `json:"authority,omitempty"`         // competent supervisory authority
	AuthorityRegion  string `json:"authority_region,omitempty"`  // its region in model/data/authorities.toml
	AuthorityAddress string `json:"authority_address,omitempty"` // where complaints go

	Deadlines DeadlineSettings `json:"deadlines"`
}
