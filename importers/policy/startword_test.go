package policy

import (
	"reflect"
	"testing"
)

// TestStartAtWordMatchesAsWhole: an expression started one byte before its
// first word finds what it finds run on the whole span, for the keyword
// expressions made with newKWAtWord and for the legal-basis anchors.
func TestStartAtWordMatchesAsWhole(t *testing.T) {
	cases := []string{"Art 6", "xart 6 and Art. 9", "ARTIKEL 9 Abs. 2", "Kunstart 6", "é art. 6 DSGVO", "„Art. 6", "art6",
		"our DPO: Jane", "the xdpo and the dpo", "Datenschutzbeauftragter", "ÄDatenschutzbeauftragte", "data controller", "who is responsible"}
	atWord := 0
	for _, k := range allKW {
		if k.atWord {
			atWord++
		}
	}
	if atWord == 0 {
		t.Fatal("no expression starts at its first word")
	}
	for _, s := range corpusSpans(t, cases...) {
		lower := lowerSameLength(s)
		if got, want := basisAnchors(s, lower), reBasisAnchor.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("in %.80q: the anchors from the first art are %v, on the whole span %v", s, got, want)
		}
		tri := newTrigrams(lower)
		sv := sent{txt: s, lower: lower, tri: &tri}
		for _, k := range allKW {
			if !k.atWord || !k.may(lower) {
				continue
			}
			whole := k.subject(s, lower)
			if got, want := k.find(s, lower), k.re.FindStringIndex(whole); !reflect.DeepEqual(got, want) {
				t.Errorf("%q in %.80q: from the first word %v, on the whole span %v", k.re, s, got, want)
			}
			if got, want := k.findAllS(sv), k.re.FindAllStringIndex(whole, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%q in %.80q: all from the first word %v, on the whole span %v", k.re, s, got, want)
			}
		}
	}
}
