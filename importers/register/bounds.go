package register

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
)

// Limits of the register reader. Reading a CSV costs about 19 times its size
// (the text, the parsed rows, the records and the plan), so MaxFileSize keeps a
// register import under 512 MB; 16 MB is about 100,000 rows.
const (
	MaxFileSize = 16 << 20
	// maxUnzipped bounds what an XLSX workbook may unpack to in all: its
	// sheets and shared strings are XML of about ten times the cells' text.
	maxUnzipped = 128 << 20
	// maxUnzippedPart bounds one part, which excelize holds in memory.
	maxUnzippedPart = 64 << 20
)

// readLimited reads path after checking with Stat that it is within
// MaxFileSize; the LimitReader guards against a file that grew since.
func readLimited(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read register: %w", err)
	}
	if fi.Size() > MaxFileSize {
		return nil, tooLarge(fi.Size())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read register: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read register: %w", err)
	}
	if len(data) > MaxFileSize {
		return nil, tooLarge(int64(len(data)))
	}
	return data, nil
}

func tooLarge(size int64) error {
	return fmt.Errorf("the register is %.1f mb, more than the %d mb limit: split it into several files and import them one by one",
		float64(size)/(1<<20), MaxFileSize>>20)
}

// checkUnzipped inflates every part of a workbook into a counter, because the
// sizes in a zip's headers can lie and excelize trusts them.
func checkUnzipped(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil // excelize reports a damaged workbook in its own words
	}
	var total int64
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			continue
		}
		n, _ := io.Copy(io.Discard, io.LimitReader(rc, maxUnzippedPart+1))
		rc.Close()
		total += n
		if n > maxUnzippedPart || total > maxUnzipped {
			return fmt.Errorf("the workbook unpacks to more than %d mb (a part of %s is larger than %d mb): save the register as CSV or split it",
				maxUnzipped>>20, f.Name, maxUnzippedPart>>20)
		}
	}
	return nil
}
