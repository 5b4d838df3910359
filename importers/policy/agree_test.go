package policy

import "testing"

// agreeOn fails the test where fast, a quicker form of a test, answers
// otherwise than reference on one of the inputs, or where reference holds
// for fewer than minTrue of them (the inputs would then not test much).
func agreeOn(t *testing.T, inputs []string, fast, reference func(string) bool, minTrue int) {
	t.Helper()
	held := 0
	for _, s := range inputs {
		want := reference(s)
		if got := fast(s); got != want {
			t.Fatalf("%q: %v, the reference %v", s, got, want)
		}
		if want {
			held++
		}
	}
	if held < minTrue {
		t.Fatalf("the reference holds for only %d of %d inputs, want %d", held, len(inputs), minTrue)
	}
}
