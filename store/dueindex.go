package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// DueRule is how the due index files an open request: the deadline the
// workspace's rules give it. The desk sets it when it opens a workspace and
// again when the deadline settings change. Fingerprint names the rules (the
// settings and the calendar data they use): an index built under another
// fingerprint is rebuilt, so a due date in the index is always the one the
// rules in force compute.
type DueRule struct {
	Fingerprint string
	Deadline    func(model.Request) model.Deadline
}

// DueEntry is one open request in the due index: the counts and the first
// screens of the interface read these instead of decoding every request.
type DueEntry struct {
	ID       uint64
	Due      model.Date
	Paused   bool
	Extended bool
}

var (
	prefixDue         = []byte("ix/" + kindRequest + "/due/")
	prefixOrderedRow  = []byte("ix/" + kindRequest + "/order/")
	prefixWidth       = []byte("ix/" + kindRequest + "/width/")
	keyDueFingerprint = []byte("meta/dueindex")
)

// dueIndexLayout is written before the rules' fingerprint: an index of an
// older layout is rebuilt like one of other rules. 2: the ordered rows;
// 3: the rebuild also brings rows written before they carried the contact
// up to date; 4: the widths of the request table's columns.
const dueIndexLayout = "4|"

const (
	dueFlagPaused   = 1
	dueFlagExtended = 2
)

// dueKey is ix/request/due/<date><flags>/<id>: in due order, the flags in the
// key so a pause or an extension moves the key within the transaction.
func dueKey(id uint64, dl model.Deadline) []byte {
	var v [5]byte
	copy(v[:4], dayBytes(dl.Due))
	if dl.Paused {
		v[4] |= dueFlagPaused
	}
	if dl.Extended {
		v[4] |= dueFlagExtended
	}
	return join(prefixDue, v[:], []byte("/"), u64(id))
}

// orderedRowKey is ix/request/order/<date>/<id>, the key of every request's
// second row, in the order of model.CompareDue: due date (no date first), then ID.
func orderedRowKey(id uint64, dl model.Deadline) []byte {
	return join(prefixOrderedRow, dayBytes(dl.Due), []byte("/"), u64(id))
}

// dayBytes is a date as four bytes that sort as its text does; no date is zero.
func dayBytes(d model.Date) []byte {
	var v [4]byte
	if !d.IsZero() {
		binary.BigEndian.PutUint32(v[:], uint32(d.Year*512+int(d.Month)*32+d.Day))
	}
	return v[:]
}

func parseDueKey(k []byte) (DueEntry, bool) {
	rest := k[len(prefixDue):]
	if len(rest) != 5+1+8 {
		return DueEntry{}, false
	}
	v := binary.BigEndian.Uint32(rest[:4])
	e := DueEntry{ID: idOf(k), Paused: rest[4]&dueFlagPaused != 0, Extended: rest[4]&dueFlagExtended != 0}
	if v != 0 {
		e.Due = model.Date{Year: int(v / 512), Month: time.Month(v % 512 / 32), Day: int(v % 32)}
	}
	return e, true
}

// requestWidthColumns are the columns of the request table whose widest
// value the width index keeps, each under its tag: every request files the
// width (model.LineWidth) of its value in each under
// ix/request/width/<tag><width>/<id>, so the widest is the last key of the
// tag, one seek away, and `request list` lays out its table without reading
// every request first. The widths do not depend on the rules; they are kept
// with the keys that do so that a workspace written before them gets them
// from the same rebuild.
var requestWidthColumns = [...]struct {
	tag   byte
	value func(*model.Request) string
}{
	{'r', func(r *model.Request) string { return r.Ref }},
	{'s', func(r *model.Request) string { return r.Subject }},
	{'t', func(r *model.Request) string { return r.Type }},
	{'u', func(r *model.Request) string { return r.Status }},
}

// widthKey is ix/request/width/<tag><width>/<id>, the width four bytes that
// sort as the number does.
func widthKey(tag byte, width int, id uint64) []byte {
	var v [5]byte
	v[0] = tag
	binary.BigEndian.PutUint32(v[1:], uint32(min(width, math.MaxUint32)))
	return join(prefixWidth, v[:], []byte("/"), u64(id))
}

