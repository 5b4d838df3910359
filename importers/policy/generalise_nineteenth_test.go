package policy

import "testing"

// The nineteenth round: patterns read from the rows of the hold-outs scored
// before it. Each fixture is fictional and fails on the code before its
// rule.

// A hand-written notice's chapters on the data and the notice rather than a
// use ("Data Protection Principles", "The Kind of Information We Hold About
// You", "How Your Personal Information is Collected", "Why might you share
// my personal information with third parties?", "What about other third
// parties?", "Aged 13-17", "What does this Policy cover?", "Who do we
// provide your information to?", "Requesting access or correcting your
// personal information"), and the one-word facets of a storage chapter
// ("Location", "Duration") head no processing (A-GEN).
func TestHandWrittenGeneralChapters(t *testing.T) {
	wantTitles(t, fixtureReport(t, "hand-written-chapters-en.md"), []string{"Boat bookings"})
}
