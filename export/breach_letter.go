package export

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// Kinds of breach drafts.
const (
	BreachLetterAuthority = "authority" // Art. 33(3) notification to the supervisory authority
	BreachLetterSubjects  = "subjects"  // Art. 34(2) communication to the data subjects
	BreachLetterRecord    = "record"    // Art. 33(5) internal documentation
)

// BreachLetterKinds lists the kinds in the order help texts show them.
var BreachLetterKinds = []string{BreachLetterAuthority, BreachLetterSubjects, BreachLetterRecord}

// BreachLetterInput is what a breach draft is built from. Activities and
// Processors are the names of the linked records.
type BreachLetterInput struct {
	Breach     model.BreachView
	Org        model.Organisation
	Activities []string
	Processors []string
	Kind       string
	Lang       string
	Now        time.Time
}

// BreachLetter drafts a breach document as Markdown. Facts come from the
// register; each fact that is missing is a [[TODO: …]] so the draft cannot be
// mistaken for a finished one.
func BreachLetter(in BreachLetterInput) (string, error) {
	d := &breachDraft{in: in, lang: in.Lang}
	switch in.Kind {
	case BreachLetterAuthority:
		d.authority()
	case BreachLetterSubjects:
		d.subjects()
	case BreachLetterRecord:
		d.record()
	default:
		return "", fmt.Errorf("letter kind %q is not known: use %s", in.Kind, strings.Join(BreachLetterKinds, ", "))
	}
	return d.b.String(), nil
}

type breachDraft struct {
	in   BreachLetterInput
	lang string
	b    strings.Builder
}

func (d *breachDraft) t(en, de string) string { return pick(d.lang, en, de) }
func (d *breachDraft) para(s string)          { d.b.WriteString(s + "\n\n") }
func (d *breachDraft) heading(s string)       { d.b.WriteString("## " + s + "\n\n") }

// field writes "**label:** value", or the TODO when the value is empty.
func (d *breachDraft) field(label, value, missing string) {
	if strings.TrimSpace(value) == "" {
		value = todo(missing)
	}
	d.b.WriteString("**" + label + ":** " + value + "  \n")
}

func (d *breachDraft) end() { d.b.WriteString("\n") }

func (d *breachDraft) when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(d.in.Breach.Zone()).Format(d.t("2006-01-02 15:04 MST", "02.01.2006 15:04 MST"))
}

func (d *breachDraft) or(value, missing string) string {
	if strings.TrimSpace(value) == "" {
		return todo(missing)
	}
	return value
}

func (d *breachDraft) title(en, de string) {
	d.b.WriteString("# " + d.t(en, de) + "\n\n")
	d.b.WriteString("> " + d.t("Draft for the data protection officer: complete every [[TODO]] before sending.",
		"Entwurf für die/den Datenschutzbeauftragte/n: vor dem Versand jedes [[TODO]] ausfüllen.") + "\n\n")
}

func (d *breachDraft) controller() {
	o := d.in.Org
	d.field(d.t("Controller", "Verantwortlicher"), joinNonEmpty(", ", o.Name, o.Address),
		d.t("name and address of the controller", "Name und Anschrift des Verantwortlichen"))
	d.field(d.t("Contact point (Art. 33(3)(b))", "Anlaufstelle (Art. 33 Abs. 3 lit. b)"), joinNonEmpty(", ", o.DPOName, o.DPOEmail),
		d.t("name and contact details of the data protection officer or other contact point", "Name und Kontaktdaten der/des Datenschutzbeauftragten oder einer sonstigen Anlaufstelle"))
}

