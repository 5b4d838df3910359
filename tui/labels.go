package tui

import (
	"fmt"

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

// uiDE translates the table titles and headings of the register pages.
var uiDE = map[string]string{
	"Activities": "Tätigkeiten", "Requests": "Anfragen", "Processors": "Auftragsverarbeiter", "Audit journal": "Protokoll",
	"Name": "Name", "Purposes": "Zwecke", "Legal bases": "Rechtsgrundl.", "Proc": "AV", "Review": "Prüfung",
	"Complete": "Vollständig", "Ref": "Az.", "Subject": "Betroffene/r", "Type": "Art", "Status": "Status",
	"Due": "Frist", "Left": "Tage", "Country": "Land", "Transfer": "Übermittl.", "DPA": "AVV",
	"Review due": "Prüfung", "Role": "Rolle", "Seq": "Nr.", "When": "Zeitpunkt", "Action": "Aktion",
	"Kind": "Art", "Record": "Datensatz",
}

// tr returns the German text for en when lang is "de" and one is known.
func tr(lang, en string) string {
	if lang == "de" {
		if de, ok := uiDE[en]; ok {
			return de
		}
	}
	return en
}

// translate puts the list's title and column headers into lang.
func (l *listView) translate(lang string) {
	l.title = tr(lang, l.title)
	for i := range l.tbl.cols {
		l.tbl.cols[i].title = tr(lang, l.tbl.cols[i].title)
	}
	l.tbl.invalidate()
}

// count writes "1 activity" or "3 activities".
func count(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
