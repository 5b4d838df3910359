package store

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/atomicfile"
)

// The journal head is kept twice: in Badger (meta/audit, in the same
// transaction as every change) and in a small file beside the data, replaced
// after each committed change. Badger drops the tail of a damaged memtable log
// or a cut MANIFEST together with its own copy of the head, so the journal
// alone would still look intact; the file remembers how far it went. The file
// lags behind after a crash between commit and file write, which is harmless:
// only a journal shorter than the file, or an entry whose hash differs from the
// file's, is reported. For an encrypted workspace the file is sealed with a
// key derived from the workspace key, so it neither leaks the journal's length
// nor can be rewritten to match a forged journal.
const (
	anchorFile     = "dpodesk-head"
	anchorKDFInfo  = "dpodesk journal anchor v1"
	anchorPlainTag = "plain"
)

type anchor struct {
	Seq  uint64 `json:"seq"`
	Hash string `json:"hash"`
}

func (w *Workspace) anchorPath() string { return filepath.Join(w.opts.Dir, anchorFile) }

// writeAnchor records head; a failure is logged, never returned: the change it
// follows is committed, and a stale anchor only weakens the check.
func (w *Workspace) writeAnchor(head auditHead) {
	if err := writeAnchorFile(w.anchorPath(), w.opts.EncryptionKey, head); err != nil {
		w.log.Warningf("writing the journal anchor: %v", err)
	}
}

func writeAnchorFile(path string, key []byte, head auditHead) error {
	data, err := json.Marshal(anchor{Seq: head.seq, Hash: head.hash})
	if err != nil {
		return err
	}
	if key != nil {
		aead, err := anchorAEAD(key)
		if err != nil {
			return err
		}
		nonce := make([]byte, aead.NonceSize())
		if _, err := rand.Read(nonce); err != nil {
			return err
		}
		data = aead.Seal(nonce, nonce, data, []byte(anchorKDFInfo))
	}
	return atomicfile.WriteFile(path, data, 0o600)
}

func anchorAEAD(key []byte) (cipher.AEAD, error) {
	k, err := hkdf.Key(sha256.New, key, nil, anchorKDFInfo, 32)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(k)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// readAnchor returns the recorded head; ok is false when there is none yet (a
// workspace from before anchors, or one never written to).
func (w *Workspace) readAnchor() (a anchor, ok bool, err error) {
	data, err := os.ReadFile(w.anchorPath())
	if errors.Is(err, os.ErrNotExist) {
		return a, false, nil
	}
	if err != nil {
		return a, false, err
	}
	if key := w.opts.EncryptionKey; key != nil {
		aead, err := anchorAEAD(key)
		if err != nil {
			return a, false, err
		}
		n := aead.NonceSize()
		if len(data) < n {
			return a, false, describe(ErrCorrupt, "workspace %q: its journal anchor %s is damaged; restore the workspace from your last backup", w.opts.Name, anchorFile)
		}
		if data, err = aead.Open(nil, data[:n], data[n:], []byte(anchorKDFInfo)); err != nil {
			return a, false, describe(ErrCorrupt, "workspace %q: its journal anchor %s is damaged or was changed; restore the workspace from your last backup", w.opts.Name, anchorFile)
		}
	}
	if err := json.Unmarshal(data, &a); err != nil {
		return a, false, describe(ErrCorrupt, "workspace %q: its journal anchor %s is damaged; restore the workspace from your last backup", w.opts.Name, anchorFile)
	}
	return a, true, nil
}

// checkAnchor compares the journal with the anchor: a journal that ends before
// the anchor lost its tail; an entry at the anchor's position with another hash
// means the history was rewritten. With no anchor yet, one is written.
func (w *Workspace) checkAnchor() error {
	a, ok, err := w.readAnchor()
	if err != nil {
		return err
	}
	var head auditHead
	var atAnchor string
	err = w.view(func(txn *badger.Txn) error {
		if head, err = readAuditHead(txn); err != nil {
			return err
		}
		if ok && a.Seq > 0 && a.Seq <= head.seq {
			var e struct {
				Hash string `json:"hash"`
			}
			if err := getValue(txn, keyLog(a.Seq), &e); err != nil && !errors.Is(err, ErrNotFound) {
				return err
			}
			atAnchor = e.Hash
		}
		return nil
	})
	if err != nil {
		return mapFault(w.opts.Name, err)
	}
	switch {
	case !ok:
		if !w.opts.ReadOnly && head.seq > 0 {
			w.writeAnchor(head)
		}
		return nil
	case head.seq < a.Seq:
		return describe(ErrCorrupt, "workspace %q lost changes: its journal ends at entry %d, but entry %d was written (a damaged or cut data file); restore the workspace from your last backup",
			w.opts.Name, head.seq, a.Seq)
	case a.Seq > 0 && atAnchor != a.Hash:
		return describe(ErrCorrupt, "workspace %q: journal entry %d is not the one that was written; restore the workspace from your last backup",
			w.opts.Name, a.Seq)
	}
	return nil
}

// anchorHead writes the anchor for the journal as it is now (after bulk work).
func (w *Workspace) anchorHead() error {
	var head auditHead
	err := w.view(func(txn *badger.Txn) (err error) {
		head, err = readAuditHead(txn)
		return err
	})
	if err != nil {
		return fmt.Errorf("reading the journal head: %w", err)
	}
	w.writeAnchor(head)
	return nil
}