// requestDerived are a request's keys under rule, from one computation of its
// deadline: its due index key while it is open, its width keys, and its
// ordered row's key.
func requestDerived(rule *DueRule, r *model.Request) derivedKeys {
	dl := rule.Deadline(*r)
	d := derivedKeys{ordered: orderedRowKey(r.ID, dl), index: make([][]byte, 0, 1+len(requestWidthColumns))}
	if model.RequestOpen(*r) {
		d.index = append(d.index, dueKey(r.ID, dl))
	}
	for _, c := range requestWidthColumns {
		d.index = append(d.index, widthKey(c.tag, model.LineWidth(c.value(r)), r.ID))
	}
	return d
}

// RequestWidths are the widths (model.LineWidth) of the widest value of each
// of requestWidthColumns among the workspace's requests, in the table's
// order: ref, subject, type, status. Any says whether it has a request at all.
type RequestWidths struct {
	Columns [len(requestWidthColumns)]int
	Any     bool
}

// RequestWidths reads the widest value of each column from the width index,
// in one snapshot. ready is false while the index was not built under the
// rule in force (or no rule is set); the caller then measures the rows.
func (w *Workspace) RequestWidths() (widths RequestWidths, ready bool, err error) {
	ready, err = w.viewIndexed(func(txn *badger.Txn) error {
		for i, c := range requestWidthColumns {
			n, found, err := widest(txn, c.tag)
			if err != nil {
				return err
			}
			widths.Columns[i], widths.Any = n, widths.Any || found
		}
		return nil
	})
	return widths, ready, err
}

// widest is the largest width filed under tag: the last of its keys.
func widest(txn *badger.Txn, tag byte) (width int, found bool, err error) {
	prefix := join(prefixWidth, []byte{tag})
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, Reverse: true})
	defer it.Close()
	it.Seek(join(prefix, bytes.Repeat([]byte{0xff}, 4+1+8)))
	if !it.Valid() {
		return 0, false, nil
	}
	k := it.Item().Key()
	if len(k) != len(prefix)+4+1+8 {
		return 0, false, fmt.Errorf("width index: malformed key %q", k)
	}
	return int(binary.BigEndian.Uint32(k[len(prefix):])), true, nil
}

// SetDueRule sets the rule the due index follows from now on and rebuilds the
// index when it was built under another rule (or by a write that had none). It
// holds the workspace exclusively while it rebuilds, so no write slips between.
// A read-only workspace keeps its index; DueIndexReady then says whether it
// can be used.
func (w *Workspace) SetDueRule(rule *DueRule) error {
	w.bulk.Lock()
	defer w.bulk.Unlock()
	w.due.Store(rule)
	if rule == nil || w.opts.ReadOnly {
		return nil
	}
	ready, err := w.dueIndexReady(rule)
	if err != nil || ready {
		return err
	}
	if err := w.rebuildDueIndex(rule); err != nil {
		return fmt.Errorf("workspace %q: rebuild the due index: %w", w.opts.Name, mapFault(w.opts.Name, err))
	}
	return nil
}

// DueIndexReady says whether the due index was built under the rule in force.
func (w *Workspace) DueIndexReady() (bool, error) {
	rule := w.due.Load()
	if rule == nil {
		return false, nil
	}
	return w.dueIndexReady(rule)
}

func (w *Workspace) dueIndexReady(rule *DueRule) (ready bool, err error) {
	err = w.view(func(txn *badger.Txn) (err error) {
		ready, err = builtUnder(txn, rule)
		return err
	})
	return ready, err
}

