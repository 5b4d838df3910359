package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"
	"unsafe"

	"github.com/dpodesk/dpodesk/model"
)

// Rows (ar/, pr/, rr/) use a compact binary encoding instead of JSON: a workspace
// with 100,000 requests loads every row when it opens, and JSON decoding of that
// many records costs most of a second while this costs a few tens of milliseconds.
// Layout: one version byte, then the fields in a fixed order as uvarints, zigzag
// varints and uvarint-length-prefixed strings. A new field means a new version
// byte; old versions stay readable.
const (
	rowActivityV1  byte = 1
	rowProcessorV1 byte = 1
	rowRequestV1   byte = 1 // before model.Request had Version
	rowRequestV2   byte = 2 // Version at the end
	rowRequestV3   byte = 3 // Contact after Version: a row holds every field of the requests export
)

var errShortRow = errors.New("row value is truncated")

// rowWriter appends fields to a byte slice.
type rowWriter struct{ b []byte }

func (w *rowWriter) uint(n uint64) { w.b = binary.AppendUvarint(w.b, n) }
func (w *rowWriter) int(n int64)   { w.b = binary.AppendVarint(w.b, n) }
func (w *rowWriter) str(s string)  { w.uint(uint64(len(s))); w.b = append(w.b, s...) }
func (w *rowWriter) bool(v bool)   { w.b = append(w.b, boolByte(v)) }
func (w *rowWriter) date(d model.Date) {
	w.int(int64(d.Year))
	w.uint(uint64(d.Month))
	w.uint(uint64(d.Day))
}

func (w *rowWriter) strs(list []string) {
	w.uint(uint64(len(list)))
	for _, s := range list {
		w.str(s)
	}
}

// time keeps the instant to the nanosecond and the zone offset, as JSON does.
func (w *rowWriter) time(t time.Time) {
	if t.IsZero() {
		w.b = append(w.b, 0)
		return
	}
	_, off := t.Zone()
	if off == 0 {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 2)
		w.int(int64(off))
	}
	w.int(t.Unix())
	w.uint(uint64(t.Nanosecond()))
}

func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}

// rowReader reads fields in the order rowWriter wrote them. The first error
// sticks; callers check err once at the end. Short, repeated strings (statuses,
// types, channels) are interned so 100,000 rows do not allocate 100,000 copies.
//
// Strings and request events come from chunks shared by many rows: 100,000 rows
// would otherwise make a few hundred thousand small allocations, which costs more
// than the decoding itself.
type rowReader struct {
	b      []byte
	arena  []byte // backing store of the strings str returns
	err    error
	last   [16]string // last symbol per call site: consecutive rows mostly repeat it
	intern map[string]string
	zones  map[int]*time.Location
	events []model.RequestEvent // what is left of the slab request rows take their events from
	slab   []model.RequestEvent // the whole slab, for recycle
}

func newRowReader() *rowReader {
	return &rowReader{intern: map[string]string{}, zones: map[int]*time.Location{}}
}

func (r *rowReader) reset(b []byte) { r.b, r.err = b, nil }

// takeEvents returns n zeroed events from the slab.
func (r *rowReader) takeEvents(n int) []model.RequestEvent {
	if n > len(r.events) {
		r.slab = make([]model.RequestEvent, max(n, 4096))
		r.events = r.slab
	}
	ev := r.events[:n:n]
	r.events = r.events[n:]
	return ev
}

// recycle lets the strings and events of the next rows overwrite those of
// the rows read so far, which the caller no longer holds.
func (r *rowReader) recycle() {
	r.arena = r.arena[:0]
	clear(r.slab[:len(r.slab)-len(r.events)])
	r.events = r.slab
}

func (r *rowReader) fail() {
	if r.err == nil {
		r.err = errShortRow
	}
	r.b = nil
}

func (r *rowReader) byte() byte {
	if len(r.b) == 0 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *rowReader) uint() uint64 {
	n, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[k:]
	return n
}

func (r *rowReader) int() int64 {
	n, k := binary.Varint(r.b)
	if k <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[k:]
	return n
}

func (r *rowReader) raw() []byte {
	n := r.uint()
	if uint64(len(r.b)) < n {
		r.fail()
		return nil
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

// str copies the next string into the reader's arena and returns it. Arena chunks
// are only ever appended to, never rewritten or reused, so the bytes behind a
// returned string never change: the immutability unsafe.String requires.
func (r *rowReader) str() string {
	b := r.raw()
	if len(b) == 0 {
		return ""
	}
	if len(r.arena)+len(b) > cap(r.arena) {
		r.arena = make([]byte, 0, max(64<<10, len(b)))
	}
	start := len(r.arena)
	r.arena = append(r.arena, b...)
	return unsafe.String(&r.arena[start], len(b))
}

// sym reads a string that repeats across rows (a status, a type) from call site
// slot and interns it, so 100,000 rows share a handful of strings.
func (r *rowReader) sym(slot int) string {
	b := r.raw()
	if last := r.last[slot]; last == string(b) {
		return last
	}
	if s, ok := r.intern[string(b)]; ok {
		r.last[slot] = s
		return s
	}
	s := string(b)
	if len(r.intern) < 4096 {
		r.intern[s] = s
	}
	r.last[slot] = s
	return s
}

func (r *rowReader) bool() bool { return r.byte() == 1 }

func (r *rowReader) date() model.Date {
	return model.Date{Year: int(r.int()), Month: time.Month(r.uint()), Day: int(r.uint())}
}

func (r *rowReader) syms(slot int) []string {
	n, ok := r.count(1)
	if !ok || n == 0 {
		return nil
	}
	list := make([]string, n)
	for i := range list {
		list[i] = r.sym(slot)
	}
	return list
}

// strList reads a list of free texts into the arena.
func (r *rowReader) strList() []string {
	n, ok := r.count(1)
	if !ok || n == 0 {
		return nil
	}
	list := make([]string, n)
	for i := range list {
		list[i] = r.str()
	}
	return list
}

// count reads the length of a list whose items take at least size bytes
// each; a length the rest of the row cannot hold is damage, not an allocation.
func (r *rowReader) count(size int) (int, bool) {
	n := r.uint()
	if n > uint64(len(r.b)/size) {
		r.fail()
		return 0, false
	}
	return int(n), r.err == nil
}

// time mirrors encoding/json: UTC for offset zero, Local when the offset matches
// the local zone at that instant, otherwise a fixed zone.
func (r *rowReader) time() time.Time {
	var off int
	switch r.byte() {
	case 0:
		return time.Time{}
	case 2:
		off = int(r.int())
	}
	sec, nsec := r.int(), int64(r.uint())
	t := time.Unix(sec, nsec)
	if off == 0 {
		return t.UTC()
	}
	if _, local := t.Zone(); local == off {
		return t
	}
	loc, ok := r.zones[off]
	if !ok {
		loc = time.FixedZone("", off)
		r.zones[off] = loc
	}
	return t.In(loc)
}

func (r *rowReader) check(b byte, want byte, what string) error {
	if b != want {
		return fmt.Errorf("decode %s row: unknown row encoding %d (written by a newer dpodesk?)", what, b)
	}
	return nil
}
