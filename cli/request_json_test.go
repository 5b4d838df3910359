package cli

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

// TestListElementJSON holds appendListElement to encoding/json's bytes on
// random views: every optional field present or absent, strings that need
// escaping (quotes, controls, HTML, invalid UTF-8, U+2028) and views with
// events, which take the reflection path.
func TestListElementJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	plain := []string{"", "access", "Zoë Ångström", "<b>&</b>", "日本語", "€ 20 → 2026-01-05", "del \x7f", "csi \u009b31m", "§ 4 ° C"}
	// the specials also after non-ASCII text, which once hid them
	escaped := []string{`say "hi"`, `back\slash`, "tab\tnew\nline", "bad \xff utf8", "line\u2028sep", "bell\a",
		`Zoë "hi"`, `日本 \ x`, "Ü\x1b[2J"}
	pick := func() string { // one string in 60 needs escaping: most views take the direct path
		if rng.IntN(60) == 0 {
			return escaped[rng.IntN(len(escaped))]
		}
		return plain[rng.IntN(len(plain))]
	}
	direct := 0
	for i := range 3000 {
		v := desk.RequestView{ID: rng.Uint64N(1 << 40), Ref: pick(), Type: pick(), Subject: pick(), Contact: pick(),
			Channel: pick(), Received: pick(), Jurisdiction: pick(), Status: pick(), Outcome: pick(), Due: pick(),
			FirstDue: pick(), MaxExtended: pick(), Urgency: pick(), Clock: pick(), OnClock: rng.IntN(2) == 0,
			Extended: rng.IntN(2) == 0, Paused: rng.IntN(2) == 0, Explanation: pick()}
		if rng.IntN(2) == 0 {
			n := rng.IntN(200) - 100
			v.DaysLeft = &n
		}
		if rng.IntN(2) == 0 {
			v.Reply = &model.Reply{Outcome: pick(), Replied: model.Date{Year: 2026, Month: 3, Day: rng.IntN(28) + 1},
				OnTime: rng.IntN(2) == 0, DaysToReply: rng.IntN(90), DaysLate: rng.IntN(3), Reason: pick(),
				RemediesTold: rng.IntN(2) == 0}
			if rng.IntN(3) > 0 {
				v.Reply.Due = model.Date{Year: 2026, Month: 4, Day: 1}
			}
		}
		if rng.IntN(20) == 0 {
			v.Events = []model.RequestEvent{{Kind: "note", Text: pick()}}
		}
		if len(v.Events) == 0 && allPlain(v) {
			direct++
		}
		got, safe, err := appendListElement(nil, v)
		if err != nil {
			t.Fatal(err)
		}
		if safe && string(safeChunk(got)) != string(got) {
			t.Fatalf("view %d: said safe, but the output filter changes\n%s", i, got)
		}
		want, err := appendJSONElement(nil, v)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Fatalf("view %d: appendListElement wrote\n%s\nencoding/json writes\n%s", i, got, want)
		}
	}
	if direct < 1000 {
		t.Fatalf("only %d of 3000 views took the direct path; the test would not see its errors", direct)
	}
}

// TestListElementKnowsEveryField fails when RequestView or model.Reply gains
// a field: appendListElement must then write it too (and this list be updated).
func TestListElementKnowsEveryField(t *testing.T) {
	for typ, known := range map[reflect.Type][]string{
		reflect.TypeFor[desk.RequestView](): {"ID", "Ref", "Type", "Subject", "Contact", "Channel", "Received",
			"Jurisdiction", "Status", "Outcome", "Due", "FirstDue", "MaxExtended", "DaysLeft", "Urgency", "Clock",
			"OnClock", "Extended", "Paused", "Explanation", "Events", "Reply", "Timeline"},
		reflect.TypeFor[model.Reply](): {"Outcome", "Replied", "Due", "OnTime", "DaysToReply", "DaysLate", "Reason",
			"RemediesTold"},
	} {
		var exported []string
		for f := range typ.Fields() {
			if f.IsExported() {
				exported = append(exported, f.Name)
			}
		}
		if !slices.Equal(exported, known) {
			t.Errorf("%v has the fields %v; appendListElement writes %v", typ, exported, known)
		}
	}
}

