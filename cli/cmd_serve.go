package cli

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	gossh "golang.org/x/crypto/ssh"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/server/users"
)

// ServeOptions are the flags of `dpodesk serve`, for the binary's server.
type ServeOptions struct {
	Listen, HostKey, Users, Log string
}

// serveCommand is `dpodesk serve` and its users file verbs. The server itself
// is started by Options.Serve, which the binary provides (the server package
// runs this command line for its sessions, so cli cannot import it).
func (a *App) serveCommand(o Options) *cobra.Command {
	var so ServeOptions
	var check bool
	cmd := &cobra.Command{
		Use:   "serve [--listen ADDR] [--host-key FILE] [--users FILE] [--log FILE] [--check]",
		Short: "Serve the workspaces over SSH to the users of the users file (see docs/server.md)",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			path := a.usersPath(so.Users)
			f, err := users.Load(path)
			if err != nil {
				return err
			}
			if check {
				fmt.Fprintf(a.stdout, "users file %s: %d users, valid\n", path, len(f.Users))
				return nil
			}
			if o.Serve == nil {
				return fmt.Errorf("this build of dpodesk has no server")
			}
			so.Users = path
			return o.Serve(a, so)
		},
	}
	fl := cmd.PersistentFlags()
	fl.StringVar(&so.Users, "users", "", "users file (default users.toml in the data directory)")
	cmd.Flags().StringVar(&so.Listen, "listen", "127.0.0.1:23234", "address to listen on")
	cmd.Flags().StringVar(&so.HostKey, "host-key", "", "host key file, made on first start (default host_ed25519 in the data directory)")
	cmd.Flags().StringVar(&so.Log, "log", "", "append connections, refusals and stops to this file (default standard error)")
	cmd.Flags().BoolVar(&check, "check", false, "validate the users file and exit")
	cmd.AddCommand(a.serveUserCommand(&so))
	return cmd
}

func (a *App) usersPath(flag string) string {
	if flag != "" {
		return flag
	}
	return users.DefaultPath(a.cfg)
}

func (a *App) serveUserCommand(so *ServeOptions) *cobra.Command {
	cmd := &cobra.Command{Use: "user", Short: "Add, list and remove the server's users", Args: noArgs}
	var keyFiles, grants []string
	add := &cobra.Command{
		Use:   "add NAME --key FILE.pub --role WORKSPACE:ROLE …",
		Short: "Add a user, or add keys and roles to one (roles: owner, editor, viewer)",
		Args:  exactArgs(1, "a user name"),
		RunE: func(_ *cobra.Command, args []string) error {
			return a.editUsers(so.Users, func(f *users.File) error { return addUser(f, args[0], keyFiles, grants) })
		},
	}
	add.Flags().StringArrayVar(&keyFiles, "key", nil, "public key file (repeatable)")
	add.Flags().StringArrayVar(&grants, "role", nil, "WORKSPACE:ROLE (repeatable)")
	list := &cobra.Command{
		Use: "list", Short: "List the users, their keys and roles", Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			f, err := users.Load(a.usersPath(so.Users))
			if err != nil {
				return err
			}
			return a.printUsers(f)
		},
	}
	remove := &cobra.Command{
		Use: "remove NAME", Short: "Remove a user", Args: exactArgs(1, "a user name"),
		RunE: func(_ *cobra.Command, args []string) error {
			return a.editUsers(so.Users, func(f *users.File) error { return f.Remove(args[0]) })
		},
	}
	cmd.AddCommand(add, list, remove)
	return cmd
}

func addUser(f *users.File, name string, keyFiles, grants []string) error {
	var keys []string
	for _, p := range keyFiles {
		b, err := os.ReadFile(p)
		if err != nil {
			return usagef("--key: %v", err)
		}
		keys = append(keys, strings.TrimSpace(string(b)))
	}
	roles := map[string]desk.Role{}
	for _, g := range grants {
		ws, r, err := users.ParseGrant(g)
		if err != nil {
			return usagef("%v", err)
		}
		roles[ws] = r
	}
	if len(keys) == 0 && len(roles) == 0 {
		return usagef("serve user add needs --key FILE.pub or --role WORKSPACE:ROLE")
	}
	return f.Add(name, keys, roles)
}

// editUsers loads the users file, changes it and writes it back atomically.
func (a *App) editUsers(flag string, change func(*users.File) error) error {
	path := a.usersPath(flag)
	f, err := users.Load(path)
	if err != nil {
		return err
	}
	if err := change(f); err != nil {
		return err
	}
	if err := f.Save(path); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "users file %s: %d users\n", path, len(f.Users))
	return nil
}

func (a *App) printUsers(f *users.File) error {
	if len(f.Users) == 0 {
		fmt.Fprintln(a.stdout, "no users; add one with: dpodesk serve user add NAME --key FILE.pub --role WORKSPACE:ROLE")
		return nil
	}
	tw := a.newTable(2)
	fmt.Fprintln(tw, "NAME\tKEYS\tROLES")
	for _, u := range f.Users {
		var fps, roles []string
		for _, k := range u.Keys {
			if pk, err := users.ParseKey(k); err == nil {
				fps = append(fps, fingerprint(pk))
			}
		}
		for _, ws := range sortedKeys(u.Roles) {
			roles = append(roles, ws+":"+u.Roles[ws])
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", u.Name, strings.Join(fps, ","), strings.Join(roles, ","))
	}
	return tw.Flush()
}

func fingerprint(pk gossh.PublicKey) string { return gossh.FingerprintSHA256(pk) }

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
