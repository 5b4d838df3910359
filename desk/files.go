package desk

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/dpodesk/dpodesk/atomicfile"
)

// writeAtomic writes a file under a temporary name beside path, syncs it and
// renames it into place, so a failed write leaves the old file.
func writeAtomic(path string, write func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("creating %s: %w", filepath.Dir(path), err)
	}
	if err := atomicfile.Write(path, 0o600, write); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

func writeFileAtomic(path string, data []byte) error {
	return writeAtomic(path, func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(data))
		return err
	})
}

func parseStamp(s string, loc *time.Location) (time.Time, error) {
	return time.ParseInLocation(backupStamp, s, loc)
}

func dayDuration(days int) time.Duration { return time.Duration(days) * 24 * time.Hour }
