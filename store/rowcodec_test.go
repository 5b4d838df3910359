package store

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// TestRowFieldsCovered fails when a type the row codec writes gains or loses a
// field: the encoding in rows.go (and its version byte) must follow.
func TestRowFieldsCovered(t *testing.T) {
	want := map[reflect.Type][]string{
		reflect.TypeFor[model.ActivityRow](): {"ID", "Name", "Status", "Purposes", "LegalBases", "Processors",
			"NextReview", "Missing", "DPIAOpen", "UpdatedAt"},
		reflect.TypeFor[model.Activity](): {"ID", "Name", "Description", "Status", "JointControllers", "Representative",
			"Purposes", "LegalBases", "Art9Conditions", "Art10Basis", "NationalBasis", "LawReference", "LegitimateInterest",
			"ConsentWithdrawal", "TerminalAccess", "DataSubjects", "DataCategories", "Recipients", "ProcessorIDs",
			"Transfers", "Retention", "RetentionJustification", "TOMs", "TOMsJustification", "DataSource", "Systems",
			"StorageLocation", "Owner", "AccessRoles", "Children", "AutomatedDecision", "Exempt305", "PrivacyNotice",
			"Links", "DPIA", "Source", "CreatedAt", "UpdatedAt", "LastReviewed", "NextReview", "Version"},
		reflect.TypeFor[model.Transfer]():      {"Country", "Recipient", "Mechanism", "Documentation", "TIAReference"},
		reflect.TypeFor[model.Retention]():     {"Category", "Period", "Days"},
		reflect.TypeFor[model.DPIAScreening](): {"Criteria", "Decision", "Reason", "Reference", "DecidedOn"},
		reflect.TypeFor[model.Evidence]():      {"DocumentID", "Section", "Start", "End", "Quote"},
		reflect.TypeFor[model.ProcessorRow](): {"ID", "Name", "Status", "Role", "Country", "TransferMechanism",
			"DPAStatus", "DPASignedOn", "NextReview"},
		reflect.TypeFor[model.Request](): {"ID", "Ref", "Type", "Subject", "Contact", "Channel", "Received",
			"Jurisdiction", "Status", "Outcome", "Events", "CreatedAt", "UpdatedAt", "Version"},
		reflect.TypeFor[model.RequestEvent](): {"Kind", "At", "Status", "Reason", "Notified", "Outcome", "Text",
			"Resumed", "Paused"},
	}
	for typ, fields := range want {
		var got []string
		for f := range typ.Fields() {
			got = append(got, f.Name)
		}
		if !reflect.DeepEqual(got, fields) {
			t.Errorf("%s has fields %v; the row codec writes %v: update rows.go (rows_activity.go) and the version byte",
				typ, got, fields)
		}
	}
}

func manyRequestRows(n int) [][]byte {
	zone := time.FixedZone("", 2*3600)
	out := make([][]byte, n)
	for i := range out {
		r := sampleRequest(fmt.Sprint("Data Subject ", i))
		r.ID, r.Ref, r.Status = uint64(i+1), fmt.Sprintf("R-2026-%04d", i+1), "in_progress"
		r.Received = r.Received.In(zone).Add(time.Duration(i) * time.Minute)
		r.CreatedAt, r.UpdatedAt = r.Received, r.Received.Add(time.Hour)
		out[i] = encodeRequestRow(r.Slim())
	}
	return out
}

func TestRequestRowRoundTrip(t *testing.T) {
	r := sampleRequest("Round Trip")
	r.ID, r.Ref, r.Outcome, r.Version = 42, "R-2026-0042", "fulfilled", 3
	r.CreatedAt = time.Date(2026, 3, 1, 8, 0, 0, 123456789, time.UTC)
	r.UpdatedAt = r.CreatedAt.Local()
	r.Events = append(r.Events, model.RequestEvent{Kind: "extend", At: r.CreatedAt, Reason: "complex",
		Notified: model.Date{Year: 2026, Month: 3, Day: 20}})
	got, err := decodeRequestRow(newRowReader(), encodeRequestRow(r.Slim()))
	must(t, err)
	assertSameRequest(t, got, r.Slim())
	mid, err := decodeRequestRow(newRowReader(), encodeRequestRowAs(rowRequestV2, r.Slim()))
	must(t, err)
	if mid.Version != r.Version || mid.Contact != "" || mid.Ref != r.Ref {
		t.Fatalf("v2 row = %+v", mid)
	}
	v1 := encodeRequestRowAs(rowRequestV1, r.Slim())
	old, err := decodeRequestRow(newRowReader(), v1)
	must(t, err)
	if old.Version != 0 || old.Ref != r.Ref || !old.UpdatedAt.Equal(r.UpdatedAt) {
		t.Fatalf("v1 row = %+v", old)
	}
	if _, err := decodeRequestRow(newRowReader(), encodeRequestRow(r.Slim())[:20]); err == nil {
		t.Fatal("truncated row decoded without error")
	}
	if _, err := decodeRequestRow(newRowReader(), []byte{99}); err == nil {
		t.Fatal("unknown row version decoded without error")
	}
}

func BenchmarkDecodeRequestRows100k(b *testing.B) {
	rows := manyRequestRows(100_000)
	done := cpuTime(b)
	for b.Loop() {
		r := newRowReader()
		for _, v := range rows {
			if _, err := decodeRequestRow(r, v); err != nil {
				b.Fatal(err)
			}
		}
	}
	done()
}
