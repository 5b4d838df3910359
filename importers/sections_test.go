package importers

import (
	"strings"
	"testing"
)

// outline renders sections as "level:number|title" lines for comparison.
func outline(text string, hints []HeadingHint) []string {
	var out []string
	for _, s := range Sections(text, hints) {
		out = append(out, itoa(s.Level)+":"+s.Number+"|"+s.Title)
	}
	return out
}

func TestSectionsOutline(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"dotted numbers and depth",
			"1. Who we are\n\nWe are a small bakery in a small town with a website.\n\n2. Cookies\n\nWe use cookies for the basket of the shop and nothing else.\n\n2.1 Necessary cookies\n\nThese cookies keep your basket while you browse our shop.\n\n2.1.1. Session cookie\n\nThe session cookie is deleted when you close the browser.\n\n3 Your rights\n\nYou may ask for a copy of your data at any time.\n",
			[]string{"1:1|Who we are", "1:2|Cookies", "2:2.1|Necessary cookies", "3:2.1.1|Session cookie", "1:3|Your rights"}},
		{"roman numerals with arabic and letters below",
			"I. General\n\nThis notice covers the booking site of a fictional ferry line.\n\nII. Processing\n\n1. Bookings\n\nWe store your booking to carry you and your car across the bay.\n\na) Payment\n\nPayments are handled by a payment provider on our behalf.\n\nb) Invoices\n\nInvoices are kept as tax law requires of every company.\n\n2. Newsletter\n\nWith your consent we send news about timetables and offers.\n",
			[]string{"1:I|General", "1:II|Processing", "2:1|Bookings", "3:a)|Payment", "3:b)|Invoices", "2:2|Newsletter"}},
		{"parenthesised roman and paragraph signs",
			"§ 1 Scope\n\nThis policy applies to members of a fictional rowing club.\n\n(i) Members\n\nWe keep names and addresses of all members of the club.\n\n(ii) Guests\n\nGuests give their name when they sign the boat book.\n\n§ 2 Contact\n\nWrite to the board of the club for any question you have.\n",
			[]string{"1:§ 1|Scope", "2:(i)|Members", "2:(ii)|Guests", "1:§ 2|Contact"}},
		{"title lines between blank lines, no numbering",
			"Privacy at Example Garden Centre\n\nThis page explains how the garden centre handles your personal data.\n\nLoyalty card\n\nWith the loyalty card we record your purchases to give you points.\n\nCCTV\n\nCameras in the car park record images that we keep for a short time.\n",
			[]string{"1:|Privacy at Example Garden Centre", "1:|Loyalty card", "1:|CCTV"}},
		{"title lines without blank lines, list items are no headings",
			"Information we collect\nWhen you register we may ask you for the following data:\nname\nemail address\nphone number\nWe use this data only to run your account with us.\nLog data\nOur servers record the address of your device for each request.\n",
			[]string{"1:|Information we collect", "1:|Log data"}},
		{"a title may end in a letter; a line ending in a conjunction is prose",
			"Privacy notice of a fictional ferry line\n\nThis notice covers the bookings of the ferry across the bay.\n\nAnnex A\n\nThe table of processors that carry out the bookings for us.\n\nWe pass your booking to the harbour office only, if\n\nyou travel with a vehicle longer than six metres.\n",
			[]string{"1:|Privacy notice of a fictional ferry line", "1:|Annex A"}},
		{"numbered list items are no headings",
			"1. Data we collect\n\nWe collect the following data from you, where you give it:\n\n(a) your name, or\n(b) your address, and\n(c) your date of birth.\n\n2. Purposes\n\nWe use the data to send you the goods you ordered from us.\n",
			[]string{"1:1|Data we collect", "1:2|Purposes"}},
		{"contact box lines are no headings",
			"Controller\n\nThe controller is:\n\nExample Boats GmbH\nHarbour Road 7\n12345 Seaside\nPhone: +49 123 456789\nE-mail: info@example.invalid\n\nNewsletter\n\nWe send our newsletter only to people who asked for it.\n",
			[]string{"1:|Controller", "1:|Newsletter"}},
		{"an address's street line with its house number is no chapter",
			"2. What we do with your data\n\n2.1 Booking a course\n\nOur booking system is run for us by:\n\nTidewater Bookings Limited\n3 Harbour Square\nDun Laoghaire\nIreland\n\n2.2 Newsletter\n\nWith your consent we send you our season newsletter.\n\n3. Your rights\n\nYou may ask for a copy of your data at any time.\n",
			[]string{"1:2|What we do with your data", "2:2.1|Booking a course", "2:2.2|Newsletter", "1:3|Your rights"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := outline(tc.text, nil)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestSectionsTableOfContents(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"page numbers after tabs and dots",
			"Contents\n1. Introduction\t2\n2. Cookies.....3\n3. Rights\t4\n\n1. Introduction\n\nThis is the privacy notice of a fictional dairy farm shop.\n\n2. Cookies\n\nThe shop uses one cookie to keep the basket of a visitor.\n\n3. Rights\n\nYou can ask us what we know about you at any time.\n",
			[]string{"1:1|Introduction", "1:2|Cookies", "1:3|Rights"}},
		{"entries without page numbers that come back as headings",
			"Inhaltsverzeichnis\n\n1. Allgemeines\n2. Kontaktformular\n3. Ihre Rechte\n\n1. Allgemeines\n\nDiese Hinweise gelten für die Website einer erfundenen Tischlerei.\n\n2. Kontaktformular\n\nWenn Sie uns schreiben, speichern wir Ihre Angaben zur Bearbeitung.\n\n3. Ihre Rechte\n\nSie können jederzeit Auskunft über Ihre gespeicherten Daten verlangen.\n",
			[]string{"1:1|Allgemeines", "1:2|Kontaktformular", "1:3|Ihre Rechte"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := outline(tc.text, nil)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestSectionsHints(t *testing.T) {
	text := "Privacy Policy\n\nIntro text of a fictional bike repair shop and its website.\n\nBookings\n\nWe store your repair booking.\n\n1. Online form\n\nThe form sends us your name and the bike model you own.\n\nShop\n\nIn the shop we keep paper job tickets for one month.\n"
	hint := func(s string, level int) HeadingHint {
		i := strings.Index(text, s)
		return HeadingHint{Start: i, End: i + len(s), Level: level}
	}
	hints := []HeadingHint{hint("Privacy Policy", 1), hint("Bookings", 2), hint("Shop", 2)}
	got := strings.Join(outline(text, hints), "\n")
	want := strings.Join([]string{"1:|Privacy Policy", "2:|Bookings", "3:1|Online form", "2:|Shop"}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A clause numbered below a chapter ("8.1" below "8.") is a section of it,
// also where the format sets both in the same style, as a word processor's
// PDF or a page's headings of one level do.
func TestNumberedClausesInTheChaptersFormat(t *testing.T) {
	text := "7. Links\n\nWe link to the sites of our partners.\n\n8. Your rights\n\nYou have these rights.\n\n8.1 Access\n\nYou may ask which data we hold.\n\n8.2 Rectification\n\nYou may have wrong data corrected.\n\n9. Changes\n\nWe may change this notice.\n"
	var hints []HeadingHint
	for _, h := range []string{"7. Links", "8. Your rights", "8.1 Access", "8.2 Rectification", "9. Changes"} {
		i := strings.Index(text, h)
		hints = append(hints, HeadingHint{Start: i, End: i + len(h), Level: 2})
	}
	got := strings.Join(outline(text, hints), "\n")
	want := strings.Join([]string{"1:7|Links", "1:8|Your rights", "2:8.1|Access", "2:8.2|Rectification", "1:9|Changes"}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestSectionsOffsets(t *testing.T) {
	text := "1. Alpha\n\nBody of alpha with enough words in it to be a paragraph.\n\n1.1 Beta\n\nBody of beta, also a paragraph of some modest length here.\n\n2. Gamma\n\nBody of gamma that ends the fictional text of this test.\n"
	secs := Sections(text, nil)
	if len(secs) != 3 {
		t.Fatalf("got %d sections, want 3", len(secs))
	}
	for _, s := range secs {
		if s.HeadingStart < 0 || s.HeadingEnd > len(text) || s.Start > s.End || s.End > len(text) {
			t.Fatalf("offsets out of range: %+v", s)
		}
		if h := text[s.HeadingStart:s.HeadingEnd]; !strings.HasSuffix(h, s.Title) {
			t.Errorf("heading %q does not end with title %q", h, s.Title)
		}
	}
	alpha, beta, gamma := secs[0], secs[1], secs[2]
	if alpha.End != gamma.HeadingStart {
		t.Errorf("alpha ends at %d, want the start of gamma %d (children included)", alpha.End, gamma.HeadingStart)
	}
	if beta.Parent != 0 || beta.End != gamma.HeadingStart {
		t.Errorf("beta: parent %d end %d", beta.Parent, beta.End)
	}
	if !strings.HasPrefix(text[gamma.Start:gamma.End], "\nBody of gamma") || gamma.End != len(text) {
		t.Errorf("gamma body %q", text[gamma.Start:gamma.End])
	}
}

// A table row, even one the format sets in bold as a header, is no heading.
func TestTableRowIsNoHeading(t *testing.T) {
	text := "Cookies\n\nWe set these cookies:\n\nName | Typical Content | Expires\n\nsession | an identifier | when you close the browser\n"
	hints := []HeadingHint{{Start: 0, End: 7, Level: 2}, {Start: strings.Index(text, "Name"), End: strings.Index(text, "Expires") + 7, Level: 3}}
	for _, s := range Sections(text, hints) {
		if strings.Contains(s.Title, "|") {
			t.Errorf("table row %q taken as a heading", s.Title)
		}
	}
}
