package desk

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/dpodesk/dpodesk/store"
)

// RestoreOptions says where a backup goes.
type RestoreOptions struct {
	Name  string // the workspace name it is restored under
	Dir   string // its directory; "" means the named one
	Force bool   // replace an existing workspace
	// Passphrase asks for the passphrase of the workspace an encrypted backup
	// was taken from, named by source.
	Passphrase func(source string) (string, error)
}

// Restore restores a backup file into a new workspace (or over one, with
// Force), checking its checksum and record counts.
func (h *Home) Restore(file string, o RestoreOptions) (store.BackupHeader, error) {
	if o.Dir == "" {
		o.Dir = h.Dir(o.Name)
	}
	f, err := os.Open(file)
	if err != nil {
		return store.BackupHeader{}, fmt.Errorf("opening the backup: %w", err)
	}
	defer f.Close()
	hd, err := store.Restore(f, o.Dir, store.RestoreOptions{
		Name: o.Name, LogDir: h.cfg.LogsDir(), Force: o.Force,
		Passphrase: func(bh store.BackupHeader) (string, error) { return o.Passphrase(bh.Workspace) },
	})
	if err != nil {
		return hd, err
	}
	return hd, nil
}

// BundleWorkspace is the workspace name a bundle file states, "" when none.
func BundleWorkspace(data []byte) string {
	var head struct{ Workspace string }
	if json.Unmarshal(data, &head) != nil {
		return ""
	}
	return head.Workspace
}

// ImportBundleOptions says which workspace a bundle creates.
type ImportBundleOptions struct {
	Name, Dir  string
	Encrypt    bool
	Passphrase string
}

// ImportBundle creates a workspace from a JSON bundle written by ExportBundle
// and fills it with every record, keeping IDs and refs. An existing workspace
// must be empty; a new one is removed again if the import fails.
func (h *Home) ImportBundle(data []byte, o ImportBundleOptions) (store.Counts, error) {
	if o.Dir == "" {
		o.Dir = h.Dir(o.Name)
	}
	_, statErr := os.Stat(o.Dir)
	created := os.IsNotExist(statErr)
	if o.Encrypt && !created {
		return store.Counts{}, fmt.Errorf("workspace %q already exists; --encrypt needs a new one", o.Name)
	}
	var key []byte
	if o.Encrypt {
		k, err := store.InitEncryption(o.Dir, o.Passphrase)
		if err != nil {
			return store.Counts{}, err
		}
		key = k
	} else if store.IsEncrypted(o.Dir) {
		k, err := store.Unlock(o.Dir, o.Passphrase)
		if err != nil {
			return store.Counts{}, err
		}
		key = k
	}
	d, err := h.Open(OpenOptions{Name: o.Name, Dir: o.Dir, Key: key, Create: true})
	if err != nil {
		if created {
			os.RemoveAll(o.Dir)
		}
		return store.Counts{}, err
	}
	if err := d.ws.ImportBundle(bytes.NewReader(data)); err != nil {
		d.ws.Close()
		if created {
			os.RemoveAll(o.Dir)
		}
		return store.Counts{}, err
	}
	c, err := d.ws.Counts()
	return c, errors.Join(err, d.ws.Close())
}
