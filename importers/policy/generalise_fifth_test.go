package policy

import (
	"slices"
	"strings"
	"testing"
)

// The fixtures of this file were written for the fifth round: sub-patterns of
// the failure classes that the earlier rounds did not reach.

// wantRecipients checks the names of the recipients of each fixture, in order.
func wantRecipients(t *testing.T, want map[string][]string) {
	t.Helper()
	wantEach(t, "recipients", want, func(r Report) (out []string) {
		for _, rc := range r.Recipients {
			out = append(out, rc.Name)
		}
		return out
	})
}

// wantRetentionTexts checks each fixture's retention rules, in order, by
// their text.
func wantRetentionTexts(t *testing.T, want map[string][]string) {
	t.Helper()
	wantEach(t, "retention", want, func(r Report) (out []string) {
		for _, rt := range r.Retention {
			out = append(out, rt.Text)
		}
		return out
	})
}

// wantEach compares, for each fixture, the list that of takes from its
// report with the list wanted; what names the list in a failure.
func wantEach(t *testing.T, what string, want map[string][]string, of func(Report) []string) {
	t.Helper()
	for file, list := range want {
		if got := of(fixtureReport(t, file)); !slices.Equal(got, list) {
			t.Errorf("%s: %s %q, want %q", file, what, got, list)
		}
	}
}

// wantTitledBases checks the activities of each fixture, in order, as their
// titles with their bases joined by spaces.
func wantTitledBases(t *testing.T, want map[string][][2]string) {
	t.Helper()
	for file, acts := range want {
		var got [][2]string
		for _, a := range fixtureReport(t, file).Activities {
			got = append(got, [2]string{a.Title, strings.Join(a.LegalBases, " ")})
		}
		if !slices.Equal(got, acts) {
			t.Errorf("%s: activities %q, want %q", file, got, acts)
		}
	}
}

// Policies kept in program source or in a site generator's templates carry
// comment blocks (JSX "{/* … */}", Liquid "{% comment %}", Twig and Jinja
// "{# … #}", ERB "<%# … %>") that hold old or draft text; none of it is policy
// text, and a heading inside a comment must not swallow the live section after
// it (S-COMMENT).
func TestTemplateCommentsAreNoText(t *testing.T) {
	for file, want := range map[string]struct {
		titles []string
		gone   []string
	}{
		"template-comments.txt": {[]string{"Contact form", "Server log files"}, []string{"Mailorbit"}},
		"template-comments.md":  {[]string{"Repairs", "Video recordings in the workshop"}, []string{"Punchcardly", "Wayfarer Maps"}},
	} {
		r := fixtureReport(t, file)
		if got := activityTitles(r); !slices.Equal(got, want.titles) {
			t.Errorf("%s: activities %q, want %q", file, got, want.titles)
		}
		names := reportRecipients(r)
		for _, g := range want.gone {
			if names[g] {
				t.Errorf("%s: %s, named only in a comment, is a recipient", file, g)
			}
		}
	}
}

// Citations in forms the parser stopped at: a point letter named with its
// marker ("lit. b", "letter b") followed by the sentence's own words ("gemäß
// Art. 6 Abs. 1 lit. b zur Anbahnung …"), and a second citation that repeats
// only the numbers after "and/und" ("Art. 6 Abs. 1 lit. c und 9 Abs. 2 lit. h
// DSGVO", "articles 6(1)(a) and 6(1)(f)", "Art. 6(1)(b) GDPR and 9(2)(a)
// GDPR") (LB-SYNTAX).
func TestCitationVariants(t *testing.T) {
	r := fixtureReport(t, "citation-variants.md")
	if want := []string{"6.1.a", "6.1.b", "6.1.c", "6.1.f", "9.2.a", "9.2.h"}; !slices.Equal(r.LegalBases, want) {
		t.Errorf("bases %v, want %v", r.LegalBases, want)
	}
	for title, want := range map[string][]string{
		"terminvergabe":            {"6.1.b"},
		"behandlungsdokumentation": {"6.1.c", "9.2.h"},
		"online booking":           {"6.1.a", "6.1.b", "6.1.f", "9.2.a"},
	} {
		if got := activityBases(r, title); !slices.Equal(got, want) {
			t.Errorf("%q: bases %v, want %v", title, got, want)
		}
	}
}

