package model

import (
	"strings"
	"testing"
)

func TestCheckLengths(t *testing.T) {
	ok := Activity{Name: "Payroll", Purposes: []string{"salaries"}}
	if err := CheckLengths(&ok); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("x", MaxFieldLength+1)
	for _, tc := range []struct {
		rec  any
		says string
	}{
		{Activity{Name: long}, "name holds"},
		{&Activity{Purposes: []string{"a", long}}, "purposes[1]"},
		{Request{Events: []RequestEvent{{Text: long}}}, "events[0].text"},
		{Processor{Aliases: make([]string, MaxListLength+1)}, "aliases lists"},
	} {
		err := CheckLengths(tc.rec)
		if err == nil || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%T: %v, want it to name %q", tc.rec, err, tc.says)
		}
	}
	if err := CheckLengths(Activity{Name: strings.Repeat("ü", MaxFieldLength)}); err != nil {
		t.Errorf("exactly the limit in characters, not bytes: %v", err)
	}
}
