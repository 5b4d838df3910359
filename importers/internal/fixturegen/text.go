package main

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// writeText writes the source text unchanged in the requested encoding, for
// fixtures of legacy-encoded files.
func writeText(out, src, enc string) error {
	switch strings.ToLower(enc) {
	case "utf-8", "utf8":
		return os.WriteFile(out, []byte(src), 0o644)
	case "windows-1252", "cp1252":
		b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(src))
		if err != nil {
			return fmt.Errorf("%s: the text has characters windows-1252 cannot hold: %w", out, err)
		}
		return os.WriteFile(out, b, 0o644)
	}
	return fmt.Errorf("unknown encoding %q; use utf-8 or windows-1252", enc)
}