// builtUnder says whether the index in txn was built under rule.
func builtUnder(txn *badger.Txn, rule *DueRule) (bool, error) {
	item, err := txn.Get(keyDueFingerprint)
	if err == badger.ErrKeyNotFound {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	var ready bool
	err = item.Value(func(v []byte) error {
		ready = string(v) == dueIndexLayout+rule.Fingerprint
		return nil
	})
	return ready, err
}

// indexedRows calls fn with every request's row as stored and the keys the
// due index should hold for it under rule: its due key while it is open, and
// the key of its ordered row. A rebuild writes these and a check compares.
func indexedRows(txn *badger.Txn, rule *DueRule, fn func(id uint64, row []byte, due [][]byte, ordered []byte) error) error {
	r := newRowReader()
	return scanRaw(txn, prefixRequestRow, func(_, b []byte) error {
		r.recycle()
		row, err := decodeRequestRow(r, b)
		if err != nil {
			return err
		}
		d := requestDerived(rule, &row)
		return fn(row.ID, b, d.index, d.ordered)
	})
}

// derivedPrefixes hold every key of the derived index.
var derivedPrefixes = [][]byte{prefixDue, prefixOrderedRow, prefixWidth}

// rebuildDueIndex deletes the index and files every request again: its due
// key while open, its width keys and its ordered row. The fingerprint is deleted with the old
// keys and written last, so a crash half-way leaves an index the next open
// rebuilds. Nothing is held per request: at a million requests a rebuild that
// kept the set of fresh keys to spare their deletion held more than a gigabyte.
// The caller holds w.bulk exclusively.
func (w *Workspace) rebuildDueIndex(rule *DueRule) error {
	wb := w.db.NewWriteBatch()
	defer wb.Cancel()
	if err := wb.Delete(keyDueFingerprint); err != nil {
		return err
	}
	err := w.view(func(txn *badger.Txn) error {
		for _, prefix := range derivedPrefixes {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
			for it.Rewind(); it.Valid(); it.Next() {
				if err := wb.Delete(it.Item().KeyCopy(nil)); err != nil {
					it.Close()
					return err
				}
			}
			it.Close()
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := wb.Flush(); err != nil {
		return err
	}
	wb = w.db.NewWriteBatch()
	err = w.view(func(txn *badger.Txn) error {
		return indexedRows(txn, rule, func(id uint64, row []byte, due [][]byte, ordered []byte) error {
			for _, k := range due {
				if err := wb.Set(k, nil); err != nil {
					return err
				}
			}
			row, err := currentRow(txn, wb, id, row)
			if err != nil {
				return err
			}
			return wb.Set(ordered, row)
		})
	})
	if err != nil {
		return err
	}
	if err := wb.Set(keyDueFingerprint, []byte(dueIndexLayout+rule.Fingerprint)); err != nil {
		return err
	}
	return wb.Flush()
}

// currentRow is a copy of the request's row as this build writes it: a row of
// an older layout (before rows carried the contact) is made again from the
// record and written back with wb, so that a workspace's rows are brought up to
// date by the rebuild its first open after an upgrade runs.
func currentRow(txn *badger.Txn, wb *badger.WriteBatch, id uint64, row []byte) ([]byte, error) {
	now, made, err := requestRowNow(txn, id, row)
	if err != nil || !made {
		return append([]byte(nil), now...), err
	}
	return now, wb.Set(idKey(prefixRequestRow, id), now)
}

// requestRowNow is the request's row in the current layout: row itself, or,
// for a row written before rows carried the contact, the row made anew from
// the request's record (made is then true).
func requestRowNow(txn *badger.Txn, id uint64, row []byte) (now []byte, made bool, err error) {
	if len(row) > 0 && row[0] >= rowRequestV3 {
		return row, false, nil
	}
	r, err := requests.load(txn, id)
	if err != nil {
		return nil, false, err
	}
	now, err = requests.rowOf(&r)
	return now, err == nil, err
}

// DueIndex reads the due index in one snapshot: the number of requests, and
// every open request through fn, soonest first (no date first, ties by ID).
// ready is false, and fn is not called, while the index was not built under
// the rule in force (or no rule is set); the caller then computes from the rows.
// An error fn returns ends the read and is returned.
func (w *Workspace) DueIndex(fn func(DueEntry) error) (total int, ready bool, err error) {
	ready, err = w.viewIndexed(func(txn *badger.Txn) error {
		n, err := readUint(txn, keyCount(kindRequest))
		if err != nil {
			return err
		}
		total = int(n)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixDue})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			e, ok := parseDueKey(it.Item().Key())
			if !ok {
				return fmt.Errorf("due index: malformed key %q", it.Item().Key())
			}
			if err := fn(e); err != nil {
				return err
			}
		}
		return nil
	})
	return total, ready, err
}

// checkDueIndex compares the due index with the requests under the rule in
// force: an open request missing from it or filed under another date or
// state, a key without an open request, and an ordered row that is missing,
// misplaced or not the request's row are problems.
func checkDueIndex(txn *badger.Txn, rule *DueRule, rep *CheckReport) error {
	// not built yet, or under other rules: the next open (re)builds it
	if built, err := builtUnder(txn, rule); err != nil || !built {
		return err
	}
	want := map[string]uint64{}
	rows := map[string][]byte{}
	widths := widthCheck{want: map[uint64][len(requestWidthColumns)]uint32{}, seen: map[uint64]uint8{}}
	err := indexedRows(txn, rule, func(id uint64, row []byte, due [][]byte, ordered []byte) error {
		for _, k := range due {
			if widths.expect(k) {
				continue
			}
			want[string(k)] = id
		}
		want[string(ordered)] = id
		rows[string(ordered)] = append([]byte(nil), row...)
		return nil
	})
	if err != nil {
		return err
	}
	for _, prefix := range [][]byte{prefixDue, prefixOrderedRow} {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		for it.Rewind(); it.Valid(); it.Next() {
			k := it.Item().Key()
			if _, ok := want[string(k)]; !ok {
				rep.problem("request %d: the due index files it under a date or state its deadline does not have", idOf(k))
				continue
			}
			delete(want, string(k))
			if row, ok := rows[string(k)]; ok {
				if err := it.Item().Value(func(v []byte) error {
					if !bytes.Equal(v, row) {
						rep.problem("request %d: its row in due order differs from its row", idOf(k))
					}
					return nil
				}); err != nil {
					it.Close()
					return err
				}
			}
		}
		it.Close()
	}
	for k, id := range want {
		if bytes.HasPrefix([]byte(k), prefixOrderedRow) {
			rep.problem("request %d: missing from the rows in due order", id)
		} else {
			rep.problem("request %d: open but missing from the due index", id)
		}
	}
	widths.check(txn, rep)
	return nil
}

// widthCheck compares the width index with the widths the requests' rows
// give, holding four numbers per request rather than every key as a string
// (which doubled the check's memory at 100,000 requests).
type widthCheck struct {
	want map[uint64][len(requestWidthColumns)]uint32 // by request: the width of each column
	seen map[uint64]uint8                            // by request: a bit for each column found
}

// expect notes k if it is a width key and says whether it was.
func (c widthCheck) expect(k []byte) bool {
	col, width, id, ok := parseWidthKey(k)
	if !ok {
		return false
	}
	w := c.want[id]
	w[col] = width
	c.want[id] = w
	return true
}

// check reads the width index: a key no request's row gives is astray; a
// width a row gives and the index lacks is missing.
func (c widthCheck) check(txn *badger.Txn, rep *CheckReport) {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixWidth})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		k := it.Item().Key()
		col, width, id, ok := parseWidthKey(k)
		w, wanted := c.want[id]
		if !ok || !wanted || w[col] != width {
			rep.problem("request %d: the width index files a width its ref, subject, type or status does not have", idOf(k))
			continue
		}
		c.seen[id] |= 1 << col
	}
	for id := range c.want {
		if c.seen[id] != 1<<len(requestWidthColumns)-1 {
			rep.problem("request %d: missing from the width index", id)
		}
	}
}

