package desk

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// Home is the data directory with its named workspaces, their recent list and
// their backups. Every face opens workspaces through it, so creating, listing
// and unlocking behave the same from the CLI, the picker and the server.
type Home struct {
	cfg   config.Config
	rules model.DeadlineRules
	now   func() time.Time
	// Author is who acts through the desks this home opens (see Desk.Author).
	Author string
}

// NewHome checks the configuration's deadline settings and returns the home
// they describe. now nil means time.Now.
func NewHome(cfg config.Config, now func() time.Time) (*Home, error) {
	rules, err := model.NewDeadlineRules(cfg.Holidays, cfg.ExtensionMode, cfg.PausePolicy)
	if err != nil {
		return nil, err
	}
	if now == nil {
		now = time.Now
	}
	return &Home{cfg: cfg, rules: rules, now: now}, nil
}

// Config is the configuration the home was made from.
func (h *Home) Config() config.Config { return h.cfg }

// Rules are the deadline rules the configuration gives.
func (h *Home) Rules() model.DeadlineRules { return h.rules }

// Dir is the directory of the named workspace.
func (h *Home) Dir(name string) string { return filepath.Join(h.cfg.WorkspacesDir(), name) }

// LogDir keeps each workspace's Badger log apart, so two workspaces never
// interleave in one file.
func (h *Home) LogDir(name string) string { return filepath.Join(h.cfg.LogsDir(), name) }

// WorkspaceInfo describes one named workspace without opening it.
type WorkspaceInfo struct {
	Name      string    `json:"name"`
	Path      string    `json:"path"`
	Default   bool      `json:"default"`
	Encrypted bool      `json:"encrypted"`
	Modified  string    `json:"modified"`
	Opened    time.Time `json:"-"` // when it was last opened, zero when unknown
}

