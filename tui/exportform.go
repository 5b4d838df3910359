package tui

import (
	"context"
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/dpodesk/dpodesk/model"
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
		huh.NewOption(ft("Record of processing activities (Art. 30)"), "ropa"), huh.NewOption(ft("Processors"), "processors"),
		huh.NewOption(ft("Data subject requests"), "requests"), huh.NewOption(ft("Personal data breaches (Art. 33(5))"), "breaches"),
	}
	formats := []huh.Option[string]{huh.NewOption("Markdown", "md"), huh.NewOption("HTML", "html"),
		huh.NewOption("CSV", "csv"), huh.NewOption("Excel (XLSX)", "xlsx"), huh.NewOption("JSON", "json")}
	path := huh.NewInput().Title(ft("File")).Value(&v.path).Validate(notEmpty("the file")).
		PlaceholderFunc(func() string { return s.ExportPath(v.register, v.format) }, []any{&v.register, &v.format})
	lang := r.o.Lang
	statusOption := func(st string) huh.Option[string] { return huh.NewOption(model.StatusLabel(st, lang), st) }
	g := huh.NewGroup(
		huh.NewSelect[string]().Title(ft("Register")).Value(&v.register).Options(registers...),
		huh.NewSelect[string]().Title(ft("Format")).Value(&v.format).Inline(true).Options(formats...),
		huh.NewSelect[string]().Title(ft("Language")).Value(&v.lang).Inline(true).Options(huh.NewOption("English", "en"), huh.NewOption("Deutsch", "de")),
		huh.NewMultiSelect[string]().Title(ft("Entries (activities and processors)")).Value(&v.statuses).
			Description(ft("Drafts and retired entries stay out unless chosen here.")).
			Options(statusOption("active"), statusOption("draft"), statusOption("retired")).
			Validate(func(s []string) error {
				if len(s) == 0 {
					return errors.New(ft("choose at least one status"))
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
				return statusMsg{text: ft("export: ") + err.Error(), err: true}
			}
			text := ft("exported %s to %s", v.register, file)
			if note != "" {
				text += "; " + note
			}
			return statusMsg{text: text}
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
