package importers

import (
	"testing"
)

func TestNormalisation(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"crlf and trailing spaces", "Zweck  \r\nDauer\t\r\n\r\n\r\n\r\nEnde ", "Zweck\nDauer\n\nEnde"},
		{"nul and controls", "Da\x00ten\x01schutz", "Datenschutz"},
		{"nfd to nfc", "Lo\u0308schung", "Löschung"},
		{"ligatures", "\ufb01nance o\ufb03ce", "finance office"},
		{"soft hyphen and zero width", "Daten\u00adschutz\u200b", "Datenschutz"},
		{"no-break space", "Art.\u00a06", "Art. 6"},
		{"form feed is a paragraph break", "Seite eins\fSeite zwei", "Seite eins\n\nSeite zwei"},
	}
	for _, tt := range tests {
		b := readPlain(tt.in)
		if b.text != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, b.text, tt.want)
		}
	}
}

func TestReadMarkdownDetails(t *testing.T) {
	src := "Intro with a [link](https://example.org) &amp; \\*stars\\*  \nsecond line\n\n" +
		"## Recipients\n\n- **Zahlwerk Süd AG**, payments\n  - nested item\n- Rundbrief Nord GmbH\n\n" +
		"1. first\n2. second\n\n**Retention**\n\n| Data | Period |\n|---|---|\n| Logs | 7 days |\n\n" +
		"```\ncode line\n```\n\n<div>raw <b>html</b></div>\n"
	b := readMarkdown(src)
	want := "Intro with a link & *stars*\nsecond line\n\nRecipients\n\n- Zahlwerk Süd AG, payments\n  - nested item\n- Rundbrief Nord GmbH\n\n" +
		"- first\n- second\n\nRetention\n\nData | Period\nLogs | 7 days\n\ncode line\n\nraw html"
	if b.text != want {
		t.Errorf("got\n%q\nwant\n%q", b.text, want)
	}
	if len(b.hints) != 2 || b.hints[0].Level != 2 || b.hints[1].Level != 3 ||
		b.text[b.hints[1].Start:b.hints[1].End] != "Retention" {
		t.Errorf("hints %v", b.hints)
	}
}

func TestLanguage(t *testing.T) {
	tests := map[string]string{
		"Wir verarbeiten die Daten für die Bestellung und den Versand.":        "de",
		"We process the data for your order and the delivery of the products.": "en",
		"":                 "en",
		"Musterwerk GmbH.": "en",
	}
	for in, want := range tests {
		if got := Language(in); got != want {
			t.Errorf("Language(%q) = %q, want %q", in, got, want)
		}
	}
}
