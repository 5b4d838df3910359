package model

import (
	"encoding/json"
	"time"
)

// AuditEntry is one entry of a workspace's append-only journal (Art. 5(2)
// accountability): what changed, when, and the record before and after. Entries
// chain by SHA-256 so that an altered or removed entry is detected.
type AuditEntry struct {
	Seq      uint64          `json:"seq"`
	At       time.Time       `json:"at"`
	Author   string          `json:"author,omitempty"` // who made the change: an OS user, or an SSH user and key fingerprint
	Action   string          `json:"action"`           // create, update, delete, or a named action such as request.extend
	Kind     string          `json:"kind"`             // activity, processor, request, document, organisation
	RecordID uint64          `json:"record_id"`
	Label    string          `json:"label"` // the record's name or ref at the time
	Before   json.RawMessage `json:"before,omitempty"`
	After    json.RawMessage `json:"after,omitempty"`
	Prev     string          `json:"prev"` // hex SHA-256 of the previous entry, "" for the first
	Hash     string          `json:"hash"` // hex SHA-256 over Prev and this entry's content
}
