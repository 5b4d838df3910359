package policy

import "testing"

// TestLazyExpressionsCompile compiles every expression that is otherwise
// compiled on first use: a pattern that does not compile fails here, not in
// the middle of an import.
func TestLazyExpressionsCompile(t *testing.T) {
	if len(allLazy) < 100 {
		t.Fatalf("only %d lazily compiled expressions registered", len(allLazy))
	}
	for _, l := range allLazy {
		if l.get() == nil {
			t.Error("an expression compiled to nil")
		}
	}
}
