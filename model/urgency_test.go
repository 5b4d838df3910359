package model

import (
	"testing"
	"time"
)

// TestRequestUrgency is the one classification every face uses; the paused
// request of the first case was called overdue by `check` and not by the list.
func TestRequestUrgency(t *testing.T) {
	rules, err := NewDeadlineRules("", ExtendFromReceipt, "")
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) time.Time { return mustDate(t, s).Time() }
	today := mustDate(t, "2026-12-05")
	for _, tc := range []struct {
		name string
		req  Request
		want Urgency
	}{
		{"paused 35 days ago is not overdue", Request{Type: "access", Status: "identity_check", Received: at("2026-10-30"), Jurisdiction: "eu",
			Events: []RequestEvent{{Kind: "pause", At: at("2026-10-31"), Paused: mustDate(t, "2026-10-31"), Reason: "identity"}}}, UrgencyPaused},
		{"open and past its deadline", Request{Type: "access", Status: "in_progress", Received: at("2026-10-01"), Jurisdiction: "eu"}, UrgencyOverdue},
		{"due in 3 days", Request{Type: "access", Status: "received", Received: at("2026-11-08"), Jurisdiction: "eu"}, UrgencyDueSoon},
		{"due in 5 days", Request{Type: "access", Status: "received", Received: at("2026-11-10"), Jurisdiction: "eu"}, UrgencyDueWeek},
		{"due in a month", Request{Type: "access", Status: "received", Received: at("2026-12-01"), Jurisdiction: "eu"}, UrgencyOnTrack},
		{"closed long ago", Request{Type: "access", Status: "completed", Received: at("2026-01-01"), Jurisdiction: "eu"}, UrgencyClosed},
		{"consent withdrawal 20 days old is past its service level", Request{Type: "consent_withdrawal", Status: "received", Received: at("2026-11-15"), Jurisdiction: "eu"}, UrgencyOverdue},
		{"consent withdrawal of yesterday", Request{Type: "consent_withdrawal", Status: "received", Received: at("2026-12-04"), Jurisdiction: "eu"}, UrgencyDueWeek},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rules.Deadline(tc.req)
			if got := RequestUrgency(tc.req, d, today); got != tc.want {
				t.Errorf("urgency %s, want %s (due %s, %d left, paused %v)", got, tc.want, d.Due, d.DaysLeft(today), d.Paused)
			}
		})
	}
}

func TestDueWithin(t *testing.T) {
	for _, tc := range []struct {
		u          Urgency
		left, days int
		want       bool
	}{
		{UrgencyDueSoon, 2, 7, true},
		{UrgencyDueWeek, 7, 7, true},
		{UrgencyOnTrack, 8, 7, false},
		{UrgencyOnTrack, 8, 10, true},
		{UrgencyOverdue, -1, 7, false},
		{UrgencyPaused, 3, 7, false},
		{UrgencyClosed, 3, 7, false},
	} {
		if got := DueWithin(tc.u, tc.left, tc.days); got != tc.want {
			t.Errorf("DueWithin(%s, %d, %d) = %v", tc.u, tc.left, tc.days, got)
		}
	}
}

func TestReview(t *testing.T) {
	today := mustDate(t, "2026-12-05")
	for _, tc := range []struct {
		status RecordStatus
		next   string
		want   ReviewState
	}{
		{StatusActive, "", ReviewNone},
		{StatusRetired, "2020-01-01", ReviewNone},
		{StatusActive, "2026-12-04", ReviewOverdue},
		{StatusActive, "2026-12-05", ReviewSoon},
		{StatusActive, "2027-01-04", ReviewSoon},
		{StatusActive, "2027-01-05", ReviewLater},
	} {
		var next Date
		if tc.next != "" {
			next = mustDate(t, tc.next)
		}
		if got := Review(tc.status, next, today); got != tc.want {
			t.Errorf("Review(%s, %q) = %d, want %d", tc.status, tc.next, got, tc.want)
		}
	}
	if !ProcessorNeedsDPA("processor", "negotiating", StatusActive) || ProcessorNeedsDPA("joint_controller", "", StatusActive) ||
		ProcessorNeedsDPA("processor", "signed", StatusActive) || ProcessorNeedsDPA("", "", StatusRetired) {
		t.Error("ProcessorNeedsDPA")
	}
}
