package export

// stepText holds the fixed wording of the step letters in one language; what
// depends on the case comes from the register or is left as a [[TODO: …]].
type stepText struct {
	de                                                                 bool
	Thanks, TypeRef, ClockWaits, ClockRuns, SendTo                     string
	IdentityTitle, IdentityAsk, TodoIdentity                           string
	ClarifyTitle, ClarifyAsk, TodoClarify                              string
	ExtendTitle, ExtendText, ExtendBy, TodoReasons                     string
	RefuseTitle, RefuseText, Remedies, TodoRefusal                     string
	ErasureTitle, ErasureDone, TodoErasure, ErasureKept                string
	RectifyTitle, RectifyDone, TodoRectify                             string
	Art19, Art19Ask, TodoRecipients, TodoCheckRecipients, TodoDPOEmail string
}

var stepEN = stepText{
	Thanks:  "thank you for your request for %s, which reached us on %s.",
	TypeRef: "%s (%s GDPR)",
	ClockWaits: "Until your reply reaches us, the period for our answer is suspended; it continues on the day your reply " +
		"arrives (Art. 12(3) and (6) GDPR, EDPB Guidelines 01/2022).",
	ClockRuns: "This question does not extend the period for our answer, which ends on %s.",
	SendTo:    "Please reply to this letter or write to %s.",

	IdentityTitle: "Your request: confirmation of your identity",
	IdentityAsk: "Before we answer, we must be sure that we give the information to you and to no one else. Under Art. 12(6) " +
		"GDPR we therefore ask you for the following, and for nothing more than is needed for this purpose:",
	TodoIdentity: "the information needed to confirm the identity, e.g. the customer number or the e-mail address used with us; ask for an identity document only where nothing less will do",
	ClarifyTitle: "Your request: please specify",
	ClarifyAsk: "So that we can answer your request fully, please tell us which information or which processing " +
		"activities your request relates to (Recital 63 GDPR):",
	TodoClarify: "what needs clarifying, and why (e.g. the large quantity of data we process about the data subject)",

	ExtendTitle: "Your request: extension of the period for our answer",
	ExtendText: "We need more time to answer your request. Art. 12(3) GDPR allows the period to be extended by two further " +
		"months where necessary, taking into account the complexity and number of the requests. The reasons in your case: %s.",
	ExtendBy:    "We will answer by %s at the latest.",
	TodoReasons: "the reasons for the extension (complexity, number of requests)",

	RefuseTitle: "Your request: our decision",
	RefuseText:  "We will not take action on your request. The reasons: %s.",
	Remedies: "You have the right to lodge a complaint with a supervisory authority (Art. 77 GDPR); the authority " +
		"competent for us is: %s. You also have the right to seek a judicial remedy (Art. 79 GDPR) (Art. 12(4) GDPR).",
	TodoRefusal: "the reasons; for a manifestly unfounded or excessive request (Art. 12(5) GDPR), why it is, with the evidence kept",

	ErasureTitle: "Your request: erasure of your personal data",
	ErasureDone:  "We have erased the personal data concerning you, as you requested under Art. 17 GDPR.",
	TodoErasure:  "the date of erasure and the systems it covered",
	ErasureKept:  "data that must be kept, with the legal obligation or other ground of Art. 17(3) GDPR — or delete this paragraph",
	RectifyTitle: "Your request: rectification of your personal data",
	RectifyDone:  "We have rectified the personal data concerning you, as you requested under Art. 16 GDPR:",
	TodoRectify:  "what was corrected, from what to what, and on which date",

	Art19:               "We have informed each recipient to whom the personal data had been disclosed (Art. 19 GDPR):",
	Art19Ask:            "On request, we will tell you who these recipients are (Art. 19 GDPR).",
	TodoRecipients:      "the recipients informed, or that there were none, or why informing them is impossible or involves disproportionate effort",
	TodoCheckRecipients: "check that each recipient listed received this data subject's data and was informed",
	TodoDPOEmail:        "name and e-mail address of the data protection officer",
}

