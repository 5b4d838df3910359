package export

// letterText holds the fixed wording of the Art. 15 letter in one language. The
// wording states the law plainly; everything that depends on the case is either
// taken from the register or left as a marked placeholder.
type letterText struct {
	Title, OurRef, Received, Date, Dear, Intro, Confirm, Copy                       string
	Purposes, PurposesNote, Basis, Categories, Recipients, Processors, Retention    string
	Rights, RightsText, Withdraw, Complaint, ComplaintText, Source, SourceSubject   string
	SourceOther, Automated, AutomatedNone, AutomatedSome, Transfers, TransfersNone  string
	TransfersText, Closing, Contact, Signature, Finish, NoneFound, Activities       string
	TodoAuthority, TodoSource, TodoLogic, TodoSignature, TodoConfirm, TodoCopy      string
	TodoAddress, TodoRetention, TodoNone, NoSafeguard, NoRecipients, TodoController string

	Controllers, JointControllers, Representative, SourceSubjectSome, SubProcessorOf string
	TodoAuthorityAddress, TodoDPOContact, TodoScoring, TodoSafeguard, TodoWithdrawal string
	TodoProcessorCountry                                                             string
}

// todo marks a placeholder the DPO must finish; the marker is the same in both
// languages so that one search finds every gap before the letter goes out.
func todo(s string) string { return "[[TODO: " + s + "]]" }

var letterEN = letterText{
	Title: "Information under Art. 15 GDPR", OurRef: "Our reference", Received: "Your request of",
	Date: "Date", Dear: "Dear %s,",
	Intro:    "thank you for your request for access under Art. 15 of the General Data Protection Regulation (GDPR), which reached us on %s.",
	Confirm:  "We confirm that we process personal data concerning you. The information below is required by Art. 15(1) and (2) GDPR.",
	Copy:     "A copy of the personal data undergoing processing is enclosed (Art. 15(3) GDPR).",
	Purposes: "1. Purposes of the processing (Art. 15(1)(a))", Basis: "legal basis",
	PurposesNote: "We process your personal data in the following processing activities:",
	Categories:   "2. Categories of personal data (Art. 15(1)(b))",
	Recipients:   "3. Recipients or categories of recipients (Art. 15(1)(c))",
	Processors:   "Service providers processing data on our behalf (Art. 28 GDPR)",
	NoRecipients: "We do not disclose your personal data to recipients.",
	Retention:    "4. Storage period (Art. 15(1)(d))",
	Rights:       "5. Your rights (Art. 15(1)(e))",
	RightsText: "You have the right to request rectification (Art. 16 GDPR) or erasure (Art. 17 GDPR) of personal data concerning you, " +
		"restriction of processing (Art. 18 GDPR), and to object to the processing (Art. 21 GDPR). Where processing is based on consent " +
		"or a contract and carried out by automated means, you have the right to data portability (Art. 20 GDPR).",
	Withdraw:      "Where we process your data on the basis of your consent, you may withdraw it at any time with effect for the future (Art. 7(3) GDPR), as follows:",
	Complaint:     "6. Right to lodge a complaint (Art. 15(1)(f))",
	ComplaintText: "You have the right to lodge a complaint with a supervisory authority (Art. 77 GDPR). The authority competent for us is: %s.",
	Source:        "7. Source of the data (Art. 15(1)(g))",
	SourceSubject: "We collected the personal data from you.",
	SourceOther:   "Where we did not collect the personal data from you, it comes from the following sources:",
	Automated:     "8. Automated decision-making (Art. 15(1)(h))",
	AutomatedNone: "We do not use automated decision-making, including profiling, within the meaning of Art. 22(1) and (4) GDPR.",
	AutomatedSome: "We use automated decision-making within the meaning of Art. 22(1) and (4) GDPR in these processing activities:",
	Transfers:     "9. Transfers to third countries (Art. 15(2))",
	TransfersNone: "We do not transfer your personal data to a third country or an international organisation.",
	TransfersText: "We transfer personal data to the following third countries, on these grounds (Art. 45, 46 and 49 GDPR):",
	NoSafeguard:   "no safeguard recorded",
	Closing:       "If you have any questions about this information, please contact our data protection officer.",
	Contact:       "Data protection officer", Signature: "Kind regards,",
	Finish:     "Draft for the data protection officer: complete every [[TODO]] and delete what does not concern this data subject before sending.",
	NoneFound:  "No active processing activity matches the selected categories of data subjects.",
	Activities: "processing activities", TodoNone: "confirm that no data is processed, or select other categories of data subjects",
	TodoAuthority: "name and address of the competent supervisory authority",
	TodoSource:    "source of the data, or state that it was collected from the data subject",
	TodoLogic:     "meaningful information about the logic involved, and the significance and envisaged consequences for the data subject",
	TodoSignature: "name and signature", TodoConfirm: "check that each activity listed concerns this data subject",
	TodoCopy:    "enclose the copy of the data, or explain how it is provided",
	TodoAddress: "postal address of the data subject", TodoController: "name of the controller", TodoRetention: "storage period or the criteria used to determine it",

	Controllers:          "Other controllers who receive data for their own purposes (not on our behalf)",
	JointControllers:     "Joint controllers (Art. 26 GDPR)",
	Representative:       "Our representative in the Union (Art. 27 GDPR)",
	SourceSubjectSome:    "We collected the personal data from you for: %s.",
	SubProcessorOf:       "%s (sub-processor of %s)",
	TodoAuthorityAddress: "address of the supervisory authority",
	TodoDPOContact:       "how the data protection officer is reached (e-mail or address)",
	TodoScoring:          "the DPIA screening records evaluation or scoring: state whether a decision under Art. 22 follows, and if so the logic involved and its consequences",
	TodoSafeguard:        "transfer mechanism (adequacy decision, standard contractual clauses, …) for this transfer",
	TodoWithdrawal:       "how consent is withdrawn for this activity",
	TodoProcessorCountry: "country where this recipient processes the data",
}

