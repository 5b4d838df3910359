package desk

import "github.com/dpodesk/dpodesk/model"

// The demo organisation is fictional: a garden-supplies retailer with a web shop,
// stores, staff and the usual service providers. Names of real services appear
// only as the well-known processors such a firm would use.

var demoOrganisation = model.Organisation{
	Name: "Lindenhof Gartenbedarf GmbH", Address: "Am Lindenhof 12, 10999 Berlin, Germany",
	Email: "datenschutz@lindenhof-garten.example", DPOName: "Dr. Petra Sommer",
	DPOEmail: "dpo@lindenhof-garten.example", Authority: "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
}

type demoProcessor struct {
	name, entity, country, role, mechanism, dpa, services string
	signedMonthsAgo, reviewInMonths                       int // 0 = no date
	clauses                                               string
}

var demoProcessors = []demoProcessor{
	{"Hetzner", "Hetzner Online GmbH", "DE", "processor", "", "signed", "hosting of the web shop", 30, 6, "abcdefgh"},
	{"Stripe", "Stripe Payments Europe Ltd", "IE", "processor", "", "signed", "card payments", 20, 4, "abcdefgh"},
	{"PayPal", "PayPal (Europe) S.à r.l. et Cie, S.C.A.", "LU", "independent_controller", "", "none", "PayPal payments", 0, 0, ""},
	{"Brevo", "Sendinblue GmbH", "DE", "processor", "", "signed", "newsletter dispatch", 14, 10, "abcdefg"},
	{"Personio", "Personio SE & Co. KG", "DE", "processor", "", "signed", "HR records and payroll preparation", 26, -1, "abcdefgh"},
	{"Zendesk", "Zendesk, Inc.", "US", "processor", "dpf", "signed", "customer service tickets", 18, 1, "abcdefgh"},
	{"Google Analytics", "Google Ireland Limited", "IE", "processor", "dpf", "signed", "web analytics", 12, 12, "abcdefh"},
	{"Microsoft 365", "Microsoft Ireland Operations Limited", "IE", "processor", "dpf", "signed", "e-mail and office", 24, 3, "abcdefgh"},
	{"DHL Paket", "DHL Paket GmbH", "DE", "independent_controller", "", "none", "parcel delivery", 0, 0, ""},
	{"Lohnbüro Meyer", "Lohnbüro Meyer Steuerberatung", "DE", "processor", "", "negotiating", "payroll accounting", 0, 0, "abc"},
	{"Trustpilot", "Trustpilot A/S", "DK", "independent_controller", "", "none", "customer reviews", 0, 0, ""},
	{"Calendly", "Calendly LLC", "US", "processor", "", "requested", "appointments for garden planning", 0, 0, ""},
	{"Aktenvernichtung Nord", "Aktenvernichtung Nord GmbH", "DE", "processor", "", "expired", "shredding of paper records", 40, -4, "abcdefgh"},
	{"Cloudflare", "Cloudflare, Inc.", "US", "processor", "scc", "signed", "CDN and DDoS protection", 9, 15, "abcdefgh"},
	{"Kameraservice Brandt", "Kameraservice Brandt e.K.", "DE", "processor", "", "signed", "maintenance of store CCTV", 33, -2, "abcdefgh"},
}

type demoActivity struct {
	name, purpose, bases, subjects, data, recipients, retention, processors string
	art9                                                                    string
	criteria                                                                string
	reviewInMonths                                                          int
	gaps                                                                    bool // leave Art. 30 fields empty to show findings
}