var stepDE = stepText{
	de:      true,
	Thanks:  "vielen Dank für Ihren Antrag auf %s, der uns am %s erreicht hat.",
	TypeRef: "%s (%s DSGVO)",
	ClockWaits: "Bis Ihre Antwort bei uns eingeht, ist die Frist für unsere Antwort gehemmt; sie läuft an dem Tag weiter, " +
		"an dem Ihre Antwort eingeht (Art. 12 Abs. 3 und 6 DSGVO, EDSA-Leitlinien 01/2022).",
	ClockRuns: "Diese Rückfrage verlängert die Frist für unsere Antwort nicht; sie endet am %s.",
	SendTo:    "Bitte antworten Sie auf dieses Schreiben oder schreiben Sie an %s.",

	IdentityTitle: "Ihr Antrag: Bestätigung Ihrer Identität",
	IdentityAsk: "Bevor wir antworten, müssen wir sicher sein, dass wir die Auskunft Ihnen und niemand anderem geben. " +
		"Nach Art. 12 Abs. 6 DSGVO bitten wir Sie daher um Folgendes, und um nicht mehr, als dafür nötig ist:",
	TodoIdentity: "die zur Bestätigung der Identität nötigen Angaben, z. B. Kundennummer oder die bei uns verwendete E-Mail-Adresse; einen Ausweis nur, wo nichts Milderes genügt",
	ClarifyTitle: "Ihr Antrag: Bitte um Präzisierung",
	ClarifyAsk: "Damit wir Ihren Antrag vollständig beantworten können, teilen Sie uns bitte mit, auf welche Informationen " +
		"oder Verarbeitungsvorgänge sich Ihr Antrag bezieht (Erwägungsgrund 63 DSGVO):",
	TodoClarify: "was zu präzisieren ist und warum (z. B. die große Menge an Daten über die Person)",

	ExtendTitle: "Ihr Antrag: Verlängerung der Frist für unsere Antwort",
	ExtendText: "Wir benötigen mehr Zeit für die Beantwortung Ihres Antrags. Art. 12 Abs. 3 DSGVO erlaubt es, die Frist " +
		"um weitere zwei Monate zu verlängern, wenn dies unter Berücksichtigung der Komplexität und der Anzahl von " +
		"Anträgen erforderlich ist. Die Gründe in Ihrem Fall: %s.",
	ExtendBy:    "Wir antworten spätestens am %s.",
	TodoReasons: "die Gründe der Verlängerung (Komplexität, Anzahl der Anträge)",

	RefuseTitle: "Ihr Antrag: unsere Entscheidung",
	RefuseText:  "Wir werden auf Ihren Antrag hin nicht tätig. Die Gründe: %s.",
	Remedies: "Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren (Art. 77 DSGVO); für uns zuständig ist: %s. " +
		"Sie haben außerdem das Recht auf einen gerichtlichen Rechtsbehelf (Art. 79 DSGVO) (Art. 12 Abs. 4 DSGVO).",
	TodoRefusal: "die Gründe; bei einem offenkundig unbegründeten oder exzessiven Antrag (Art. 12 Abs. 5 DSGVO), warum er es ist, mit den aufbewahrten Nachweisen",

	ErasureTitle: "Ihr Antrag: Löschung Ihrer personenbezogenen Daten",
	ErasureDone:  "Wir haben die Sie betreffenden personenbezogenen Daten wie von Ihnen nach Art. 17 DSGVO verlangt gelöscht.",
	TodoErasure:  "Datum der Löschung und die betroffenen Systeme",
	ErasureKept:  "Daten, die aufbewahrt werden müssen, mit der gesetzlichen Pflicht oder dem anderen Grund nach Art. 17 Abs. 3 DSGVO — oder diesen Absatz streichen",
	RectifyTitle: "Ihr Antrag: Berichtigung Ihrer personenbezogenen Daten",
	RectifyDone:  "Wir haben die Sie betreffenden personenbezogenen Daten wie von Ihnen nach Art. 16 DSGVO verlangt berichtigt:",
	TodoRectify:  "was berichtigt wurde, von was zu was, und an welchem Tag",

	Art19:               "Wir haben jeden Empfänger, dem die personenbezogenen Daten offengelegt wurden, unterrichtet (Art. 19 DSGVO):",
	Art19Ask:            "Auf Ihren Wunsch teilen wir Ihnen diese Empfänger mit (Art. 19 DSGVO).",
	TodoRecipients:      "die unterrichteten Empfänger, oder dass es keine gab, oder warum die Unterrichtung unmöglich ist oder einen unverhältnismäßigen Aufwand erfordert",
	TodoCheckRecipients: "prüfen, dass jeder genannte Empfänger Daten dieser Person erhalten hat und unterrichtet wurde",
	TodoDPOEmail:        "Name und E-Mail-Adresse der/des Datenschutzbeauftragten",
}
