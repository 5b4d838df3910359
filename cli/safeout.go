package cli

import (
	"encoding/binary"
	"io"

	"github.com/dpodesk/dpodesk/model"
)

// safeWriter is what every verb writes its output through: a control
// character that reached the output (from text a data subject typed) is shown
// as its Unicode control picture instead of being sent to the terminal, so a
// request's subject cannot set the terminal's title, write to the clipboard or
// clear the screen. Line breaks and tabs pass: the verbs lay out their output
// with them, and table cells are made single-line with model.SafeLine first.
// JSON is unaffected: it escapes control characters itself.
type safeWriter struct {
	w       io.Writer
	pending bool // the last byte written was 0xC2, which may start a C1 control
}

func (s *safeWriter) Write(p []byte) (int, error) {
	if !s.pending && plain(p) { // nearly all output: passed on as it is, without a copy
		if _, err := s.w.Write(p); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	if _, err := s.w.Write(appendSafe(make([]byte, 0, len(p)+8), p, &s.pending)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// appendSafe appends p with its control characters replaced; pending carries
// a final 0xC2 to the next call, which tells whether it started a C1 control.
func appendSafe(out, p []byte, pending *bool) []byte {
	for _, b := range p {
		if *pending {
			*pending = false
			if b >= 0x80 && b <= 0x9f { // a C1 control, e.g. CSI
				out = append(out, "\uFFFD"...)
				continue
			}
			out = append(out, 0xC2)
		}
		switch {
		case b == 0xC2:
			*pending = true
		case b == '\n' || b == '\t':
			out = append(out, b)
		case b < 0x20:
			out = append(out, string(rune(0x2400+int(b)))...)
		case b == 0x7f:
			out = append(out, "\u2421"...)
		default:
			out = append(out, b)
		}
	}
	return out
}

// safeChunk is p as the filter would write it, for a whole piece of output
// made on another goroutine (one JSON element of a listing): the check runs
// there, on every CPU, and the piece is written to the writer beneath the filter (unchecked).
func safeChunk(p []byte) []byte {
	if plain(p) {
		return p
	}
	pending := false
	out := appendSafe(make([]byte, 0, len(p)+8), p, &pending)
	if pending {
		out = append(out, 0xC2)
	}
	return out
}

// unchecked is the writer beneath w's filter, for output made with safeChunk;
// w itself when it is not the filter or holds a byte back.
func unchecked(w io.Writer) io.Writer {
	if s, ok := w.(*safeWriter); ok && !s.pending {
		return s.w
	}
	return w
}

// plain reports whether p has nothing Write must change: no control
// character but line break and tab, and no 0xC2 that starts a C1 control or
// ends p (the next write may complete one). An 0xC2 that starts a printable
// character (§, ©, the no-break space) passes, as Write would copy it.
//
// Every byte of the output passes here (a 10,000-activity export is 5 MB), so
// eight are looked at in one step, and only a word holding a candidate byte
// (a control, DEL or 0xC2; line breaks are the common case) byte by byte.
func plain(p []byte) bool {
	i := 0
	for ; i+8 <= len(p); i += 8 {
		if w := binary.LittleEndian.Uint64(p[i:]); mayNeedChange(w) && !bytesPlain(p, i, i+8) {
			return false
		}
	}
	return bytesPlain(p, i, len(p))
}

const ones, highs = 0x0101010101010101, 0x8080808080808080

// mayNeedChange says whether a word of eight bytes holds a byte below 0x20,
// a DEL or an 0xC2.
func mayNeedChange(w uint64) bool {
	return bytesBelow(w, 0x20)|bytesEqual(w, 0x7f)|bytesEqual(w, 0xc2) != 0
}

// bytesBelow marks (with the high bit) the bytes of w below n ≤ 0x80, and
// may mark others after one, through the borrow (the classic test for a byte
// below n): a word it marks is looked at byte by byte.
func bytesBelow(w uint64, n byte) uint64 { return (w - ones*uint64(n)) & ^w & highs }

// bytesEqual marks the bytes of w equal to b, and may mark others after one
// (the classic test for a zero byte, on w with b turned to zero): a word it
// marks is looked at byte by byte.
func bytesEqual(w uint64, b byte) uint64 {
	x := w ^ (ones * uint64(b))
	return (x - ones) & ^x & highs
}

// bytesPlain is plain for p[from:to], looking past to for what follows 0xC2
// (model.HasTextControl); an 0xC2 that ends p may start a C1 control that
// the next write completes.
func bytesPlain(p []byte, from, to int) bool {
	if to == len(p) && to > from && p[to-1] == 0xC2 {
		return false
	}
	return !model.HasTextControl(p[from:min(to+1, len(p))])
}

// Close writes a 0xC2 that ended the output, which started no control.
func (s *safeWriter) Close() error {
	if s.pending {
		s.pending = false
		_, err := s.w.Write([]byte{0xC2})
		return err
	}
	return nil
}
