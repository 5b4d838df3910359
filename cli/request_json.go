package cli

import (
	"strconv"
	"unicode/utf8"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

// appendListElement appends v as encoding/json writes it as an element of
// the listing's array (Encoder.SetIndent("  ", "  "), no HTML escaping),
// without the line break after it. Encoding 100,000 views by reflection and
// then indenting them was most of `request list --json`'s time; this writes
// the same bytes directly. A view with a timeline or events (which listings
// leave out), or a string that needs escaping, goes through encoding/json, so
// the output never depends on which path a view took; TestListElementJSON
// holds the two paths to the same bytes and to RequestView's fields.
//
// safe says the bytes appended hold nothing the output filter replaces (DEL,
// a C1 control): the strings were checked as they were written, so the
// caller need not scan the element again. It is false after encoding/json.
func appendListElement(dst []byte, v desk.RequestView) (b []byte, safe bool, err error) {
	if len(v.Events) > 0 || len(v.Timeline) > 0 {
		b, err = appendJSONElement(dst, v)
		return b, false, err
	}
	e := elementWriter{b: append(dst, '{'), depth: 2}
	e.uint("id", v.ID)
	e.str("ref", v.Ref)
	e.str("type", v.Type)
	e.str("subject", v.Subject)
	if v.Contact != "" {
		e.str("contact", v.Contact)
	}
	e.str("channel", v.Channel)
	e.str("received", v.Received)
	e.str("jurisdiction", v.Jurisdiction)
	e.str("status", v.Status)
	if v.Outcome != "" {
		e.str("outcome", v.Outcome)
	}
	e.str("due", v.Due)
	e.str("first_due", v.FirstDue)
	if v.MaxExtended != "" {
		e.str("max_extended", v.MaxExtended)
	}
	if v.DaysLeft != nil {
		e.int("days_left", *v.DaysLeft)
	}
	e.str("urgency", v.Urgency)
	e.str("clock", v.Clock)
	e.bool("on_clock", v.OnClock)
	e.bool("extended", v.Extended)
	e.bool("paused", v.Paused)
	e.str("explanation", v.Explanation)
	if v.Reply != nil {
		e.reply(*v.Reply)
	}
	if e.escape {
		b, err = appendJSONElement(dst, v)
		return b, false, err
	}
	e.close()
	return e.b, !e.filter, nil
}

// elementWriter writes the members of indented JSON objects, depth being the
// indentation of the current members in units of two spaces (the prefix
// included). escape records a string that would need escaping, filter one
// that holds a byte the output filter replaces.
type elementWriter struct {
	b      []byte
	depth  int
	escape bool
	filter bool
}

// indent is the indentation of the deepest members an element has.
const indent = "        "

func (e *elementWriter) key(k string) {
	if e.b[len(e.b)-1] != '{' {
		e.b = append(e.b, ',')
	}
	e.b = append(e.b, '\n')
	e.b = append(e.b, indent[:2*e.depth]...)
	e.b = append(e.b, '"')
	e.b = append(e.b, k...)
	e.b = append(e.b, `": `...)
}

func (e *elementWriter) close() {
	e.depth--
	e.b = append(e.b, '\n')
	e.b = append(e.b, indent[:2*e.depth]...)
	e.b = append(e.b, '}')
}

func (e *elementWriter) str(k, s string) {
	e.key(k)
	e.quote(s)
}

// quote writes s between quotes as it is, noting whether it needs escaping
// (the element then takes encoding/json's path) or the output filter.
func (e *elementWriter) quote(s string) {
	plain, filter := scanString(s)
	e.escape = e.escape || !plain
	e.filter = e.filter || filter
	e.b = append(e.b, '"')
	e.b = append(e.b, s...)
	e.b = append(e.b, '"')
}

func (e *elementWriter) uint(k string, n uint64) {
	e.key(k)
	e.b = strconv.AppendUint(e.b, n, 10)
}

func (e *elementWriter) int(k string, n int) {
	e.key(k)
	e.b = strconv.AppendInt(e.b, int64(n), 10)
}

func (e *elementWriter) bool(k string, v bool) {
	e.key(k)
	e.b = strconv.AppendBool(e.b, v)
}

func (e *elementWriter) reply(r model.Reply) {
	e.key("reply")
	e.b = append(e.b, '{')
	e.depth++
	e.str("outcome", r.Outcome)
	e.str("replied", r.Replied.String())
	e.str("due", r.Due.String())
	e.bool("on_time", r.OnTime)
	e.int("days_to_reply", r.DaysToReply)
	if r.DaysLate != 0 {
		e.int("days_late", r.DaysLate)
	}
	if r.Reason != "" {
		e.str("reason", r.Reason)
	}
	if r.RemediesTold {
		e.bool("remedies_told", r.RemediesTold)
	}
	e.close()
}

// plainJSON reports whether encoding/json writes s between quotes as it is:
// valid UTF-8 without control characters, quotes, backslashes, U+2028 or U+2029.
func plainJSON(s string) bool {
	plain, _ := scanString(s)
	return plain
}

// scanString is plainJSON's answer and, in the same pass, whether s holds a
// byte the output filter replaces: DEL, or 0xC2, which starts a C1 control
// (and other characters, which the filter then leaves as they are).
func scanString(s string) (plain, filter bool) {
	// eight bytes a step while none is a candidate: most strings are short
	// plain ASCII, and every string of 100,000 views passes here
	i := 0
	for ; i+8 <= len(s) && !mayNeedEscape(load8(s[i:])); i += 8 {
	}
	return scanBytes(s, i)
}

// scanBytes is scanString's answer for s, looking character by character
// from i on (the bytes before it are plain ASCII), in one pass.
func scanBytes(s string, i int) (plain, filter bool) {
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r < 0x20, r == '"', r == '\\', r == '\u2028', r == '\u2029',
			r == utf8.RuneError && size == 1: // invalid UTF-8, which encoding/json replaces
			return false, filter
		case r == 0x7f, r >= 0x80 && r <= 0xbf: // DEL, or a character whose UTF-8 starts with 0xC2
			filter = true
		}
		i += size
	}
	return true, filter
}

// load8 is the first eight bytes of s as a little-endian word (the compiler
// makes it one load).
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// mayNeedEscape says whether a word of eight bytes holds a byte scanString
// looks at: below 0x20, a quote, a backslash, DEL or one of 0x80 and above
// (the tests of mayNeedChange).
func mayNeedEscape(w uint64) bool {
	return bytesBelow(w, 0x20)|w&highs|bytesEqual(w, '"')|bytesEqual(w, '\\')|bytesEqual(w, 0x7f) != 0
}
