package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/export"
	"github.com/dpodesk/dpodesk/store"
)

func init() { extraCommands = append(extraCommands, (*app).exportCommand) }

// exportExtras holds export verbs defined beside the features they serve (such
// as `export workspace`); exportCommand adds each as a subcommand.
var exportExtras []func(*app) *cobra.Command

// registerExport is one register that `export` can write.
type registerExport struct {
	name, short string
	render      func(io.Writer, export.Register, export.Options) error
	needs       registerParts
}

// registerParts says which records an export reads, so that `export requests`
// does not load the whole register.
type registerParts struct{ activities, processors, requests bool }

func (a *app) exportCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "export", Short: "Export the registers as CSV, XLSX, Markdown, HTML or JSON", Args: noArgs}
	for _, r := range []registerExport{
		{"ropa", "The record of processing activities, Art. 30(1); as XLSX with the processors and requests sheets",
			export.ROPA, registerParts{activities: true, processors: true}},
		{"processors", "The processors register", export.Processors, registerParts{processors: true}},
		{"requests", "The data subject requests with their due dates", export.Requests, registerParts{requests: true}},
	} {
		cmd.AddCommand(a.exportRegister(r))
	}
	for _, add := range exportExtras {
		cmd.AddCommand(add(a))
	}
	return cmd
}

func (a *app) exportRegister(r registerExport) *cobra.Command {
	var format, out, lang string
	cmd := &cobra.Command{
		Use: r.name, Short: r.short, Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			opts, err := a.exportOptions(format, lang, out)
			if err != nil {
				return err
			}
			parts := r.needs
			if opts.Format == export.FormatXLSX {
				parts = registerParts{true, true, true} // a workbook always has all three sheets
			}
			reg, err := a.loadRegister(parts)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if err := r.render(&buf, reg, opts); err != nil {
				return fmt.Errorf("export %s: %w", r.name, err)
			}
			return a.writeOutput(out, buf.Bytes())
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", export.FormatMD, "csv, xlsx, md, html or json")
	fl.StringVarP(&out, "output", "o", "", "write to this file instead of standard output (required for xlsx)")
	fl.StringVar(&lang, "lang", "", "language of headers and labels: en or de (default from the configuration)")
	return cmd
}

func (a *app) exportOptions(format, lang, out string) (export.Options, error) {
	format = strings.ToLower(strings.TrimSpace(format))
	if !slices.Contains(export.Formats, format) {
		return export.Options{}, usagef("--format %q: use one of %s", format, strings.Join(export.Formats, ", "))
	}
	if format == export.FormatXLSX && out == "" {
		return export.Options{}, usagef("--format xlsx writes a binary workbook: give a file with -o FILE.xlsx")
	}
	if lang == "" {
		lang = a.cfg.Language
	}
	if lang != "en" && lang != "de" {
		return export.Options{}, usagef("--lang %q: use en or de", lang)
	}
	return export.Options{Format: format, Lang: lang, Now: a.now(), Rules: a.rules}, nil
}

// loadRegister reads the organisation and the parts an export needs.
func (a *app) loadRegister(parts registerParts) (export.Register, error) {
	ws, err := a.open()
	if err != nil {
		return export.Register{}, err
	}
	var reg export.Register
	if reg.Org, err = ws.Organisation(); err != nil {
		return reg, err
	}
	if parts.activities {
		if reg.Activities, err = ws.ListActivities(store.ActivityFilter{}); err != nil {
			return reg, err
		}
	}
	if parts.processors {
		if reg.Processors, err = ws.ListProcessors(store.ProcessorFilter{}); err != nil {
			return reg, err
		}
	}
	if parts.requests {
		if reg.Requests, err = ws.ListRequests(store.RequestFilter{}); err != nil {
			return reg, err
		}
	}
	return reg, nil
}

// writeOutput writes to the file, or to standard output when none is given. The
// whole document is rendered first so that a failed export leaves no half file.
func (a *app) writeOutput(path string, data []byte) error {
	if path == "" || path == "-" {
		_, err := a.stdout.Write(data)
		return err
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return fmt.Errorf("write %s: %s", path, plainErr(err))
	}
	fmt.Fprintf(a.stderr, "wrote %s\n", path)
	return nil
}
