package importers

import (
	"bytes"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time this process has used. On a shared, loaded machine
// wall time per op mostly measures the queue for a core; CPU time per op is
// what the same read costs on an idle machine (GC included).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds a cpu-ms/op metric for the loop that started at start.
func reportCPU(b *testing.B, start time.Duration, n int) {
	if n > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(n)/1e6, "cpu-ms/op")
	}
}

// Benchmarks for what a user feels when importing: a 100 KB policy in each
// text format, the PDF, DOCX and ODT fixtures, and the same text at 1 MB to show
// that reading time grows linearly with size.

// repeatTo repeats the middle of a document until the whole is about size bytes.
func repeatTo(head, middle, tail string, size int) []byte {
	var sb strings.Builder
	sb.WriteString(head)
	for sb.Len()+len(tail) < size {
		sb.WriteString(middle)
	}
	sb.WriteString(tail)
	return []byte(sb.String())
}

func htmlOfSize(b *testing.B, size int) []byte {
	page, err := os.ReadFile("testdata/readers/northwind-page.html")
	if err != nil {
		b.Fatal(err)
	}
	s := string(page)
	i, j := strings.Index(s, "<h2"), strings.Index(s, "</article>")
	return repeatTo(s[:i], s[i:j], s[j:], size)
}

func textOfSize(b *testing.B, file string, size int) []byte {
	src, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	return repeatTo("", string(src)+"\n\n", "", size)
}

func benchRead(b *testing.B, name string, data []byte) {
	b.Helper()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	start, n := cpuTime(), 0
	for b.Loop() {
		if _, err := ReadBytes(name, data); err != nil {
			b.Fatal(err)
		}
		n++
	}
	reportCPU(b, start, n)
}

func BenchmarkReadHTML100KB(b *testing.B) { benchRead(b, "policy.html", htmlOfSize(b, 100<<10)) }
func BenchmarkReadHTML1MB(b *testing.B)   { benchRead(b, "policy.html", htmlOfSize(b, 1<<20)) }

func BenchmarkReadText100KB(b *testing.B) {
	benchRead(b, "policy.txt", textOfSize(b, "testdata/readers/musterwerk-de.txt", 100<<10))
}

func BenchmarkReadText1MB(b *testing.B) {
	benchRead(b, "policy.txt", textOfSize(b, "testdata/readers/musterwerk-de.txt", 1<<20))
}

func BenchmarkReadWindows1252Text100KB(b *testing.B) {
	benchRead(b, "policy.txt", textOfSize(b, "testdata/readers/musterwerk-cp1252.txt", 100<<10))
}

func BenchmarkReadMarkdown100KB(b *testing.B) {
	benchRead(b, "policy.md", textOfSize(b, "testdata/readers/musterwerk-de.md", 100<<10))
}

func BenchmarkReadMarkdown1MB(b *testing.B) {
	benchRead(b, "policy.md", textOfSize(b, "testdata/readers/musterwerk-de.md", 1<<20))
}

func BenchmarkReadPDF4Pages(b *testing.B) {
	data, err := os.ReadFile("testdata/readers/northwind-long.pdf")
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, "policy.pdf", data)
}

func BenchmarkReadDOCX(b *testing.B) {
	data, err := os.ReadFile("testdata/readers/musterwerk-de.docx")
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, "policy.docx", data)
}

func BenchmarkReadODT(b *testing.B) {
	data, err := os.ReadFile("testdata/readers/musterwerk-de.odt")
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, "policy.odt", data)
}

// BenchmarkDetect measures format and encoding detection alone on 100 KB.
func BenchmarkDetect100KB(b *testing.B) {
	data := bytes.Repeat([]byte("Die Musterwerk GmbH verarbeitet Daten. "), 100<<10/39)
	for b.Loop() {
		if _, err := pickFormat("policy", data); err != nil {
			b.Fatal(err)
		}
	}
}

// The ReaderOnly benchmarks leave out Sections, to show what the format
// readers themselves cost apart from the sectioning heuristics.

func benchReader(b *testing.B, name string, data []byte) {
	b.Helper()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	start, n := cpuTime(), 0
	for b.Loop() {
		if _, _, err := readFormat(name, data); err != nil {
			b.Fatal(err)
		}
		n++
	}
	reportCPU(b, start, n)
}

func BenchmarkReaderOnlyHTML100KB(b *testing.B) {
	benchReader(b, "policy.html", htmlOfSize(b, 100<<10))
}

func BenchmarkReaderOnlyText100KB(b *testing.B) {
	benchReader(b, "policy.txt", textOfSize(b, "testdata/readers/musterwerk-de.txt", 100<<10))
}

func BenchmarkReaderOnlyMarkdown100KB(b *testing.B) {
	benchReader(b, "policy.md", textOfSize(b, "testdata/readers/musterwerk-de.md", 100<<10))
}
