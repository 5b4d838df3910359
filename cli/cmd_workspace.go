package cli

import (
	"context"
	"fmt"

	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/model"
	"github.com/spf13/cobra"
)

func (a *App) workspaceCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "workspace", Short: "List, create and locate workspaces (one per client)", Args: noArgs}
	var asJSON, encrypt bool
	var settings model.DeadlineSettings
	list := &cobra.Command{
		Use: "list", Short: "List the workspaces in the data directory", Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return a.workspaceList(asJSON) },
	}
	list.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	create := &cobra.Command{
		Use: "create NAME", Short: "Create a new, empty workspace", Args: exactArgs(1, "a workspace name"),
		RunE: func(_ *cobra.Command, args []string) error { return a.workspaceCreate(args[0], encrypt, settings) },
	}
	create.Flags().BoolVar(&encrypt, "encrypt", false, "encrypt the workspace with a passphrase (prompted, or $DPODESK_PASSPHRASE)")
	create.Flags().StringVar(&settings.Jurisdiction, "jurisdiction", "", "the client's jurisdiction for new requests (default from the configuration)")
	create.Flags().StringVar(&settings.Holidays, "holidays", "", "the client's holiday region for deadlines, e.g. DE-BY (default from the configuration)")
	path := &cobra.Command{
		Use: "path [NAME]", Short: "Print the directory of a workspace", Args: cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 {
				a.workspace = args[0]
			}
			_, dir, err := a.target()
			if err != nil {
				return err
			}
			fmt.Fprintln(a.stdout, dir)
			return nil
		},
	}
	cmd.AddCommand(list, create, path, a.workspacePasswd(), a.workspaceCheck())
	return cmd
}

func (a *App) workspaceCheck() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "check [--json]",
		Short: "Check the whole workspace: the journal, every record against it, the rows and counters; exit 5 on a problem",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := a.desk()
			if err != nil {
				return err
			}
			rep, err := d.CheckWorkspace(context.Background())
			if asJSON {
				if perr := a.printJSON(rep); perr != nil {
					return perr
				}
			}
			if len(rep.Problems) > 0 {
				if !asJSON {
					for _, p := range rep.Problems {
						fmt.Fprintf(a.stdout, "problem: %s\n", p)
					}
				}
				return &exitError{ExitAudit, fmt.Errorf("workspace %q: %d problem(s), the first: %s; restore the newest backup (dpodesk restore)",
					d.Store().Name(), len(rep.Problems), rep.Problems[0])}
			}
			if err != nil {
				return err
			}
			if !asJSON {
				fmt.Fprintf(a.stdout, "workspace %q intact: %d journal entries, %d records agree with it\n", d.Store().Name(), rep.Entries, rep.Records)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	return cmd
}

func (a *App) workspaceList(asJSON bool) error {
	list, err := a.home.List()
	if err != nil {
		return err
	}
	if asJSON {
		return a.printJSON(list)
	}
	if len(list) == 0 {
		fmt.Fprintf(a.stdout, "no workspaces yet in %s; `dpodesk` creates %q on first start\n", a.cfg.WorkspacesDir(), a.cfg.DefaultWorkspace)
		return nil
	}
	tw := a.newTable(2)
	fmt.Fprintln(tw, "NAME\tDEFAULT\tENCRYPTED\tMODIFIED\tPATH")
	for _, w := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", w.Name, yesNo(w.Default), yesNo(w.Encrypted), w.Modified, w.Path)
	}
	return tw.Flush()
}

func (a *App) workspaceCreate(name string, encrypt bool, settings model.DeadlineSettings) error {
	if err := validName(name); err != nil {
		return err
	}
	pass := ""
	if encrypt {
		if dirExists(a.home.Dir(name)) {
			return fmt.Errorf("workspace %q already exists at %s", name, a.home.Dir(name))
		}
		p, err := a.passphrase("DPODESK_PASSPHRASE", fmt.Sprintf("new passphrase for workspace %q: ", name), true)
		if err != nil {
			return err
		}
		pass = p
	}
	dir, err := a.home.CreateWith(name, encrypt, pass, settings)
	if err != nil {
		return inputUsage(err)
	}
	fmt.Fprintf(a.stdout, "created workspace %q at %s\n", name, dir)
	return nil
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// validName checks a workspace name as a usage error.
func validName(name string) error {
	if err := config.ValidWorkspaceName(name); err != nil {
		return usagef("%v", err)
	}
	return nil
}
