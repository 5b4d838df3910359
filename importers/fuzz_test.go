package importers

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// Fuzz targets: every input must give either a well-formed document or one of
// the sentinel errors with a one-line message naming the file; never a panic.

var sentinels = []error{ErrEmpty, ErrBinary, ErrTooLarge, ErrEncrypted, ErrTruncated, ErrNotAFile, ErrUnreadable}

func checkRead(t *testing.T, name string, data []byte) {
	t.Helper()
	doc, err := ReadBytes(name, data)
	if err != nil {
		checkErr(t, name, err)
		return
	}
	checkText(t, doc.Text)
	for _, s := range doc.Sections {
		if s.HeadingStart < 0 || s.HeadingStart > s.HeadingEnd || s.HeadingEnd > len(doc.Text) {
			t.Fatalf("section %+v out of range of %d bytes", s, len(doc.Text))
		}
	}
}

func checkErr(t *testing.T, name string, err error) {
	t.Helper()
	known := false
	for _, s := range sentinels {
		known = known || errors.Is(err, s)
	}
	msg := err.Error()
	if !known || strings.ContainsAny(msg, "\n\r") || !strings.HasPrefix(msg, oneLine(filepath.Base(name))+": ") {
		t.Fatalf("bad error for %q: %v", name, err)
	}
}

// checkText asserts the normalisation every reader promises.
func checkText(t *testing.T, text string) {
	t.Helper()
	switch {
	case !utf8.ValidString(text):
		t.Fatalf("text is not valid utf-8: %q", text)
	case strings.ContainsAny(text, "\x00\r"):
		t.Fatalf("text has NUL or CR: %q", text)
	case strings.Contains(text, "\n\n\n"):
		t.Fatalf("text has more than one blank line: %q", text)
	case strings.Contains(text, " \n") || strings.HasSuffix(text, " "):
		t.Fatalf("text has trailing spaces: %q", text)
	}
}

// checkBody asserts the hints of a reader point at whole lines of its text.
func checkBody(t *testing.T, b body) {
	t.Helper()
	checkText(t, b.text)
	last := -1
	for _, h := range b.hints {
		if h.Start < 0 || h.Start >= h.End || h.End > len(b.text) || h.Start < last || h.Level < 1 || h.Level > 6 {
			t.Fatalf("bad hint %+v in %d bytes", h, len(b.text))
		}
		if (h.Start > 0 && b.text[h.Start-1] != '\n') || (h.End < len(b.text) && b.text[h.End] != '\n') {
			t.Fatalf("hint %+v is not a whole line: %q", h, b.text)
		}
		last = h.End
	}
}

func addFixtures(f *testing.F, pattern string) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "readers", pattern))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

func FuzzReadBytes(f *testing.F) {
	f.Add("policy.txt", []byte("Privacy notice\n\nWe keep your data for two years."))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		checkRead(t, name, data)
	})
}

func FuzzHTML(f *testing.F) {
	addFixtures(f, "*.html")
	f.Add([]byte("<p><b>Zweck</b></p><p>Wir verarbeiten Daten.</p><ul><li>a<li>b</ul><table><tr><td>x<td>y</table>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, "page.html", data)
		if utf8.Valid(data) {
			checkBody(t, readHTML(string(data)))
		}
	})
}

func FuzzMarkdown(f *testing.F) {
	addFixtures(f, "*.md")
	f.Add([]byte("# Title\n\n**Bold**\n\n- a\n  - b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<div>raw</div>\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, "policy.md", data)
		if utf8.Valid(data) {
			checkBody(t, readMarkdown(string(data)))
		}
	})
}

func FuzzPDF(f *testing.F) {
	addFixtures(f, "*.pdf")
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, "policy.pdf", data)
		if b, err := readPDF("policy.pdf", data); err == nil {
			checkBody(t, b)
		}
	})
}

func FuzzDOCX(f *testing.F) {
	addFixtures(f, "*.docx")
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, "policy.docx", data)
		if b, err := readDOCX("policy.docx", data); err == nil {
			checkBody(t, b)
		}
	})
}

func FuzzODT(f *testing.F) {
	addFixtures(f, "*.odt")
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, "policy.odt", data)
		if b, err := readODT("policy.odt", data); err == nil {
			checkBody(t, b)
		}
	})
}
