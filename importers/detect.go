package importers

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/dpodesk/dpodesk/internal/lazyre"
)

// Format names as stored in model.Document.Format.
const (
	FormatText     = "txt"
	FormatMarkdown = "md"
	FormatHTML     = "html"
	FormatPDF      = "pdf"
	FormatDOCX     = "docx"
	FormatODT      = "odt"
)

// formatByExt maps a file extension to a format, "" when it names none.
func formatByExt(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return FormatText
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".pdf":
		return FormatPDF
	case ".docx":
		return FormatDOCX
	case ".odt":
		return FormatODT
	}
	return ""
}

// magic names what the first bytes prove a file to be: a format we read, or a
// kind of binary file we refuse, "" when the bytes prove nothing.
type magic struct {
	format string // FormatPDF, FormatDOCX or FormatODT
	binary string // description of a binary file, e.g. "a png image"
	zip    bool   // a ZIP archive that shows neither word/document.xml nor an ODF text
	ole    bool   // an OLE compound file: old .doc, or an encrypted Office file
}

var binarySignatures = []struct {
	prefix string
	what   string
}{
	{"\x89PNG", "a png image"}, {"\xFF\xD8\xFF", "a jpeg image"}, {"GIF8", "a gif image"},
	{"II*\x00", "a tiff image"}, {"MM\x00*", "a tiff image"},
	{"\x1F\x8B", "a gzip archive"}, {"7z\xBC\xAF", "a 7-zip archive"}, {"Rar!", "a rar archive"},
	{"\x7FELF", "a program"}, {"MZ\x90\x00", "a program"}, {"{\\rtf", "an rtf document"},
	{"RIFF", "a media file"}, {"OggS", "a media file"}, {"ID3", "an audio file"},
}

func sniffMagic(data []byte) magic {
	head := data[:min(len(data), 1024)]
	if bytes.Contains(head, []byte("%PDF-")) {
		return magic{format: FormatPDF}
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")) {
		return sniffZip(data, head)
	}
	if bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
		return magic{ole: true}
	}
	for _, s := range binarySignatures {
		if bytes.HasPrefix(data, []byte(s.prefix)) {
			return magic{binary: s.what}
		}
	}
	return magic{}
}

// odfPrefix starts the media type an OpenDocument package stores, uncompressed,
// as its first entry "mimetype", so that it can be read at a fixed offset.
const odfPrefix = "application/vnd.oasis.opendocument."

// odfKinds describes the OpenDocument types that are not text, to refuse them
// by name: a spreadsheet is the likeliest mistake beside a policy.
var odfKinds = []struct{ prefix, what string }{
	{"spreadsheet", "an opendocument spreadsheet"}, {"presentation", "an opendocument presentation"},
	{"graphics", "an opendocument drawing"}, {"", "an opendocument file"},
}

func sniffZip(data, head []byte) magic {
	if i := bytes.Index(head, []byte(odfPrefix)); i >= 0 && bytes.Contains(head[:i], []byte("mimetype")) {
		kind := head[i+len(odfPrefix):]
		if bytes.HasPrefix(kind, []byte("text")) {
			return magic{format: FormatODT}
		}
		for _, k := range odfKinds {
			if bytes.HasPrefix(kind, []byte(k.prefix)) {
				return magic{binary: k.what}
			}
		}
	}
	if bytes.Contains(data, []byte("word/document.xml")) {
		return magic{format: FormatDOCX}
	}
	// An ODF package whose mimetype entry is compressed or missing; the reader
	// checks that content.xml holds a text document.
	if bytes.Contains(data, []byte("content.xml")) && bytes.Contains(data, []byte("META-INF/manifest.xml")) {
		return magic{format: FormatODT}
	}
	return magic{zip: true}
}

