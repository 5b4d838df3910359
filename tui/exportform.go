package tui

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// Exporter writes the registers to files and takes backups, so the interface
// offers what `dpodesk export` and `dpodesk backup` do.
type Exporter interface {
	ExportFile(ctx context.Context, register, format, lang, path string) error
	ExportPath(register, format string) string
	BackupFile() (string, error)
}

// exportForm asks which register, format and language to export and where
// to, then writes the file in a command.
func (r *Root) exportForm() tea.Cmd {
	v := struct{ register, format, lang, path string }{"ropa", "md", r.o.Lang, ""}
	s := r.s
	registers := []huh.Option[string]{
		huh.NewOption(ft("Record of processing activities (Art. 30)"), "ropa"), huh.NewOption(ft("Processors"), "processors"),
		huh.NewOption(ft("Data subject requests"), "requests"), huh.NewOption(ft("Personal data breaches (Art. 33(5))"), "breaches"),
	}
	formats := []huh.Option[string]{huh.NewOption("Markdown", "md"), huh.NewOption("HTML", "html"),
		huh.NewOption("CSV", "csv"), huh.NewOption("Excel (XLSX)", "xlsx"), huh.NewOption("JSON", "json")}
	path := huh.NewInput().Title(ft("File")).Value(&v.path).Validate(notEmpty("the file")).
		PlaceholderFunc(func() string { return s.ExportPath(v.register, v.format) }, []any{&v.register, &v.format})
	g := huh.NewGroup(
		huh.NewSelect[string]().Title(ft("Register")).Value(&v.register).Options(registers...),
		huh.NewSelect[string]().Title(ft("Format")).Value(&v.format).Inline(true).Options(formats...),
		huh.NewSelect[string]().Title(ft("Language")).Value(&v.lang).Inline(true).Options(huh.NewOption("English", "en"), huh.NewOption("Deutsch", "de")),
		path,
	)
	submit := func() tea.Cmd {
		file := expandHome(strings.TrimSpace(v.path))
		return func() tea.Msg {
			if err := s.ExportFile(context.Background(), v.register, v.format, v.lang, file); err != nil {
				return statusMsg{text: ft("export: ") + err.Error(), err: true}
			}
			return statusMsg{text: ft("exported %s to %s", v.register, file)}
		}
	}
	return newFormModal(r.st, ft("Export a register"), submit, g).open(r.width, r.height)
}

// backup takes a backup now, as `dpodesk backup` does.
func (r *Root) backup() tea.Cmd {
	s := r.s
	return tea.Sequence(
		func() tea.Msg { return statusMsg{text: ft("taking a backup…")} },
		func() tea.Msg {
			path, err := s.BackupFile()
			if err != nil {
				return statusMsg{text: ft("backup: ") + err.Error(), err: true}
			}
			return statusMsg{text: ft("backed up to %s", path)}
		})
}
