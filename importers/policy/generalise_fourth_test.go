package policy

import (
	"slices"
	"strings"
	"testing"
)

// The fixtures of this file were written for the fourth round: patterns of
// real policies that the earlier rules did not serve.

// activityBases returns the legal bases of the activity whose title contains
// title, or nil.
func activityBases(r Report, title string) []string {
	for _, a := range r.Activities {
		if strings.Contains(strings.ToLower(a.Title), title) {
			return a.LegalBases
		}
	}
	return nil
}

// A hard-wrapped list item continues on a line set with a hanging indent;
// joined, the indent must not stay inside the phrase ("legitimate   interests"),
// or the basis the item states is lost (S-WRAP).
func TestWrappedListItemsKeepTheirPhrases(t *testing.T) {
	r := fixtureReport(t, "wrapped-list-items.txt")
	for title, want := range map[string]string{"garden design": "6.1.b", "care reminders": "6.1.f", "accounts": "6.1.c"} {
		if got := activityBases(r, title); !slices.Equal(got, []string{want}) {
			t.Errorf("%q: bases %v, want %s", title, got, want)
		}
	}
}

// Notices without article numbers state consent and legal obligations as
// conditions of the processing: "where you have consented" (LB-WORDS).
func TestBasesStatedAsConditions(t *testing.T) {
	r := fixtureReport(t, "bases-self-stated.md")
	if !slices.Equal(r.LegalBases, []string{"6.1.a", "6.1.b"}) {
		t.Errorf("bases %v, want 6.1.a and 6.1.b", r.LegalBases)
	}
}

// Rights named as a series of verbs or nouns that share one object ("ask us to
// access, correct or erase the information", "request access to, correction
// of, or deletion of your personal information", "view, update or remove your
// information") are each granted (RI-VOCAB).
func TestRightsNamedInSeries(t *testing.T) {
	want := []string{"access", "rectification", "erasure"}
	for _, file := range []string{"rights-verb-series.md", "rights-noun-series.md", "rights-settings-series.md"} {
		if r := fixtureReport(t, file); !slices.Equal(r.Rights, want) {
			t.Errorf("%s: rights %v, want %v", file, r.Rights, want)
		}
	}
}

// reportRecipients lists the names of the report's recipients.
func reportRecipients(r Report) map[string]bool {
	names := map[string]bool{}
	for _, rc := range r.Recipients {
		names[rc.Name] = true
	}
	return names
}

// A list of providers run into the sentence after its colon ("the following
// service providers: Inkwell (accounting software), Parcelwing – delivery …,
// and Tallowmark") names recipients without a legal form; a kind of provider
// and a list of data after a colon do not (R-NOFORM).
func TestProviderListInOneSentence(t *testing.T) {
	for file, want := range map[string][]string{
		"provider-list-inline.md":    {"Inkwell", "Parcelwing", "Tallowmark"},
		"provider-list-inline-de.md": {"Buchwerk"},
	} {
		names := reportRecipients(fixtureReport(t, file))
		for _, w := range want {
			if !names[w] {
				t.Errorf("%s: recipients %v, want %s", file, names, w)
			}
		}
		for n := range names {
			if strings.Contains(strings.ToLower(n), "steuerberater") || strings.HasPrefix(n, "your") {
				t.Errorf("%s: %q is no recipient", file, n)
			}
		}
	}
}

// A controller named only as the subject of the opening sentence, or only in
// the closing contact section, is the controller and no recipient (C-BRAND).
func TestControllerOpeningOrContactSection(t *testing.T) {
	for file, want := range map[string]string{
		"controller-opening-subject.md": "Morrowfield Pottery Ltd",
		"controller-contact-section.md": "Quillnest LLC",
	} {
		r := fixtureReport(t, file)
		if r.Controller.Name != want {
			t.Errorf("%s: controller %q, want %q", file, r.Controller.Name, want)
		}
		for n := range reportRecipients(r) {
			if strings.HasPrefix(want, n) {
				t.Errorf("%s: the controller %q is listed as a recipient", file, n)
			}
		}
	}
}

