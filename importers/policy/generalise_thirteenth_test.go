package policy

import "testing"

// The fixtures of this file were written for the thirteenth round.

// A council's notice: "Westvale Borough Council is a Data Controller" names
// the controller with the indefinite article; the Art. 5 principles listed
// as items ("Processed lawfully, fairly …") are no purposes, so the chapter
// they stand in is the activity; a postal address written in a row after
// "should be sent to" is no list of recipients; "How does the Council
// protect data?" heads the security measures (C-CUEVOCAB, A-GEN, R-NOFORM).
func TestCouncilPrinciplesAndAddressRow(t *testing.T) {
	const f = "council-principles-address-en.md"
	wantController(t, map[string][2]string{f: {"Westvale Borough Council", ""}})
	r := fixtureReport(t, f)
	wantTitles(t, r, []string{"How we use your information"})
	wantRecipients(t, map[string][]string{f: nil})
}

// A payment provider that is "a data controller in its own right" is not the
// policy's controller, though it is named before the owner (C-FALSECUE).
func TestControllerInItsOwnRight(t *testing.T) {
	wantController(t, map[string][2]string{"controller-own-right-en.md": {"Fenwick Pottery Ltd", "hello@fenwick-pottery.example"}})
}
