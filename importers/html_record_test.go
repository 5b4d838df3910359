package importers

import (
	"strings"
	"testing"
)

// A definition list of short labels and short values is a record: each pair
// is a "Label: value" line of one block. A list whose values are texts (a
// page's questions over their answers) keeps its terms as titles.
func TestDefinitionListAsRecord(t *testing.T) {
	doc, err := ReadBytes("box.html", []byte(`<html><body><main>
<p>Verantwortlicher ist:</p>
<dl><dt>Name</dt><dd>Petra Lindner</dd><dt>Firma</dt><dd>Glaserei Lindner</dd>
<div><dt>Anschrift</dt><dd>Am Markt 7, 89073 Ulm</dd></div></dl>
<dl><dt>Werden meine Daten weitergegeben?</dt><dd><p>Nein, wir geben Ihre Daten nicht an Dritte weiter.</p></dd>
<dt>Wie lange speichern Sie meine Daten?</dt><dd><p>Bis Ihre Anfrage erledigt ist.</p></dd></dl>
</main></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Name: Petra Lindner\nFirma: Glaserei Lindner\nAnschrift: Am Markt 7, 89073 Ulm"; !strings.Contains(doc.Text, want) {
		t.Errorf("no record %q in\n%s", want, doc.Text)
	}
	if strings.Contains(doc.Text, "Werden meine Daten weitergegeben?:") {
		t.Errorf("the questions were read as a record:\n%s", doc.Text)
	}
}
