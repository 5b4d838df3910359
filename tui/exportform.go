package tui

import (
	"context"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// Exporter writes the registers to files and takes backups, so the interface
// offers what `dpodesk export` and `dpodesk backup` do.
type Exporter interface {
	// ExportFile writes the register with the entries of the given statuses
	// (none: active only); note says how many entries were left out.
	ExportFile(ctx context.Context, register, format, lang, path string, statuses []string) (note string, err error)
	ExportPath(register, format string) string
	BackupFile() (string, error)
}

// exportForm asks which register, format and language to export and where
// to, then writes the file in a command.
func (r *Root) exportForm() tea.Cmd {
	v := struct {
		register, format, lang, path string
		statuses                     []string
	}{"ropa", "md", r.o.Lang, "", []string{"active"}}
	s := r.s
	registers := []huh.Option[string]{
		huh.NewOption("Record of processing activities (Art. 30)", "ropa"), huh.NewOption("Processors", "processors"),
		huh.NewOption("Data subject requests", "requests"), huh.NewOption("Personal data breaches (Art. 33(5))", "breaches"),
	}
	formats := []huh.Option[string]{huh.NewOption("Markdown", "md"), huh.NewOption("HTML", "html"),
		huh.NewOption("CSV", "csv"), huh.NewOption("Excel (XLSX)", "xlsx"), huh.NewOption("JSON", "json")}
	path := huh.NewInput().Title("File").Value(&v.path).Validate(notEmpty("the file")).
		PlaceholderFunc(func() string { return s.ExportPath(v.register, v.format) }, []any{&v.register, &v.format})
	g := huh.NewGroup(
		huh.NewSelect[string]().Title("Register").Value(&v.register).Options(registers...),
		huh.NewSelect[string]().Title("Format").Value(&v.format).Inline(true).Options(formats...),
		huh.NewSelect[string]().Title("Language").Value(&v.lang).Inline(true).Options(huh.NewOption("English", "en"), huh.NewOption("Deutsch", "de")),
		huh.NewMultiSelect[string]().Title("Entries (activities and processors)").Value(&v.statuses).
			Description("Drafts and retired entries stay out unless chosen here.").
			Options(huh.NewOption("active", "active"), huh.NewOption("draft", "draft"), huh.NewOption("retired", "retired")).
			Validate(func(s []string) error {
				if len(s) == 0 {
					return fmt.Errorf("choose at least one status")
				}
				return nil
			}),
		path,
	)
	submit := func() tea.Cmd {
		file := expandHome(strings.TrimSpace(v.path))
		return func() tea.Msg {
			note, err := s.ExportFile(context.Background(), v.register, v.format, v.lang, file, v.statuses)
			if err != nil {
				return statusMsg{text: "export: " + err.Error(), err: true}
			}
			text := fmt.Sprintf("exported %s to %s", v.register, file)
			if note != "" {
				text += "; " + note
			}
			return statusMsg{text: text}
		}
	}
	return newFormModal(r.st, "Export a register", submit, g).open(r.width, r.height)
}

// backup takes a backup now, as `dpodesk backup` does.
func (r *Root) backup() tea.Cmd {
	s := r.s
	return tea.Sequence(
		func() tea.Msg { return statusMsg{text: "taking a backup…"} },
		func() tea.Msg {
			path, err := s.BackupFile()
			if err != nil {
				return statusMsg{text: "backup: " + err.Error(), err: true}
			}
			return statusMsg{text: "backed up to " + path}
		})
}
