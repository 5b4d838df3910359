package importers

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	dslipak "github.com/dslipak/pdf"
	ledongthuc "github.com/ledongthuc/pdf"
)

// TestComparePDFLibraries prints the figures behind the choice of PDF library
// in docs/import-readers.md. It is informative only: PDFCOMPARE=1 go test -run ComparePDF -v ./importers
func TestComparePDFLibraries(t *testing.T) {
	if os.Getenv("PDFCOMPARE") == "" {
		t.Skip("set PDFCOMPARE=1 to print the comparison")
	}
	libs := []pdfLib{
		{"ledongthuc", ledongthucPlain, ledongthucGlyphs},
		{"dslipak", dslipakPlain, dslipakGlyphs},
	}
	fixtures := []string{"musterwerk-de", "northwind-en", "northwind-long", "ligatures"}
	for _, lib := range libs {
		for _, fx := range fixtures {
			data := mustRead(t, "testdata/readers/"+fx+".pdf")
			src := string(mustRead(t, "testdata/readers/"+fx+".md"))
			plain, _ := safeExtract(func() (string, error) { return lib.plain(data) })
			laid, _ := safeExtract(func() (string, error) {
				g, err := lib.glyphs(data)
				text, _ := layoutPDF(g)
				return text, err
			})
			fmt.Printf("%-10s %-15s plain: sentences %3.0f%% specials %3.0f%% | layout: sentences %3.0f%% specials %3.0f%% paragraphs %d/%d\n",
				lib.name, fx, sentenceScore(src, plain), specialScore(src, plain),
				sentenceScore(src, laid), specialScore(src, laid), paragraphs(laid), paragraphs(mdPlain(src)))
		}
		fmt.Printf("%-10s truncation: %s\n", lib.name, truncationRun(t, lib, fixtures))
		fmt.Printf("%-10s mutation: %s\n", lib.name, mutationRun(t, lib, fixtures))
		fmt.Printf("%-10s speed: %s\n", lib.name, speedRun(t, lib))
	}
}

type pdfLib struct {
	name   string
	plain  func([]byte) (string, error)
	glyphs func([]byte) ([][]pdfGlyph, error)
}

func ledongthucPlain(data []byte) (string, error) {
	r, err := ledongthuc.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", err
	}
	rd, err := r.GetPlainText()
	if err != nil {
		return "", err
	}
	b, err := io.ReadAll(rd)
	return string(b), err
}

// The glyph readers walk the page tree with the same bounds as readPDF: the
// libraries' own NumPage/Page walk loops on a damaged tree (seen on mutated
// fixtures), which would turn this comparison into a measure of that alone.
func ledongthucGlyphs(data []byte) ([][]pdfGlyph, error) {
	r, err := ledongthuc.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var pages [][]pdfGlyph
	pvs, _ := pdfPages(r.Trailer().Key("Root").Key("Pages"))
	for _, pv := range pvs {
		pages = append(pages, pageGlyphs(ledongthuc.Page{V: pv}))
	}
	return pages, nil
}

func dslipakPlain(data []byte) (string, error) {
	r, err := dslipak.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", err
	}
	rd, err := r.GetPlainText()
	if err != nil {
		return "", err
	}
	b, err := io.ReadAll(rd)
	return string(b), err
}

func dslipakGlyphs(data []byte) ([][]pdfGlyph, error) {
	r, err := dslipak.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var pages [][]pdfGlyph
	visits := 0
	var walk func(v dslipak.Value, depth int)
	walk = func(v dslipak.Value, depth int) {
		visits++
		if len(pages) >= maxPDFPages || visits > 4*maxPDFPages || depth > 32 || v.Kind() != dslipak.Dict {
			return
		}
		if v.Key("Type").Name() == "Page" || v.Key("Kids").IsNull() {
			var g []pdfGlyph
			for _, t := range (dslipak.Page{V: v}).Content().Text {
				g = append(g, pdfGlyph{X: t.X, Y: t.Y, W: t.W, Size: t.FontSize, Font: t.Font, S: t.S})
			}
			pages = append(pages, g)
			return
		}
		for i := 0; i < v.Key("Kids").Len() && visits <= 4*maxPDFPages; i++ {
			walk(v.Key("Kids").Index(i), depth+1)
		}
	}
	walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return pages, nil
}