var letterDE = letterText{
	Title: "Auskunft nach Art. 15 DSGVO", OurRef: "Unser Zeichen", Received: "Ihr Antrag vom",
	Date: "Datum", Dear: "Guten Tag %s,",
	Intro:    "vielen Dank für Ihren Antrag auf Auskunft nach Art. 15 der Datenschutz-Grundverordnung (DSGVO), der uns am %s erreicht hat.",
	Confirm:  "Wir bestätigen, dass wir Sie betreffende personenbezogene Daten verarbeiten. Die folgenden Informationen schreibt Art. 15 Abs. 1 und 2 DSGVO vor.",
	Copy:     "Eine Kopie der personenbezogenen Daten, die Gegenstand der Verarbeitung sind, liegt bei (Art. 15 Abs. 3 DSGVO).",
	Purposes: "1. Verarbeitungszwecke (Art. 15 Abs. 1 lit. a)", Basis: "Rechtsgrundlage",
	PurposesNote: "Wir verarbeiten Ihre personenbezogenen Daten in folgenden Verarbeitungstätigkeiten:",
	Categories:   "2. Kategorien personenbezogener Daten (Art. 15 Abs. 1 lit. b)",
	Recipients:   "3. Empfänger oder Kategorien von Empfängern (Art. 15 Abs. 1 lit. c)",
	Processors:   "Dienstleister, die Daten in unserem Auftrag verarbeiten (Art. 28 DSGVO)",
	NoRecipients: "Wir geben Ihre personenbezogenen Daten nicht an Empfänger weiter.",
	Retention:    "4. Speicherdauer (Art. 15 Abs. 1 lit. d)",
	Rights:       "5. Ihre Rechte (Art. 15 Abs. 1 lit. e)",
	RightsText: "Sie haben das Recht auf Berichtigung (Art. 16 DSGVO) oder Löschung (Art. 17 DSGVO) der Sie betreffenden personenbezogenen Daten, " +
		"auf Einschränkung der Verarbeitung (Art. 18 DSGVO) und auf Widerspruch gegen die Verarbeitung (Art. 21 DSGVO). Beruht die Verarbeitung " +
		"auf einer Einwilligung oder einem Vertrag und erfolgt sie automatisiert, haben Sie das Recht auf Datenübertragbarkeit (Art. 20 DSGVO).",
	Withdraw:      "Soweit wir Ihre Daten auf Grundlage Ihrer Einwilligung verarbeiten, können Sie diese jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO), und zwar so:",
	Complaint:     "6. Beschwerderecht (Art. 15 Abs. 1 lit. f)",
	ComplaintText: "Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren (Art. 77 DSGVO). Für uns zuständig ist: %s.",
	Source:        "7. Herkunft der Daten (Art. 15 Abs. 1 lit. g)",
	SourceSubject: "Wir haben die personenbezogenen Daten bei Ihnen erhoben.",
	SourceOther:   "Soweit wir die Daten nicht bei Ihnen erhoben haben, stammen sie aus folgenden Quellen:",
	Automated:     "8. Automatisierte Entscheidungsfindung (Art. 15 Abs. 1 lit. h)",
	AutomatedNone: "Eine automatisierte Entscheidungsfindung einschließlich Profiling im Sinne von Art. 22 Abs. 1 und 4 DSGVO findet nicht statt.",
	AutomatedSome: "In folgenden Verarbeitungstätigkeiten findet eine automatisierte Entscheidungsfindung im Sinne von Art. 22 Abs. 1 und 4 DSGVO statt:",
	Transfers:     "9. Übermittlung in Drittländer (Art. 15 Abs. 2)",
	TransfersNone: "Wir übermitteln Ihre personenbezogenen Daten nicht an ein Drittland oder eine internationale Organisation.",
	TransfersText: "Wir übermitteln personenbezogene Daten in folgende Drittländer, auf diesen Grundlagen (Art. 45, 46 und 49 DSGVO):",
	NoSafeguard:   "keine Garantie erfasst",
	Closing:       "Bei Fragen zu dieser Auskunft wenden Sie sich bitte an unseren Datenschutzbeauftragten.",
	Contact:       "Datenschutzbeauftragte/r", Signature: "Mit freundlichen Grüßen",
	Finish:     "Entwurf für die/den Datenschutzbeauftragte/n: vor dem Versand jedes [[TODO]] ausfüllen und streichen, was diese Person nicht betrifft.",
	NoneFound:  "Keine aktive Verarbeitungstätigkeit passt zu den gewählten Kategorien betroffener Personen.",
	Activities: "Verarbeitungstätigkeiten", TodoNone: "bestätigen, dass keine Daten verarbeitet werden, oder andere Kategorien betroffener Personen wählen",
	TodoAuthority: "Name und Anschrift der zuständigen Aufsichtsbehörde",
	TodoSource:    "Herkunft der Daten, oder angeben, dass sie bei der betroffenen Person erhoben wurden",
	TodoLogic:     "aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen für die betroffene Person",
	TodoSignature: "Name und Unterschrift", TodoConfirm: "prüfen, dass jede aufgeführte Tätigkeit diese Person betrifft",
	TodoCopy:    "Kopie der Daten beifügen oder angeben, wie sie bereitgestellt wird",
	TodoAddress: "Postanschrift der betroffenen Person", TodoController: "Name des Verantwortlichen", TodoRetention: "Speicherdauer oder die Kriterien für ihre Festlegung",

	Controllers:          "Andere Verantwortliche, die Daten für eigene Zwecke erhalten (nicht in unserem Auftrag)",
	JointControllers:     "Gemeinsam Verantwortliche (Art. 26 DSGVO)",
	Representative:       "Unser Vertreter in der Union (Art. 27 DSGVO)",
	SourceSubjectSome:    "Bei Ihnen erhoben haben wir die Daten für: %s.",
	SubProcessorOf:       "%s (Unterauftragsverarbeiter von %s)",
	TodoAuthorityAddress: "Anschrift der Aufsichtsbehörde",
	TodoDPOContact:       "wie die/der Datenschutzbeauftragte erreichbar ist (E-Mail oder Anschrift)",
	TodoScoring:          "die DSFA-Prüfung verzeichnet Bewertung oder Scoring: angeben, ob eine Entscheidung nach Art. 22 folgt, und wenn ja die involvierte Logik und ihre Auswirkungen",
	TodoSafeguard:        "Übermittlungsgrundlage (Angemessenheitsbeschluss, Standardvertragsklauseln, …) für diese Übermittlung",
	TodoWithdrawal:       "wie die Einwilligung für diese Tätigkeit widerrufen wird",
	TodoProcessorCountry: "Land, in dem dieser Empfänger die Daten verarbeitet",
}
