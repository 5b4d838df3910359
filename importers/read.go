// Package importers turns policy files (plain text, Markdown, HTML, PDF, DOCX, ODT)
// into a model.Document with normalised text and a section tree. The readers are
// pure functions over bytes: no I/O beyond reading the one file, no state.
package importers

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"unicode"
	"unicode/utf8"

	"github.com/dpodesk/dpodesk/model"
)

// MaxFileSize is the largest file Read accepts. Policies are far smaller; the
// limit keeps a mistaken pick (a video, a database dump) from being read at all.
const MaxFileSize = 20 << 20

// body is what a format reader produces before the shared steps.
type body struct {
	text     string
	hints    []HeadingHint
	encoding string
}

// Read reads the file at path. It checks with Stat that it is a regular file
// within MaxFileSize before reading a byte of it.
func Read(path string) (model.Document, error) {
	name := filepath.Base(path)
	fi, err := os.Stat(path)
	if err != nil {
		return model.Document{}, statError(name, err)
	}
	if fi.IsDir() {
		return model.Document{}, fail(name, ErrNotAFile, "this is a directory, not a file", "choose a file inside it")
	}
	if !fi.Mode().IsRegular() {
		return model.Document{}, fail(name, ErrNotAFile, "this is not a regular file", "choose a document file")
	}
	if fi.Size() > MaxFileSize {
		return model.Document{}, tooLarge(name, fi.Size())
	}
	f, err := os.Open(path)
	if err != nil {
		return model.Document{}, statError(name, err)
	}
	defer f.Close()
	// The limit guards against a file that grew after Stat.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return model.Document{}, failWith(name, ErrUnreadable, err, "the file cannot be read", "check the disk and import again")
	}
	return ReadBytes(name, data)
}

func statError(name string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return failWith(name, ErrNotAFile, err, "no such file", "check the path and import again")
	case errors.Is(err, fs.ErrPermission):
		return failWith(name, ErrUnreadable, err, "permission denied", "check the file's permissions and import again")
	}
	return failWith(name, ErrUnreadable, err, "the file cannot be opened", "check the path and import again")
}

func tooLarge(name string, size int64) error {
	return fail(name, ErrTooLarge, fmt.Sprintf("the file is %.1f mb, more than the %d mb limit",
		float64(size)/(1<<20), MaxFileSize>>20), "import the policy on its own, not a bundle or a scan")
}

// ReadBytes reads a document from memory; name is the file name, used for the
// format by extension and in error messages.
func ReadBytes(name string, data []byte) (doc model.Document, err error) {
	name = filepath.Base(name)
	if len(data) > MaxFileSize {
		return model.Document{}, tooLarge(name, int64(len(data)))
	}
	if isBlank(data) {
		return model.Document{}, fail(name, ErrEmpty, "the file is empty", "choose the file that holds the policy text")
	}
	// The readers are written not to panic; this is the last line of defence for
	// the third-party parsers they call, so that one odd file never ends a session.
	defer func() {
		if r := recover(); r != nil {
			doc, err = model.Document{}, fail(name, ErrUnreadable, "the document cannot be parsed",
				"open it and save or export it again, then import again")
		}
	}()
	format, b, err := readFormat(name, data)
	if err != nil {
		return model.Document{}, err
	}
	wait := sectionsAsync(b.text, b.hints)
	words, lang, sum := hasWords(b.text), Language(b.text), sha256.Sum256(data)
	secs, panicked := wait()
	if !words {
		return model.Document{}, noWords(name, format)
	}
	if panicked != nil {
		panic(panicked) // recovered above, as when the tree was built in this goroutine
	}
	return model.Document{
		Name:     name,
		Format:   format,
		Encoding: b.encoding,
		Language: lang,
		SHA256:   hex.EncodeToString(sum[:]),
		Size:     int64(len(data)),
		Text:     b.text,
		Sections: secs,
	}, nil
}

// sectionsAsync builds the section tree in a goroutine of its own, so that on
// a second core it costs no more than the word check, the language and the
// checksum beside it. wait returns the tree, and what the builder panicked
// with, if it did, for the caller to raise where it recovers.
func sectionsAsync(text string, hints []HeadingHint) (wait func() ([]model.Section, any)) {
	var secs []model.Section
	var panicked any
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { panicked = recover() }()
		secs = Sections(text, hints)
	}()
	return func() ([]model.Section, any) {
		<-done
		return secs, panicked
	}
}

func readFormat(name string, data []byte) (string, body, error) {
	format, err := pickFormat(name, data)
	if err != nil {
		return "", body{}, err
	}
	switch format {
	case FormatPDF:
		b, err := readPDF(name, data)
		return format, b, err
	case FormatDOCX:
		b, err := readDOCX(name, data)
		return format, b, err
	case FormatODT:
		b, err := readODT(name, data)
		return format, b, err
	}
	text, enc, err := decodeText(name, data, format == FormatHTML || format == "")
	if err != nil {
		return "", body{}, err
	}
	if looksBinary(text) {
		return "", body{}, fail(name, ErrBinary, "this is not a text document", fixFormats)
	}
	if format == "" {
		format = sniffText(text)
	}
	var b body
	switch format {
	case FormatHTML:
		if err := checkHTMLBounds(name, text); err != nil {
			return "", body{}, err
		}
		if isMarkdownBody(text) {
			b = readMarkdown(text) // a template whose body is Markdown, filtered when the page is served
			break
		}
		b = readHTML(text)
	case FormatMarkdown:
		if page, ok := yamlPageText(text); ok {
			b = readMarkdown(page) // a site builder's page kept in its front matter
			break
		}
		if isHTMLBody(text) {
			b = readHTMLBody(text) // a site generator's page whose body is HTML
			break
		}
		b = readMarkdown(text)
	default:
		if isMarkdownBody(text) {
			b = readMarkdown(text) // a text rendition or export that kept its Markdown headings
			break
		}
		b = readPlain(text)
	}
	b.encoding = enc
	return format, b, nil
}

// isBlank reports a file of nothing but a byte order mark, whitespace and NULs.
func isBlank(data []byte) bool {
	if _, _, rest, ok := byBOM(data); ok {
		data = rest
	}
	for _, c := range data {
		if c > ' ' {
			return false
		}
	}
	return true
}

// hasWords reports whether the text holds at least one word of two letters or
// more and letters make up a fair share of it, which tells prose from noise.
func hasWords(text string) bool {
	var letters, visible, run int
	words := 0
	for i := 0; i < len(text); {
		r := rune(text[i])
		if r < utf8.RuneSelf {
			i++ // ASCII: the common case, no decoding
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(text[i:])
			i += size
		}
		switch {
		case unicode.IsLetter(r):
			letters++
			visible++
			run++
			if run == 2 {
				words++
			}
		case unicode.IsSpace(r):
			run = 0
		default:
			visible++
			run = 0
		}
	}
	return words > 0 && letters*10 >= visible*3
}

func noWords(name, format string) error {
	if format == FormatPDF {
		return fail(name, ErrUnreadable, "the pdf has no text layer (a scan?)",
			"run text recognition (ocr) on it or export it from the original document, then import again")
	}
	return fail(name, ErrUnreadable, "the file contains no readable words", "choose the file that holds the policy text")
}