var demoActivities = []demoActivity{
	{"Web shop orders", "processing and delivering orders", "6.1.b,6.1.c", "customers", "identity,contact,contract,financial", "processors,logistics", "order data=10 years (§ 147 AO)", "Hetzner,Stripe,PayPal,DHL Paket", "", "", 8, false},
	{"Customer accounts", "managing customer accounts in the web shop", "6.1.b", "customers", "identity,contact,online", "processors", "account data=until the account is deleted", "Hetzner", "", "", 5, false},
	{"Newsletter", "sending the garden newsletter", "6.1.a", "newsletter_subscribers", "contact,online", "processors", "e-mail address=until unsubscribed", "Brevo", "", "", 2, false},
	{"Web analytics", "measuring use of the web shop", "6.1.a", "users", "online", "processors", "analytics data=14 months", "Google Analytics", "", "", -1, false},
	{"Customer service", "answering questions and complaints", "6.1.b,6.1.f", "customers,prospects", "identity,contact,communication", "processors", "tickets=3 years", "Zendesk,Microsoft 365", "", "", 7, false},
	{"Payroll", "paying salaries", "6.1.b,6.1.c", "employees", "identity,contact,financial,national_id", "processors,public_authorities", "payroll records=10 years", "Personio,Lohnbüro Meyer", "", "", 4, false},
	{"Personnel files", "administering employment", "6.1.b,6.1.c", "employees,former_employees", "identity,contact,professional", "processors", "personnel file=3 years after leaving", "Personio", "", "", 9, false},
	{"Sick leave and occupational health", "recording sick leave and occupational medicine", "6.1.c", "employees", "identity,health", "public_authorities", "sick notes=3 years", "Personio", "9.2.b,9.2.h", "sensitive_data", 3, false},
	{"Recruiting", "selecting applicants", "6.1.b", "applicants", "identity,contact,professional", "processors", "applications=6 months after the decision", "Personio", "", "", 1, false},
	{"Store video surveillance", "protecting stores against theft and vandalism", "6.1.f", "visitors,employees", "identity", "processors", "recordings=72 hours", "Kameraservice Brandt", "", "systematic_monitoring,large_scale", 2, false},
	{"Garden planning appointments", "booking consultations", "6.1.b", "customers,prospects", "identity,contact", "processors", "appointments=1 year", "Calendly", "", "", 6, false},
	{"Customer reviews", "inviting customers to review purchases", "6.1.a", "customers", "identity,contact", "it_providers", "review invitations=30 days", "Trustpilot", "", "", 10, false},
	{"Loyalty programme", "running the Lindenhof bonus card", "6.1.a,6.1.b", "customers", "identity,contact,contract,usage", "processors", "bonus account=2 years after last use", "Hetzner", "", "evaluation_scoring,matching_combining", 4, false},
	{"Supplier management", "managing suppliers and their contacts", "6.1.b,6.1.f", "suppliers,business_contacts", "identity,contact,contract", "processors", "supplier contacts=3 years after the last order", "Microsoft 365", "", "", 11, false},
	{"Accounting", "bookkeeping and annual accounts", "6.1.c", "customers,suppliers", "identity,financial,contract", "public_authorities,tax_auditors", "ledgers=10 years", "", "", "", 5, false},
	{"IT security logging", "detecting attacks on the web shop", "6.1.f", "users", "connection", "processors", "server logs=14 days", "Hetzner,Cloudflare", "", "", 3, false},
	{"E-mail and office", "internal and external communication", "6.1.b,6.1.f", "employees,customers,business_contacts", "identity,contact,communication", "processors", "mailboxes=6 years", "Microsoft 365", "", "", 2, false},
	{"Shredding of paper records", "secure destruction of documents", "6.1.c", "customers,employees", "identity,financial", "processors", "", "Aktenvernichtung Nord", "", "", -2, true},
	{"Prize draws", "running seasonal prize draws", "6.1.a", "customers,prospects", "identity,contact", "", "", "", "", "", -3, true},
	{"Garden workshops for children", "organising children's workshops", "6.1.a", "children,customers", "identity,contact,health", "", "registrations=1 year", "", "", "vulnerable_subjects,sensitive_data", 1, true},
	{"Returns and warranty", "handling returns and warranty claims", "6.1.b,6.1.c", "customers", "identity,contact,contract", "processors,logistics", "claims=3 years", "DHL Paket", "", "", 7, false},
	{"Fraud prevention", "screening orders for payment fraud", "6.1.f", "customers", "identity,financial,connection", "processors", "fraud checks=1 year", "Stripe", "", "evaluation_scoring,automated_decision", 5, false},
	{"Visitor Wi-Fi", "offering Wi-Fi in the stores", "6.1.b", "visitors", "connection", "", "connection logs=7 days", "", "", "", 8, false},
	{"Data subject requests", "handling rights requests", "6.1.c", "customers,employees,applicants", "identity,contact,communication", "", "request files=3 years", "", "", "", 12, false},
	{"Marketing by post", "sending catalogues to customers", "6.1.f", "customers", "identity,contact", "processors", "addresses=2 years after last order", "", "", "", 0, true},
}

var demoSubjects = []string{"Anna Schmidt", "Jonas Weber", "Lea Fischer", "Paul Wagner", "Mia Becker", "Ben Hoffmann",
	"Emma Schulz", "Finn Koch", "Hannah Richter", "Luca Klein", "Sophie Wolf", "Noah Schröder", "Marie Neumann",
	"Elias Schwarz", "Lina Zimmermann", "Felix Braun", "Clara Krüger", "Leon Hofmann", "Ida Hartmann", "Tim Lange",
	"Greta Schmitt", "Moritz Werner", "Frieda Krause", "Jakob Meier", "Ella Lehmann", "Anton Köhler", "Mila Herrmann",
	"Oskar König", "Emilia Walter", "Karl Mayer"}