// parseWidthKey reads a key widthKey made: the column's place in
// requestWidthColumns, the width and the request.
func parseWidthKey(k []byte) (col int, width uint32, id uint64, ok bool) {
	rest, found := bytes.CutPrefix(k, prefixWidth)
	if !found || len(rest) != 1+4+1+8 {
		return 0, 0, 0, false
	}
	for i, c := range requestWidthColumns {
		if c.tag == rest[0] {
			return i, binary.BigEndian.Uint32(rest[1:5]), idOf(k), true
		}
	}
	return 0, 0, 0, false
}

// EachOrderedRow reads the requests' rows in due order (no date first, ties
// by ID) in one snapshot, handing fn each encoded row (valid only during the
// call; decode it with a RequestRowDecoder). ready is false, and fn is not
// called, while the index was not built under the rule in force; the caller
// then reads the rows and sorts them itself.
func (w *Workspace) EachOrderedRow(fn func(raw []byte) error) (ready bool, err error) {
	return w.viewIndexed(func(txn *badger.Txn) error {
		return scanRaw(txn, prefixOrderedRow, func(_, v []byte) error { return fn(v) })
	})
}

// viewIndexed runs fn in one snapshot whose due index was built under the
// rule in force; ready is false, and fn does not run, when it was not (or no
// rule is set).
func (w *Workspace) viewIndexed(fn func(*badger.Txn) error) (ready bool, err error) {
	rule := w.due.Load()
	if rule == nil {
		return false, nil
	}
	err = w.view(func(txn *badger.Txn) error {
		if ready, err = builtUnder(txn, rule); err != nil || !ready {
			return err
		}
		return fn(txn)
	})
	return ready, err
}
