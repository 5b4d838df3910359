package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// CheckReport is the outcome of a workspace integrity check.
type CheckReport struct {
	Entries  int      `json:"entries"`  // journal entries verified
	Records  int      `json:"records"`  // records compared with the journal
	Problems []string `json:"problems"` // one line each; empty when the workspace is intact
}

// maxProblems bounds the report: past this, more lines help no one.
const maxProblems = 50

func (r *CheckReport) problem(format string, args ...any) {
	if len(r.Problems) < maxProblems {
		r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
	}
}

// Check verifies the whole workspace: the journal's hash chain and its anchor
// (a lost tail), every record against the journal's last state of it (a record
// changed behind the journal's back, or lost), each table row against its
// record, the counters against the records, and the due index against the
// open requests' deadlines. It returns ErrCorrupt, with the
// first problem in the message, when anything disagrees; the report lists up to
// 50 problems. It reads every record once; ctx cancels it between records.
func (w *Workspace) Check(ctx context.Context) (CheckReport, error) {
	var rep CheckReport
	checked, broken, err := w.VerifyAudit()
	if err != nil {
		return rep, err
	}
	rep.Entries = checked
	if broken != nil {
		rep.problem("audit journal broken at entry %d", broken.Seq)
	}
	if err := w.checkAnchor(); err != nil {
		rep.problem("%v", err)
	}
	err = w.view(func(txn *badger.Txn) error {
		last, err := journalStates(ctx, txn)
		if err != nil {
			return err
		}
		err = errors.Join(
			checkKind(ctx, txn, activities, last, &rep),
			checkKind(ctx, txn, processors, last, &rep),
			checkKind(ctx, txn, requests, last, &rep),
			checkKind(ctx, txn, documents, last, &rep),
		)
		if rule := w.due.Load(); rule != nil && err == nil {
			err = checkDueIndex(txn, rule, &rep)
		}
		return err
	})
	if err != nil {
		return rep, err
	}
	if n := len(rep.Problems); n > 0 {
		more := ""
		if n > 1 {
			more = fmt.Sprintf(" (and %d more)", n-1)
		}
		return rep, describe(ErrCorrupt, "workspace %q fails its integrity check: %s%s; restore the workspace from your last backup",
			w.opts.Name, rep.Problems[0], more)
	}
	return rep, nil
}

type recordRef struct {
	kind string
	id   uint64
}

// journalStates maps every record the journal mentions to the SHA-256 of its
// last "after" snapshot; a zero sum means the journal's last word is a delete.
func journalStates(ctx context.Context, txn *badger.Txn) (map[recordRef][32]byte, error) {
	last := map[recordRef][32]byte{}
	err := scanRaw(txn, prefixLog, func(_, v []byte) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		var e model.AuditEntry
		if err := decode(v, &e); err != nil {
			return err
		}
		if e.Action == actionDemoRemove {
			return demoRemovedStates(e, last)
		}
		if _, ok := recordPrefix[e.Kind]; !ok || e.RecordID == 0 {
			return nil
		}
		var sum [32]byte
		if len(e.After) > 0 {
			sum = sha256.Sum256(compact(e.After))
		}
		last[recordRef{e.Kind, e.RecordID}] = sum
		return nil
	})
	return last, err
}

func compact(b []byte) []byte {
	var buf bytes.Buffer
	if json.Compact(&buf, b) != nil {
		return b
	}
	return buf.Bytes()
}

// checkKind compares one kind's records, rows, copies and counter with the
// journal.
func checkKind[T any](ctx context.Context, txn *badger.Txn, s spec[T], last map[recordRef][32]byte, rep *CheckReport) error {
	seen, copies := 0, hasCopies(txn, s)
	err := scanRaw(txn, s.rec, func(k, v []byte) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		seen++
		rep.Records++
		id := idOf(k)
		var r T
		if err := decode(v, &r); err != nil {
			rep.problem("%s %d cannot be read", s.kind, id)
			return nil
		}
		ref := recordRef{s.kind, id}
		want, ok := last[ref]
		delete(last, ref)
		snap, err := json.Marshal(s.snapshot(&r))
		if err != nil {
			return err
		}
		switch {
		case !ok || want == [32]byte{}:
			rep.problem("%s %d is not in the audit journal", s.kind, id)
		case sha256.Sum256(snap) != want:
			rep.problem("%s %d differs from its last audit journal entry", s.kind, id)
		}
		if err := checkRow(txn, s, &r, rep); err != nil || !copies {
			return err
		}
		return checkCopy(txn, s, &r, rep)
	})
	if err != nil {
		return err
	}
	if copies {
		if n := countKeys(txn, s.cp); n != seen {
			rep.problem("there are %d %s copies for %d records", n, s.kind, seen)
		}
	}
	for ref, sum := range last {
		if ref.kind == s.kind && sum != [32]byte{} {
			rep.problem("%s %d is in the audit journal but missing", s.kind, ref.id)
		}
	}
	count, err := readUint(txn, keyCount(s.kind))
	if err != nil {
		return err
	}
	if count != uint64(seen) {
		rep.problem("the %s count says %d, there are %d", s.kind, count, seen)
	}
	return nil
}

// hasCopies says whether the records of s have copies in txn's workspace
// (hasActivityCopies; with an unreadable schema, what they should have).
func hasCopies[T any](txn *badger.Txn, s spec[T]) bool {
	if s.cp == nil {
		return false
	}
	copies, err := hasActivityCopies(txn)
	return copies || err != nil
}

// checkCopy compares the binary copy of a record (spec.cp) with the record.
func checkCopy[T any](txn *badger.Txn, s spec[T], r *T, rep *CheckReport) error {
	item, err := txn.Get(idKey(s.cp, s.id(r)))
	if err == badger.ErrKeyNotFound {
		rep.problem("%s %d has no copy", s.kind, s.id(r))
		return nil
	}
	if err != nil {
		return err
	}
	return item.Value(func(got []byte) error {
		if !bytes.Equal(got, s.copyOf(r)) {
			rep.problem("%s %d: its copy differs from the record", s.kind, s.id(r))
		}
		return nil
	})
}

// checkRow compares the slim row a table shows with the record it came from.
func checkRow[T any](txn *badger.Txn, s spec[T], r *T, rep *CheckReport) error {
	if s.row == nil {
		return nil
	}
	want, err := s.rowOf(r)
	if err != nil {
		return err
	}
	item, err := txn.Get(idKey(s.row, s.id(r)))
	if err != nil {
		rep.problem("%s %d has no table row", s.kind, s.id(r))
		return nil
	}
	return item.Value(func(got []byte) error {
		if q, ok := any(r).(*model.Request); ok && len(got) > 0 && got[0] < rowRequestV3 {
			// a row of an older layout, which the next read-write open brings up to date
			want = encodeRequestRowAs(got[0], q.Slim())
		}
		if !bytes.Equal(got, want) {
			rep.problem("%s %d: its table row differs from the record", s.kind, s.id(r))
		}
		return nil
	})
}