// allPlain reports whether every string of v is written without escapes.
func allPlain(v desk.RequestView) bool {
	ss := []string{v.Ref, v.Type, v.Subject, v.Contact, v.Channel, v.Received, v.Jurisdiction, v.Status, v.Outcome,
		v.Due, v.FirstDue, v.MaxExtended, v.Urgency, v.Clock, v.Explanation}
	if v.Reply != nil {
		ss = append(ss, v.Reply.Outcome, v.Reply.Reason)
	}
	for _, s := range ss {
		if !plainJSON(s) {
			return false
		}
	}
	return true
}

// TestListingsPassNoControlCharacters lists a request whose subject holds
// characters a terminal obeys and JSON does not escape (DEL, the C1 CSI) and
// one with a plain subject: neither the JSON, made safe on the encoding
// goroutines, nor the table lets them through.
func TestListingsPassNoControlCharacters(t *testing.T) {
	now := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	d := newTestDesk(t, now)
	for _, subject := range []string{"Eve \x7f\u009b31m red", "Plain Person"} {
		r := &model.Request{Type: "access", Subject: subject, Channel: "email", Jurisdiction: "eu", Received: now.AddDate(0, 0, -3)}
		if err := d.CreateRequest(r); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{{"--json"}, {}} {
		var out bytes.Buffer
		a := &App{stdout: &safeWriter{w: &out}, stderr: &bytes.Buffer{}, now: func() time.Time { return now }, d: d}
		cmd := a.requestList()
		cmd.SetArgs(args)
		if err := cmd.Execute(); err != nil {
			t.Fatal(err)
		}
		got := out.String()
		if strings.ContainsAny(got, "\x7f\u009b") || !strings.Contains(got, "Plain Person") {
			t.Errorf("request list %v let a control character through or lost a row:\n%q", args, got)
		}
		if !strings.Contains(got, "\u2421") {
			t.Errorf("request list %v does not show DEL as its picture:\n%q", args, got)
		}
	}
}

// TestScanStringAsEncodingJSON holds scanString to what it stands for:
// plain exactly when encoding/json (as printJSON sets it up) writes the text
// between quotes unchanged, and, for a plain text, filter exactly when it
// holds DEL or the byte 0xC2 (a text that needs escaping takes encoding/json's
// path, which the output filter then scans whole). Specials come before and after non-ASCII text: a quote after a
// "ü" once passed as plain, and a subject could then break, or forge fields
// in, the JSON of `request list`.
func TestScanStringAsEncodingJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	parts := []string{"a", "Zoe ", "ë", "Ü", "日本", "\u2028", "\u2029", "\x7f", "\u009b", "\"", "\\", "\t", "\x1b", "\x00",
		"\xff", "\xc2", "§", "<&>", "0123456789"}
	for range 50000 {
		var sb strings.Builder
		for range rng.IntN(10) {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		s := sb.String()
		var enc bytes.Buffer
		e := json.NewEncoder(&enc)
		e.SetEscapeHTML(false)
		if err := e.Encode(s); err != nil {
			t.Fatal(err)
		}
		plain, filter := scanString(s)
		if want := enc.String() == `"`+s+`"`+"\n"; plain != want {
			t.Fatalf("%q: scanString says plain %v; encoding/json writes %s", s, plain, enc.String())
		}
		if want := strings.ContainsAny(s, "\x7f") || strings.IndexByte(s, 0xc2) >= 0; plain && filter != want {
			t.Fatalf("%q: scanString says filter %v, want %v", s, filter, want)
		}
	}
}

// TestScanStringAsByteLoop holds scanString, which skips eight plain bytes
// at a time, to the byte-by-byte answer (scanBytes from the start): every byte value at every place of
// a 17-byte string, and random strings of special and plain bytes.
func TestScanStringAsByteLoop(t *testing.T) {
	check := func(s string) {
		p1, f1 := scanString(s)
		p2, f2 := scanBytes(s, 0)
		if p1 != p2 || f1 != f2 {
			t.Fatalf("%q: scanString says plain %v, filter %v; byte by byte %v, %v", s, p1, f1, p2, f2)
		}
	}
	base := []byte("abcdefghijklmnopq")
	for at := range base {
		for b := range 256 {
			s := bytes.Clone(base)
			s[at] = byte(b)
			check(string(s))
		}
	}
	rng := rand.New(rand.NewPCG(11, 12))
	parts := []string{"a", "Zoe ", "ë", "\u2028", "\x7f", "\u009b", "\"", "\\", "\t", "\xff", "§", "0123456789"}
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		check(sb.String())
	}
}
