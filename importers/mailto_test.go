package importers

import (
	"strings"
	"testing"
)

// TestMailtoLinksKeepTheirAddress: a link whose text names a role keeps the
// mailbox of its target after the text; a link that shows its address, a
// web link and a "mailto:" with a query are read as a printed notice would
// show them.
func TestMailtoLinksKeepTheirAddress(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		want      []string
		not       []string
	}{
		{"notice.md", "# Contact\n\nWrite to the [Membership Secretary](mailto:members@kestrel.example?subject=Privacy) or see [our site](https://kestrel.example).\n\nOr [members@kestrel.example](mailto:members@kestrel.example).\n",
			[]string{"Membership Secretary (members@kestrel.example) or see our site.", "Or members@kestrel.example."},
			[]string{"subject=", "https://"}},
		{"notice.html", `<html><body><h1>Contact</h1><p>Write to the <a href="mailto:members%40kestrel.example">Membership Secretary</a>, or <a href="MAILTO:info@kestrel.example">info@kestrel.example</a>, or <a href="mailto:">nobody</a>.</p></body></html>`,
			[]string{"Membership Secretary (members@kestrel.example), or info@kestrel.example, or nobody."},
			[]string{"(info@kestrel.example)"}},
	} {
		doc, err := ReadBytes(tt.name, []byte(tt.src))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		text := strings.Join(strings.Fields(doc.Text), " ")
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: text %q lacks %q", tt.name, text, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(text, n) {
				t.Errorf("%s: text %q holds %q", tt.name, text, n)
			}
		}
	}
}
