package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/store"
)

func (a *app) workspaceCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "workspace", Short: "List, create and locate workspaces (one per client)", Args: noArgs}
	var asJSON, encrypt bool
	list := &cobra.Command{
		Use: "list", Short: "List the workspaces in the data directory", Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return a.workspaceList(asJSON) },
	}
	list.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	create := &cobra.Command{
		Use: "create NAME", Short: "Create a new, empty workspace", Args: exactArgs(1, "a workspace name"),
		RunE: func(_ *cobra.Command, args []string) error { return a.workspaceCreate(args[0], encrypt) },
	}
	create.Flags().BoolVar(&encrypt, "encrypt", false, "encrypt the workspace with a passphrase (prompted, or $DPODESK_PASSPHRASE)")
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
	cmd.AddCommand(list, create, path)
	for _, add := range workspaceExtras {
		cmd.AddCommand(add(a))
	}
	return cmd
}

// workspaceExtras holds workspace verbs defined beside the features they serve.
var workspaceExtras []func(*app) *cobra.Command

type workspaceInfo struct {
	Name      string `json:"name"`
	Path      string `json:"path"`
	Default   bool   `json:"default"`
	Encrypted bool   `json:"encrypted"`
	Modified  string `json:"modified"`
}

func (a *app) workspaces() ([]workspaceInfo, error) {
	entries, err := os.ReadDir(a.cfg.workspacesDir())
	if err != nil && !os.IsNotExist(err) {
		return nil, fmt.Errorf("reading the workspaces directory: %w", err)
	}
	var out []workspaceInfo
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join(a.cfg.workspacesDir(), e.Name())
		info := workspaceInfo{Name: e.Name(), Path: dir, Default: e.Name() == a.cfg.DefaultWorkspace,
			Encrypted: store.IsEncrypted(dir)}
		if st, err := e.Info(); err == nil {
			info.Modified = st.ModTime().Format("2006-01-02 15:04")
		}
		out = append(out, info)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func (a *app) workspaceList(asJSON bool) error {
	list, err := a.workspaces()
	if err != nil {
		return err
	}
	if asJSON {
		if list == nil {
			list = []workspaceInfo{}
		}
		return a.printJSON(list)
	}
	if len(list) == 0 {
		fmt.Fprintf(a.stdout, "no workspaces yet in %s; `dpodesk` creates %q on first start\n", a.cfg.workspacesDir(), a.cfg.DefaultWorkspace)
		return nil
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tDEFAULT\tENCRYPTED\tMODIFIED\tPATH")
	for _, w := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", w.Name, yesNo(w.Default), yesNo(w.Encrypted), w.Modified, w.Path)
	}
	return tw.Flush()
}

func (a *app) workspaceCreate(name string, encrypt bool) error {
	if err := validWorkspaceName(name); err != nil {
		return usagef("%v", err)
	}
	dir := filepath.Join(a.cfg.workspacesDir(), name)
	if dirExists(dir) {
		return fmt.Errorf("workspace %q already exists at %s", name, dir)
	}
	if encrypt {
		if err := a.initEncryption(name, dir); err != nil {
			return err
		}
	}
	a.workspace, a.createMissing = name, true
	ws, err := a.open()
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "created workspace %q at %s\n", ws.Name(), ws.Dir())
	return nil
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