// Notices without article numbers state the contract as the relationship it
// is ("necessary to enter into a tenancy agreement", "our obligations under
// your lease", "für die Durchführung des Mietverhältnisses erforderlich") and
// consent as opting in or agreeing ("if you opt in", "nur mit Ihrem
// Einverständnis"); the phrases are lexicon classes (LB-WORDS).
func TestBasesStatedAsRelationships(t *testing.T) {
	for file, want := range map[string]map[string][]string{
		"bases-relationship.md": {"tenancy applications": {"6.1.b"}, "repairs": {"6.1.b"},
			"offers from partner landlords": {"6.1.a"}},
		"bases-relationship-de.md": {"mieterkommunikation": {"6.1.b"}, "veröffentlichung von fotos": {"6.1.a"}},
	} {
		r := fixtureReport(t, file)
		for title, bases := range want {
			if got := activityBases(r, title); !slices.Equal(got, bases) {
				t.Errorf("%s: %q: bases %v, want %v", file, title, got, bases)
			}
		}
	}
}

// A body named with its acronym in brackets ("the Northern Examinations Board
// (NEB)", "die Zahnärztekammer Südland (ZKS)") in a sentence that sends data to
// it is a recipient without a legal form, known by both names; areas, laws,
// clauses and roles named that way ("European Economic Area (EEA)", "Data
// Protection Officer (DPO)") and bodies no data is sent to are not
// (R-NOFORM, R-DUP).
func TestBodiesNamedWithTheirAcronym(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"acronym-bodies.md":    {"Northern Examinations Board", "Regional Student Finance Office"},
		"acronym-bodies-de.md": {"Kassenzahnärztliche Vereinigung Nordfeld", "Zahnärztekammer Südland"},
	})
	for _, rc := range fixtureReport(t, "acronym-bodies.md").Recipients {
		if rc.Name == "Northern Examinations Board" && !slices.Contains(rc.Aliases, "NEB") {
			t.Errorf("aliases %q, want NEB", rc.Aliases)
		}
	}
}

// Rights asked for in everyday words outside the rights vocabulary: "have
// inaccurate information corrected", "fix anything else that is wrong", "take
// back your consent"; "richtigstellen", "Ihr Einverständnis … zurückziehen".
// The phrases are a lexicon table by right (RI-VOCAB).
func TestRightsInPlainPhrases(t *testing.T) {
	want := []string{"rectification", "withdraw_consent"}
	for _, file := range []string{"rights-everyday-words.md", "rights-everyday-words-de.md"} {
		if r := fixtureReport(t, file); !slices.Equal(r.Rights, want) {
			t.Errorf("%s: rights %v, want %v", file, r.Rights, want)
		}
	}
}

// More chapters that only inform, in the wordings policies use: the notice
// itself, consent and its withdrawal explained in general, accuracy, data
// breaches, privacy by design, translations, arbitration, severability,
// revisions; Übersetzungen, externe Links, Streitbeilegung, a processor list,
// the EU representative, Datenpannen (A-GEN).
func TestGeneralTitlesFifth(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-titles-fifth-en.md"), []string{"Table bookings"})
	wantTitles(t, fixtureReport(t, "general-titles-fifth-de.md"), []string{"Tischreservierungen"})
}

// Processors listed as record blocks of "Label: value" lines ("Name:",
// "Address:", "Purpose:", "Legal basis:") under one heading: each "Purpose:"
// / "Zweck:" field is an activity with the basis of its block (S-PARA,
// SG-BLOCK).
func TestPurposeFieldsOfRecordBlocks(t *testing.T) {
	wantTitledBases(t, map[string][][2]string{
		"vendor-records.md": {{"Hosting of our patient portal", "6.1.b"},
			{"Appointment reminders by text message", "6.1.f"}},
		"vendor-records-de.md": {{"Abrechnung von Rezepten mit den Krankenkassen", "6.1.c"},
			{"Lieferung von Medikamenten an Ihre Haustür", "6.1.b"}},
	})
}

// Two sections of one topic are one processing only when the later one
// states no legal basis the first does not: "Use with registration" (a
// contract) beside "Use without registration" (legitimate interest), the
// newsletter for existing customers (legitimate interest) beside the
// newsletter by consent stay apart, while the sign-up form of the consented
// newsletter is merged into it (A-TOPIC).
func TestTopicSectionsWithOwnBasis(t *testing.T) {
	wantTitles(t, fixtureReport(t, "topic-own-basis.md"), []string{"Use without registration",
		"Use with registration", "Newsletter", "Newsletter for existing customers"})
}

