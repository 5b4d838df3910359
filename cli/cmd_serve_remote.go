package cli

import (
	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
)

// Remote is what the SSH server gives the command line for one session: the
// verbs run on the server as that user, on the workspaces the server holds.
type Remote struct {
	Home *desk.Home
	// Open returns the session's desk on a workspace; name "" means the
	// user's only workspace. The desk is shared by the server's sessions:
	// closing it (as every verb's end does) leaves the workspace open.
	Open func(name string) (*desk.Desk, error)
}

// remoteVerbs are the verbs a session may run: those that read or change one
// workspace through its desk. Verbs that create, restore or list the server's
// workspaces, or read and write the server's files, stay local.
var remoteVerbs = map[string]bool{
	"activity": true, "request": true, "processor": true, "breach": true, "deadline": true, "holidays": true,
	"check": true, "export": true, "audit": true,
}

// remoteFileFlags name files on the server, which a session may not read or write.
var remoteFileFlags = []string{"output", "from-json", "db", "config"}

// startRemote replaces the configuration load for a session, and refuses what
// a session may not do before anything runs.
func (a *App) startRemote(cmd *cobra.Command, r *Remote) error {
	verb := cmd
	for verb.HasParent() && verb.Parent().HasParent() {
		verb = verb.Parent()
	}
	if !verb.HasParent() || !remoteVerbs[verb.Name()] {
		return usagef("%q is not available over SSH; run it on the server", cmd.CommandPath())
	}
	for _, name := range remoteFileFlags {
		if f := cmd.Flags().Lookup(name); f != nil && f.Changed {
			return usagef("--%s names a file on the server, which is not available over SSH; print to standard output instead", name)
		}
	}
	a.home, a.cfg, a.remote = r.Home, r.Home.Config(), r
	return nil
}
