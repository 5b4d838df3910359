package policy

import (
	"fmt"
	"testing"

	"github.com/dpodesk/dpodesk/importers"
)

func TestDbgTmp(t *testing.T) {
	doc, _ := importers.Read("/work/dev11/a/docs/181-kitas-hochschulen-trier.txt")
	d := newDocView(doc)
	for _, end := range cueLines(d, reControllerCue, 300) {
		cue := lineAt(d.text, end)
		fmt.Printf("cue %q ok=%v dpo=%v\n", cue, cueOK(cue), reDPOCue.is(cue))
	}
	fmt.Printf("%+v\n", findController(d))
	fmt.Printf("%+v\n", inlineController(d))
}
