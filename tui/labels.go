package tui

import (
	"errors"
	"fmt"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"

	"github.com/dpodesk/dpodesk/model"
)

// fieldLabel is the short label of a field in a detail pane or form, from the
// model's label table (the exports and `show` use its full wording). Keys are
// unique across the registers but for the few every register has, which are
// called the same everywhere.
func fieldLabel(key, lang string) string {
	for _, kind := range []string{model.LabelActivity, model.LabelProcessor, model.LabelRequest} {
		if _, ok := model.LabelKinds()[kind][key]; ok {
			return model.Field(kind, key).Short(lang)
		}
	}
	return model.Field(model.LabelCommon, key).Short(lang)
}

// tr returns en in lang from the catalogue (model/data/text.de.toml).
func tr(lang, en string) string { return model.T(lang, en) }

// trf returns en in lang formatted with args.
func trf(lang, en string, args ...any) string { return model.T(lang, en, args...) }

// langKeys shows a key map's help in lang: the bindings keep their keys, their
// help text goes through the catalogue when it is drawn.
type langKeys struct {
	km   help.KeyMap
	lang string
}

func (k langKeys) ShortHelp() []key.Binding { return trKeys(k.lang, k.km.ShortHelp()) }

func (k langKeys) FullHelp() [][]key.Binding {
	full := k.km.FullHelp()
	out := make([][]key.Binding, len(full))
	for i, col := range full {
		out[i] = trKeys(k.lang, col)
	}
	return out
}

// trKeys copies bs with their help text in lang.
func trKeys(lang string, bs []key.Binding) []key.Binding {
	out := make([]key.Binding, len(bs))
	for i, b := range bs {
		h := b.Help()
		b.SetHelp(h.Key, tr(lang, h.Desc))
		out[i] = b
	}
	return out
}

// translate puts the list's title and column headers into lang.
func (l *listView) translate(lang string) {
	l.lang = lang
	l.title = tr(lang, l.title)
	for i := range l.tbl.cols {
		l.tbl.cols[i].title = tr(lang, l.tbl.cols[i].title)
	}
	l.tbl.invalidate()
}

// count writes "1 activity" or "3 activities", the noun in the interface language.
func count(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, ft(one))
	}
	return fmt.Sprintf("%d %s", n, ft(many))
}

// auditWords are the audit journal's actions and record kinds, named for the
// catalogue (keyed); an action without an entry shows as recorded.
var _ = []string{model.N("audit:create"), model.N("audit:update"), model.N("audit:delete"), model.N("audit:import"),
	model.N("audit:import.register"), model.N("audit:request.identity_check"), model.N("audit:request.start"),
	model.N("audit:request.pause"), model.N("audit:request.resume"), model.N("audit:request.extend"),
	model.N("audit:request.close"), model.N("audit:request.note"), model.N("audit:request.reopen"),
	model.N("audit:request.correct"), model.N("kind:activity"), model.N("kind:processor"), model.N("kind:request"),
	model.N("kind:document"), model.N("kind:breach"), model.N("kind:organisation")}

// keyShown is a stored vocabulary key as the English screens show it (the key
// itself) and by its label in German, where the key would be English.
func keyShown(kind, key, lang string) string {
	return model.M("%s", model.Bilingual{EN: key, DE: model.Label(kind, key, "de")}).In(lang)
}

// countryShown is a country code as the English screens show it and as
// "DE — Deutschland" in German.
func countryShown(iso, lang string) string {
	return model.M("%s", model.Bilingual{EN: iso, DE: countryText(iso, "de")}).In(lang)
}

// dpiaWords are the DPIA suggestions, named for the catalogue (keyed).
var _ = []string{model.N("dpia:required"), model.N("dpia:consider"), model.N("dpia:not_required")}

// errText is an error in lang when the error can say itself in another
// language (desk's refusal of an invalid record), else as it is.
func errText(err error, lang string) string {
	var l interface{ In(lang string) string }
	if errors.As(err, &l) {
		return l.In(lang)
	}
	return err.Error()
}
