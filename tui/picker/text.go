package picker

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/dpodesk/dpodesk/model"
)

// The picker speaks the configured language through the same catalogue as the
// rest of the interface (model/data/text.de.toml); it has its own helpers
// because it runs before, and apart from, package tui.

// tr returns en in lang from the catalogue.
func tr(lang, en string) string { return model.T(lang, en) }

// trf returns en in lang formatted with args.
func trf(lang, en string, args ...any) string { return model.T(lang, en, args...) }

// ErrInvalidName is what a Create callback wraps when the name is not a
// workspace name, so the picker can say so in its language.
var ErrInvalidName = errors.New("not a workspace name")

// storeMessages are the fixed texts a callback's error may carry from the
// store, marked so that the catalogue test asks for their German.
var storeMessages = []string{
	model.N(": a passphrase change was interrupted before it took effect; use the old passphrase"),
	model.N(": a passphrase change was interrupted after it took effect; use the new passphrase"),
	model.N("the passphrase is empty; choose one of at least 8 characters"),
	model.N("the passphrase is shorter than 8 characters; choose a longer one"),
}

// errText is the line shown for a failed callback: the picker's own errors by
// their meaning, the store's fixed texts from the catalogue, and anything else
// (the operating system's, the database's) as it came.
func errText(lang, name string, err error) string {
	switch {
	case errors.Is(err, ErrWrongPassphrase):
		hint := strings.TrimPrefix(err.Error(), fmt.Sprintf("%s for workspace %q", ErrWrongPassphrase, name))
		return trf(lang, "wrong passphrase for workspace %q", name) + storeText(lang, hint)
	case errors.Is(err, ErrInvalidName):
		return trf(lang, "%q is not a workspace name: use 1–64 letters, digits, '-', '_' or '.'", name)
	}
	return storeText(lang, err.Error())
}

// storeText is s in lang when it is one of the store's fixed texts, else s.
func storeText(lang, s string) string {
	if slices.Contains(storeMessages, s) {
		return tr(lang, s)
	}
	return s
}

// trKeys copies bs with their help in lang; the key column goes through the
// catalogue too, for the one binding described in words ("/ or type").
func trKeys(lang string, bs []key.Binding) []key.Binding {
	out := make([]key.Binding, len(bs))
	for i, b := range bs {
		h := b.Help()
		b.SetHelp(tr(lang, h.Key), tr(lang, h.Desc))
		out[i] = b
	}
	return out
}