// safeExtract runs an extraction, turning a panic into an error and giving up
// (reported as a hang) after five seconds.
func safeExtract(f func() (string, error)) (string, error) {
	type result struct {
		text string
		err  error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{"", fmt.Errorf("panic: %v", r)}
			}
		}()
		text, err := f()
		done <- result{text, err}
	}()
	select {
	case r := <-done:
		return r.text, r.err
	case <-time.After(5 * time.Second):
		return "", fmt.Errorf("hang")
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.FromSlash(p))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var mdMarkup = regexp.MustCompile(`(?m)^#+\s*|^\s*[-*]\s+|\*\*|^\|.*$`)

func mdPlain(src string) string { return mdMarkup.ReplaceAllString(src, "") }

func squash(s string) string { return strings.Join(strings.Fields(cleanBlock(s)), " ") }

// sentenceScore is the share of the source's sentences found verbatim.
func sentenceScore(src, got string) float64 {
	got = squash(got)
	var n, ok int
	for s := range strings.SplitSeq(mdPlain(src), ". ") {
		s = squash(s)
		if len(s) < 20 {
			continue
		}
		n++
		if strings.Contains(got, s) {
			ok++
		} else if os.Getenv("PDFCOMPARE") == "verbose" {
			fmt.Printf("    missing: %q\n", s)
		}
	}
	return 100 * float64(ok) / float64(max(n, 1))
}

// specialScore is the share of umlauts, ß, €, German quotes and ligature
// words of the source that the extraction reproduces (after normalisation).
func specialScore(src, got string) float64 {
	got = cleanBlock(got)
	var n, ok int
	for _, r := range "äöüÄÖÜß€„“" {
		c := strings.Count(src, string(r))
		n += c
		ok += min(c, strings.Count(got, string(r)))
	}
	for _, w := range []string{"finance", "office", "flow", "effective", "first field", "affiliated", "fluffy"} {
		if strings.Contains(cleanBlock(src), w) {
			n++
			if strings.Contains(got, w) {
				ok++
			}
		}
	}
	return 100 * float64(ok) / float64(max(n, 1))
}

func paragraphs(s string) int { return len(splitParagraphs(strings.TrimSpace(s))) }

// truncationRun cuts every fixture at 5 %, 10 % … 95 % and counts outcomes.
func truncationRun(t *testing.T, lib pdfLib, fixtures []string) string {
	var errs, panics, hangs, texts int
	for _, fx := range fixtures {
		data := mustRead(t, "testdata/readers/"+fx+".pdf")
		for pct := 5; pct < 100; pct += 5 {
			cut := data[:len(data)*pct/100]
			_, err := safeExtract(func() (string, error) {
				g, err := lib.glyphs(cut)
				text, _ := layoutPDF(g)
				return text, err
			})
			switch {
			case err != nil && strings.HasPrefix(err.Error(), "panic"):
				panics++
			case err != nil && err.Error() == "hang":
				hangs++
			case err != nil:
				errs++
			default:
				texts++
			}
		}
	}
	return fmt.Sprintf("%d cuts: %d errors, %d panics, %d hangs, %d returned text", errs+panics+hangs+texts, errs, panics, hangs, texts)
}

// mutationRun overwrites 1–8 random bytes of each fixture 250 times (fixed
// seed) and counts panics, errors and texts, as a small fuzz run would.
func mutationRun(t *testing.T, lib pdfLib, fixtures []string) string {
	rng := rand.New(rand.NewPCG(1, 2))
	var errs, panics, hangs, texts int
	for _, fx := range fixtures {
		data := mustRead(t, "testdata/readers/"+fx+".pdf")
		for range 250 {
			if hangs >= 3 {
				break // each hang leaves a goroutine spinning; three make the point
			}
			m := bytes.Clone(data)
			for range 1 + rng.IntN(8) {
				m[rng.IntN(len(m))] = byte(rng.IntN(256))
			}
			_, err := safeExtract(func() (string, error) {
				g, err := lib.glyphs(m)
				text, _ := layoutPDF(g)
				return text, err
			})
			switch {
			case err != nil && strings.HasPrefix(err.Error(), "panic"):
				panics++
			case err != nil && err.Error() == "hang":
				hangs++
			case err != nil:
				errs++
			default:
				texts++
			}
		}
	}
	return fmt.Sprintf("%d inputs: %d errors, %d panics, %d hangs, %d returned text", errs+panics+hangs+texts, errs, panics, hangs, texts)
}

func speedRun(t *testing.T, lib pdfLib) string {
	data := mustRead(t, "testdata/readers/northwind-long.pdf")
	const n = 50
	start := time.Now()
	for range n {
		g, _ := lib.glyphs(data)
		layoutPDF(g)
	}
	per := time.Since(start) / n
	return fmt.Sprintf("northwind-long.pdf (%d KB, 4 pages): %v per read", len(data)>>10, per.Round(10*time.Microsecond))
}
