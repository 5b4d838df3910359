package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestPrintJSONListIsTheWholeEncoding: a slice printed element by element
// gives the bytes the encoder gives for the whole slice.
func TestPrintJSONListIsTheWholeEncoding(t *testing.T) {
	type row struct {
		ID    int               `json:"id"`
		Name  string            `json:"name"`
		Tags  []string          `json:"tags,omitempty"`
		Extra map[string]string `json:"extra,omitempty"`
		Empty []int             `json:"empty"`
	}
	cases := map[string]any{
		"rows": []row{{ID: 1, Name: "Web shop <orders> & \"returns\"", Tags: []string{"a", "b"}},
			{ID: 2, Name: "Ümlaut – ✓", Extra: map[string]string{"z": "1", "a": "2"}, Empty: []int{}}},
		"strings":     []string{"one", "two"},
		"nested":      [][]int{{1, 2}, {}, nil},
		"empty":       []row{},
		"nil":         []row(nil),
		"not a slice": row{ID: 3},
		"one element": []any{map[string]any{"k": []any{1.5, "x", nil}}},
	}
	// several batches of jsonBatch elements of different sizes, so that the
	// batches' buffers are reused, grown and handed back
	many := make([]row, 5*jsonBatch+17)
	for i := range many {
		many[i] = row{ID: i, Name: strings.Repeat("Verarbeitung ", i%37), Tags: make([]string, i%5)}
	}
	cases["many rows"] = many
	for name, v := range cases {
		t.Run(name, func(t *testing.T) {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(v); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			a := newApp(nil, &got, &bytes.Buffer{})
			if err := a.printJSON(v); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("got\n%s\nwant\n%s", got.String(), want.String())
			}
		})
	}
}
