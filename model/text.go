package model

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/BurntSushi/toml"
)

// The interface, findings, explanations, exports and letters are written in
// English in the code; data/text.de.toml maps each English string (the key,
// placeholders included) to its German text. One table for every face, so a
// wording is translated once; a string the table lacks stays English, and a
// test in this package fails for it.

//go:embed data/text.de.toml
var textDETOML string

var textDE = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	if _, err := toml.Decode(textDETOML, &m); err != nil {
		panic(fmt.Sprintf("model/data/text.de.toml: %v", err)) // a build defect, caught by every test
	}
	return m
})

// T returns en in lang ("en" or "de"), formatted with args as fmt.Sprintf
// does. The German text may reorder placeholders with %[n]s.
func T(lang, en string, args ...any) string {
	f := en
	if lang == "de" {
		if de, ok := textDE()[en]; ok {
			f = de
		}
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, args...)
}

// N marks en for translation where it is stored in a table and translated
// later with T; it returns en unchanged.
func N(en string) string { return en }

// TranslationsDE is the German table, for tests and tools.
func TranslationsDE() map[string]string { return textDE() }

// Msg is a text of the catalogue with its arguments, kept unformatted so each
// face renders it in its own language: findings, validation problems and
// calendar entries carry one beside their English text.
type Msg struct {
	Format string
	Args   []any
}

// M makes a Msg; the walk of the sources finds its format like T's.
func M(en string, args ...any) Msg { return Msg{Format: en, Args: args} }

// Bilingual is a Msg argument with a fixed English and German form, such as a
// vocabulary label.
type Bilingual struct{ EN, DE string }

// In renders the message in lang. Dates print as 02.01.2006 in German, and
// nested messages and Bilingual arguments in lang.
func (m Msg) In(lang string) string {
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		switch a := a.(type) {
		case Msg:
			args[i] = a.In(lang)
		case Bilingual:
			args[i] = a.EN
			if lang == "de" && a.DE != "" {
				args[i] = a.DE
			}
		case Date:
			args[i] = DateIn(a, lang)
		default:
			args[i] = a
		}
	}
	return T(lang, m.Format, args...)
}

// String is the English text.
func (m Msg) String() string { return m.In("en") }

// DateIn writes d as YYYY-MM-DD, or as 02.01.2006 in German.
func DateIn(d Date, lang string) string {
	if lang == "de" && !d.IsZero() {
		return d.Time().Format("02.01.2006")
	}
	return d.String()
}

// DaysIn is Days in lang: "1 day", "3 Tage".
func DaysIn(n int, lang string) string {
	if n == 1 || n == -1 {
		return T(lang, "%d day", n)
	}
	return T(lang, "%d days", n)
}
