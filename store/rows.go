package store

import (
	"fmt"

	"github.com/dpodesk/dpodesk/model"
)

// The per-kind row encodings. The field order is the format: change it only
// together with a new version byte (see rowcodec.go). TestRowFieldsCovered fails
// when a model row type gains a field these functions do not write.

func encodeActivityRow(a model.ActivityRow) []byte {
	w := rowWriter{b: make([]byte, 0, 96)}
	w.b = append(w.b, rowActivityV1)
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
	return w.b
}

func decodeActivityRow(r *rowReader, b []byte) (model.ActivityRow, error) {
	r.reset(b)
	if err := r.check(r.byte(), rowActivityV1, kindActivity); err != nil {
		return model.ActivityRow{}, err
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

func encodeProcessorRow(p model.ProcessorRow) []byte {
	w := rowWriter{b: make([]byte, 0, 64)}
	w.b = append(w.b, rowProcessorV1)
	w.uint(p.ID)
	w.str(p.Name)
	w.str(string(p.Status))
	w.str(p.Role)
	w.str(p.Country)
	w.str(p.TransferMechanism)
	w.str(p.DPAStatus)
	w.date(p.DPASignedOn)
	w.date(p.NextReview)
	return w.b
}

func decodeProcessorRow(r *rowReader, b []byte) (model.ProcessorRow, error) {
	r.reset(b)
	if err := r.check(r.byte(), rowProcessorV1, kindProcessor); err != nil {
		return model.ProcessorRow{}, err
	}
	p := model.ProcessorRow{
		ID: r.uint(), Name: r.str(), Status: model.RecordStatus(r.sym(0)), Role: r.sym(1),
		Country: r.sym(2), TransferMechanism: r.sym(3), DPAStatus: r.sym(4),
		DPASignedOn: r.date(), NextReview: r.date(),
	}
	if r.err != nil {
		return model.ProcessorRow{}, fmt.Errorf("decode processor row: %w", r.err)
	}
	return p, nil
}

// encodeRequestRow writes the slim request (model.Request.Slim); the text of
// notes is not part of it.
func encodeRequestRow(q model.Request) []byte { return encodeRequestRowAs(rowRequestV3, q) }

// encodeRequestRowAs writes the row in the layout of version, as a build of
// that version wrote it: what a check compares an older row with.
func encodeRequestRowAs(version byte, q model.Request) []byte {
	w := rowWriter{b: make([]byte, 0, 128)}
	w.b = append(w.b, version)
	w.uint(q.ID)
	for _, s := range []string{q.Ref, q.Type, q.Subject, q.Channel} {
		w.str(s)
	}
	w.time(q.Received)
	for _, s := range []string{q.Jurisdiction, q.Status, q.Outcome} {
		w.str(s)
	}
	w.uint(uint64(len(q.Events)))
	for _, e := range q.Events {
		encodeRequestEvent(&w, e)
	}
	w.time(q.CreatedAt)
	w.time(q.UpdatedAt)
	if version >= rowRequestV2 {
		w.uint(uint64(q.Version))
	}
	if version >= rowRequestV3 {
		w.str(q.Contact)
	}
	return w.b
}

func encodeRequestEvent(w *rowWriter, e model.RequestEvent) {
	w.str(e.Kind)
	w.time(e.At)
	w.str(e.Status)
	w.str(e.Reason)
	w.date(e.Notified)
	w.str(e.Outcome)
	w.str(e.Text)
	w.date(e.Resumed)
	w.date(e.Paused)
}

func decodeRequestRow(r *rowReader, b []byte) (model.Request, error) {
	q, version, err := decodeRequestHead(r, b)
	if err != nil {
		return q, err
	}
	if n, ok := r.count(1); ok && n > 0 {
		q.Events = r.takeEvents(n)
		for i := range q.Events {
			decodeRequestEvent(r, &q.Events[i])
		}
	}
	q.CreatedAt, q.UpdatedAt = r.time(), r.time()
	if version >= rowRequestV2 {
		q.Version = int(r.uint())
	}
	if version >= rowRequestV3 {
		q.Contact = r.str()
	}
	if r.err != nil {
		return model.Request{}, fmt.Errorf("decode request row: %w", r.err)
	}
	return q, nil
}

// decodeRequestHead decodes what a row holds before the events: the ID, ref,
// type, subject, channel, receipt, jurisdiction, status and outcome.
func decodeRequestHead(r *rowReader, b []byte) (model.Request, byte, error) {
	r.reset(b)
	version := r.byte()
	if version != rowRequestV1 && version != rowRequestV2 {
		if err := r.check(version, rowRequestV3, kindRequest); err != nil {
			return model.Request{}, version, err
		}
	}
	q := model.Request{ID: r.uint(), Ref: r.str(), Type: r.sym(0), Subject: r.str(), Channel: r.sym(1)}
	q.Received = r.time()
	q.Jurisdiction, q.Status, q.Outcome = r.sym(2), r.sym(3), r.sym(4)
	if r.err != nil {
		return model.Request{}, version, fmt.Errorf("decode request row: %w", r.err)
	}
	return q, version, nil
}

func decodeRequestEvent(r *rowReader, e *model.RequestEvent) {
	e.Kind, e.At, e.Status, e.Reason = r.sym(5), r.time(), r.sym(6), r.sym(7)
	e.Notified = r.date()
	e.Outcome, e.Text = r.sym(8), r.str()
	e.Resumed, e.Paused = r.date(), r.date()
}