// Periods stated with verbs of keeping outside the cue list: "hold", "held",
// "archive"; "aufheben", "vorhalten", "archivieren" (RT-CUE). The verbs are a
// lexicon class.
func TestRetentionWithKeepingVerbs(t *testing.T) {
	for file, want := range map[string][]string{
		"retention-keeping-verbs.md":    {"six months", "6 years", "90 days"},
		"retention-keeping-verbs-de.md": {"zehn Jahre", "sechs Monate", "sechs Jahre"},
	} {
		if got := retentionTexts(fixtureReport(t, file)); !slices.Equal(got, want) {
			t.Errorf("%s: retention %q, want %q", file, got, want)
		}
	}
}

// A provider named right after the noun of its kind, with an article: "with
// the service Mailquill", "through the platform Lessonly Hub", "den Dienst
// Terminwolke", "das Tool Formwerk"; the nouns and articles are lexicon
// classes. A possessive or an ordinary word after the noun ("the tool
// Settings page", "die Plattform Ihrer Wahl") names none (R-NOFORM).
func TestProvidersNamedAfterTheirKind(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"tool-noun-names.md":    {"Mailquill", "Lessonly Hub", "Pollster"},
		"tool-noun-names-de.md": {"Terminwolke", "Kursfabrik", "Formwerk"},
	})
}

// Record blocks whose first line names the processor in bold, three or more
// of them, are read as sub-sections named after the processor; the purpose
// field of each is its activity all the same (S-PARA, SG-BLOCK).
func TestPurposeFieldsOfNamedRecordBlocks(t *testing.T) {
	wantTitledBases(t, map[string][][2]string{"vendor-records-named.md": {
		{"Hosting of our booking system", "6.1.b"}, {"Vaccination reminders by text message", "6.1.f"},
		{"Bookkeeping and invoices", "6.1.c"}}})
}

// Data kept "on our server" is no statement that a section's provider
// receives nothing: the host of the log files and the support desk that also
// keeps attachments on the controller's servers stay recipients, while fonts
// installed on the controller's own server are self-hosted (R-NOPD-OVER).
func TestOwnServerStorageKeepsTheProvider(t *testing.T) {
	names := reportRecipients(fixtureReport(t, "nopd-own-server.md"))
	for _, want := range []string{"Serverbay Hosting", "Helpwhale"} {
		if !names[want] {
			t.Errorf("recipients %v, want %s", names, want)
		}
	}
	if names["Letterkite Type"] {
		t.Errorf("recipients %v: the self-hosted fonts' maker receives nothing", names)
	}
}

// The same in German: log files "auf unseren eigenen Servern gespeichert"
// leave the host a recipient, fonts "auf einem eigenen Server installiert"
// are self-hosted (R-NOPD-OVER).
func TestOwnServerStorageKeepsTheProviderDE(t *testing.T) {
	names := reportRecipients(fixtureReport(t, "nopd-own-server-de.md"))
	if !names["Serverhafen"] || names["Letterdrachen"] {
		t.Errorf("recipients %v, want Serverhafen and not Letterdrachen", names)
	}
}

// A sentence that denies a flow of data to a provider it names ("No personal
// data of our visitors are transmitted to Cartowise Ltd", "Your messages are
// not shared with Parlance Ltd", "We do not pass any personal data to …",
// "Wir geben keine Daten an die Kartenwerk GmbH weiter") removes that
// provider; a denial with an exception ("not shared with any other company
// except …") leaves the provider it names in place (R-NEG).
func TestDenialNamingTheProvider(t *testing.T) {
	wantRecipients(t, map[string][]string{
		"denial-named.md":    {"Bookwell"},
		"denial-named-de.md": {"Buchwerk"},
	})
}

// Short lines between blank lines after a sentence that runs on into them
// without a colon ("… we process the following data", "… verarbeiten wir
// folgende Daten") are a list, not headings: the last item must not swallow
// the text after the list and take its basis from the section (S-LISTHEAD,
// LB-LIST).
func TestListAfterASentence(t *testing.T) {
	wantTitledBases(t, map[string][][2]string{
		"list-after-sentence.txt":    {{"Membership", "6.1.b"}, {"Regattas", "6.1.f"}},
		"list-after-sentence-de.txt": {{"Mitgliedschaft", "6.1.b"}, {"Regatten", "6.1.f"}},
	})
}
