// Command fixturegen renders a fictional policy written as Markdown or plain
// text into the binary formats the readers must handle, so that test fixtures
// can be rebuilt from reviewable sources:
//
//	go run ./importers/internal/fixturegen -in X.md -out X.pdf
//	go run ./importers/internal/fixturegen -in X.md -out X.docx
//	go run ./importers/internal/fixturegen -in X.md -out X.odt
//	go run ./importers/internal/fixturegen -in X.txt -out X.txt -encoding windows-1252
//
// The Markdown it understands is the subset policies need: "#" to "###"
// headings, paragraphs, "- " list items, "| a | b |" table rows and lines
// written entirely in bold; the ODT writer also reads inline marks for
// tracked deletions, footnotes and comments (see odt.go).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// block is one unit of the source: a heading, paragraph, list item or table row.
type block struct {
	kind  string // "h", "p", "li", "row", "bold"
	level int    // heading level
	text  string
	cells []string
}

func main() {
	in := flag.String("in", "", "source file (.md or .txt)")
	out := flag.String("out", "", "output file (.pdf, .docx, .odt or .txt)")
	enc := flag.String("encoding", "utf-8", "for .txt output: utf-8 or windows-1252")
	password := flag.String("password", "", "for .pdf and .odt output: protect the document with this password")
	ttf := flag.String("ttf", "", "for .pdf output: a TrueType font to embed (Unicode text, e.g. ligatures) instead of Helvetica")
	lineEnd := flag.String("lineend", "", "for .pdf output: a stray glyph to write after every line of headings and paragraphs")
	hanging := flag.Bool("hanging", false, "for .pdf output: draw a paragraph's number (\"1.2.\", \"a)\") after its text, in the margin")
	head := flag.String("head", "", "for .pdf output: a running head to print at the top of every page (\"a;b\": two lines)")
	foot := flag.String("foot", "", "for .pdf output: a running foot with the page number, e.g. \"Page | %d\"")
	lines := flag.Bool("lines", false, "for .pdf output: write the source line for line in one font, size and spacing (a pasted, hard-wrapped text)")
	flag.Parse()
	opt := pdfOptions{password: *password, ttf: *ttf, lineEnd: *lineEnd, hanging: *hanging, head: *head, foot: *foot, lines: *lines}
	if err := run(*in, *out, *enc, opt); err != nil {
		fmt.Fprintln(os.Stderr, "fixturegen:", err)
		os.Exit(1)
	}
}

func run(in, out, enc string, opt pdfOptions) error {
	if in == "" || out == "" {
		return fmt.Errorf("both -in and -out are required")
	}
	src, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	blocks := parse(string(src), strings.EqualFold(filepath.Ext(in), ".md"))
	switch strings.ToLower(filepath.Ext(out)) {
	case ".pdf":
		if opt.lines {
			return writeLinesPDF(out, string(src), opt)
		}
		return writePDF(out, blocks, opt)
	case ".docx":
		return writeDOCX(out, blocks)
	case ".odt":
		return writeODT(out, blocks, opt.password)
	case ".txt", ".md", ".html", ".htm":
		return writeText(out, string(src), enc)
	}
	return fmt.Errorf("%s: unknown output format; use .pdf, .docx, .odt or .txt", out)
}

// fixedTime keeps generated files byte-identical across runs, so regenerating
// a fixture shows no diff unless its source changed.
var fixedTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// parse reads the source into blocks. In a .txt source every paragraph is a
// paragraph: plain text declares no headings.
func parse(src string, markdown bool) []block {
	var blocks []block
	var para []string
	flush := func() {
		if len(para) > 0 {
			blocks = append(blocks, block{kind: "p", text: strings.Join(para, " ")})
			para = nil
		}
	}
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t\r")
		if !markdown {
			if line == "" {
				flush()
			} else {
				para = append(para, line)
			}
			continue
		}
		if b, ok := mdLine(line); ok {
			flush()
			if b.kind != "" {
				blocks = append(blocks, b)
			}
			continue
		}
		para = append(para, strings.TrimSpace(line))
	}
	flush()
	return blocks
}

// mdLine classifies one Markdown line; ok is false for a paragraph line.
func mdLine(line string) (block, bool) {
	t := strings.TrimSpace(line)
	switch {
	case t == "":
		return block{}, true
	case strings.HasPrefix(t, "#"):
		level := len(t) - len(strings.TrimLeft(t, "#"))
		return block{kind: "h", level: min(level, 3), text: strings.TrimSpace(t[level:])}, true
	case strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* "):
		return block{kind: "li", text: strings.TrimSpace(t[2:])}, true
	case strings.HasPrefix(t, "|"):
		cells := strings.Split(strings.Trim(t, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if strings.Trim(strings.Join(cells, ""), "-: ") == "" {
			return block{}, true // the separator row under a header
		}
		return block{kind: "row", cells: cells}, true
	case len(t) > 4 && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") && !strings.Contains(t[2:len(t)-2], "**"):
		return block{kind: "bold", text: t[2 : len(t)-2]}, true
	}
	return block{}, false
}