// pickFormat decides the reader. Magic bytes of PDF, DOCX and ODT win over the
// extension (a PDF saved as .txt is still a PDF); among the text formats the
// extension wins, and content sniffing decides only when it names nothing.
func pickFormat(name string, data []byte) (string, error) {
	m := sniffMagic(data)
	ext := formatByExt(name)
	switch {
	case m.format != "":
		return m.format, nil
	case m.ole && (ext == FormatDOCX || strings.EqualFold(filepath.Ext(name), ".doc")):
		return "", oleError(name, ext)
	case m.ole:
		return "", fail(name, ErrBinary, "this is an office file in the old binary format, not a text document", fixFormats)
	case m.zip && (ext == FormatDOCX || ext == FormatODT):
		return ext, nil // let the reader say whether it is truncated or not its format
	case m.zip:
		return "", fail(name, ErrBinary, "this is a zip archive, not a word document or opendocument text", "unpack it and "+fixFormats)
	case m.binary != "":
		return "", fail(name, ErrBinary, "this is "+m.binary+", not a text document", fixFormats)
	case ext == FormatPDF:
		return "", fail(name, ErrUnreadable, "the file is named .pdf but is not a pdf", "export the document as pdf again")
	case ext == FormatDOCX:
		return "", fail(name, ErrUnreadable, "the file is named .docx but is not a word document", "save it from word as .docx again")
	case ext == FormatODT:
		return "", fail(name, ErrUnreadable, "the file is named .odt but is not an opendocument text",
			"save it from libreoffice writer as .odt again")
	}
	return ext, nil // "" means: sniff after decoding
}

func oleError(name, ext string) error {
	if ext == FormatDOCX {
		return fail(name, ErrEncrypted, "the word document is password-protected",
			"remove the password in word (file > info > protect document) and import again")
	}
	return fail(name, ErrBinary, "this is an old word 97-2003 .doc file", "save it as .docx in word and import again")
}

var (
	mdHeadingRE   = lazyre.New(`(?m)^#{1,6}[ \t]+\S`)
	mdLinkRE      = lazyre.New(`\[[^\]\n]+\]\([^)\s]+\)`)
	htmlHeadingRE = lazyre.New(`(?i)<h[1-6][\s>]`)
	htmlTagRE     = lazyre.New(`(?i)<(p|div|h[1-6]|br|a|ul|ol|li|span|table|tr|td|section|article|strong|b|em)[\s>/]`)
)

// sniffText decides between HTML, Markdown and plain text for decoded text.
func sniffText(text string) string {
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 4096)]))
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.Contains(head, "<html") || strings.Contains(head, "<body") {
		return FormatHTML
	}
	if tags := len(htmlTagRE.FindAllStringIndex(head, 64)); tags >= 5 || (tags >= 2 && len(head) < 400) {
		return FormatHTML
	}
	if mdHeadingRE.MatchString(head) || mdLinkRE.MatchString(head) {
		return FormatMarkdown
	}
	return FormatText
}

// looksBinary reports decoded text that still carries control characters, as
// files that are not text do even when their bytes happen to be valid UTF-8.
func looksBinary(text string) bool {
	var ctrl, n int
	for _, r := range text[:min(len(text), 8192)] {
		n++
		if (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f') || r == 0xFFFD {
			ctrl++
		}
	}
	return ctrl*100 > n
}

// minMarkdownHeadings is the fewest Markdown headings that make an HTML or
// text file's body Markdown.
const minMarkdownHeadings = 3

// isHTMLBody: a Markdown file holds no Markdown heading and at least
// minMarkdownHeadings HTML headings ("<h2>1. Einleitung</h2>"): a site
// generator's page (Eleventy, Jekyll, Hugo) whose body is written in HTML.
// Goldmark keeps such blocks as raw HTML, whose headings would stay text.
func isHTMLBody(text string) bool {
	if strings.Count(text, "<h") < minMarkdownHeadings && strings.Count(text, "<H") < minMarkdownHeadings {
		return false
	}
	return len(mdHeadingRE.FindAllStringIndex(text, 1)) == 0 && len(htmlHeadingRE.FindAllStringIndex(text, minMarkdownHeadings)) >= minMarkdownHeadings
}

// isMarkdownBody: the text holds at least minMarkdownHeadings Markdown
// headings ("## Privacy") and fewer HTML block tags than headings. Such an
// .html file is a page template that renders a Markdown body ("{% filter
// markdown %}" in Django, a Markdown include in Jekyll): read as HTML, its
// whole body was one paragraph without a section. Such a .txt file is
// Markdown saved as text (a page's text rendition, a wiki export): read as
// plain text, its "##" lines were no headings.
func isMarkdownBody(text string) bool {
	// all but the first of the headings follow a newline: most HTML files
	// are ruled out by a count, without the line-anchored expression
	if strings.Count(text, "\n#") < minMarkdownHeadings-1 {
		return false
	}
	heads := len(mdHeadingRE.FindAllStringIndex(text, 64))
	if heads < minMarkdownHeadings {
		return false
	}
	return len(htmlTagRE.FindAllStringIndex(text, heads)) < heads
}
