package store

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// auditHead is the value of meta/audit: the last sequence number and its hash.
// Every audited transaction reads and rewrites it, so two concurrent transactions
// conflict there and one retries: the journal stays gap-free and ordered, which a
// Badger Sequence (leaking numbers on a crash) would not give.
type auditHead struct {
	seq  uint64
	hash string // hex
}

func readAuditHead(txn *badger.Txn) (auditHead, error) {
	item, err := txn.Get(keyAuditHead)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return auditHead{}, nil
	}
	if err != nil {
		return auditHead{}, fmt.Errorf("read audit head: %w", err)
	}
	var h auditHead
	err = item.Value(func(b []byte) error {
		if len(b) != 8+sha256.Size {
			return fmt.Errorf("audit head: want %d bytes, have %d", 8+sha256.Size, len(b))
		}
		h.seq = binary.BigEndian.Uint64(b)
		h.hash = hex.EncodeToString(b[8:])
		return nil
	})
	return h, err
}

func (h auditHead) value() []byte {
	sum, _ := hex.DecodeString(h.hash)
	return append(u64(h.seq), sum...)
}

// newAuditEntry builds the entry that follows head, with its hash.
func newAuditEntry(head auditHead, at time.Time, author, action, kind string, id uint64, label string, before, after any) (model.AuditEntry, error) {
	e := model.AuditEntry{
		Seq: head.seq + 1, At: at, Author: author, Action: action, Kind: kind, RecordID: id, Label: label, Prev: head.hash,
	}
	var err error
	if e.Before, err = auditJSON(before); err != nil {
		return e, err
	}
	if e.After, err = auditJSON(after); err != nil {
		return e, err
	}
	e.Hash = auditHash(e)
	return e, nil
}

func auditJSON(v any) (json.RawMessage, error) {
	if v == nil {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("audit snapshot: %w", err)
	}
	return b, nil
}

