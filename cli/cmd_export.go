package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/export"
)

func (a *App) exportCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "export", Short: "Export the registers as CSV, XLSX, Markdown, HTML or JSON", Args: noArgs}
	for _, r := range desk.RegisterExports {
		cmd.AddCommand(a.exportRegister(r))
	}
	cmd.AddCommand(a.exportWorkspaceCommand(), a.exportDeadlines())
	return cmd
}

func (a *App) exportRegister(r desk.RegisterExport) *cobra.Command {
	var format, out, lang string
	var statuses []string
	cmd := &cobra.Command{
		Use: r.Name, Short: r.Short, Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := a.readDesk()
			if err != nil {
				return err
			}
			if lang == "" {
				lang = a.cfg.Language
			}
			opts, err := d.ExportOptions(format, lang, out)
			if err != nil {
				return usagef("%v", err)
			}
			keep, err := desk.ParseRecordStatuses(statuses)
			if err != nil {
				return usagef("%v", err)
			}
			if opts.Format == export.FormatCSV && r.Name == "requests" {
				collectOftenForStreaming() // not for the ROPA: it costs it time and spares no memory
			}
			var omitted desk.Omitted
			err = a.streamOutput(out, func(w io.Writer) (err error) {
				omitted, err = d.ExportTo(context.Background(), w, r, opts, keep)
				return err
			})
			if err != nil {
				return err
			}
			if note := omitted.Line("--status %s"); note != "" {
				fmt.Fprintln(a.stderr, note)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", export.FormatMD, "csv, xlsx, md, html or json")
	fl.StringVarP(&out, "output", "o", "", "write to this file instead of standard output (required for xlsx)")
	fl.StringVar(&lang, "lang", "", "language of headers and labels: en or de (default from the configuration)")
	if r.Name == "ropa" || r.Name == "processors" {
		fl.StringSliceVar(&statuses, "status", nil, "entries to include: active, draft, retired or all; repeat or comma-separate (default active)")
	}
	return cmd
}

// writeOutput writes to the file atomically, or to standard output when none
// is given.
func (a *App) writeOutput(path string, data []byte) error {
	if path == "" || path == "-" {
		_, err := a.stdout.Write(data)
		return err
	}
	if err := desk.WriteFile(path, data); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "wrote %s\n", path)
	return nil
}

// streamOutput writes as fill produces, to standard output or atomically to
// the file: a failed export leaves the old file.
func (a *App) streamOutput(path string, fill func(io.Writer) error) error {
	if path == "" || path == "-" {
		w := bufio.NewWriterSize(a.stdout, 64<<10)
		if err := fill(w); err != nil {
			return err
		}
		return w.Flush()
	}
	if err := desk.WriteFileFrom(path, fill); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "wrote %s\n", path)
	return nil
}
