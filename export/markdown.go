package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// writeMarkdown writes one section per record: the record's name or reference
// as heading, then every column as a bullet, empty ones shown as "—" so that a
// gap in the register is visible rather than silently missing.
func writeMarkdown(w io.Writer, t Table, org model.Organisation, opts Options) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", t.Title)
	for _, l := range docHeader(org, opts) {
		fmt.Fprintf(&b, "- **%s:** %s\n", l.Label, mdInline(l.Value))
	}
	title := titleColumn(t.Columns)
	for _, row := range t.Rows {
		fmt.Fprintf(&b, "\n## %s\n\n", mdInline(row[title].Text(" ")))
		for i, c := range t.Columns {
			if i == title {
				continue
			}
			writeMarkdownField(&b, c.Header(opts.Lang), row[i])
		}
	}
	if len(t.Rows) == 0 {
		fmt.Fprintf(&b, "\n%s\n", pick(opts.Lang, "No records.", "Keine Einträge."))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeMarkdownField(b *strings.Builder, header string, c Cell) {
	switch len(c) {
	case 0:
		fmt.Fprintf(b, "- **%s:** —\n", header)
	case 1:
		fmt.Fprintf(b, "- **%s:** %s\n", header, mdInline(c[0].Text))
	default:
		fmt.Fprintf(b, "- **%s:**\n", header)
		for _, it := range c {
			fmt.Fprintf(b, "  - %s\n", mdInline(it.Text))
		}
	}
}

// mdInline keeps a value on one line and stops it from starting a heading or
// list of its own.
func mdInline(s string) string {
	s = model.SafeLine(strings.Join(strings.Fields(s), " "))
	return strings.NewReplacer("*", `\*`, "_", `\_`, "#", `\#`, "<", "&lt;").Replace(s)
}

// titleColumn is the column that names a record: name, or ref for requests.
func titleColumn(cols []Column) int {
	for i, c := range cols {
		if c.Key == "name" || c.Key == "ref" {
			return i
		}
	}
	return 0
}

type headerLine struct{ Label, Value string }

// docHeader is the Art. 30(1)(a) block that opens the Markdown and HTML
// documents: who the controller is, who the DPO is, and when this was exported.
func docHeader(org model.Organisation, opts Options) []headerLine {
	lang := opts.Lang
	lines := []headerLine{
		{pick(lang, "Controller", "Verantwortlicher"), orDash(org.Name)},
		{pick(lang, "Address", "Anschrift"), orDash(joinNonEmpty(", ", org.Address, org.Email))},
		{pick(lang, "Data protection officer", "Datenschutzbeauftragte/r"), orDash(joinNonEmpty(", ", org.DPOName, org.DPOEmail))},
	}
	if org.Representative != "" {
		lines = append(lines, headerLine{pick(lang, "Representative (Art. 27)", "Vertreter (Art. 27)"), org.Representative})
	}
	if opts.Scope != "" {
		lines = append(lines, headerLine{pick(lang, "Entries included", "Enthaltene Einträge"), opts.Scope})
	}
	return append(lines, headerLine{pick(lang, "Date of export", "Stand"), letterDay(model.DateOf(opts.Now), lang, "")})
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}
