package tui

import (
	"reflect"
	"sync/atomic"

	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"
	"github.com/dpodesk/dpodesk/model"
)

// uiLang is the interface language for the form helpers, which huh calls
// without a page at hand (titles, validators); New sets it from Options.Lang,
// as it sets the date layout.
var uiLang atomic.Value

func setUILang(lang string) { uiLang.Store(lang) }

// ft is a form text in the interface language.
func ft(en string, args ...any) string {
	l, _ := uiLang.Load().(string)
	return model.T(l, en, args...)
}

// huhHelp are the help texts of huh's default key map, named for the catalogue.
var _ = []string{model.N("back"), model.N("clear filter"), model.N("close"), model.N("complete"), model.N("confirm"),
	model.N("down"), model.N("filter"), model.N("first"), model.N("go to end"), model.N("go to start"), model.N("last"),
	model.N("left"), model.N("new line"), model.N("next"), model.N("open"), model.N("open editor"), model.N("page down"),
	model.N("page up"), model.N("right"), model.N("select"), model.N("select all"), model.N("select none"),
	model.N("set filter"), model.N("submit"), model.N("toggle"), model.N("up"), model.N("½ page down"),
	model.N("½ page up"), model.N("Yes"), model.N("No"), model.N("DD.MM.YYYY"), model.N("MM/DD/YYYY"), model.N("DD/MM/YYYY")}

// localKeyMap puts the help of every binding of huh's key map into the
// interface language; the keys stay.
func localKeyMap(km *huh.KeyMap) *huh.KeyMap {
	groups := reflect.ValueOf(km).Elem()
	for i := range groups.NumField() {
		if !groups.Type().Field(i).IsExported() {
			continue
		}
		g := groups.Field(i)
		if g.Kind() == reflect.Pointer {
			g = g.Elem()
		}
		if g.Kind() != reflect.Struct {
			continue
		}
		for j := range g.NumField() {
			if !g.Type().Field(j).IsExported() {
				continue
			}
			if b, ok := g.Field(j).Addr().Interface().(*key.Binding); ok {
				b.SetHelp(b.Help().Key, ft(b.Help().Desc))
			}
		}
	}
	return km
}

// localConfirm is a yes/no field labelled in the interface language.
func localConfirm() *huh.Confirm {
	return huh.NewConfirm().Affirmative(ft("Yes")).Negative(ft("No"))
}

// uiLangOf is the interface language for helpers without a page at hand.
func uiLangOf() string { l, _ := uiLang.Load().(string); return l }
