package cli

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/store"
)

func (a *App) backupCommand() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "backup [-o FILE]",
		Short: "Write the whole workspace to one backup file (encrypted when the workspace is)",
		Long: "Writes one file with a header (format, workspace, time, record counts, SHA-256) and the\n" +
			"data. The default file is <backup dir>/<workspace>-<YYYYMMDD-HHMMSS>.dpobak.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := a.desk()
			if err != nil {
				return err
			}
			if out == "" {
				out = d.DefaultBackupPath()
			}
			h, err := d.Backup(out)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "backed up workspace %q to %s: %s%s\n", d.Store().Name(), out, countsText(h.Counts), encryptedText(h.Encrypted))
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "backup file to write")
	return cmd
}

func countsText(c store.BackupCounts) string {
	return fmt.Sprintf("%d activities, %d processors, %d requests, %d documents, %d audit entries",
		c.Activities, c.Processors, c.Requests, c.Documents, c.AuditEntries)
}

func encryptedText(enc bool) string {
	if enc {
		return " (encrypted)"
	}
	return ""
}

func (a *App) restoreCommand() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "restore FILE --workspace NEW [--force]",
		Short: "Restore a backup file into a new workspace, checking its checksum and record counts",
		Long: "Restores into the workspace named with --workspace (or the directory given with --db), which\n" +
			"must not exist yet; --force replaces an existing one, after the backup has been restored\n" +
			"and checked beside it. An encrypted backup asks for the passphrase of the workspace it was\n" +
			"taken from ($DPODESK_PASSPHRASE in scripts); the restored workspace opens with the same one.",
		Args: exactArgs(1, "a backup file"),
		RunE: func(_ *cobra.Command, args []string) error { return a.restore(args[0], force) },
	}
	cmd.Flags().BoolVar(&force, "force", false, "replace the workspace if it exists")
	return cmd
}

func (a *App) restore(file string, force bool) error {
	if a.workspace == "" && a.db == "" {
		return usagef("restore needs the new workspace's name: dpodesk restore %s --workspace NEW", file)
	}
	name, dir, err := a.target()
	if err != nil {
		return err
	}
	var source string
	h, err := a.home.Restore(file, desk.RestoreOptions{Name: name, Dir: dir, Force: force,
		Passphrase: func(from string) (string, error) {
			source = from
			return a.passphrase("DPODESK_PASSPHRASE", fmt.Sprintf("passphrase of workspace %q, from which the backup was taken: ", from), false)
		}})
	switch {
	case errors.Is(err, store.ErrWrongPassphrase):
		return &exitError{ExitPassword, fmt.Errorf("wrong passphrase for workspace %q", source)}
	case errors.Is(err, store.ErrLocked):
		return &exitError{ExitBusy, err}
	case errors.Is(err, store.ErrNotBackup):
		return fmt.Errorf("%s: %w", file, err)
	case err != nil:
		return err
	}
	fmt.Fprintf(a.stdout, "restored %s (workspace %q, %s) into workspace %q at %s: %s%s\n", file, h.Workspace,
		h.CreatedAt.Local().Format("2006-01-02 15:04"), name, dir, countsText(h.Counts), encryptedText(h.Encrypted))
	return nil
}

func (a *App) exportWorkspaceCommand() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "workspace [-o FILE.json]",
		Short: "Every record of the workspace as one versioned JSON bundle (see docs/workspaces.md)",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := a.desk()
			if err != nil {
				return err
			}
			if out == "-" {
				out = ""
			}
			if err := d.ExportBundle(a.stdout, out); err != nil {
				return err
			}
			if out != "" {
				fmt.Fprintf(a.stderr, "exported workspace %q to %s\n", d.Store().Name(), out)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "file to write (default standard output)")
	return cmd
}

func (a *App) importWorkspaceCommand() *cobra.Command {
	var encrypt bool
	cmd := &cobra.Command{
		Use:   "import-workspace FILE.json [--workspace NEW] [--encrypt]",
		Short: "Create a workspace from a JSON bundle written by `export workspace`",
		Long: "Creates the workspace named with --workspace (default: the name in the bundle) and fills it\n" +
			"with every record of the bundle, keeping IDs and refs. The workspace must not exist or be empty.",
		Args: exactArgs(1, "a bundle file"),
		RunE: func(_ *cobra.Command, args []string) error { return a.importWorkspace(args[0], encrypt) },
	}
	cmd.Flags().BoolVar(&encrypt, "encrypt", false, "encrypt the new workspace with a passphrase")
	return cmd
}

func (a *App) importWorkspace(file string, encrypt bool) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("reading the bundle: %w", err)
	}
	if a.workspace == "" && a.db == "" {
		if a.workspace = desk.BundleWorkspace(data); a.workspace == "" {
			return usagef("%s names no workspace; give one with --workspace NEW", file)
		}
	}
	name, dir, err := a.target()
	if err != nil {
		return err
	}
	o := desk.ImportBundleOptions{Name: name, Dir: dir, Encrypt: encrypt}
	if encrypt && !dirExists(dir) {
		if o.Passphrase, err = a.passphrase("DPODESK_PASSPHRASE", fmt.Sprintf("new passphrase for workspace %q: ", name), true); err != nil {
			return err
		}
	} else if store.IsEncrypted(dir) {
		if o.Passphrase, err = a.passphrase("DPODESK_PASSPHRASE", fmt.Sprintf("passphrase for workspace %q: ", name), false); err != nil {
			return err
		}
	}
	c, err := a.home.ImportBundle(data, o)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "imported %s into workspace %q: %d activities, %d processors, %d requests, %d documents\n",
		file, name, c.Activities, c.Processors, c.Requests, c.Documents)
	return nil
}
