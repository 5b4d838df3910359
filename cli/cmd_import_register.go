package cli

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/importers/register"
)

func (a *App) importRegisterCommand() *cobra.Command {
	var kind string
	var dryRun bool
	cmd := &cobra.Command{
		Use:   "import-register FILE.csv|FILE.xlsx --kind activities|processors|requests",
		Short: "Bring an existing spreadsheet register in, mapping columns by their headers",
		Long: "import-register reads a CSV (comma or semicolon, UTF-8 or Windows-1252) or XLSX register and maps\n" +
			"its columns by header name in English or German. It prints the mapping and every row it cannot\n" +
			"read; nothing is written unless every row reads. --dry-run only shows what would be written.",
		Args: exactArgs(1, "the register file"),
		RunE: func(_ *cobra.Command, args []string) error {
			if !slices.Contains(register.Kinds, kind) {
				return usagef("--kind %q: use %s", kind, strings.Join(register.Kinds, ", "))
			}
			p, err := register.ReadFile(args[0], kind, register.Options{})
			if err != nil {
				return err
			}
			a.printPlan(p)
			if len(p.Problems) > 0 {
				return &exitError{ExitFailure, fmt.Errorf("%d row(s) cannot be read; nothing was written: fix them and import again", len(p.Problems))}
			}
			if dryRun {
				fmt.Fprintf(a.stdout, "dry run: %d %s would be written\n", p.Records(), kind)
				return nil
			}
			return a.applyPlan(p, args[0])
		},
	}
	cmd.Flags().StringVar(&kind, "kind", register.KindActivities, "what the file holds: activities, processors or requests")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "show the mapping and the unreadable rows, write nothing")
	return cmd
}

func (a *App) printPlan(p register.Plan) {
	w := a.stdout
	fmt.Fprintf(w, "read %s; header in row %d\ncolumns:\n", p.Source, p.HeaderRow)
	for _, m := range p.Columns {
		target := m.Field
		switch {
		case m.Note != "":
			target = m.Note
		case target == "":
			target = "(not mapped: ignored)"
		}
		fmt.Fprintf(w, "  %2d  %-40s → %s\n", m.Column, m.Header, target)
	}
	fmt.Fprintf(w, "records: %d readable\n", p.Records())
	if len(p.Problems) > 0 {
		fmt.Fprintf(w, "rows that cannot be read:\n")
		for _, pr := range p.Problems {
			fmt.Fprintf(w, "  row %d: %s\n", pr.Row, pr.Reason)
		}
	}
}

// applyPlan writes every record of the plan in one call to the desk, keyed by
// the file's SHA-256 so that running the same import twice adds nothing.
func (a *App) applyPlan(p register.Plan, file string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	d, err := a.desk()
	if err != nil {
		return err
	}
	progress := func(done, total int) {
		if total >= 20000 && (done == total || done%20000 == 0) {
			fmt.Fprintf(a.stderr, "\rwriting %s: %d/%d", p.Kind, done, total)
			if done == total {
				fmt.Fprintln(a.stderr)
			}
		}
	}
	n, err := d.ImportRegister(context.Background(), p, "register:"+hex.EncodeToString(sum[:]), progress)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "wrote %d %s\n", n, p.Kind)
	return nil
}