// retentionTexts lists the texts of the report's retention rules.
func retentionTexts(r Report) []string {
	var out []string
	for _, rt := range r.Retention {
		out = append(out, rt.Text)
	}
	return out
}

// A period in a sentence about survey "answers" is a retention rule: only
// answering a request is a deadline (RT-NEGFILTER); storage that ends when the
// person closes an account, removes an app or stops receiving a newsletter is
// an event-tied rule in more phrasings (RT-CUE).
func TestRetentionAnswersAndEvents(t *testing.T) {
	for file, want := range map[string][]string{
		"retention-answers-events.md": {"12 months", "until you cancel your premium subscription"},
		"retention-events-more-de.md": {"bis Sie Ihr Kundenkonto schließen", "sobald Sie die App deinstallieren", "solange Sie den Newsletter beziehen"},
	} {
		if got := retentionTexts(fixtureReport(t, file)); !slices.Equal(got, want) {
			t.Errorf("%s: retention %q, want %q", file, got, want)
		}
	}
}

// Purposes given as plain paragraphs under one purposes heading, each opening
// with "We use …" and naming its purpose, are one activity each, titled with
// the purpose (S-PARA).
func TestPurposeParagraphs(t *testing.T) {
	for file, want := range map[string][]string{
		"purpose-paragraphs.md":    {"student account", "lesson fee", "feedback", "newsletter"},
		"purpose-paragraphs-de.md": {"Lernkonto", "Kursgebühren", "Zertifikat"},
	} {
		r := fixtureReport(t, file)
		if len(r.Activities) != len(want) {
			t.Errorf("%s: activities %q, want %d", file, activityTitles(r), len(want))
			continue
		}
		for i, w := range want {
			if !strings.Contains(r.Activities[i].Title, w) {
				t.Errorf("%s: activity %d is %q, want one about %s", file, i, r.Activities[i].Title, w)
			}
		}
	}
}

// More titles of general information: contact persons, translations, the
// Data Privacy Framework, dispute resolution, processor lists, data not
// collected, the law's name, unsubscribing, governing law, third parties, law
// enforcement, scope, selling data, access and updates, the policy itself, a
// "Stand" line, minors, technical and organisational measures, who has
// access (A-GEN).
func TestMoreGeneralTitles(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-titles-more-en.md"), []string{"Online orders"})
	wantTitles(t, fixtureReport(t, "general-titles-more-de.md"), []string{"Bestellungen"})
}

// Storage tied to a relationship in more phrasings: while the person is a
// member, for the lifetime of an account, until the account is deleted, as
// long as a business relationship lasts, until logging out; "bis zur Löschung
// Ihres Kontos", "bis zur Beendigung der Geschäftsbeziehung", "bis zum Ende
// Ihrer Mitgliedschaft" (retention tied to events).
func TestRetentionTiedToRelationships(t *testing.T) {
	for file, want := range map[string][]string{
		"retention-relationship.md": {"while you are a member", "for the lifetime of your account",
			"until your account is deleted", "as long as we have a business relationship", "when you log out"},
		"retention-relationship-de.md": {"bis zur Löschung Ihres Kontos", "bis zur Beendigung der Geschäftsbeziehung",
			"bis zum Ende Ihrer Mitgliedschaft"},
	} {
		if got := retentionTexts(fixtureReport(t, file)); !slices.Equal(got, want) {
			t.Errorf("%s: retention %q, want %q", file, got, want)
		}
	}
}

// A vendor without a legal form or catalogue entry named in apposition to a
// provider noun ("Cartowise, a third-party map service", "Chatterbox, the
// discussion platform we use", "our reseller Quillpay") is a recipient; a
// weekday in apposition to "the first day" is not (R-NOFORM).
func TestProviderInApposition(t *testing.T) {
	names := reportRecipients(fixtureReport(t, "provider-appositive.md"))
	for _, w := range []string{"Quillpay", "Cartowise", "Chatterbox"} {
		if !names[w] {
			t.Errorf("recipients %v, want %s", names, w)
		}
	}
	if names["Tuesday"] || len(names) != 3 {
		t.Errorf("recipients %v, want only the three vendors", names)
	}
}

