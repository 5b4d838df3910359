package importers

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// The DOCX reader is archive/zip plus encoding/xml over word/document.xml and
// word/styles.xml: WordprocessingML's text model is small, and reading it
// directly keeps full control of headings, tables, breaks and tabs (see
// docs/import-readers.md for why no third-party DOCX library is used).

// maxUnpacked bounds how much XML one part of a DOCX may unpack to, against
// zip bombs: the text of a 100-page policy is under 5 MB of WordprocessingML.
// A part is measured by inflating it into a counter before it is read, so a
// bomb costs no memory; the XML is then parsed as a stream.
const maxUnpacked = 16 << 20

func readDOCX(name string, data []byte) (body, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return body{}, docxTruncated(name, err)
	}
	doc := findZipFile(zr, "word/document.xml")
	if doc == nil {
		return body{}, fail(name, ErrBinary, "this is a zip archive, not a word document", fixFormats)
	}
	styles := map[string]docxStyle{}
	if sf := findZipFile(zr, "word/styles.xml"); sf != nil {
		if raw, err := unpack(sf); err == nil {
			styles = parseStyles(raw) // a broken styles part costs only the heading hints
		}
	}
	raw, err := unpack(doc)
	if err != nil {
		return body{}, unpackError(name, err)
	}
	b, err := parseDocument(raw, styles)
	if err != nil {
		return body{}, failWith(name, ErrTruncated, err, "the word document is damaged (its text cannot be parsed)",
			"open it in word, save it again and import again")
	}
	return b, nil
}

func findZipFile(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if strings.EqualFold(f.Name, name) {
			return f
		}
	}
	return nil
}

var errTooBig = errors.New("unpacks to more than the limit")

func unpack(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > maxUnpacked {
		return nil, errTooBig
	}
	// The header's size can lie; count what the data really unpacks to.
	if n, err := unpackedSize(f); err != nil {
		return nil, err
	} else if n > maxUnpacked {
		return nil, errTooBig
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	raw, err := io.ReadAll(io.LimitReader(rc, maxUnpacked+1))
	if err == nil && len(raw) > maxUnpacked {
		err = errTooBig
	}
	return raw, err
}

func unpackedSize(f *zip.File) (int64, error) {
	rc, err := f.Open()
	if err != nil {
		return 0, err
	}
	defer rc.Close()
	n, err := io.Copy(io.Discard, io.LimitReader(rc, maxUnpacked+1))
	if n > maxUnpacked {
		return n, nil // cut short by the limit: a checksum error here is expected
	}
	return n, err
}

func unpackError(name string, err error) error {
	if errors.Is(err, errTooBig) {
		return failWith(name, ErrTooLarge, err, fmt.Sprintf("the word document unpacks to more than %d mb of text", maxUnpacked>>20),
			"import the policy on its own, not a bundle")
	}
	return docxTruncated(name, err)
}

func docxTruncated(name string, err error) error {
	return failWith(name, ErrTruncated, err, "the word document is incomplete or damaged (truncated?)",
		"copy or download it again, or open it in word and save it again, then import again")
}

// docxStyle is what a paragraph style tells about headings.
type docxStyle struct {
	name    string
	basedOn string
	outline int // outline level 1..9 from the style's w:outlineLvl, 0 if none
}

// headingLevel resolves a style to a heading level: "heading n" and "title" by
// name (the names are English in every language version of Word, only the
// displayed names and style ids are translated), else the outline level,
// following basedOn a few steps.
func headingLevel(styles map[string]docxStyle, id string) int {
	for range 8 {
		st, ok := styles[id]
		name := strings.ToLower(st.name)
		if !ok {
			name = strings.ToLower(id) // no styles part: the ids are the built-in names
		}
		if lvl := levelFromStyleName(name); lvl > 0 {
			return lvl
		}
		if st.outline > 0 {
			return st.outline
		}
		if !ok || st.basedOn == "" {
			return 0
		}
		id = st.basedOn
	}
	return 0
}

func levelFromStyleName(name string) int {
	name = strings.ReplaceAll(name, " ", "")
	switch {
	case name == "title":
		return 1
	case strings.HasPrefix(name, "heading") && len(name) == len("heading")+1:
		if d := name[len(name)-1]; d >= '1' && d <= '9' {
			return int(d - '0')
		}
	}
	return 0
}
