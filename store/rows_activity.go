package store

import (
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// An activity's row holds its table row and, from rowActivityV2 on, the whole
// activity after it. The record stays the JSON value under a/ (the house plan's
// record encoding); the row's copy lets the record exports read 10,000
// activities without decoding JSON, which was the largest part of the ROPA
// export's work. The copy is written in the same transaction as the record,
// and `workspace check` compares it with the record byte for byte.
//
// Layout of V2: version byte, uvarint length of the table row, the table row
// (the fields of V1, in V1's order), the activity (encodeActivity's order).
// TestRowFieldsCovered fails when model.Activity or one of its parts gains a
// field encodeActivity does not write.

// encodeActivityRow writes the row of a as this build writes it.
func encodeActivityRow(a *model.Activity) []byte {
	return encodeActivityRowAs(rowActivityV2, a)
}

// encodeActivityRowAs writes the row in the layout of version, as a build of
// that version wrote it: what a check compares an older row with.
func encodeActivityRowAs(version byte, a *model.Activity) []byte {
	table := rowWriter{b: make([]byte, 0, 96)}
	encodeActivityTableRow(&table, a.Row())
	if version == rowActivityV1 {
		return append([]byte{rowActivityV1}, table.b...)
	}
	w := rowWriter{b: make([]byte, 0, len(table.b)+512)}
	w.b = append(w.b, rowActivityV2)
	w.uint(uint64(len(table.b)))
	w.b = append(w.b, table.b...)
	encodeActivity(&w, a)
	return w.b
}

func encodeActivityTableRow(w *rowWriter, a model.ActivityRow) {
	w.uint(a.ID)
	w.str(a.Name)
	w.str(string(a.Status))
	w.str(a.Purposes)
	w.strs(a.LegalBases)
	w.uint(uint64(a.Processors))
	w.date(a.NextReview)
	w.strs(a.Missing)
	w.bool(a.DPIAOpen)
	w.time(a.UpdatedAt)
}

// decodeActivityRow decodes the table row of a row of either layout.
func decodeActivityRow(r *rowReader, b []byte) (model.ActivityRow, error) {
	r.reset(b)
	switch v := r.byte(); v {
	case rowActivityV1:
	case rowActivityV2:
		r.uint() // the table row's length: it comes next
	default:
		return model.ActivityRow{}, r.check(v, rowActivityV2, kindActivity)
	}
	a := model.ActivityRow{
		ID: r.uint(), Name: r.str(), Status: model.RecordStatus(r.sym(0)),
		Purposes: r.str(), LegalBases: r.syms(1), Processors: int(r.uint()),
		NextReview: r.date(), Missing: r.syms(2), DPIAOpen: r.bool(), UpdatedAt: r.time(),
	}
	if r.err != nil {
		return model.ActivityRow{}, fmt.Errorf("decode activity row: %w", r.err)
	}
	return a, nil
}

// decodeActivityCopy decodes the whole activity of a V2 row into a, which it
// empties first. Its strings live in r's arena until r.recycle.
func decodeActivityCopy(r *rowReader, b []byte, a *model.Activity) error {
	r.reset(b)
	if err := r.check(r.byte(), rowActivityV2, kindActivity); err != nil {
		return err
	}
	n := r.uint()
	if n > uint64(len(r.b)) {
		r.fail()
	} else {
		r.b = r.b[n:]
	}
	*a = model.Activity{}
	decodeActivity(r, a)
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("%d bytes after the activity", len(r.b))
	}
	if r.err != nil {
		return fmt.Errorf("decode activity %d: %w", a.ID, r.err)
	}
	return nil
}

// encodeActivity writes every field of a. The order is the format.
func encodeActivity(w *rowWriter, a *model.Activity) {
	w.uint(a.ID)
	for _, s := range []string{a.Name, a.Description, string(a.Status)} {
		w.str(s)
	}
	w.strs(a.JointControllers)
	w.str(a.Representative)
	w.strs(a.Purposes)
	w.strs(a.LegalBases)
	w.strs(a.Art9Conditions)
	for _, s := range []string{a.Art10Basis, a.NationalBasis, a.LawReference, a.LegitimateInterest,
		a.ConsentWithdrawal, a.TerminalAccess} {
		w.str(s)
	}
	w.strs(a.DataSubjects)
	w.strs(a.DataCategories)
	w.strs(a.Recipients)
	w.uint(uint64(len(a.ProcessorIDs)))
	for _, id := range a.ProcessorIDs {
		w.uint(id)
	}
	w.uint(uint64(len(a.Transfers)))
	for _, t := range a.Transfers {
		for _, s := range []string{t.Country, t.Recipient, t.Mechanism, t.Documentation, t.TIAReference} {
			w.str(s)
		}
	}
	w.uint(uint64(len(a.Retention)))
	for _, rt := range a.Retention {
		w.str(rt.Category)
		w.str(rt.Period)
		w.int(int64(rt.Days))
	}
	for _, s := range []string{a.RetentionJustification, a.TOMs, a.TOMsJustification, a.DataSource} {
		w.str(s)
	}
	w.strs(a.Systems)
	w.str(a.StorageLocation)
	w.str(a.Owner)
	w.strs(a.AccessRoles)
	w.bool(a.Children)
	w.bool(a.AutomatedDecision)
	w.bool(a.Exempt305)
	w.str(a.PrivacyNotice)
	w.strs(a.Links)
	w.strs(a.DPIA.Criteria)
	for _, s := range []string{a.DPIA.Decision, a.DPIA.Reason, a.DPIA.Reference} {
		w.str(s)
	}
	w.date(a.DPIA.DecidedOn)
	w.bool(a.Source != nil)
	if e := a.Source; e != nil {
		w.uint(e.DocumentID)
		w.str(e.Section)
		w.int(int64(e.Start))
		w.int(int64(e.End))
		w.str(e.Quote)
	}
	w.time(a.CreatedAt)
	w.time(a.UpdatedAt)
	w.date(a.LastReviewed)
	w.date(a.NextReview)
	w.int(int64(a.Version))
}