// Sub-headings that describe one facet of a tool or a feature — IP
// anonymisation, a browser plugin, the processing agreement, scope and
// purpose, opt-out, a single data field such as the password — belong to
// their parent, which stays the activity (A-FACET).
func TestToolFacetsBelongToTheirParent(t *testing.T) {
	wantTitles(t, fixtureReport(t, "tool-facets-en.md"), []string{"Web analytics with Countly", "Your account"})
	wantTitles(t, fixtureReport(t, "tool-facets-de.md"), []string{"Zählwerk Analytics", "Kartendienst Wegweiser", "Newsletter"})
}

// A title whose head names a processing topic stays an activity when a
// general word appears only in the part joined to it ("Cookies and Do Not
// Track", "Newsletter und Widerspruch"); a title whose head is general stays
// general (A-OVERGEN).
func TestGeneralWordsInTheTitleTail(t *testing.T) {
	wantTitles(t, fixtureReport(t, "general-word-tails.md"),
		[]string{"Cookies and Do Not Track", "Job applications and how long we keep them", "Newsletter und Widerspruch"})
}

// A denial directed at other parties ("No personal data is shared with
// advertisers") says nothing about the tool a section is about, which stays a
// recipient (R-NOPD-OVER).
func TestDenialAboutOtherParties(t *testing.T) {
	names := reportRecipients(fixtureReport(t, "nopd-other-parties.md"))
	if !names["Netlify"] || !names["Postmark"] {
		t.Errorf("recipients %v, want Netlify and Postmark", names)
	}
}

// Generic nouns that end many company names ("Cloudberry Hosting GmbH",
// "Inkspot Company Ltd") are part of the name when a capitalised word
// precedes them; in front of a name ("the hosting provider Serverhaus GmbH")
// they still end it (R-LEGALFORM).
func TestNounsInsideCompanyNames(t *testing.T) {
	r := fixtureReport(t, "name-nouns.md")
	var entities []string
	for _, rc := range r.Recipients {
		entities = append(entities, rc.LegalEntity)
	}
	want := []string{"Cloudberry Hosting GmbH", "Serverhaus GmbH", "Inkspot Company Ltd"}
	if !slices.Equal(entities, want) {
		t.Errorf("recipients %q, want %q", entities, want)
	}
}

// A chapter on the data collected "and why", or titled "What we do with your
// information", "Wie wir Ihre Daten nutzen", lists purposes: its labelled
// items are one activity each (S-RUNIN).
func TestCollectAndWhyChapter(t *testing.T) {
	wantTitles(t, fixtureReport(t, "collect-and-why.md"),
		[]string{"Identity and access", "Billing information", "Product usage", "Kundenkonto", "Support",
			"Lessons", "Reminders", "Rechnungen", "Umfragen"})
}

// In a purposes chapter whose paragraphs open with a run-in label (bold lost
// in PDF or plain text: "Identity checks. We check …"), each labelled
// paragraph is an activity titled with its label (S-RUNIN).
func TestRunInLabelsOfAPurposesChapter(t *testing.T) {
	wantTitles(t, fixtureReport(t, "purpose-labels.txt"), []string{"Providing legal services", "Identity checks", "Legal updates"})
}

// A question about the data a feature processes ("Welche Daten verarbeitet
// die App bei der Hochwasser-Warnung?", "What data is collected when you
// report …?") describes that feature's processing; the same question about
// all the data is an overview (A-GEN).
func TestFeatureDataQuestions(t *testing.T) {
	wantTitles(t, fixtureReport(t, "feature-data-questions.md"), []string{
		"Welche Daten verarbeitet die App bei der Hochwasser-Warnung?",
		"What data is collected when you report a flooded road?"})
}

// A legal form written with an inner space ("e. V.") names the controller of a
// contact box, and a country line is never taken for the name (C-BLOCK,
// R-LEGALFORM).
func TestControllerBoxInnerSpaceAndCountry(t *testing.T) {
	if r := fixtureReport(t, "controller-inner-space.md"); r.Controller.Name != "Harbourview Rowing Club e. V." {
		t.Errorf("controller %q, want the club", r.Controller.Name)
	}
	if r := fixtureReport(t, "controller-country-line.md"); r.Controller.Name == "Germany" {
		t.Errorf("the country line taken for the controller")
	}
}

