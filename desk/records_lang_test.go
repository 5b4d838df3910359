package desk

import (
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/model"
)

// A refused record says why in the interface's language; the English error
// the CLI prints stays as it was.
func TestInvalidErrorInGerman(t *testing.T) {
	e := &InvalidError{Problems: model.Activity{Status: model.StatusActive}.Validate()}
	de := e.In("de")
	if !strings.HasPrefix(de, "nicht gespeichert: ") || !strings.Contains(de, "Verarbeitungstätigkeit: geben Sie der Tätigkeit einen Namen") {
		t.Errorf("German: %q", de)
	}
	if en := e.Error(); !strings.Contains(en, "name: give the activity a name") {
		t.Errorf("English: %q", en)
	}
}