// Symbol slots of decodeActivity: vocabulary keys and codes repeat across
// activities and are interned; free text goes to the arena. Slots 0–2 are the
// table row's.
const (
	slotStatus = 3 + iota
	slotBasis
	slotSubject
	slotCategory
	slotRecipient
	slotCountry
	slotMechanism
	slotSource
	slotDecision
	slotCriterion
	slotOwner
	slotSystem
)

// decodeActivity reads what encodeActivity wrote.
func decodeActivity(r *rowReader, a *model.Activity) {
	a.ID, a.Name, a.Description = r.uint(), r.str(), r.str()
	a.Status = model.RecordStatus(r.sym(slotStatus))
	a.JointControllers, a.Representative = r.strList(), r.str()
	a.Purposes = r.strList()
	a.LegalBases, a.Art9Conditions = r.syms(slotBasis), r.syms(slotBasis)
	a.Art10Basis, a.NationalBasis, a.LawReference = r.str(), r.str(), r.str()
	a.LegitimateInterest, a.ConsentWithdrawal, a.TerminalAccess = r.str(), r.str(), r.str()
	a.DataSubjects, a.DataCategories, a.Recipients = r.syms(slotSubject), r.syms(slotCategory), r.syms(slotRecipient)
	if n, ok := r.count(1); ok && n > 0 {
		a.ProcessorIDs = make([]uint64, n)
		for i := range a.ProcessorIDs {
			a.ProcessorIDs[i] = r.uint()
		}
	}
	if n, ok := r.count(5); ok && n > 0 {
		a.Transfers = make([]model.Transfer, n)
		for i := range a.Transfers {
			t := &a.Transfers[i]
			t.Country, t.Recipient, t.Mechanism = r.sym(slotCountry), r.str(), r.sym(slotMechanism)
			t.Documentation, t.TIAReference = r.str(), r.str()
		}
	}
	if n, ok := r.count(3); ok && n > 0 {
		a.Retention = make([]model.Retention, n)
		for i := range a.Retention {
			a.Retention[i] = model.Retention{Category: r.str(), Period: r.str(), Days: int(r.int())}
		}
	}
	a.RetentionJustification, a.TOMs, a.TOMsJustification = r.str(), r.str(), r.str()
	a.DataSource = r.sym(slotSource)
	a.Systems, a.StorageLocation, a.Owner = r.syms(slotSystem), r.str(), r.sym(slotOwner)
	a.AccessRoles = r.strList()
	a.Children, a.AutomatedDecision, a.Exempt305 = r.bool(), r.bool(), r.bool()
	a.PrivacyNotice, a.Links = r.str(), r.strList()
	a.DPIA.Criteria, a.DPIA.Decision = r.syms(slotCriterion), r.sym(slotDecision)
	a.DPIA.Reason, a.DPIA.Reference, a.DPIA.DecidedOn = r.str(), r.str(), r.date()
	if r.bool() {
		a.Source = &model.Evidence{DocumentID: r.uint(), Section: r.str(), Start: int(r.int()), End: int(r.int()), Quote: r.str()}
	}
	a.CreatedAt, a.UpdatedAt = r.time(), r.time()
	a.LastReviewed, a.NextReview = r.date(), r.date()
	a.Version = int(r.int())
}

// migrateActivityRows (schema 1 → 2) rewrites the activity rows of the older
// layout from their records, so that the record exports read every activity
// from its row. The rows are derived data, written in write batches (a
// workspace of 100,000 activities is larger than one transaction), and
// meta/schema is set after them: a crash half-way leaves rows of both
// layouts, which read correctly, and schema 1, so the next open goes on.
func migrateActivityRows(w *Workspace, to uint64) error {
	wb := w.db.NewWriteBatch()
	defer wb.Cancel()
	err := w.view(func(txn *badger.Txn) error {
		return scanRaw(txn, prefixActivityRow, func(k, v []byte) error {
			if len(v) > 0 && v[0] == rowActivityV2 {
				return nil
			}
			a, err := activities.load(txn, idOf(k))
			if err != nil {
				return err
			}
			return wb.Set(idKey(prefixActivityRow, a.ID), encodeActivityRow(&a))
		})
	})
	if err != nil {
		return err
	}
	if err := wb.Flush(); err != nil {
		return err
	}
	return w.db.Update(func(txn *badger.Txn) error { return txn.Set(keySchema, u64(to)) })
}