// Two periods in hours in one section are two rules even though both round
// to one day (RT-DEDUP).
func TestRetentionInHours(t *testing.T) {
	if got := retentionTexts(fixtureReport(t, "retention-hours.md")); !slices.Equal(got, []string{"24 hours", "2 hours"}) {
		t.Errorf("retention %q, want both periods", got)
	}
}

// Periods written the US way: digits in brackets after the number word
// ("seven (7) years"), compound number words ("thirty-six months"), and the
// abbreviations "yrs" and "mos" (RT-CUE).
func TestRetentionUSNumbers(t *testing.T) {
	var days []int
	for _, rt := range fixtureReport(t, "retention-us-numbers.md").Retention {
		days = append(days, rt.Days)
	}
	if want := []int{2555, 1080, 730, 180}; !slices.Equal(days, want) {
		t.Errorf("retention days %v, want %v", days, want)
	}
}

// Storage that ends with a process, an enrolment or employment, an active
// subscription or a deactivated account (retention tied to events).
func TestRetentionTiedToProcesses(t *testing.T) {
	want := []string{"as long as you are enrolled", "while you have an active subscription",
		"until the end of the recruitment process", "for the duration of your employment",
		"until you deactivate your account", "bis zum Ende des Bewerbungsverfahrens", "bis zum Ablauf Ihres Abonnements"}
	if got := retentionTexts(fixtureReport(t, "retention-processes.md")); !slices.Equal(got, want) {
		t.Errorf("retention %q, want %q", got, want)
	}
}

// Rights in more everyday phrasings: confirmation whether data are
// processed, suspending processing, transferring the data to the person,
// unsubscribing from e-mails, contacting the Information Commissioner when
// unhappy; "eine Kopie Ihrer Daten", "ändern oder löschen" (RI-VOCAB).
func TestRightsMorePhrases(t *testing.T) {
	for file, want := range map[string][]string{
		"rights-more-phrases.md":    {"access", "restriction", "portability", "objection", "complaint"},
		"rights-more-phrases-de.md": {"access", "rectification", "erasure"},
	} {
		if r := fixtureReport(t, file); !slices.Equal(r.Rights, want) {
			t.Errorf("%s: rights %v, want %v", file, r.Rights, want)
		}
	}
}

// "Servers run by Amazon Web Services" names a host, not the controller: the
// "run/operated by" cue names the controller only when what is run is not
// infrastructure (C-FALSECUE).
func TestHostIsNoOwner(t *testing.T) {
	r := fixtureReport(t, "controller-host-cue.md")
	if r.Controller.Name != "Wrenbury Labs LLC" {
		t.Errorf("controller %q, want Wrenbury Labs LLC", r.Controller.Name)
	}
	if !reportRecipients(r)["Amazon Web Services"] {
		t.Errorf("recipients %v, want the host", reportRecipients(r))
	}
}

// A firm named only where the policy credits its source ("adapted from the
// open-source policies of Basecamp", "its history on GitHub") is no recipient
// (R-CREDIT).
func TestPolicySourceIsNoRecipient(t *testing.T) {
	names := reportRecipients(fixtureReport(t, "credit-adapted.md"))
	if names["GitHub"] || names["Basecamp"] || !names["Amazon Web Services"] {
		t.Errorf("recipients %v, want only the host", names)
	}
}

// A chapter whose processing is described in a facet sub-section ("Scope of
// the processing") before its first sub-section that is an activity stays an
// activity beside that child (A-FACET).
func TestFacetBeforeTheFirstChildActivity(t *testing.T) {
	wantTitles(t, fixtureReport(t, "facet-before-child.md"), []string{"Websites", "Blog (Quillpress)", "Support", "Newsletter", "Job applications"})
}

// A consent banner or consent-management tool is a processing of its own,
// not merged into the cookies section before it (A-TOPIC).
func TestConsentManagementIsItsOwnActivity(t *testing.T) {
	wantTitles(t, fixtureReport(t, "consent-topic.md"), []string{"Cookies", "Cookie banner"})
}
