package importers

import "testing"

// leadInLabel takes a bold phrase that opens a line and ends in a stop, a
// colon or a question mark (in either face) as a label; a bold word, a
// phrase without a stop or a bold line with nothing after it is none.
func TestLeadInLabel(t *testing.T) {
	tests := []struct {
		text  string
		nBold int
		want  string
	}{
		{"Why we collect your data. We collect it to run the club.", 21, "Why we collect your data"}, // the stop in the bold face
		{"Why we collect your data. We collect it to run the club.", 20, "Why we collect your data"}, // the stop in the regular face
		{"Your rights: you may ask for a copy.", 11, "Your rights"},
		{"Note. This applies to members.", 4, ""},             // one word: emphasis
		{"Important information about cookies we set", 9, ""}, // no stop after the bold words
		{"How long we keep your data.", 21, ""},               // nothing after it
		{"A very long bold opening that runs on and on well past any label a chapter would carry in a notice. Then text.", 80, ""},
		{"", 0, ""},
	}
	for _, tt := range tests {
		if got, _ := leadInLabel(tt.text, tt.nBold); got != tt.want {
			t.Errorf("leadInLabel(%q, %d) = %q, want %q", tt.text, tt.nBold, got, tt.want)
		}
	}
}
