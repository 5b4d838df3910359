package model

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// FieldLabel is how one field of a register is called, in English and German:
// the full wording for exports and `show`, a short form of it for narrow
// panes, and the Art. 30(1) point it answers, if any.
type FieldLabel struct {
	EN      string `toml:"en"`
	DE      string `toml:"de"`
	ShortEN string `toml:"short_en"`
	ShortDE string `toml:"short_de"`
	Point   string `toml:"point"` // e.g. "30(1)(b)"
}

// Label kinds: the registers, and fields every register shares.
const (
	LabelActivity     = "activity"
	LabelProcessor    = "processor"
	LabelRequest      = "request"
	LabelBreach       = "breach"
	LabelOrganisation = "organisation"
	LabelCommon       = "common"
)

//go:embed data/labels.toml
var labelsTOML string

var labels = sync.OnceValue(func() map[string]map[string]FieldLabel {
	var m map[string]map[string]FieldLabel
	if _, err := toml.Decode(labelsTOML, &m); err != nil {
		panic(fmt.Sprintf("model/data/labels.toml: %v", err)) // a build defect, caught by every test
	}
	return m
})

// Field returns the label of a field of kind; a field without one is
// labelled with its key, so a gap in the table shows rather than hides.
func Field(kind, key string) FieldLabel {
	if l, ok := labels()[kind][key]; ok {
		return l
	}
	if l, ok := labels()[LabelCommon][key]; ok {
		return l
	}
	return FieldLabel{EN: key, DE: key}
}

// Title is the full wording in lang with the Art. 30(1) point, e.g.
// "Purposes (30(1)(b))": what exports and `show` print.
func (l FieldLabel) Title(lang string) string {
	t := l.EN
	if lang == "de" {
		t = l.DE
	}
	if l.Point != "" {
		t += " (" + l.Point + ")"
	}
	return t
}

// Short is the short form in lang for narrow panes, with the Art. 30(1)
// letter in front, e.g. "(b) Purposes".
func (l FieldLabel) Short(lang string) string {
	t, short := l.EN, l.ShortEN
	if lang == "de" {
		t, short = l.DE, l.ShortDE
	}
	if short != "" {
		t = short
	}
	if n := len(l.Point); n >= 3 && l.Point[n-1] == ')' {
		t = l.Point[n-3:] + " " + t
	}
	return t
}

// LabelKinds lists the kinds of the label table, for tests and docs.
func LabelKinds() map[string]map[string]FieldLabel { return labels() }

// LabelStatus is the kind of the record and request statuses.
const LabelStatus = "status"

// StatusLabel names a record or request status in lang; an unknown status
// shows as stored, with underscores as spaces.
func StatusLabel(status, lang string) string {
	l, ok := labels()[LabelStatus][status]
	if !ok {
		return strings.ReplaceAll(status, "_", " ")
	}
	if lang == "de" {
		return l.DE
	}
	return l.EN
}
