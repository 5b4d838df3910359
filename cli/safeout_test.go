package cli

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// plain is the fast path of the output filter: it must say true exactly when
// the filter would write the bytes unchanged and hold nothing back.
func TestPlainIsWhatTheFilterLeavesAlone(t *testing.T) {
	// bytes around every boundary the filter cares about, and UTF-8 text
	alphabet := []byte{'a', 'Z', ' ', '\n', '\t', '\r', 0x00, 0x1b, 0x1f, 0x20, 0x7e, 0x7f, 0x80, 0x9b, 0x9f, 0xa0, 0xa7, 0xc1, 0xc2, 0xc3, 0xbc, 0xe2, 0xff}
	rng := rand.New(rand.NewPCG(7, 13))
	for range 200_000 {
		p := make([]byte, rng.IntN(40))
		for i := range p {
			if rng.IntN(4) == 0 {
				p[i] = alphabet[rng.IntN(len(alphabet))]
			} else {
				p[i] = 'a' + byte(rng.IntN(26))
			}
		}
		pending := false
		unchanged := bytes.Equal(appendSafe(nil, p, &pending), p) && !pending
		if got := plain(p); got != unchanged {
			t.Fatalf("plain(%q) = %v; the filter leaves it unchanged: %v", p, got, unchanged)
		}
	}
	for _, tc := range []struct {
		p    string
		want bool
	}{
		{"Art. 6(1)(b) GDPR, § 26 BDSG\n", true}, // § is C2 A7
		{"\u00a0no-break\tspace", true},
		{"csi \u009b2J", false},
		{"ends in a lead byte \xc2", false},
		{"escape \x1b[2J", false},
		{"delete \x7f", false},
		{"carriage\rreturn", false},
	} {
		if got := plain([]byte(tc.p)); got != tc.want {
			t.Errorf("plain(%q) = %v, want %v", tc.p, got, tc.want)
		}
	}
}
