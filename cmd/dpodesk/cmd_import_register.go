package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/importers/register"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

func init() { extraCommands = append(extraCommands, (*app).importRegisterCommand) }

func (a *app) importRegisterCommand() *cobra.Command {
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
				return &exitError{exitFailure, fmt.Errorf("%d row(s) cannot be read; nothing was written: fix them and import again", len(p.Problems))}
			}
			if dryRun {
				fmt.Fprintf(a.stdout, "dry run: %d %s would be written\n", p.Records(), kind)
				return nil
			}
			return a.applyPlan(p)
		},
	}
	cmd.Flags().StringVar(&kind, "kind", register.KindActivities, "what the file holds: activities, processors or requests")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "show the mapping and the unreadable rows, write nothing")
	return cmd
}

func (a *app) printPlan(p register.Plan) {
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

// applyPlan writes every record in one store call: activities and processors in
// one transaction through Apply; requests through BulkCreate, the store's only
// call that takes many requests at once.
func (a *app) applyPlan(p register.Plan) error {
	ws, err := a.open()
	if err != nil {
		return err
	}
	switch p.Kind {
	case register.KindActivities:
		acts, err := linkProcessors(ws, p.Activities)
		if err != nil {
			return err
		}
		err = ws.Apply(store.Changeset{Action: "import.register", NewActivities: acts})
		return a.reportWritten(err, len(acts), p.Kind)
	case register.KindProcessors:
		procs := make([]*model.Processor, len(p.Processors))
		for i := range p.Processors {
			procs[i] = &p.Processors[i].Processor
		}
		err = ws.Apply(store.Changeset{Action: "import.register", NewProcessors: procs})
		return a.reportWritten(err, len(procs), p.Kind)
	}
	reqs := make([]*model.Request, len(p.Requests))
	for i := range p.Requests {
		reqs[i] = &p.Requests[i].Request
	}
	return a.reportWritten(ws.BulkCreate(nil, nil, reqs, nil), len(reqs), p.Kind)
}

func (a *app) reportWritten(err error, n int, kind string) error {
	if errors.Is(err, store.ErrExists) {
		return fmt.Errorf("%w; nothing was written: rename or delete the existing record first", err)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "wrote %d %s\n", n, kind)
	return nil
}

// linkProcessors resolves the processor names of each activity to the IDs of
// processors already in the workspace. An unknown name stops the import: the
// link would otherwise be lost without anyone noticing.
func linkProcessors(ws *store.Workspace, recs []register.ActivityRecord) ([]*model.Activity, error) {
	procs, err := ws.ListProcessors(store.ProcessorFilter{})
	if err != nil {
		return nil, err
	}
	ids := map[string]uint64{}
	for _, p := range procs {
		for _, n := range append([]string{p.Name, p.LegalEntity}, p.Aliases...) {
			if k := strings.ToLower(strings.TrimSpace(n)); k != "" && ids[k] == 0 {
				ids[k] = p.ID
			}
		}
	}
	var missing []string
	acts := make([]*model.Activity, len(recs))
	for i := range recs {
		acts[i] = &recs[i].Activity
		for _, n := range recs[i].Processors {
			id, ok := ids[strings.ToLower(n)]
			if !ok {
				missing = append(missing, fmt.Sprintf("row %d: %q", recs[i].Row, n))
				continue
			}
			acts[i].ProcessorIDs = append(acts[i].ProcessorIDs, id)
		}
	}
	if len(missing) > 0 {
		return nil, &exitError{exitFailure, fmt.Errorf("processors not in the workspace (%s); nothing was written: "+
			"import the processors register first with --kind processors, or add them with processor add", strings.Join(missing, ", "))}
	}
	return acts, nil
}
