package store

import (
	"bytes"

	badger "github.com/dgraph-io/badger/v4"
)

// kindKeys are the record, row and copy prefixes and the index root of each
// kind a bulk import writes.
var kindKeys = map[string]struct{ rec, row, cp, ix []byte }{
	kindActivity:  {prefixActivity, prefixActivityRow, prefixActivityCopy, []byte("ix/activity/")},
	kindProcessor: {prefixProcessor, prefixProcessorRow, nil, []byte("ix/processor/")},
	kindRequest:   {prefixRequest, prefixRequestRow, nil, []byte("ix/request/")},
}

// rollbackImport deletes everything an import may have written — records,
// rows and index keys with IDs in its reserved ranges, journal entries after its
// starting head — sets the head and counters back and removes its marker. It is
// idempotent: a crash during it leaves the marker, and the next open repeats it.
func (w *Workspace) rollbackImport(p pendingImport) error {
	var del [][]byte
	err := w.db.View(func(txn *badger.Txn) error {
		for kind, r := range p.Ranges {
			k, ok := kindKeys[kind]
			if !ok {
				continue
			}
			del = append(del, keysInRange(txn, k.rec, r)...)
			del = append(del, keysInRange(txn, k.row, r)...)
			if k.cp != nil {
				del = append(del, keysInRange(txn, k.cp, r)...)
			}
			del = append(del, indexKeysInRange(txn, k.ix, r)...)
		}
		del = append(del, keysFrom(txn, prefixLog, keyLog(p.HeadSeq+1))...)
		del = append(del, auditIndexAfter(txn, p.HeadSeq)...)
		return nil
	})
	if err != nil {
		return err
	}
	wb := w.db.NewWriteBatch()
	defer wb.Cancel()
	for _, k := range del {
		if err := wb.Delete(k); err != nil {
			return err
		}
	}
	if err := w.resetHeadAndCounts(wb, p); err != nil {
		return err
	}
	if err := wb.Delete(join(prefixImportPending, []byte(p.ID))); err != nil {
		return err
	}
	if err := wb.Flush(); err != nil {
		return err
	}
	w.log.Warningf("rolled back interrupted import %s (started %s): %d keys removed", p.ID, p.Started.Format("2006-01-02 15:04:05"), len(del))
	return nil
}

func (w *Workspace) resetHeadAndCounts(wb *badger.WriteBatch, p pendingImport) error {
	if p.HeadSeq == 0 {
		if err := wb.Delete(keyAuditHead); err != nil {
			return err
		}
	} else if err := wb.Set(keyAuditHead, auditHead{seq: p.HeadSeq, hash: p.HeadHash}.value()); err != nil {
		return err
	}
	for kind, n := range p.Counts {
		if err := wb.Set(keyCount(kind), u64(n)); err != nil {
			return err
		}
	}
	return nil
}

// keysInRange lists the keys prefix+<id> with id in r.
func keysInRange(txn *badger.Txn, prefix []byte, r idRange) [][]byte {
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: prefix})
	defer it.Close()
	var out [][]byte
	for it.Seek(idKey(prefix, r.First)); it.ValidForPrefix(prefix); it.Next() {
		k := it.Item().Key()
		if len(k) != len(prefix)+8 {
			continue
		}
		if idOf(k) > r.Last {
			break
		}
		out = append(out, bytes.Clone(k))
	}
	return out
}

// indexKeysInRange lists the index keys under root whose ID (the last 8 bytes)
// is in r; index keys are ordered by value, not ID, so all are looked at.
func indexKeysInRange(txn *badger.Txn, root []byte, r idRange) [][]byte {
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: root})
	defer it.Close()
	var out [][]byte
	for it.Rewind(); it.Valid(); it.Next() {
		k := it.Item().Key()
		if id := idOf(k); id >= r.First && id <= r.Last {
			out = append(out, bytes.Clone(k))
		}
	}
	return out
}

// keysFrom lists the keys under prefix from start on.
func keysFrom(txn *badger.Txn, prefix, start []byte) [][]byte {
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: prefix})
	defer it.Close()
	var out [][]byte
	for it.Seek(start); it.ValidForPrefix(prefix); it.Next() {
		out = append(out, bytes.Clone(it.Item().Key()))
	}
	return out
}

// auditIndexAfter lists ix/audit/record keys of journal entries after seq.
func auditIndexAfter(txn *badger.Txn, seq uint64) [][]byte {
	prefix := []byte("ix/audit/record/")
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: prefix})
	defer it.Close()
	var out [][]byte
	for it.Rewind(); it.Valid(); it.Next() {
		if k := it.Item().Key(); idOf(k) > seq {
			out = append(out, bytes.Clone(k))
		}
	}
	return out
}
