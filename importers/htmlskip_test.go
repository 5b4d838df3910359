package importers

import "testing"

func TestConsentWidget(t *testing.T) {
	tests := map[string]bool{
		"cookie-banner": true, "cc-banner cookie-consent": true, "consent-modal": true,
		"onetrust-banner-sdk": true, "gdpr-notice": true,
		"cookies": false, "consent": false, "section-cookies": false, "privacy-policy": false, "": false,
	}
	for attr, want := range tests {
		if got := isConsentWidget(attr); got != want {
			t.Errorf("isConsentWidget(%q) = %v, want %v", attr, got, want)
		}
	}
}

func TestHTMLKeepsArticleHeaderAndCookieSection(t *testing.T) {
	src := `<body><header>Site HEADER</header><main><article><header><h1>Datenschutz</h1></header>
<section id="cookies"><h2>Cookies</h2><p>Wir setzen ein Cookie.</p></section>
<footer><p>Stand: März 2026</p></footer></article></main></body>`
	b := readHTML(src)
	want := "Datenschutz\n\nCookies\n\nWir setzen ein Cookie.\n\nStand: März 2026"
	if b.text != want {
		t.Errorf("got %q, want %q", b.text, want)
	}
}