// List returns the named workspaces, by name. Directories whose names are not
// workspace names (a restore's staging directory) are left out.
func (h *Home) List() ([]WorkspaceInfo, error) {
	entries, err := os.ReadDir(h.cfg.WorkspacesDir())
	if err != nil && !os.IsNotExist(err) {
		return nil, fmt.Errorf("reading the workspaces directory: %w", err)
	}
	recent := h.Recent()
	out := []WorkspaceInfo{}
	for _, e := range entries {
		if !e.IsDir() || config.ValidWorkspaceName(e.Name()) != nil {
			continue
		}
		dir := h.Dir(e.Name())
		info := WorkspaceInfo{Name: e.Name(), Path: dir, Default: e.Name() == h.cfg.DefaultWorkspace,
			Encrypted: store.IsEncrypted(dir), Opened: recent[e.Name()]}
		if st, err := e.Info(); err == nil {
			info.Modified = st.ModTime().Format("2006-01-02 15:04")
		}
		out = append(out, info)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// ErrWorkspaceExists is returned when a workspace to be created already exists.
var ErrWorkspaceExists = errors.New("workspace already exists")

// Create makes a new, empty named workspace, encrypted with passphrase when
// encrypt is set. It is the one way a workspace comes into being, from the CLI,
// the picker or the server.
func (h *Home) Create(name string, encrypt bool, passphrase string) (string, error) {
	return h.CreateWith(name, encrypt, passphrase, model.DeadlineSettings{})
}

// CreateWith is Create with the workspace's own deadline settings; what s
// leaves empty comes from the configuration.
func (h *Home) CreateWith(name string, encrypt bool, passphrase string, s model.DeadlineSettings) (string, error) {
	if err := config.ValidWorkspaceName(name); err != nil {
		return "", err
	}
	s = s.Or(h.defaults())
	if _, err := s.Rules(); err != nil {
		return "", &InputError{err}
	}
	dir := h.Dir(name)
	if _, err := os.Stat(dir); err == nil {
		return "", fmt.Errorf("%w: %q at %s; choose another name", ErrWorkspaceExists, name, dir)
	}
	return dir, h.createAt(name, dir, encrypt, passphrase, s)
}

// createAt writes the encryption header when asked, then creates the Badger
// directory, and removes what it made if either step fails.
func (h *Home) createAt(name, dir string, encrypt bool, passphrase string, s model.DeadlineSettings) error {
	var key []byte
	if encrypt {
		k, err := store.InitEncryption(dir, passphrase)
		if err != nil {
			return err
		}
		key = k
	}
	ws, err := store.Open(store.Options{Name: name, Dir: dir, LogDir: h.LogDir(name), Create: true, EncryptionKey: key, Now: h.now})
	if err != nil {
		os.RemoveAll(dir)
		return fmt.Errorf("creating workspace %q: %w", name, err)
	}
	// the configuration's deadline settings become the workspace's own, so
	// editing the configuration later never moves its deadlines
	err = ws.SaveOrganisation(model.Organisation{Deadlines: s})
	return errors.Join(err, ws.Close())
}

// Unlock derives the key of an encrypted workspace from its passphrase; a plain
// workspace needs none and gets nil.
func (h *Home) Unlock(dir, passphrase string) ([]byte, error) {
	if !store.IsEncrypted(dir) {
		return nil, nil
	}
	return store.Unlock(dir, passphrase)
}

// OpenOptions says which workspace to open.
type OpenOptions struct {
	Name string
	Dir  string // the workspace's directory; "" means the named one in the data directory
	Key  []byte // the unlocked key of an encrypted workspace
	// Create makes the workspace when its directory does not exist yet (the
	// default workspace on a bare machine, a directory given with --db).
	Create bool
	// Named says it is one of the data directory's workspaces, so its opening
	// goes into the recent list and its automatic backups are taken.
	Named bool
	// ReadOnly is for a command that only reads (a listing, an export, a
	// check): the workspace is opened read-only, which spares Badger's
	// memtable and the flush and compaction at close. When the workspace
	// needs a write first — it does not exist yet, its schema or due index
	// is out of date, an import or a write was interrupted — or cannot be
	// opened read-only at all, it is opened read-write as without the flag,
	// which also says what is wrong.
	ReadOnly bool
}

// Open opens a workspace and returns its desk; Close the desk when done.
func (h *Home) Open(o OpenOptions) (*Desk, error) {
	if o.Dir == "" {
		o.Dir = h.Dir(o.Name)
	}
	if _, err := os.Stat(o.Dir); err != nil && !o.Create {
		return nil, fmt.Errorf("workspace %q does not exist; create it with: dpodesk workspace create %s", o.Name, o.Name)
	}
	var d *Desk
	if o.ReadOnly {
		d = h.openReadOnly(o)
	}
	if d == nil {
		var err error
		if d, err = h.open(o, false); err != nil {
			return nil, err
		}
	}
	if o.Named {
		d.openErr = errors.Join(d.openErr, h.markOpened(o.Name))
	}
	return d, nil
}

// openReadOnly opens the workspace read-only, or returns nil when it must be
// opened read-write (see OpenOptions.ReadOnly).
func (h *Home) openReadOnly(o OpenOptions) *Desk {
	d, err := h.open(o, true)
	if err != nil {
		return nil
	}
	// without a due index built under the workspace's rules the listings
	// would compute every deadline; the read-write open rebuilds it once
	if ready, err := d.ws.DueIndexReady(); err != nil || !ready {
		d.ws.Close()
		return nil
	}
	return d
}

func (h *Home) open(o OpenOptions, readOnly bool) (*Desk, error) {
	ws, err := store.Open(store.Options{Name: o.Name, Dir: o.Dir, LogDir: h.LogDir(o.Name), Create: true, EncryptionKey: o.Key,
		Now: h.now, BackupDir: h.cfg.BackupDir(), ReadOnly: readOnly})
	if err != nil {
		return nil, err
	}
	rules, err := h.workspaceRules(ws)
	if err != nil {
		ws.Close()
		return nil, err
	}
	d := New(ws, Options{Rules: rules, Now: h.now, Author: h.Author})
	d.home, d.named, d.defaults = h, o.Named, h.defaults()
	return d, nil
}

// workspaceRules are the deadline rules of a workspace: its own settings, and
// the configuration's where it has none.
func (h *Home) workspaceRules(ws *store.Workspace) (model.DeadlineRules, error) {
	org, err := ws.Organisation()
	if err != nil {
		return model.DeadlineRules{}, err
	}
	rules, err := org.Deadlines.Or(h.defaults()).Rules()
	if err != nil {
		return rules, fmt.Errorf("workspace %q: its deadline settings: %w; fix them with dpodesk organisation edit", ws.Name(), err)
	}
	return rules, nil
}

// RecoverLeftovers repairs and removes what interrupted restores left among
// the named workspaces; it returns one line per action, for the user.
func (h *Home) RecoverLeftovers() ([]string, error) {
	return store.RecoverLeftovers(h.cfg.WorkspacesDir())
}

// Close takes the automatic backup when one is due and closes the workspace.
// A failed backup never stops the close; both errors are returned.
func (d *Desk) Close() error {
	if d.session {
		return nil
	}
	var backupErr error
	if d.home != nil && d.named {
		backupErr = d.home.autoBackup(d.ws)
	}
	return errors.Join(backupErr, d.ws.Close())
}

// OpenWarning is a problem met while opening that did not stop it (the recent
// list could not be written), for the face to show once.
func (d *Desk) OpenWarning() error { return d.openErr }

// ChangePassphrase changes the passphrase of an encrypted workspace.
func (h *Home) ChangePassphrase(dir, oldPass, newPass string) error {
	return store.ChangePassphrase(dir, oldPass, newPass)
}
