package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// App holds what every verb shares: the configuration, the workspace once
// opened (as its application layer) and the output streams. Verbs turn flags
// into one call on the desk and print what it returns.
type App struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	now            func() time.Time

	configPath string // --config
	workspace  string // --workspace
	db         string // --db
	// createMissing lets a verb create the named workspace when it does not exist
	// yet (`demo` fills a new workspace).
	createMissing bool

	cfg  config.Config
	home *desk.Home
	d    *desk.Desk
	// readOnly says d was opened for verbs that only read (readDesk)
	readOnly bool
	// key is the key of workspace keyName when the interface has already asked
	// for its passphrase (the workspace picker), so open does not ask again.
	key     []byte
	keyName string
	// remote is set when the command line runs for an SSH session.
	remote *Remote
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *App {
	return &App{stdin: stdin, stdout: stdout, stderr: stderr, now: time.Now}
}

// load reads and validates the configuration; it runs before any verb so that a
// broken file stops start-up before anything else happens.
func (a *App) load() error {
	cfg, err := config.Load(a.configPath)
	if err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	home, err := desk.NewHome(cfg, a.now)
	if err != nil {
		return err
	}
	home.Author = localAuthor()
	a.cfg, a.home = cfg, home
	// what an interrupted restore left is repaired or removed before anything opens
	notes, err := home.RecoverLeftovers()
	for _, n := range notes {
		fmt.Fprintf(a.stderr, "dpodesk: %s\n", n)
	}
	if err != nil {
		fmt.Fprintf(a.stderr, "dpodesk: looking for what an interrupted restore left: %v\n", err)
	}
	return nil
}

// localAuthor names the operating-system user for the audit journal.
func localAuthor() string {
	for _, v := range []string{"USER", "LOGNAME", "USERNAME"} {
		if u := os.Getenv(v); u != "" {
			return u
		}
	}
	return ""
}

// rules are the deadline rules of the configuration.
func (a *App) rules() model.DeadlineRules { return a.home.Rules() }

// target says which workspace this invocation means: its name and directory.
func (a *App) target() (name, dir string, err error) {
	if a.db != "" {
		abs, err := filepath.Abs(a.db)
		if err != nil {
			return "", "", err
		}
		return filepath.Base(abs), abs, nil
	}
	name = a.cfg.DefaultWorkspace
	if a.workspace != "" {
		name = a.workspace
	}
	if err := config.ValidWorkspaceName(name); err != nil {
		return "", "", usagef("%v", err)
	}
	return name, a.home.Dir(name), nil
}

// desk opens the workspace for a verb that needs one and returns its
// application layer. The default workspace is created on first use so that a
// bare machine works without set-up; any other missing workspace is an error
// that says how to create it.
func (a *App) desk() (*desk.Desk, error) { return a.openDesk(false) }

// readDesk opens the workspace for a verb that only reads it: read-only where
// the workspace allows it, which is faster and lighter (desk.OpenOptions).
func (a *App) readDesk() (*desk.Desk, error) { return a.openDesk(true) }

func (a *App) openDesk(readOnly bool) (*desk.Desk, error) {
	if a.d != nil && (readOnly || !a.readOnly) {
		return a.d, nil
	}
	a.close() // opened to read, now asked to write
	if a.remote != nil {
		d, err := a.remote.Open(a.workspace)
		if err != nil {
			return nil, err
		}
		a.d = d
		return d, nil
	}
	name, dir, err := a.target()
	if err != nil {
		return nil, err
	}
	create := a.createMissing || a.db != "" || (name == a.cfg.DefaultWorkspace && a.workspace == "")
	key, err := a.workspaceKey(name, dir)
	if err != nil {
		return nil, err
	}
	d, err := a.home.Open(desk.OpenOptions{Name: name, Dir: dir, Key: key, Create: create, Named: a.db == "", ReadOnly: readOnly})
	if err != nil {
		if errors.Is(err, store.ErrLocked) {
			return nil, &exitError{ExitBusy, fmt.Errorf("workspace %q is open in another dpodesk process", name)}
		}
		return nil, err
	}
	if w := d.OpenWarning(); w != nil {
		fmt.Fprintf(a.stderr, "dpodesk: %v\n", w)
	}
	if layout, err := config.GoDateLayout(a.cfg.DateFormat); err == nil {
		d.SetDateLayout(layout) // letters write dates as configured
	}
	a.d, a.readOnly = d, readOnly
	return d, nil
}

// close closes the workspace if a verb opened it, with its automatic backup.
func (a *App) close() {
	if a.d == nil {
		return
	}
	if err := a.d.Close(); err != nil {
		fmt.Fprintf(a.stderr, "dpodesk: %v\n", err)
	}
	a.d = nil
}

func dirExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