// auditHash is SHA-256 over a canonical encoding of the entry: a domain tag, then
// every field except Hash, each length-prefixed (uvarint) so that no two entries
// share an encoding. At is hashed as UTC RFC 3339 with nanoseconds, so the zone the
// entry was read back in does not matter. Author is hashed last and only when set,
// so entries written before authors were recorded keep their hashes.
func auditHash(e model.AuditEntry) string {
	h := sha256.New()
	h.Write([]byte("dpodesk audit v1\n"))
	field := func(b []byte) { writeField(h, b) }
	field(u64(e.Seq))
	field([]byte(e.At.UTC().Format(time.RFC3339Nano)))
	field([]byte(e.Action))
	field([]byte(e.Kind))
	field(u64(e.RecordID))
	field([]byte(e.Label))
	field(e.Before)
	field(e.After)
	field([]byte(e.Prev))
	if e.Author != "" {
		field([]byte(e.Author))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func writeField(h hash.Hash, b []byte) {
	h.Write(binary.AppendUvarint(nil, uint64(len(b))))
	h.Write(b)
}

// putAudit writes the keys one entry adds — the entry, its record index and the
// new head — through set, which is a transaction's or a write batch's Set.
func putAudit(set func(k, v []byte) error, e model.AuditEntry) error {
	v, err := encode(e)
	if err != nil {
		return err
	}
	head := auditHead{seq: e.Seq, hash: e.Hash}
	for _, kv := range [][2][]byte{
		{keyLog(e.Seq), v}, {keyAuditRecord(e.RecordID, e.Seq), nil}, {keyAuditHead, head.value()},
	} {
		if err := set(kv[0], kv[1]); err != nil {
			return fmt.Errorf("write audit entry %d: %w", e.Seq, err)
		}
	}
	return nil
}

// WithAuthor returns a handle on the same open workspace whose writes name author
// in their journal entries: the SSH server's sessions share one workspace and
// each names its user. Close the workspace through the handle Open returned.
func (w *Workspace) WithAuthor(author string) *Workspace {
	return &Workspace{open: w.open, author: author}
}

// Author is who the journal entries written through this handle name.
func (w *Workspace) Author() string { return w.author }

// audit appends one entry to the journal inside the transaction.
func (t *tx) audit(action, kind string, id uint64, label string, before, after any) error {
	head, err := readAuditHead(t.txn)
	if err != nil {
		return err
	}
	e, err := newAuditEntry(head, t.at, t.author, action, kind, id, label, before, after)
	if err != nil {
		return err
	}
	if err := putAudit(t.txn.Set, e); err != nil {
		return err
	}
	t.head = &auditHead{seq: e.Seq, hash: e.Hash}
	return nil
}

// AuditFilter selects journal entries. Zero fields select everything; Limit 0
// means no limit; BeforeSeq pages backwards (entries with Seq < BeforeSeq).
type AuditFilter struct {
	Kind      string
	RecordID  uint64
	Limit     int
	BeforeSeq uint64
}

// Audit returns journal entries, newest first.
func (w *Workspace) Audit(f AuditFilter) ([]model.AuditEntry, error) {
	var out []model.AuditEntry
	err := w.view(func(txn *badger.Txn) error {
		seqs := auditSeqs(txn, f)
		for seq := range seqs {
			var e model.AuditEntry
			if err := getValue(txn, keyLog(seq), &e); err != nil {
				if errors.Is(err, ErrNotFound) {
					continue
				}
				return err
			}
			if f.Kind != "" && e.Kind != f.Kind {
				continue
			}
			out = append(out, e)
			if f.Limit > 0 && len(out) >= f.Limit {
				return nil
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read audit journal: %w", err)
	}
	return out, nil
}

// auditSeqs yields sequence numbers newest first: from the record index when a
// record is asked for, otherwise from the journal's own keys.
func auditSeqs(txn *badger.Txn, f AuditFilter) func(func(uint64) bool) {
	prefix := prefixLog
	if f.RecordID != 0 {
		prefix = join([]byte("ix/audit/record/"), u64(f.RecordID), []byte("/"))
	}
	start := join(prefix, []byte{0xff})
	if f.BeforeSeq > 0 {
		start = join(prefix, u64(f.BeforeSeq-1))
	}
	return func(yield func(uint64) bool) {
		if f.BeforeSeq == 1 {
			return
		}
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: prefix, Reverse: true})
		defer it.Close()
		for it.Seek(start); it.ValidForPrefix(prefix); it.Next() {
			if !yield(idOf(it.Item().Key())) {
				return
			}
		}
	}
}

// VerifyAudit walks the journal from the first entry and recomputes the chain.
// broken is the first entry whose hash or link to its predecessor fails, or, for a
// missing entry, a placeholder carrying only the missing Seq; nil when intact.
func (w *Workspace) VerifyAudit() (checked int, broken *model.AuditEntry, err error) {
	err = w.view(func(txn *badger.Txn) error {
		head, err := readAuditHead(txn)
		if err != nil {
			return err
		}
		var prev string
		var want uint64 = 1
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 256, Prefix: prefixLog})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var e model.AuditEntry
			if err := it.Item().Value(func(b []byte) error { return decode(b, &e) }); err != nil {
				broken = &model.AuditEntry{Seq: idOf(it.Item().Key())}
				return nil
			}
			if seq := idOf(it.Item().Key()); seq != want {
				broken = &model.AuditEntry{Seq: want}
				return nil
			}
			if e.Seq != want || e.Prev != prev || auditHash(e) != e.Hash {
				broken = &e
				return nil
			}
			checked++
			prev, want = e.Hash, want+1
		}
		if head.seq >= want || (head.seq > 0 && head.hash != prev) {
			broken = &model.AuditEntry{Seq: want}
		}
		return nil
	})
	if err != nil {
		return checked, nil, fmt.Errorf("verify audit journal: %w", err)
	}
	return checked, broken, nil
}
