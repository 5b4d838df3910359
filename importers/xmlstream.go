package importers

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
)

// xmlHandler receives the tokens of an office document's XML part: the DOCX
// and ODT parsers each keep their own state between them.
type xmlHandler interface {
	start(dec *xml.Decoder, t xml.StartElement) error
	end(t xml.EndElement)
	chars(t xml.CharData)
}

// streamXML reads raw token by token into h, without building a tree: a
// part of a few megabytes costs only the tokens in flight.
func streamXML(raw []byte, h xmlHandler) error {
	dec := xml.NewDecoder(bytes.NewReader(raw))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := h.start(dec, t); err != nil {
				return err
			}
		case xml.EndElement:
			h.end(t)
		case xml.CharData:
			h.chars(t)
		}
	}
}

// placeInCell puts a finished paragraph's text into the table cell being
// read, if any, and reports whether the text is left to emit as a block of
// its own (not in a cell, not blank).
func placeInCell(cell *strings.Builder, s string) bool {
	if cell != nil {
		cell.WriteString(s)
		cell.WriteByte(' ')
		return false
	}
	return strings.TrimSpace(s) != ""
}
