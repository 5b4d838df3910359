package tui

import (
	"fmt"
	"testing"
)

func TestShow(t *testing.T) {
	s := openStore(t)
	seed(t, s)
	h := newHarness(t, s, testOptions(t))
	for _, k := range []string{"1", "2", "3", "4", "5", "6"} {
		h.keys(k)
		fmt.Println(h.plain())
	}
}
