package desk

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dpodesk/dpodesk/export"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// RegisterExport is one register that can be exported.
type RegisterExport struct {
	Name, Short string
	render      func(io.Writer, export.Register, export.Options) error
	needs       registerParts
	// workbook is what the XLSX format reads, when it writes more sheets than
	// the register's own (the record of processing activities)
	workbook *registerParts
}

// registerParts says which records an export reads, so that exporting the
// requests does not load the whole register.
type registerParts struct{ activities, processors, requests, breaches bool }

// RegisterExports are the registers every face can export.
var RegisterExports = []RegisterExport{
	{"ropa", "The record of processing activities, Art. 30(1); as XLSX with the processors and requests sheets",
		export.ROPA, registerParts{activities: true, processors: true}, &registerParts{activities: true, processors: true, requests: true}},
	{"processors", "The processors register", export.Processors, registerParts{processors: true}, nil},
	{"requests", "The data subject requests with their due dates", export.Requests, registerParts{requests: true}, nil},
	{"breaches", "The breach register (Art. 33(5)) with deadlines and severity", export.Breaches, registerParts{breaches: true}, nil},
}

// ExportOptions checks a format and language for an export; out is the file
// it goes to ("" for standard output), which a binary workbook needs.
func (d *Desk) ExportOptions(format, lang, out string) (export.Options, error) {
	format = strings.ToLower(strings.TrimSpace(format))
	if !slices.Contains(export.Formats, format) {
		return export.Options{}, fmt.Errorf("format %q: use one of %s", format, strings.Join(export.Formats, ", "))
	}
	if format == export.FormatXLSX && out == "" {
		return export.Options{}, fmt.Errorf("format xlsx writes a binary workbook: give a file with -o FILE.xlsx")
	}
	if lang != "en" && lang != "de" {
		return export.Options{}, fmt.Errorf("language %q: use en or de", lang)
	}
	opts := export.Options{Format: format, Lang: lang, Now: d.now(), Rules: d.Rules()}
	if out != "" {
		opts.TempDir = filepath.Dir(out)
	}
	return opts, nil
}

// ExportScoped renders one register with the entries of the given statuses
// (see exports_scope.go) and says how many it left out.
func (d *Desk) ExportScoped(ctx context.Context, r RegisterExport, opts export.Options, keep []model.RecordStatus) ([]byte, Omitted, error) {
	parts := r.needs
	if opts.Format == export.FormatXLSX && r.workbook != nil {
		parts = *r.workbook
	}
	reg, err := d.loadRegister(ctx, parts)
	if err != nil {
		return nil, Omitted{}, err
	}
	omitted := applyScope(r, &reg, &opts, keep)
	var buf bytes.Buffer
	if err := r.render(&buf, reg, opts); err != nil {
		return nil, Omitted{}, fmt.Errorf("export %s: %w", r.Name, err)
	}
	return buf.Bytes(), omitted, nil
}

// WriteFile writes data to path atomically: a failed write leaves the old file.
func WriteFile(path string, data []byte) error { return writeFileAtomic(path, data) }

// loadRegister reads the organisation and the parts an export needs.
func (d *Desk) loadRegister(ctx context.Context, parts registerParts) (export.Register, error) {
	var reg export.Register
	var err error
	if reg.Org, err = d.ws.Organisation(); err != nil {
		return reg, err
	}
	if parts.activities {
		if reg.Activities, err = d.ws.ListActivities(store.ActivityFilter{}); err != nil {
			return reg, err
		}
	}
	if parts.processors {
		if reg.Processors, err = d.ws.ListProcessors(store.ProcessorFilter{}); err != nil {
			return reg, err
		}
	}
	if err := ctx.Err(); err != nil {
		return reg, err
	}
	if parts.requests {
		if reg.Requests, err = d.ws.ListRequests(store.RequestFilter{}); err != nil {
			return reg, err
		}
	}
	if parts.breaches {
		if reg.Breaches, err = d.Breaches(false); err != nil { // most urgent first
			return reg, err
		}
	}
	return reg, nil
}

// AccessLetter drafts the Art. 15 information for a request from the active
// activities that concern the data subject (by their categories; all active
// ones when subjects is empty). The warning is set when the request is not an
// access request.
func (d *Desk) AccessLetter(idOrRef string, subjects []string, lang string) (letter string, warning string, err error) {
	req, err := d.Request(idOrRef)
	if err != nil {
		return "", "", err
	}
	if req.Type != "access" {
		warning = fmt.Sprintf("request %s is of type %s; the letter answers an access request", req.Ref, req.Type)
	}
	org, err := d.ws.Organisation()
	if err != nil {
		return "", "", err
	}
	acts, err := d.ws.ListActivities(store.ActivityFilter{})
	if err != nil {
		return "", "", err
	}
	procs, err := d.ws.ListProcessors(store.ProcessorFilter{})
	if err != nil {
		return "", "", err
	}
	in := export.LetterInput{Request: req, Org: org, Activities: export.SelectActivities(acts, subjects),
		Processors: procs, Now: d.now(), Lang: lang, DateLayout: d.dateLayout}
	return model.SafeText(export.Letter(in)), warning, nil // a subject's name reaches a terminal and a document
}

// SetDateLayout sets the Go layout of the configured date format, which the
// letters use. The ISO default counts as no choice: a German letter then
// writes DD.MM.YYYY, as German readers expect.
func (d *Desk) SetDateLayout(layout string) {
	if layout == model.DateLayout {
		layout = ""
	}
	d.dateLayout = layout
}

// ExportFile renders one register (see RegisterExports) in format and lang,
// with the entries of the given statuses (none: active only), and writes it to
// path atomically, for a face that has no standard output. The note says how
// many entries were left out, "" when none.
func (d *Desk) ExportFile(ctx context.Context, register, format, lang, path string, statuses []string) (note string, err error) {
	opts, err := d.ExportOptions(format, lang, path)
	if err != nil {
		return "", &InputError{err}
	}
	keep, err := ParseRecordStatuses(statuses)
	if err != nil {
		return "", &InputError{err}
	}
	i := slices.IndexFunc(RegisterExports, func(r RegisterExport) bool { return r.Name == register })
	if i < 0 {
		var names []string
		for _, r := range RegisterExports {
			names = append(names, r.Name)
		}
		return "", &InputError{fmt.Errorf("no register %q to export: use one of %s", register, strings.Join(names, ", "))}
	}
	var omitted Omitted
	err = writeAtomic(path, func(w io.Writer) (err error) {
		omitted, err = d.ExportTo(ctx, w, RegisterExports[i], opts, keep)
		return err
	})
	if err != nil {
		return "", err
	}
	return omitted.Line("status %s"), nil
}

// ExportPath suggests where an export of register goes: the current
// directory, named after the workspace, the register and the day.
func (d *Desk) ExportPath(register, format string) string {
	dir, err := os.Getwd()
	if err != nil {
		dir = filepath.Dir(d.ws.Dir())
	}
	return filepath.Join(dir, fmt.Sprintf("%s-%s-%s.%s", d.ws.Name(), register, d.Today(), format))
}

// BackupFile takes a backup to the default place and says where it went.
func (d *Desk) BackupFile() (string, error) {
	path := d.DefaultBackupPath()
	_, err := d.Backup(path)
	return path, err
}
