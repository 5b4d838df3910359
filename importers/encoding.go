package importers

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"

	"github.com/dpodesk/dpodesk/internal/lazyre"
)

// Encoding names as stored in model.Document.Encoding.
const (
	encUTF8        = "utf-8"
	encUTF8BOM     = "utf-8-bom"
	encUTF16LE     = "utf-16le"
	encUTF16BE     = "utf-16be"
	encWindows1252 = "windows-1252"
)

// decodeText turns the bytes of a text-like file (txt, md, html) into UTF-8 and
// names the encoding it found. For HTML a <meta charset> is honoured.
func decodeText(name string, data []byte, isHTML bool) (string, string, error) {
	if enc, label, rest, ok := byBOM(data); ok {
		return decodeWith(name, enc, label, rest)
	}
	if enc, label, ok := utf16ByNULs(data); ok {
		return decodeWith(name, enc, label, data)
	}
	if isHTML {
		if enc, label, ok := metaCharset(data); ok && !(label == encUTF8 && !utf8.Valid(data)) {
			return decodeWith(name, enc, label, data)
		}
	}
	if utf8.Valid(data) {
		return string(data), encUTF8, nil
	}
	if looksWindows1252(data) {
		return decodeWith(name, charmap.Windows1252, encWindows1252, data)
	}
	return "", "", fail(name, ErrUnreadable, "the text is neither valid utf-8 nor windows-1252/latin-1",
		"save it as utf-8 in your editor and import again")
}

func decodeWith(name string, enc encoding.Encoding, label string, data []byte) (string, string, error) {
	if label == encUTF8 || label == encUTF8BOM {
		if !utf8.Valid(data) {
			return "", "", fail(name, ErrUnreadable, "the file declares utf-8 but contains invalid utf-8",
				"save it as utf-8 in your editor and import again")
		}
		return string(data), label, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", failWith(name, ErrUnreadable, err, "the text cannot be decoded as "+label,
			"save it as utf-8 in your editor and import again")
	}
	return string(out), label, nil
}

func byBOM(data []byte) (encoding.Encoding, string, []byte, bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, encUTF8BOM, data[3:], true
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), encUTF16LE, data[2:], true
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), encUTF16BE, data[2:], true
	}
	return nil, "", nil, false
}

// utf16ByNULs recognises UTF-16 without a BOM: text in Latin script has a NUL as
// the high byte of almost every code unit, on odd offsets for little endian and
// on even offsets for big endian.
func utf16ByNULs(data []byte) (encoding.Encoding, string, bool) {
	n := min(len(data), 4096) &^ 1
	if n < 4 {
		return nil, "", false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	units := n / 2
	switch {
	case odd*10 >= units*7 && even*10 <= units:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), encUTF16LE, true
	case even*10 >= units*7 && odd*10 <= units:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), encUTF16BE, true
	}
	return nil, "", false
}

var metaCharsetRE = lazyre.New(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// metaCharset reads the charset an HTML page declares in its first 1024 bytes,
// the window browsers prescan. Latin-1 labels map to Windows-1252, as in browsers.
func metaCharset(data []byte) (encoding.Encoding, string, bool) {
	m := metaCharsetRE.FindSubmatch(data[:min(len(data), 1024)])
	if m == nil {
		return nil, "", false
	}
	enc, err := htmlindex.Get(string(m[1]))
	if err != nil {
		return nil, "", false
	}
	label, _ := htmlindex.Name(enc)
	label = strings.ToLower(label)
	switch label {
	case "utf-16le", "utf-16be":
		return nil, "", false // a meta cannot declare UTF-16 for bytes that had no BOM
	case "utf-8":
		return enc, encUTF8, true
	}
	return enc, label, true
}

// looksWindows1252 accepts bytes that are not UTF-8 as Windows-1252 (a superset
// of the printable ISO-8859-1) when they read like text: no bytes the code page
// leaves undefined, no control characters, and non-ASCII bytes a minority, as
// umlauts and typographic quotes are in German or English prose.
func looksWindows1252(data []byte) bool {
	var high int
	for _, c := range data {
		switch {
		case c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D:
			return false
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			return false
		case c >= 0x80:
			high++
		}
	}
	return high*5 <= len(data)
}
