package policy

import "testing"

// numberStart must say yes wherever the period expression could match, or a
// retention period would be lost; it may say no only where no number precedes.
func TestNumberStart(t *testing.T) {
	tests := []struct {
		text, unit string
		want       int
	}{
		{"kept for 30 days", "day", 9},
		{"kept for 30days", "day", 9},
		{"kept for 30-day periods", "day", 9},
		{"for 30 calendar days", "day", 4},
		{"six to ten years", "year", 7},
		{"twenty-four hours", "hour", 7},
		{"für dreißig tagen", "tag", 5},
		{"nach zwei jahren", "jahr", 5},
		{"für fünf jahre", "jahr", 5},             // byte offsets: ü is two bytes
		{"nach\u00a0zehn\u00a0jahren", "jahr", 0}, // cannot tell the words apart: yes, from the start
		{"each day we", "day", -1},
		{"12345 days", "day", -1},
		{"at the end of the year", "year", -1},
		{"day one", "day", -1},
	}
	for _, tt := range tests {
		at := indexOf(tt.text, tt.unit)
		if got := numberStart(tt.text, at); got != tt.want {
			t.Errorf("numberStart(%q at %q) = %d, want %d", tt.text, tt.unit, got, tt.want)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
