package importers

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"strings"
)

// DOCX and ODT are both zip archives of XML parts; this file holds what their
// readers share: finding and unpacking a part within the zip-bomb bound, and
// the messages for a damaged or oversized archive.

// maxUnpacked bounds how much XML one part of a DOCX or ODT may unpack to,
// against zip bombs: the text of a 100-page policy is under 5 MB of XML in
// either format. A part is measured by inflating it into a counter before it
// is read, so a bomb costs no memory; the XML is then parsed as a stream.
const maxUnpacked = 16 << 20

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

// zipDoc names a zip-based format in messages: what the user calls the file
// and the program that can save it again, so that every message says both.
type zipDoc struct{ noun, article, app string }

var (
	docxDoc = zipDoc{noun: "word document", article: "a", app: "word"}
	odtDoc  = zipDoc{noun: "opendocument text", article: "an", app: "libreoffice writer"}
)

func (z zipDoc) unpackError(name string, err error) error {
	if errors.Is(err, errTooBig) {
		return failWith(name, ErrTooLarge, err, fmt.Sprintf("the %s unpacks to more than %d mb of text", z.noun, maxUnpacked>>20),
			"import the policy on its own, not a bundle")
	}
	return z.truncated(name, err)
}

func (z zipDoc) truncated(name string, err error) error {
	return failWith(name, ErrTruncated, err, "the "+z.noun+" is incomplete or damaged (truncated?)",
		"copy or download it again, or open it in "+z.app+" and save it again, then import again")
}

func (z zipDoc) damaged(name string, err error) error {
	return failWith(name, ErrTruncated, err, "the "+z.noun+" is damaged (its text cannot be parsed)",
		"open it in "+z.app+", save it again and import again")
}

func (z zipDoc) notThis(name string) error {
	return fail(name, ErrBinary, "this is a zip archive, not "+z.article+" "+z.noun, fixFormats)
}
