package lazyre_test

import (
	"testing"

	"github.com/dpodesk/dpodesk/internal/lazyre"

	// the packages whose expressions are compiled on first use
	_ "github.com/dpodesk/dpodesk/importers"
	_ "github.com/dpodesk/dpodesk/importers/policy"
)

// TestEveryExpressionCompiles compiles every expression that is otherwise
// compiled on first use: a pattern that does not compile fails here, not in
// the middle of an import.
func TestEveryExpressionCompiles(t *testing.T) {
	all := lazyre.All()
	if len(all) < 100 {
		t.Fatalf("only %d lazily compiled expressions registered", len(all))
	}
	for _, l := range all {
		if l.Compiled() == nil {
			t.Error("an expression compiled to nil")
		}
	}
}
