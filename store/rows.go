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
		ID: r.uint(), Name: r.str(), Status: model.RecordStatus(r.sym()),
		Purposes: r.str(), LegalBases: r.syms(), Processors: int(r.uint()),
		NextReview: r.date(), Missing: r.syms(), DPIAOpen: r.bool(), UpdatedAt: r.time(),
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
		ID: r.uint(), Name: r.str(), Status: model.RecordStatus(r.sym()), Role: r.sym(),
		Country: r.sym(), TransferMechanism: r.sym(), DPAStatus: r.sym(),
		DPASignedOn: r.date(), NextReview: r.date(),
	}
	if r.err != nil {
		return model.ProcessorRow{}, fmt.Errorf("decode processor row: %w", r.err)
	}
	return p, nil
}

// encodeRequestRow writes the slim request (model.Request.Slim); Contact and the
// text of notes are not part of it.
func encodeRequestRow(q model.Request) []byte {
	w := rowWriter{b: make([]byte, 0, 128)}
	w.b = append(w.b, rowRequestV1)
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
	r.reset(b)
	if err := r.check(r.byte(), rowRequestV1, kindRequest); err != nil {
		return model.Request{}, err
	}
	q := model.Request{ID: r.uint(), Ref: r.str(), Type: r.sym(), Subject: r.str(), Channel: r.sym()}
	q.Received = r.time()
	q.Jurisdiction, q.Status, q.Outcome = r.sym(), r.sym(), r.sym()
	n := r.uint()
	if n > uint64(len(r.b)) {
		r.fail()
	} else if n > 0 {
		q.Events = make([]model.RequestEvent, n)
		for i := range q.Events {
			q.Events[i] = decodeRequestEvent(r)
		}
	}
	q.CreatedAt, q.UpdatedAt = r.time(), r.time()
	if r.err != nil {
		return model.Request{}, fmt.Errorf("decode request row: %w", r.err)
	}
	return q, nil
}

func decodeRequestEvent(r *rowReader) model.RequestEvent {
	e := model.RequestEvent{Kind: r.sym(), At: r.time(), Status: r.sym(), Reason: r.sym()}
	e.Notified = r.date()
	e.Outcome, e.Text = r.sym(), r.str()
	e.Resumed, e.Paused = r.date(), r.date()
	return e
}