func (d *breachDraft) authority() {
	v, o := d.in.Breach, d.in.Org
	d.title("Notification of a personal data breach to the supervisory authority (Art. 33 GDPR)",
		"Meldung einer Verletzung des Schutzes personenbezogener Daten an die Aufsichtsbehörde (Art. 33 DSGVO)")
	d.field(d.t("To", "An"), o.Authority, d.t("the competent supervisory authority", "die zuständige Aufsichtsbehörde"))
	d.field(d.t("Date", "Datum"), letterDay(model.DateOf(d.in.Now.In(v.Zone())), d.lang, ""), "")
	d.field(d.t("Our reference", "Unser Zeichen"), fmt.Sprintf("breach %d", v.ID), "")
	d.controller()
	d.end()
	d.heading(d.t("1. The breach", "1. Die Verletzung"))
	d.facts()
	d.heading(d.t("2. Nature, categories and approximate numbers (Art. 33(3)(a))", "2. Art, Kategorien und ungefähre Zahlen (Art. 33 Abs. 3 lit. a)"))
	d.scope()
	d.heading(d.t("3. Likely consequences (Art. 33(3)(c))", "3. Wahrscheinliche Folgen (Art. 33 Abs. 3 lit. c)"))
	d.para(d.or(v.Consequences, d.t("the likely consequences for the data subjects", "die wahrscheinlichen Folgen für die betroffenen Personen")))
	d.heading(d.t("4. Measures taken or proposed (Art. 33(3)(d))", "4. Ergriffene oder vorgeschlagene Maßnahmen (Art. 33 Abs. 3 lit. d)"))
	d.measures()
	d.timing()
	d.heading(d.t("6. Further information (Art. 33(4))", "6. Weitere Informationen (Art. 33 Abs. 4)"))
	d.para(d.t("Where information is not yet available, it will be provided in phases without undue further delay.",
		"Soweit Informationen noch nicht vorliegen, werden sie ohne unangemessene weitere Verzögerung schrittweise nachgereicht."))
	d.updates()
}

func (d *breachDraft) facts() {
	v := d.in.Breach
	d.field(d.t("Title", "Bezeichnung"), v.Title, "")
	d.field(d.t("What happened", "Was geschehen ist"), v.Description, d.t("a description of the breach", "eine Beschreibung der Verletzung"))
	occurred := joinNonEmpty(" – ", d.when(v.OccurredFrom), d.when(v.OccurredTo))
	d.field(d.t("Occurred", "Zeitraum der Verletzung"), occurred, d.t("when the breach occurred, or that it is unknown", "wann die Verletzung geschah, oder dass dies unbekannt ist"))
	d.field(d.t("Detected", "Entdeckt"), joinNonEmpty(", ", d.when(v.DetectedAt), v.FoundHow, v.FoundBy),
		d.t("when and how the breach was detected", "wann und wie die Verletzung entdeckt wurde"))
	d.field(d.t("Aware", "Kenntnis"), d.when(v.AwareAt), "")
	d.field(d.t("Systems", "Systeme"), strings.Join(v.Systems, ", "), d.t("the systems affected", "die betroffenen Systeme"))
	if len(d.in.Processors) > 0 {
		d.field(d.t("Processors involved", "Beteiligte Auftragsverarbeiter"), strings.Join(d.in.Processors, ", "), "")
	}
	d.end()
}

func (d *breachDraft) scope() {
	v := d.in.Breach
	var natures []string
	for _, n := range v.Nature {
		natures = append(natures, natureLabel(n, d.lang))
	}
	d.field(d.t("Nature", "Art"), strings.Join(natures, ", "), d.t("confidentiality, integrity and/or availability", "Vertraulichkeit, Integrität und/oder Verfügbarkeit"))
	d.field(d.t("Categories of data subjects", "Kategorien betroffener Personen"), terms(model.VocabDataSubject, v.SubjectCategories, d.lang).Text(", "),
		d.t("the categories of data subjects", "die Kategorien betroffener Personen"))
	d.field(d.t("Approximate number of data subjects", "Ungefähre Zahl betroffener Personen"), countText(v.Subjects),
		d.t("the approximate number of data subjects", "die ungefähre Zahl betroffener Personen"))
	d.field(d.t("Categories of personal data records", "Kategorien personenbezogener Datensätze"), terms(model.VocabDataCategory, v.DataCategories, d.lang).Text(", "),
		d.t("the categories of personal data", "die Kategorien personenbezogener Daten"))
	d.field(d.t("Approximate number of records", "Ungefähre Zahl der Datensätze"), countText(v.Records),
		d.t("the approximate number of records", "die ungefähre Zahl der Datensätze"))
	if len(d.in.Activities) > 0 {
		d.field(d.t("Processing activities concerned", "Betroffene Verarbeitungstätigkeiten"), strings.Join(d.in.Activities, ", "), "")
	}
	d.end()
}

