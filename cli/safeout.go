package cli

import "io"

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
	out := make([]byte, 0, len(p)+8)
	for _, b := range p {
		if s.pending {
			s.pending = false
			if b >= 0x80 && b <= 0x9f { // a C1 control, e.g. CSI
				out = append(out, "\uFFFD"...)
				continue
			}
			out = append(out, 0xC2)
		}
		switch {
		case b == 0xC2:
			s.pending = true
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
	if _, err := s.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// plain reports whether p has nothing Write must change: no control
// character but line break and tab, and no 0xC2 (which may start a C1 control).
func plain(p []byte) bool {
	for _, b := range p {
		if (b < 0x20 && b != '\n' && b != '\t') || b == 0x7f || b == 0xC2 {
			return false
		}
	}
	return true
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
