package store

import (
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/dpodesk/dpodesk/model"
)

// Every activity has, beside its JSON record (a/, the house plan's record
// encoding) and its table row (ar/), a binary copy of the whole activity
// (ac/) in the row codec: the record exports read the copies instead of
// decoding 10,000 JSON records, which was the largest part of the ROPA
// export's work, while the listings keep reading the small table rows. The
// copy is written and deleted in the record's transaction, and `workspace
// check` compares it with the record byte for byte. Copies came with schema 2
// (migrateActivityCopies); a dpodesk of schema 1, which would not keep them
// up to date, refuses such a workspace.
//
// Layout: activityCopyV1, then encodeActivity's fields. TestRowFieldsCovered
// fails when model.Activity or one of its parts gains a field encodeActivity
// does not write.

// activityCopyV1 is the first byte of a copy. It differs from codecJSON, the
// first byte of a record, so that ActivityDecoder tells the two apart.
const activityCopyV1 byte = 2

// schemaWithCopies is the first schema whose activities have copies.
const schemaWithCopies = 2

// hasActivityCopies says whether txn's workspace has the activity copies: a
// workspace of schema 1, opened read-only before its migration, has none.
func hasActivityCopies(txn *badger.Txn) (bool, error) {
	schema, err := readUint(txn, keySchema)
	return schema >= schemaWithCopies, err
}

func encodeActivityCopy(a *model.Activity) []byte {
	w := rowWriter{b: make([]byte, 0, 512)}
	w.b = append(w.b, activityCopyV1)
	encodeActivity(&w, a)
	return w.b
}

// decodeActivityCopy decodes a copy into a, which it empties first. Its
// strings live in r's arena until r.recycle.
func decodeActivityCopy(r *rowReader, b []byte, a *model.Activity) error {
	r.reset(b)
	if err := r.check(r.byte(), activityCopyV1, "activity copy"); err != nil {
		return err
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

// migrateActivityCopies (schema 1 → 2) writes the copy of every activity from
// its record. The copies are derived data, written in write batches (a
// workspace of 100,000 activities is larger than one transaction), and
// meta/schema is set after them: a crash half-way leaves schema 1, under
// which the copies are not read, and the next open writes them all again.
func migrateActivityCopies(w *Workspace, to uint64) error {
	wb := w.db.NewWriteBatch()
	defer wb.Cancel()
	err := w.view(func(txn *badger.Txn) error {
		return scanRaw(txn, prefixActivity, func(_, v []byte) error {
			var a model.Activity
			if err := decode(v, &a); err != nil {
				return err
			}
			return wb.Set(idKey(prefixActivityCopy, a.ID), encodeActivityCopy(&a))
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
