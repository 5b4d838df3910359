package importers

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"strings"
)

// The ODT reader is archive/zip plus encoding/xml over content.xml and
// styles.xml, as the DOCX reader is over WordprocessingML: the text model of
// OpenDocument is as small, the zip-bomb bound and messages are shared
// (zipparts.go), and see docs/import-readers.md for why no ODT library is used.

// odtMime is the media type in the mimetype entry of an OpenDocument text; the
// template, master and web variants extend it and hold the same office:text.
const odtMime = "application/vnd.oasis.opendocument.text"

// errNoTextBody: content.xml parsed but held no office:text, as a spreadsheet
// or presentation zipped without its mimetype entry does.
var errNoTextBody = errors.New("content.xml has no office:text")

func readODT(name string, data []byte) (body, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return body{}, odtDoc.truncated(name, err)
	}
	if !odtMimetype(zr) {
		return body{}, odtDoc.notThis(name)
	}
	// Before content.xml is looked for: newer LibreOffice versions can encrypt
	// the whole package into one entry and leave no content.xml beside it.
	if enc, err := odtEncrypted(zr); err != nil {
		return body{}, odtDoc.unpackError(name, err)
	} else if enc {
		return body{}, fail(name, ErrEncrypted, "the opendocument text is password-protected",
			"open it in libreoffice writer, save it without the password (file > save as, untick save with password) and import again")
	}
	content := findZipFile(zr, "content.xml")
	if content == nil {
		return body{}, odtDoc.notThis(name)
	}
	styles := odtStyles{}
	if sf := findZipFile(zr, "styles.xml"); sf != nil {
		if raw, err := unpack(sf); err == nil {
			styles.parse(raw) // a broken styles part costs only heading and bold hints
		}
	}
	raw, err := unpack(content)
	if err != nil {
		return body{}, odtDoc.unpackError(name, err)
	}
	b, err := parseContent(raw, styles)
	switch {
	case errors.Is(err, errNoTextBody):
		return body{}, odtDoc.notThis(name)
	case err != nil:
		return body{}, odtDoc.damaged(name, err)
	}
	return b, nil
}

// odtMimetype reports whether the mimetype entry names a text document. A
// package without one is let through: content.xml must then hold office:text.
func odtMimetype(zr *zip.Reader) bool {
	f := findZipFile(zr, "mimetype")
	if f == nil {
		return true
	}
	raw, err := unpack(f)
	return err == nil && strings.HasPrefix(strings.TrimSpace(string(raw)), odtMime)
}

// odtEncrypted reports a password-protected package: its manifest describes
// how each encrypted part was encrypted (manifest:encryption-data), while
// content.xml itself is ciphertext that would only read as damaged.
func odtEncrypted(zr *zip.Reader) (bool, error) {
	f := findZipFile(zr, "META-INF/manifest.xml")
	if f == nil {
		return false, nil
	}
	raw, err := unpack(f)
	if err != nil {
		return false, err
	}
	dec := xml.NewDecoder(bytes.NewReader(raw))
	for {
		tok, err := dec.Token()
		if err != nil {
			return false, nil // a damaged manifest says nothing; content.xml decides
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "encryption-data" {
			return true, nil
		}
	}
}
