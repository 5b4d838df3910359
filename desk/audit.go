package desk

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// BadRecordError is a record named in a way that names none.
type BadRecordError struct{ msg string }

func (e *BadRecordError) Error() string { return e.msg }

// Journal lists journal entries newest first: of one record (its ID, or a
// request ref, which names its kind too, because IDs are counted per kind),
// of one kind, or all; limit 0 means all.
func (d *Desk) Journal(record, kind string, limit int) ([]model.AuditEntry, error) {
	f := store.AuditFilter{Kind: kind, Limit: limit}
	if record != "" {
		if id, err := strconv.ParseUint(strings.TrimPrefix(record, "#"), 10, 64); err == nil {
			f.RecordID = id
		} else {
			r, err := d.ws.ResolveRequest(record)
			if err != nil {
				return nil, &BadRecordError{fmt.Sprintf("record %q: give a record ID or a request ref (%v)", record, err)}
			}
			f.RecordID, f.Kind = r.ID, "request"
		}
	}
	entries, err := d.ws.Audit(f)
	if entries == nil {
		entries = []model.AuditEntry{}
	}
	return entries, err
}

// VerifyJournal recomputes the journal's hash chain: how many entries are
// intact and the first broken one, if any.
func (d *Desk) VerifyJournal() (int, *model.AuditEntry, error) { return d.ws.VerifyAudit() }
