package cli

import (
	"github.com/spf13/cobra"
)

func (a *App) rootCommand(o Options) *cobra.Command {
	root := &cobra.Command{
		Use:   "dpodesk",
		Short: "A terminal workbench for data protection officers",
		Long: "dpodesk keeps the record of processing activities, data subject requests with their\n" +
			"statutory deadlines, processors and their contracts, and imports privacy policies —\n" +
			"one workspace per client. Without a command it opens the interface.",
		Version:       o.Version,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          noArgs,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if o.Remote != nil {
				return a.startRemote(cmd, o.Remote)
			}
			return a.load()
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.Interactive == nil {
				return cmd.Help()
			}
			return o.Interactive(a)
		},
	}
	root.CompletionOptions.HiddenDefaultCmd = true
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err.Error()} })
	pf := root.PersistentFlags()
	pf.StringVar(&a.configPath, "config", "", "configuration file (default $XDG_CONFIG_HOME/dpodesk/config.toml)")
	pf.StringVarP(&a.workspace, "workspace", "w", "", "workspace name (default from the configuration, or $DPODESK_WORKSPACE)")
	pf.StringVar(&a.db, "db", "", "open the workspace in this directory instead of a named one")
	root.MarkFlagsMutuallyExclusive("workspace", "db")
	// every verb is listed here, so the whole command tree reads in one place
	root.AddCommand(
		a.workspaceCommand(), a.activityCommand(), a.requestCommand(), a.processorCommand(),
		a.deadlineCommand(), a.holidaysCommand(), a.importCommand(), a.importRegisterCommand(),
		a.demoCommand(), a.checkCommand(), a.exportCommand(), a.auditCommand(),
		a.backupCommand(), a.restoreCommand(), a.importWorkspaceCommand(), a.breachCommand(), a.organisationCommand(), a.reportCommand(),
		a.serveCommand(o),
	)
	return root
}

// noArgs rejects stray positional arguments as a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("%q takes no argument %q; see dpodesk %s --help", cmd.CommandPath(), args[0], cmd.Name())
	}
	return nil
}

// exactArgs is cobra.ExactArgs with a usage error that names what is missing.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s needs %s; see %s --help", cmd.CommandPath(), what, cmd.CommandPath())
		}
		return nil
	}
}
