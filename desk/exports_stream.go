package desk

import (
	"context"
	"fmt"
	"io"
	"sync"

	"github.com/dpodesk/dpodesk/export"
	"github.com/dpodesk/dpodesk/internal/pipeline"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// ExportTo writes one register to w, with the entries of the given statuses,
// as ExportScoped renders it, and says how many it left out. The registers
// that grow large — the requests and the record of processing activities —
// are written in CSV as they are read, decoded on every CPU, without holding
// them, and the ROPA workbook's requests sheet likewise; the others are
// rendered whole first. A face writing to a file wraps w
// in WriteFileFrom, so that a failed export leaves the old file.
func (d *Desk) ExportTo(ctx context.Context, w io.Writer, r RegisterExport, opts export.Options, keep []model.RecordStatus) (Omitted, error) {
	if opts.Format == export.FormatCSV {
		switch r.Name {
		case "requests":
			return Omitted{}, d.ExportRequestsCSV(w, opts)
		case "ropa":
			return d.exportActivitiesCSV(ctx, w, opts, keep)
		}
	}
	if opts.Format == export.FormatXLSX && r.Name == "ropa" {
		return d.exportWorkbook(ctx, w, r, opts, keep)
	}
	data, omitted, err := d.ExportScoped(ctx, r, opts, keep)
	if err != nil {
		return Omitted{}, err
	}
	_, err = w.Write(data)
	return omitted, err
}

// exportWorkbook writes the record of processing activities as a workbook
// whose requests sheet is written as the requests are read, in ID order as
// the rendered workbook lists them: the activities and processors are loaded
// whole (the first two sheets), the requests never.
func (d *Desk) exportWorkbook(ctx context.Context, w io.Writer, r RegisterExport, opts export.Options, keep []model.RecordStatus) (Omitted, error) {
	reg, err := d.loadRegister(ctx, registerParts{activities: true, processors: true})
	if err != nil {
		return Omitted{}, err
	}
	omitted := applyScope(r, &reg, &opts, keep)
	each := func(fn func(model.Request) error) error {
		return d.ws.EachRequest(func(q model.Request) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			return fn(q)
		})
	}
	if err := export.WorkbookStreamed(w, reg, each, opts); err != nil {
		return Omitted{}, fmt.Errorf("export %s: %w", r.Name, err)
	}
	return omitted, nil
}

// exportActivitiesCSV streams the record of processing activities: the
// organisation and the processors are read first (the rows name them), then
// the activities pass one batch at a time.
func (d *Desk) exportActivitiesCSV(ctx context.Context, w io.Writer, opts export.Options, keep []model.RecordStatus) (Omitted, error) {
	reg, err := d.loadRegister(ctx, registerParts{processors: true})
	if err != nil {
		return Omitted{}, err
	}
	left := newOmissions(keep, activityNoun)
	each := func(line func([]byte, model.Activity) ([]byte, error), fn func([]byte) error) error {
		return pipeline.Ordered(batchesOf(d.ws.EachActivityRecord), func(b *rowBatch) (*encodedBatch, error) {
			return encodeBatch(func(each func(model.Activity) error) error { return decodeActivities(b, left, each) }, line)
		}, writeEncoded(fn))
	}
	if err := export.ActivitiesCSV(w, reg, each, opts); err != nil {
		return Omitted{}, err
	}
	return left.Omitted, nil
}

// activityDecoders are shared between batches, as the request listings'
// decoders are (decodeRows).
var activityDecoders = sync.Pool{New: func() any { return store.NewActivityDecoder() }}

// decodeActivities hands fn the activities of a batch that the scope keeps.
func decodeActivities(b *rowBatch, scope *omissions, fn func(model.Activity) error) error {
	defer b.release()
	dec := activityDecoders.Get().(*store.ActivityDecoder)
	defer activityDecoders.Put(dec)
	var a model.Activity
	for _, raw := range b.rows {
		dec.Recycle() // fn keeps nothing of the activity before
		if err := dec.Decode(raw, &a); err != nil {
			return err
		}
		if !scope.keeps(a.Status) {
			continue
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}