func countText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func (d *breachDraft) measures() {
	v := d.in.Breach
	d.field(d.t("Taken", "Ergriffen"), v.MeasuresTaken, d.t("the measures taken to address the breach and mitigate its effects", "die ergriffenen Maßnahmen zur Behebung und Abmilderung"))
	d.field(d.t("Proposed", "Vorgeschlagen"), v.MeasuresProposed, d.t("the measures proposed", "die vorgeschlagenen Maßnahmen"))
	d.end()
}

// timing states the 72-hour deadline and, when the notification comes late,
// asks for the reasons for the delay (Art. 33(1)).
func (d *breachDraft) timing() {
	v := d.in.Breach
	d.heading(d.t("5. Timing (Art. 33(1))", "5. Zeitpunkt (Art. 33 Abs. 1)"))
	d.para(model.ClockRuleIn(v.AwareAt.In(v.Zone()), d.lang))
	at := d.in.Now
	if v.Notice != nil {
		at = v.Notice.At
	}
	if at.After(v.NotifyBy) {
		reasons := ""
		if v.Notice != nil {
			reasons = v.Notice.DelayReasons
		}
		d.field(d.t("Reasons for the delay", "Gründe für die Verzögerung"), reasons,
			d.t("why the notification is made after 72 hours", "warum die Meldung nach mehr als 72 Stunden erfolgt"))
		d.end()
	}
}

func (d *breachDraft) updates() {
	v := d.in.Breach
	if len(v.Updates) == 0 {
		return
	}
	for _, u := range v.Updates {
		d.b.WriteString("- " + d.when(u.At) + ": " + u.Text + "\n")
	}
	d.end()
}

// subjects drafts the Art. 34(2) communication: clear and plain language with
// at least the Art. 33(3)(b)–(d) content.
func (d *breachDraft) subjects() {
	v, o := d.in.Breach, d.in.Org
	d.title("Information about a personal data breach (Art. 34 GDPR)",
		"Information über eine Verletzung des Schutzes Ihrer personenbezogenen Daten (Art. 34 DSGVO)")
	d.para(d.t("Dear Sir or Madam,", "Sehr geehrte Damen und Herren,"))
	d.para(fmt.Sprintf(d.t("we are writing to tell you that personal data about you held by %s has been affected by a security incident.",
		"wir informieren Sie, dass bei %s gespeicherte personenbezogene Daten über Sie von einem Sicherheitsvorfall betroffen sind."),
		d.or(o.Name, d.t("the controller's name", "Name des Verantwortlichen"))))
	d.heading(d.t("What happened", "Was ist passiert?"))
	d.para(d.or(v.Description, d.t("in plain words, what happened and when", "in einfachen Worten, was wann passiert ist")))
	d.heading(d.t("Which data are affected", "Welche Daten sind betroffen?"))
	d.para(d.or(terms(model.VocabDataCategory, v.DataCategories, d.lang).Text(", "), d.t("the kinds of data affected", "die betroffenen Datenarten")))
	d.heading(d.t("What this may mean for you", "Was das für Sie bedeuten kann"))
	d.para(d.or(v.Consequences, d.t("the likely consequences, in plain words", "die wahrscheinlichen Folgen, in einfachen Worten")))
	d.heading(d.t("What we have done", "Was wir unternommen haben"))
	d.para(d.or(joinNonEmpty(" ", v.MeasuresTaken, v.MeasuresProposed), d.t("the measures taken and proposed", "die ergriffenen und geplanten Maßnahmen")))
	d.heading(d.t("What you can do", "Was Sie tun können"))
	d.para(todo(d.t("concrete steps the data subjects can take to protect themselves (e.g. change a password, watch bank statements)",
		"konkrete Schritte, mit denen sich die Betroffenen schützen können (z. B. Passwort ändern, Kontoauszüge prüfen)")))
	d.heading(d.t("Whom to contact", "Ihre Ansprechperson"))
	d.para(d.or(joinNonEmpty(", ", o.DPOName, o.DPOEmail), d.t("name and contact details of the data protection officer", "Name und Kontaktdaten der/des Datenschutzbeauftragten")))
	d.para(d.t("Yours faithfully,", "Mit freundlichen Grüßen") + "\n\n" + todo(d.t("signature", "Unterschrift")))
}
