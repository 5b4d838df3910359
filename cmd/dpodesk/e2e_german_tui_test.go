package main

import (
	"regexp"
	"strings"
	"testing"
)

// englishOnScreen are words of the interface's English text that no German
// screen should show; the records this test enters are German, so a hit is
// interface text that missed its translation.
var englishOnScreen = regexp.MustCompile(`\b(Activities|Requests|Processors|Documents|Dashboard|Settings|Reports|` +
	`Breaches|Audit|Deadline|Save|Cancel|new|open|filter|help|overdue|due|received|paused|search|quit|back|edit|` +
	`delete|next|commands|none|yes|the|and|of|with|from|days|month|working|holidays|weekends|review|Purposes|` +
	`Owner|Recipients|Retention|Subject|Received|Country|Role|switch|workspace|export|Timeline|Rule|Findings|` +
	`missing|signed|nothing|saved|loading|Loading|Press|press|logged|extended|draft|active|Controller)\b`)

// With language = "de" the real binary shows the dashboard, every tab, the
// help, the palette, a request's detail with its deadline rule and the new
// activity form in German, in tmux as a user sees them.
func TestTUIGermanScreens(t *testing.T) {
	e := newEnv(t)
	e.writeConfig("language = \"de\"\nholidays = \"DE-BE\"\ndate_format = \"DD.MM.YYYY\"\n")
	e.ok("processor", "add", "--name", "Postdienst GmbH", "--country", "DE", "--services", "Versand der Rundschreiben")
	e.ok("activity", "add", "--name", "Rundschreiben", "--purpose", "Werbung", "--basis", "6.1.a",
		"--withdrawal", "Abmeldelink", "--status", "active")
	ref := strings.TrimSpace(e.ok("request", "add", "--type", "access", "--subject", "Erika Muster", "--received", e.today()))

	s := startTmux(t, e)
	s.waitFor("1 Übersicht")
	check := func(where string) {
		t.Helper()
		scr := s.screen()
		if m := englishOnScreen.FindAllString(scr, -1); len(m) > 0 {
			t.Errorf("%s shows English %q:\n%s", where, m, scr)
		}
	}
	check("the dashboard")
	for _, tab := range []struct{ key, title string }{
		{"2", "Tätigkeiten"}, {"3", "Anfragen"}, {"4", "Auftragsverarbeiter"}, {"5", "Dokumente"},
		{"6", "Protokoll"}, {"7", "Datenpannen"}, {"8", "Einstellungen"}, {"9", "Berichte"},
	} {
		s.keys(tab.key)
		s.waitFor(tab.title)
		check("tab " + tab.key)
	}
	// Escape goes alone, and its effect is awaited: a key right behind it
	// would reach the program as Alt and that key.
	s.keys("?")
	s.waitFor("Tasten —")
	check("the help")
	s.keys("Escape")
	s.waitGone("Tasten —")
	s.keys("C-k")
	s.waitFor("tippen sucht")
	check("the palette")
	s.keys("Escape")
	s.waitGone("tippen sucht")
	s.keys("3")
	s.waitFor(ref)
	s.keys("Enter")
	s.waitFor("Erika Muster")
	check("the request's detail")
	s.keys("Escape")
	s.waitGone("esc zurück") // the detail's footer
	s.keys("2", "n")
	s.waitFor("Verarbeitungstätigkeit")
	check("the new activity form")
}
