package policy

import (
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

var (
	// a period: "30 days", "seven days", "zwei Jahre", "six to ten years", "6-10 Jahren"; the
	// digits of "seven (7) years" and the abbreviations "yrs", "mos" of US notices; a
	// fraction of a unit with one decimal ("6.5 years", "2,5 Jahre")
	rePeriodRE = lazy(`\b(?:(\d{1,4}|` + numWords + `)[\s\p{Zs}]*(?:to|-|–|bis|und|or|oder)[\s\p{Zs}]*)?(\d{1,4}(?:[.,]\d)?|` + numWords + `)\)?[\s\p{Zs}-]*(days?|calendar days|tagen|tage|tag|weeks?|wochen|woche|months?|mos|monaten|monate|monats|monat|calendar years?|years?|yrs?|kalenderjahren|kalenderjahres|kalenderjahre|kalenderjahr|jahren|jahres|jahre|jahr|hours?|stunden|minutes?|minuten)\b`)
	// the sentence must speak of keeping or deleting data
	reRetentionCue = kw{words: []string{"stor", "remov", "entfern", "vernicht", "destroy", "retain", "retention", "kept", "keep", "delet", "eras", "anonymi", "speicher", "aufbewahr", "bewahren", "gelöscht", "lösch", "vorgehalten", "expir", "lifetime", "valid", "gültig", "laufzeit", "duration", "dauer", "frist", "period",
		// periods stated with the verb of collecting or processing, or as an upper bound
		"collect", "stay on", "stays on", "backup", "overwrit", "überschrieb", "abonniert", "logged", "logs ", "remain", "bleib", "process", "verarbeit", "erfass", "erheb", "protokoll", "at most", "längstens",
		"maximal", "spätestens", "at the latest", "no longer than", "höchstens", "betragen", "beträgt", "maintain",
		// a cookie's lifetime: "these cookies last for one year", "your sign-in persists for two weeks"
		"last for", "lasts for", "persist",
		// a sentence that says when the erasure of the one before applies: "this is
		// the case when the respective session is ended"
		"is the case when", "saved",
		// … and how long that usually is: "In der Regel sind das 6 Monate"
		"sind das", "das sind",
		// disposing, purging and archiving are ends of storage; "indefinitely" states one
		"discard", "dispos", "purg", "archiv", "indefinitely"}}
	// ages, deadlines for answering, experience: periods that are no retention rule
	reNotRetention = newKW(`(?i)\b(?:respond|answer)(?:ed|ing)?\b|\b(?:respond|answer)s (?:to|within|you|your|all|any)\b|beantwort|\b(?:reply|experience)|erfahrung|notify|benachrichtig|within one month of receipt|acknowledg|eingangsbestätigung`, "respond", "answer", "beantwort", "reply", "experience", "erfahrung", "notify", "benachrichtig", "within one month", "acknowledg", "eingangsbestätigung")
	// an age ("16 years old", "until a child reaches the age of 26", "ab dem
	// 16. Lebensjahr") is no period, but the periods beside it in the same
	// sentence may be ("retain medical records for 25 years … or until a
	// child patient reaches the age of 26")
	reAgeMention = newKW(`(?i)\b[\w.]+[ -]years?[ -](?:old|of age)\b|\bage of[ ]+\w+(?:[ ]+years?)?|\b[\w.]+[ ]+lebensjahr\w*|\b\w+[ ]+jahre[ ]+alt\b`,
		"years old", "year old", "years of age", "year of age", "years-old", "year-old", "age of", "lebensjahr", "jahre alt")
	// an age limit: "Minderjährige unter 16 Jahren", "erst ab 16 Jahre",
	// "zwischen 13 und 16 Jahren", "children under 13 years"
	reAgeLimit = newKW(`(?i)\b(?:unter|ab|über)[ ]+\d{1,2}[ ]+jahren?\b|\bzwischen[ ]+\d{1,2}[ ]+und[ ]+\d{1,2}[ ]+jahren\b|\b(?:under|over|aged)[ ]+\d{1,2}[ ]+years?\b`,
		"unter ", "ab ", "über ", "zwischen ", "under ", "over ", "aged ")
	// a recurring interval ("reviewed every three years", "alle drei Jahre
	// überprüft", "twice per year") is no retention rule, but the periods
	// beside it in the same sentence may be ("… (6 Jahre) und … (10 Jahre)")
	reRecurring = newKW(`(?i)\b(?:every\s+(?:\d+\s+|other\s+|two\s+|few\s+)?(?:hours?|days?|weeks?|months?|years?)\b|alle\s+(?:\d+\s+|zwei\s+|drei\s+|paar\s+)?(?:stunden|tage|wochen|monate|jahre)\b)|per (?:year|month)|pro (?:jahr|monat)`, "every", "alle ", "per year", "per month", "pro jahr", "pro monat")
	periodUnits = kw{re: rePeriodRE, words: []string{"day", "tag", "week", "woche", "month", "monat", "year", "jahr", "hour", "stunde", "yr", "mos", "minute", "kalenderjahr", "calendar year"}}
	numberValue = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20, "twenty-four": 24, "thirty": 30, "sixty": 60, "ninety": 90,
		"a": 1, "an": 1, "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
		"sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15, "achtzehn": 18, "zwanzig": 20,
		"vierundzwanzig": 24, "dreißig": 30, "sechzig": 60, "neunzig": 90}
	// numWords are the number words of numberValue as alternatives in byte
	// order. Sorted, words that share a start stand side by side ("ein|eine|einem",
	// "six|sixty"), and the parser merges them into a tree: the period expression,
	// which holds the list twice, shrinks from 644 to 538 instructions and runs
	// about 2.5 times faster. A word sorts before every longer word it begins, as
	// in the hand-written list before, so where two could match the expression
	// still tries the shorter first and matches exactly as it did.
	numWords = strings.Join(slices.Sorted(maps.Keys(numberValue)), "|")
	// rules tied to an event rather than a fixed period; the match is reported
	// verbatim. Split by kind so that each runs only where its words occur.
	reEventRetention = []kw{
		newKW(`(?i)until (?:you|they|the (?:user|subscriber|recipient)) (?:unsubscribes?|revokes?|withdraws?|objects?|resets?|opts? out)|(?:if|once|as soon as|after) you (?:unsubscribe|object to the processing|revoke your consent|withdraw your consent|have (?:revoked|withdrawn) your consent)`,
			"until you", "until they", "until the", "if you", "once you", "as soon as you", "after you"),
		newKW(`(?i)bis (?:zu )?(?:ihrem |zum )?widerruf|bis zu(?:r| ihrer) (?:abmeldung|austragung)|bis sie (?:sich )?(?:abmelden|widersprechen|ihre einwilligung widerrufen)|bis sie (?:den newsletter |ihn |diesen |die e-mails )?(?:abbestellen|abmelden)|bis sie (?:der (?:verarbeitung|nutzung|speicherung) |dem )?widersprechen`,
			"bis zu", "bis sie", "bis widerruf"),
		// card details kept only for the payment: "securely destroyed as soon as
		// the payment has been processed", "gelöscht, sobald die Zahlung
		// abgewickelt ist"
		newKW(`(?i)(?:as soon as|once|when|after) (?:the |your )?(?:payment|transaction|donation) (?:has been|is|was) (?:processed|completed|made)\b|(?:sobald|nachdem) (?:die|ihre) (?:zahlung|spende|transaktion) (?:abgewickelt|abgeschlossen|bearbeitet|ausgeführt) (?:ist|wurde)`,
			"payment", "transaction", "donation", "zahlung", "spende", "transaktion"),
		// "gelöscht, sobald Sie Ihre Einwilligung in den Newsletter widerrufen"
		newKW(`(?i)(?:sobald|nachdem) (?:sie|du) (?:ihre |deine |die )?einwilligung(?: [\p{L}-]+){0,4}? widerruf(?:en|st)(?: haben| hast)?\b|(?:sobald|nachdem) (?:sie|du) (?:sich|dich) (?:[\p{L}-]+ ){0,3}?abmelde(?:n|st)\b`+
			// a generator's "Nach einem Widerruf werden diese personenbezogenen Daten … gelöscht"
			`|\bnach (?:einem|ihrem|deinem|dem) widerruf\b`,
			"sobald sie", "nachdem sie", "sobald du", "nachdem du", "nach einem widerruf", "nach ihrem widerruf", "nach deinem widerruf", "nach dem widerruf"),
		newKW(`(?i)as long as you (?:are|remain) (?:registered|subscribed|enrolled|employed|(?:a|our|one of our) (?:customers?|clients?|members?|subscribers?|students?|patients?|volunteers?)|an employee)|as long as you (?:remain|stay|are) (?:connected|involved|associated) (?:to|with) (?:(?:the|our) [\p{L}-]+|us)\b|solange sie (?:registriert|angemeldet|(?:unser(?:e)? )?(?:kunde|kundin|mitglied|klient|klientin|patient|patientin))|solange sie (?:den newsletter |unseren newsletter |ihn )?abonniert haben|solange sie (?:den|unseren) newsletter (?:beziehen|erhalten)|(?:for )?as long as (?:your|the) (?:subscription|account|contract|membership|customer relationship)(?: (?:to|for|with) (?:the |our )?[\w-]+)? (?:runs|exists|is active|remains active|lasts)|while your (?:account|subscription|membership|contract) (?:(?:is|remains|stays) (?:active|open)|exists|runs)|(?:for|limited to|during) the (?:duration|length|term) of (?:the|your|our) (?:(?:relevant|respective|applicable) )?(?:contract(?:ual relationship)?|registration|membership|business relationship|user account|browser session|session|employment|enrolment|enrollment|course|stay|event|conference)|during the (?:application|recruitment) process|für die dauer (?:des|der|ihrer|ihres|unserer|unseres)(?: jeweiligen)? (?:vertrag\w*|registrierung|\p{L}*mitgliedschaft|geschäftsbeziehung|sitzung|abonnement\w*|nutzung\w*|kundenbeziehung|nutzerkontos|kontos|beschäftigungsverhältnisses|arbeitsverhältnisses|bewerbungsverfahrens|kurses|aufenthalts|veranstaltung)|for the (?:duration|length|term) of your (?:subscription|use)`,
			"as long as", "solange sie", "while your", "duration of", "length of", "term of", "für die dauer", "during the application", "during the recruitment"),
		// the person keeps an account or uses the service; closing or cancelling it ends the storage
		newKW(`(?i)as long as you (?:have|hold|keep|maintain) (?:an|your) (?:user |customer )?account|as long as you (?:use|keep using|are using|continue to use) (?:the|our) (?:app|application|service|services|website|platform)|(?:for )?as long as you have (?:it|the app|our app|the application) installed|solange sie (?:die|unsere) (?:app|anwendung) (?:nutzen|verwenden|installiert haben)|until you (?:close|cancel|terminate) your (?:user |customer )?(?:account|subscription|membership|contract)|solange sie (?:ein|ihr) (?:kunden|benutzer|nutzer)?konto (?:bei uns )?(?:haben|unterhalten|besitzen)|bis zur (?:kündigung|beendigung) (?:ihres|ihrer|des|der) (?:vertrag\w*|kontos|mitgliedschaft|abonnements)`,
			"as long as you", "until you close", "until you cancel", "until you terminate", "solange sie", "bis zur kündigung", "bis zur beendigung"),
		// the account, contract or membership runs; its end ends the storage
		newKW(`(?i)solange (?:ihr|ihre|das|der|die|dein|deine) (?:benutzer|nutzer|kunden)?(?:konto|account|profil|vertrag|vertragsverhältnis|abonnement|mitgliedschaft|geschäftsbeziehung) (?:besteht|läuft|aktiv ist|andauert|fortbesteht)|(?:nach|mit) (?:dem |der )?(?:ende|beendigung|ablauf|kündigung|abschluss) (?:der|des|ihrer|ihres|unserer|unseres) (?:mitgliedschaft|vertrag\w*|vertragsverhältnisses|geschäftsbeziehung|kundenbeziehung|registrierung|nutzerkontos|kontos|abonnements|auftrags|auftrages)|after (?:the )?(?:end|termination|expiry|expiration) of (?:the|your|our) (?:membership|contract(?:ual relationship)?|business relationship|customer relationship|subscription|account)\b`,
			"solange ihr", "solange ihre", "solange das", "solange der", "solange die", "solange dein", "nach dem ende", "nach ende", "nach beendigung", "nach ablauf", "nach kündigung", "nach dem ablauf", "nach der kündigung", "nach der beendigung", "nach dem beendigung", "nach dem kündigung",
			"nach abschluss", "nach dem abschluss", "mit abschluss", "mit dem abschluss", "nach der abschluss", "mit der abschluss",
			"mit dem ende", "mit ende", "mit beendigung", "mit ablauf", "mit kündigung", "mit dem ablauf", "mit der kündigung", "mit der beendigung", "mit der ende", "mit dem beendigung", "mit dem kündigung", "nach der ende", "mit der ablauf", "nach der ablauf",
			"after the end", "after end", "after the termination", "after termination", "after the expiry", "after expiry",
			"after the expiration", "after expiration"),
		newKW(`(?i)when (?:the|your) (?:respective |browser )?session (?:is ended|ends|has ended|is closed)|end of (?:your|the) (?:visit|(?:user |browsing |browser )?session)|(?:close|closing|closed) (?:your|the) (?:browser|web browser)|(?:when|once|as soon as) (?:your|the) (?:web |internet )?browser is closed|(?:wenn|sobald) (?:der|ihr|dein) (?:internet-?|web-?)?browser geschlossen wird|(?:wenn|sobald|nachdem) (?:sie|du) (?:den|ihren|deinen) (?:internet-?|web-?)?browser schließ(?:en|t)|browser session|(?:wenn|sobald) die (?:jeweilige )?sitzung beendet (?:ist|wird)|ende (?:ihres|des|deines) besuch\w*|ende (?:des|ihres|deines) nutzungsvorgangs|ende (?:der|ihrer|deiner) (?:browser-?)?sitzung|schließen (?:ihres|des|deines) (?:internet-?|web-?)?browsers|(?:terminate|end|finish) your visit|(?:nach (?:dem )?)?verlassen (?:unserer|der|dieser) (?:seite|website|webseite|internetseite)|(?:once|when|after) you (?:leave|have left) (?:our|the|this) (?:website|web ?site|site)`+
			// a generator's temporary cookies: "spätestens gelöscht, nachdem ein Nutzer ein
			// Onlineangebot verlassen und sein Endgerät … geschlossen hat"
			`|nachdem (?:ein|der) nutzer (?:ein|das|unser) online-?angebot verlassen|after (?:a|the) user has left (?:an|the|our) online (?:service|offer(?:ing)?)`+
			// a session cookie: "automatisch gelöscht, wenn Sie unsere Website
			// verlassen", "for the duration of the browsing session"
			`|(?:wenn|sobald|nachdem) (?:sie|du) (?:unsere|die|diese|unser) (?:website|webseite|internetseite|seite|online-?angebot) verlass(?:en|t)|(?:when|once) you leave (?:our|the|this) (?:website|site)|duration of the browsing session`,
			"end of your", "end of the", "browser", "ende ihres", "ende deines", "ende des", "ende der", "ende ihrer", "ende deiner",
			"schließen", "session", "sitzung beendet", "your visit", "verlassen", "you leave", "you have left", "has left"),
		// consent that lasts: "gespeichert, solange die entsprechende
		// Einwilligung vorliegt", "as long as your consent remains valid"
		newKW(`(?i)solange (?:die|ihre|deine|eine|Ihre) (?:entsprechende |jeweilige |erteilte )?einwilligung (?:vorliegt|besteht|gilt|wirksam ist)|as long as (?:your|the) consent (?:is valid|remains valid|exists|is in place|lasts)`,
			"einwilligung vorliegt", "einwilligung besteht", "einwilligung gilt", "einwilligung wirksam", "as long as your consent", "as long as the consent"),
		// cookies the person deletes: "bleiben auf Ihrem Endgerät gespeichert,
		// bis Sie diese löschen", "until you actively delete them"
		newKW(`(?i)bis (?:sie|du) (?:diese|sie) (?:selbst |selbstständig |manuell |aktiv )?löschen\b|until you (?:actively |manually |yourself )?delete them\b`,
			"bis sie diese", "bis sie sie", "bis du diese", "bis du sie", "until you delete them", "until you actively",
			"until you manually", "until you yourself"),
		newKW(`(?i)not limited in time|zeitlich unbegrenzt|unbefristet gespeichert|indefinitely|without (?:a |any )?time limit|ohne zeitliche (?:begrenzung|beschränkung)|on a perpetual basis|in perpetuity|(?:stored|kept|retained|stores|keeps|retains) (?:\S+ ){0,3}?permanently|speicher\w* (?:\S+ ){0,3}?dauerhaft|dauerhaft (?:\S+ ){0,2}?gespeichert|(?:kept|stored|retained|held) (?:\S+ ){0,2}?for the (?:lifetime|life) of the (?:organi[sz]ation|club|association|society|charity|company|group)\b|für die dauer des bestehens (?:des|der|unseres|unserer) (?:vereins|verbands|gesellschaft|organisation|gruppe)`,
			"limited in time", "unbegrenzt", "unbefristet", "indefinitely", "time limit", "ohne zeitliche", "perpetu", "permanently", "dauerhaft",
			"lifetime of the", "life of the", "des bestehens"),
		// published contributions stay public: "will remain publicly available"
		newKW(`(?i)remains? publicly (?:available|accessible|visible)|bleib(?:t|en) (?:dauerhaft )?öffentlich (?:zugänglich|abrufbar|einsehbar|sichtbar)`,
			"remain publicly", "remains publicly", "öffentlich zugänglich", "öffentlich abrufbar", "öffentlich einsehbar",
			"öffentlich sichtbar"),
		// the end of a named event: "After PyCon US is over", "once the camp has ended"
		newKW(`(?:[Aa]fter|[Oo]nce|[Nn]ach(?:dem)?) (?:the |die |das |der )?(?:\p{Lu}[\p{L}\d-]*\s){1,3}(?:is|has|ist) (?:over|ended|finished|vorbei|beendet|zu ende)`,
			"is over", "has ended", "has finished", "is finished", "ist vorbei", "ist beendet", "ist zu ende"),
		// unsubscribing ends the storage: "durch Abmeldung beenden", "on unsubscribing"
		newKW(`(?i)(?:durch|mit|nach|bei) (?:ihrer |der |erfolgter )?abmeldung|(?:when|once|after) you (?:have )?unsubscribed?|on unsubscribing|upon unsubscrib\w*`,
			"abmeldung", "unsubscrib"),
		// the end of an event or meeting ends the storage
		newKW(`(?i)nach (?:jeder|jedem|dem ende der|ende der|ende des|der|(?:dem )?abschluss der|(?:dem )?abschluss des) (?:jeweiligen )?(?:veranstaltung|sitzung|meeting|termin|webinar|konferenz|kurses|turniers|wettkampfs)|after (?:each|every|the end of the|the end of each|the) (?:event|meeting|session|webinar|conference)\b|when the (?:respective )?conversation with the user (?:is|has been) (?:ended|terminated)|wenn die jeweilige konversation mit dem nutzer beendet ist`+
			// "speichern wir nur so lange, bis die jeweilige Korrespondenz beendet ist"
			`|bis die (?:jeweilige )?(?:korrespondenz|konversation|kommunikation) (?:beendet|abgeschlossen) ist|until the (?:respective |relevant )?(?:correspondence|conversation) (?:has ended|is ended|is over|is closed|has been closed)`,
			"nach jede", "nach dem ende", "nach ende", "nach der veranstaltung", "nach der sitzung", "nach der konferenz",
			"nach der meeting", "nach der termin", "nach der webinar", "nach abschluss", "nach dem abschluss",
			"after each", "after every", "after the end", "after the event", "after the meeting", "after the session",
			"after the webinar", "after the conference", "conversation with the user", "konversation mit dem nutzer",
			"korrespondenz", "konversation", "kommunikation", "correspondence", "conversation"),
		// deleting the account ends the storage
		newKW(`(?i)(?:upon|on|after|with) (?:the )?(?:account deletion|deletion of (?:your|the) (?:user )?account)|(?:when|until) you (?:delete|uninstall|remove) (?:your (?:user )?(?:account|profile)|the app(?:lication)?)|bis sie ihr (?:benutzer|nutzer|kunden)?(?:konto|profil|account) löschen|bis sie die app (?:löschen|deinstallieren|entfernen)|(?:mit|nach|bei) (?:der )?löschung (?:ihres|deines|des) (?:benutzer|nutzer|kunden)?(?:kontos|accounts|profils)|(?:mit|nach|bei) (?:der )?(?:löschung|deinstallation|entfernung) der app\b|(?:upon|on|after|with) (?:the )?(?:deletion|uninstallation|removal) of the app\b`,
			"account deletion", "deletion of your", "deletion of the", "delete your", "löschung ihres", "löschung deines", "löschung des", "bis sie ihr",
			"uninstall", "remove", "delete the app", "bis sie die app", "löschung der app", "deinstallation der app", "entfernung der app", "removal of the app"),
		// the person closes, cancels, deletes or removes something of theirs: "until you cancel your premium
		// subscription", "bis Sie Ihr Kundenkonto schließen", "sobald Sie die App deinstallieren"
		newKWAtWord(`(?i)(?:bis|sobald|wenn) sie (?:ihr|ihre|ihren|die|den|das|ein|eine|einen) (?:[\wäöüß„“"-]+ ){1,3}?(?:löschen|deinstallieren|entfernen|schließen|kündigen|deaktivieren|abmelden)\b|(?:until|once|when) you (?:close|cancel|deactivate) (?:your|the) (?:[\w-]+ ){0,2}?(?:account|subscription|membership)\b|(?:until|once|when) you (?:delete|remove|uninstall) (?:your|the) (?:[\w-]+ ){0,2}?(?:account|app|profile)\b`,
			eventOwnWords()...),
		// the data stay: "we do not delete", "expires when you close the app"
		newKW(`(?i)we do not delete|werden nicht gelöscht|expires? when you (?:close|quit|leave)|when (?:the |your )?browser is closed|(?:beim|mit dem) schließen (?:des|ihres) browsers|(?:wenn|sobald|nachdem) (?:sie|du) (?:den|ihren|deinen) (?:web-?)?browser schließ(?:en|t)`,
			"not delete", "nicht gelöscht", "expire", "browser is closed", "schließen", "schließt"),
		// the customer relationship, account or membership lasts; its end, closing or deletion ends the storage
		newKW(`(?i)while you (?:are|remain) (?:a |our )?(?:customer|member|subscriber|user)\b|(?:for )?the (?:lifetime|life) of your (?:user |customer )?(?:account|subscription|membership)|until (?:your|the) (?:user |customer )?(?:account|subscription|membership|contract) (?:is|has been) (?:deleted|closed|cancell?ed|terminated)|until (?:the )?end of (?:your|the|our) (?:membership|contract|subscription|business relationship|customer relationship|(?:recruitment |application |selection )?(?:process|procedure)|school year|academic year|season|course)|while you have an? (?:active )?(?:user |customer )?(?:account|subscription|membership)|as long as your (?:user |customer )?(?:account|subscription|membership) (?:remains|is|stays) (?:open|active)|until (?:your|the) (?:subscription|membership|contract) (?:ends|expires)|bis zum (?:ende|abschluss|ablauf) (?:des|der|ihres|ihrer) (?:bewerbungsverfahrens|verfahrens|auswahlverfahrens|schuljahres|kurses|abonnements|vertrags|vertrages|mitgliedschaft)|as long as (?:we have|there is) (?:a|an|our) (?:business|customer|contractual) relationship|bis zur löschung (?:ihres|deines|des) (?:benutzer|nutzer|kunden)?(?:kontos|accounts|profils)|bis zur (?:kündigung|beendigung) (?:der|unserer|ihrer) (?:geschäftsbeziehung|kundenbeziehung|vertragsbeziehung)|bis zum ende (?:ihrer|ihres|der|des|unserer) (?:mitgliedschaft|vertrag\w*|abonnements|geschäftsbeziehung|kundenbeziehung)`,
			"while you", "lifetime of", "life of", "until your", "until the end", "until end", "as long as we", "as long as your", "bis zum abschluss", "bis zum ablauf", "as long as there", "bis zur löschung", "bis zur kündigung", "bis zur beendigung", "bis zum ende"),
		// exercising the right to object ends the storage: "bis Sie Ihr
		// Widerspruchsrecht nach Art. 21 DSGVO ausüben"
		newKW(`(?i)bis sie (?:ihr |von ihrem )?widerspruchsrecht\b|until you (?:exercise|use) your right to object\b`,
			"widerspruchsrecht", "until you exercise", "until you use"),
		// settling the person's enquiry ends the storage: "Nach Erledigung der
		// von Ihnen gestellten Anfrage", "sofern Ihre Anfrage abschließend
		// beantwortet worden ist", "once your enquiry has been resolved"
		newKW(`(?i)nach (?:erledigung|abschließender bearbeitung|abschluss|beantwortung) (?:der|ihrer|ihres)(?: [\wäöüß-]+){0,4}? (?:anfrage|anliegens|kontaktanfrage)\b|(?:sobald|sofern|wenn|nachdem) (?:die|ihre) (?:kontakt)?anfrage (?:abschließend |vollständig )?(?:bearbeitet|beantwortet|erledigt)|(?:sobald|wenn|nachdem) (?:die (?:konversation|kommunikation|korrespondenz) beendet und )?(?:ihr|das) anliegen (?:abschließend |vollständig )?(?:geklärt|bearbeitet|erledigt)|(?:once|after|when) (?:your|the) (?:enquiry|inquiry|request|query|question) (?:has been|is|was) (?:fully |finally )?(?:answered|resolved|dealt with|handled|settled|closed)\b|(?:once|after|when) we have (?:fully |finally )?(?:answered|resolved|dealt with|handled|processed) your (?:enquiry|inquiry|request|query|question)\b`,
			"nach erledigung", "nach abschließender bearbeitung", "nach abschluss", "nach beantwortung", "bearbeitet",
			"beantwortet", "erledigt", "geklärt", "answered", "resolved", "dealt with", "handled", "settled", "closed", "processed your"),
		// the person's request to delete ends the storage: "bis du eine Löschung
		// deines Nutzerkontos verlangst", "until you notify us that you no
		// longer wish to use the service"
		newKW(`(?i)bis (?:sie|du) (?:\S+ ){0,4}?(?:löschung|anonymisierung)\S* (?:\S+ ){0,4}?(?:verlangen|verlangst|beantragen|beantragst|fordern|forderst)\b|until you (?:notify|tell|inform) us that you no longer (?:wish|want) to\b`,
			"verlangen", "verlangst", "beantragen", "beantragst", "fordern", "forderst", "until you notify", "until you tell",
			"until you inform"),
		// the person's request to delete, beside the withdrawal of consent in the
		// widespread contact-form sentence: "verbleiben bei uns, bis Sie uns zur
		// Löschung auffordern, Ihre Einwilligung zur Speicherung widerrufen …",
		// "until you request us to delete it, revoke your consent …", "until
		// you ask us to eradicate the data"
		newKW(`(?i)bis (?:sie|du) (?:uns|mich) zur löschung (?:auffordern|aufforderst)\b|until you (?:request|ask|instruct) us to (?:delete|erase|eradicate|remove)\b`,
			"zur löschung auffor", "until you request us", "until you ask us", "until you instruct us"),
		// a birthday ends the storage: "we keep the record until their
		// twenty-fifth birthday", "bis zum 18. Geburtstag des Kindes"
		newKW(`(?i)until (?:their|his|her|your|the (?:child|patient)['’]s|your child['’]s) (?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?) birthday\b|bis zum (?:\d{1,2}\.|[a-zäöüß]+) geburtstag\b`,
			"birthday", "geburtstag"),
		// logging out ends the storage
		newKW(`(?i)(?:when|once|after) you log ?out\b|upon log ?out\b|beim (?:ausloggen|logout)`, "log out", "logout", "ausloggen"),
		// a shop's model notice: the address leaves the mailing list on
		// unsubscribing ("Ihre E-Mail-Adresse wird danach aus dem Verteiler
		// entfernt"), order data stay for the warranty period ("zunächst für
		// die Dauer der Gewährleistungsfrist")
		newKW(`(?i)(?:aus|von) (?:dem|unserem|der|unserer) (?:newsletter-?|e-mail-?)?(?:verteiler|mailingliste|mailing-liste)\w* (?:\S+ ){0,2}?(?:entfernt|gelöscht|ausgetragen)|removed from (?:the|our) (?:mailing|distribution|newsletter|e-?mail) list`,
			"verteiler", "mailingliste", "mailing-liste", "removed from"),
		// data kept as evidence stay until an incident is settled: "Daten, deren
		// weitere Aufbewahrung zu Beweiszwecken erforderlich ist, sind bis zur
		// endgültigen Klärung des jeweiligen Vorfalls von der Löschung ausgenommen"
		newKW(`(?i)bis zur (?:endgültigen |abschließenden )?klärung (?:des|eines|der) (?:jeweiligen )?(?:vorfalls|vorfälle|sachverhalts)|bis (?:der|ein) (?:jeweilige )?vorfall (?:endgültig |abschließend )?geklärt (?:ist|wurde)|until (?:the )?(?:final )?(?:clarification|investigation) of (?:the|an|any) (?:relevant |respective )?incident(?: (?:has been|is) (?:finally |fully )?(?:clarified|resolved|completed))?|until the (?:relevant |respective )?incident (?:has been|is) (?:finally |fully )?(?:clarified|resolved)`,
			"klärung", "geklärt", "clarification of", "investigation of", "incident has", "incident is"),
		newKW(`(?i)(?:für )?die dauer der gewährleistungs(?:frist|zeit)|bis zum ablauf der gewährleistungs(?:frist|zeit)|(?:for|until the end of) the (?:duration of the )?(?:statutory )?warranty period`,
			"gewährleistung", "warranty period"),
	}
)

// retentionVerbs are each language's verbs of keeping data ("we hold your CV
// for six months", "heben … auf").
var retentionVerbs = sync.OnceValue(func() map[string][]lexPhrase {
	return phrasesByLang(func(t titleWords) []string { return t.RetentionVerbs })
})

// keepingVerb: the sentence keeps data with one of the lexicon's verbs.
func keepingVerb(sv sent, lang string) bool {
	return anyIn(retentionVerbs()[lang], sv)
}

// findRetention lists fixed periods and event-tied rules stated for stored data.
func findRetention(d *docView) []Retention {
	var out []Retention
	seenFixed := map[string]bool{}
	subjects := map[string][]string{} // per period and section, the subjects of the rules kept
	seenEvent := map[string]bool{}
	eventSubjects := map[string][]string{} // per kind of event, the subjects of the rules kept
	weakEvent := map[string]int{}          // per kind of event, the rule kept from a sentence that erases nothing
	retSec := retentionSections(d)
	for si, s := range d.sents {
		sv := d.sv(si)
		txt, lower := sv.txt, sv.lower
		if r, ok := shortPeriodCell(d, s, txt, seenFixed); ok {
			out = append(out, r)
			continue
		}
		if !periodUnits.mayS(sv) && !anyEventWords(sv) && !strings.Contains(sv.lower, "| s") ||
			!reRetentionCue.mayS(sv) && !inDurationColumn(d, s.start, sv.txt) && !(s.sec >= 0 && retSec[s.sec]) &&
				!reUntilOptOut.matchS(sv) && !keepingVerb(sv, d.lang) {
			continue
		}
		var periods [][]int
		if periodUnits.mayS(sv) {
			periods = periodsIn(lower) // same offsets as txt
		}
		var events [][]int
		for _, ev := range reEventRetention {
			events = append(events, ev.findAllS(sv)...)
		}
		if m := reSessionCell.FindStringIndex(lower); m != nil && inDurationColumn(d, s.start, txt) {
			events = append(events, []int{m[0] + 1, m[1] - 1}) // "| Session |" in an expiry column
		}
		if len(periods) > 0 {
			if rec := reRecurring.findAllS(sv); rec != nil {
				periods = outside(periods, rec)
			}
			if ages := append(reAgeMention.findAllS(sv), reAgeLimit.findAllS(sv)...); ages != nil {
				periods = outside(periods, ages)
			}
			periods = slices.DeleteFunc(periods, func(m []int) bool {
				return timelineStep(lower[m[1]:]) || lowerBound(lower[:m[0]]) || lookBack(lower[:m[0]], lower[m[1]:])
			})
		}
		if loc := reNotRetention.findS(sv); loc != nil {
			// a deadline for answering or notifying is no retention rule, but
			// deleting once the enquiry is answered, or once the person asks
			// or notifies, is; and so is a period of keeping stated before
			// the answer is named ("We'll keep your information for 8
			// years …, in case we need to respond to a legal claim")
			periods, events = keptBefore(lower, periods, loc[0]), personEvents(txt, events)
		}
		if len(periods) == 0 && len(events) == 0 || rightsFrom(d, si) == 0 && !(s.sec >= 0 && retSec[s.sec]) && !keepsWithoutRight(d, sv, periods) {
			continue
		}
		flat := strings.Join(strings.Fields(lower), " ") // the sentence, to know it again in another section
		for _, m := range periods {
			days := periodDays(txt, m)
			key := strconv.Itoa(days) + "|" + d.path(s.sec) + "|" + lower[m[0]:m[1]]
			// the same sentence repeated in several sections is one rule
			same := strconv.Itoa(days) + "|" + flat
			subj := articledSubject(lower)
			if days <= 0 || seenFixed[same] || seenFixed[key] && !otherSubject(subj, subjects[key]) {
				continue
			}
			subjects[key] = append(subjects[key], subj)
			seenFixed[key], seenFixed[same] = true, true
			out = append(out, d.retention(s, m[0], m[1], days))
		}
		generic := rePurposeCeases.matchS(sv)
		erases := len(events) > 0 && erasureStatement(s, sv, retSec)
		var keptSpans [][]int // the event spans of this sentence already kept
		for _, m := range events {
			if generic && personsChoice(eventKind(txt[m[0]:m[1]])) {
				// "until you withdraw or the data are no longer needed":
				// boilerplate; a dated end stays ("nach Abschluss der
				// Veranstaltung gelöscht, sobald sie … nicht mehr erforderlich
				// sind")
				continue
			}
			if overlapsAny(m, keptSpans) {
				continue // "expire when you close" and "close your browser": two patterns, one rule
			}
			if eventKind(txt[m[0]:m[1]]) == "session" && !endsStorage(sv, m) {
				continue
			}
			if lawfulUntilRevoked(lower[m[1]:]) {
				continue
			}
			if len(periods) > 0 && (anchorsPeriod(lower[m[0]:m[1]]) || extendedByPeriod(lower[m[1]:])) {
				continue // "six months after the end of the contract": the period is the rule
			}
			key := eventKind(txt[m[0]:m[1]])
			switch key {
			case "duration":
				key += "|" + finalWord(lower[m[0]:m[1]]) // the contract, the subscription …
			case "unlimited":
				if anonymisedData(d, si) {
					// "we may anonymise your personal data … in which case we may
					// use this information indefinitely": anonymous data are no
					// personal data, and their keeping no retention rule
					continue
				}
				// keeping without end is said of the data of a section ("payments
				// are stored indefinitely", "logs are retained indefinitely"), not
				// of something the person does once for the whole notice
				key += "|" + d.path(s.sec)
			}
			subj := eventSubject(lower)
			// the same sentence repeated in several sections is one rule
			same := "event|" + lower[m[0]:m[1]] + "|" + flat
			if seenEvent[same] {
				continue
			}
			if seenEvent[key] && !otherSubject(subj, eventSubjects[key]) {
				// a rule said twice: the statement of when data are erased
				// replaces an earlier mention ("must stay stored for the
				// duration of the session" before "this is the case when the
				// respective session is ended")
				if at, ok := weakEvent[key]; ok && erases {
					out[at] = d.retention(s, m[0], m[1], 0)
					delete(weakEvent, key)
				}
				continue
			}
			seenEvent[key], seenEvent[same] = true, true
			eventSubjects[key] = append(eventSubjects[key], subj)
			if !erases {
				weakEvent[key] = len(out)
			}
			out = append(out, d.retention(s, m[0], m[1], 0))
			keptSpans = append(keptSpans, m)
		}
	}
	return out
}

// keptBefore keeps the periods that end before at and follow a verb of
// keeping or erasing: the sentence states how long data are kept before it
// speaks of answering.
func keptBefore(lower string, periods [][]int, at int) [][]int {
	var out [][]int
	for _, m := range periods {
		if before := lower[:m[0]]; m[1] <= at && (reKeepVerb.match(before, before) || reErasureWords.may(before)) {
			out = append(out, m)
		}
	}
	return out
}

// reAnonymised: the sentence says the data are made anonymous ("we may
// anonymise your personal data", "Ihre Daten … anonymisieren") or hold no
// personal data ("Aggregated, anonymized data … does not contain personal
// data"), not merely that some data kept are anonymous ("Anonymized
// analytics — retained indefinitely").
var reAnonymised = newKW(`(?i)\banonymi[sz]e (?:your|the|this|such|that|these|those)\b|\b(?:ihre|die|diese) (?:\S+ ){0,3}?anonymisier(?:en|t)\b|\b(?:does|do) not contain (?:any )?personal (?:data|information)\b|\benthalten keine personenbezogenen\b`,
	"anonymi", "contain", "enthalten keine")

// anonymisedData: sentence si, or the one it continues (a hard-wrapped
// line cut it off: "… anonymize your personal data (so that it can no
// longer be associated with you) for" over "research or statistical
// purposes, in which case we may use this information indefinitely"),
// says the data are anonymous.
func anonymisedData(d *docView, si int) bool {
	if reAnonymised.matchS(d.sv(si)) {
		return true
	}
	for k := si - 1; k >= 0 && k >= si-maxWrappedLines; k-- {
		prev := strings.TrimSpace(d.sv(k).txt)
		if prev == "" || strings.ContainsAny(prev[len(prev)-1:], ".!?:") {
			return false // the sentence before ended: no continuation
		}
		if reAnonymised.matchS(d.sv(k)) {
			return true
		}
	}
	return false
}

// maxWrappedLines is how many hard-wrapped lines before a sentence are read
// as its start.
const maxWrappedLines = 3

// keepsWithoutRight: a sentence of a rights section keeps data for a
// period and speaks of no right ("Other legislation requires doctors to
// retain medical records for 25 years" under "What are your rights?"): its
// periods are retention rules.
func keepsWithoutRight(d *docView, sv sent, periods [][]int) bool {
	return len(periods) > 0 && (keepingVerb(sv, d.lang) || reKeepVerb.matchS(sv)) && !anyRightWord(sv) && !reRightsSentence.matchS(sv)
}

// reKeepVerb is a verb of keeping data: a period beside it is how long
// they are kept, not a look-back ("collected in the preceding twelve
// months").
var reKeepVerb = newKW(`(?i)\b(?:retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing)|aufbewahr\w*|gespeichert|speicher(?:n|t)?)\b`,
	"retain", "keep", "kept", "stor", "aufbewahr", "gespeichert", "speicher")

// reEvenAfter stands before an event that storage outlasts: cookies "die auch
// nach dem Schließen des Browsers gespeichert bleiben", "remain even after
// you close your browser".
var reEvenAfter = lazy(`(?i)\b(?:auch|even|selbst)\s+(?:nach|after|über)?(?:\s+(?:dem|der|den|the))?\s*$`)

// reStepAfterPeriod follows a period that dates a step of the service,
// not a keeping of data: "one-month and one-year follow ups", "a
// two-week trial", "One month after the survey, we collect …", "Zwei
// Wochen nach Ihrem Aufenthalt senden wir …".
var reStepAfterPeriod = lazy(`^(?:(?:-|\s*(?:and|or|to|/|,|und|oder|bis)\s*(?:[\p{L}\d]+[- ])?(?:days?|weeks?|months?|years?))?[- ]\s*(?:follow[- ]?ups?|feedback|check[- ]?ins?|surveys?|trials?|appointments?|visits?)\b|\s+after (?:the|your|each|their) [\w-]+(?: [\w-]+)?,?\s*(?:we|you)\s+(?:will\s+)?(?:collect|contact|send|ask|call|e-?mail|invite|remind)|\s+nach (?:der|dem|ihrer|ihrem|deiner|deinem) [\p{L}-]+,?\s*(?:senden|kontaktieren|fragen|erheben|bitten|schicken|erinnern) (?:wir|sie))`)

// timelineStep: the text after a period says that it dates a step of the
// service (reStepAfterPeriod).
func timelineStep(after string) bool {
	return reStepAfterPeriod.MatchString(after)
}

// reLookBack ends the text before a period that looks back from a request
// ("the personal information we collected about you in the previous 12
// months", "in den vorangegangenen zwölf Monaten"); reRollingAfter follows
// one that counts requests ("up to two times in a rolling twelve-month
// period"). Neither says how long data are kept.
var (
	reLookBack     = lazy(`(?:\b(?:previous|preceding|prior)|\b(?:in|during|within|over) the past|vorangegangenen|vorhergehenden|zurückliegenden)\s*$`)
	reRollingAfter = lazy(`^[- ]?\s*(?:rolling|period)\b`)
	reRollingLead  = lazy(`\brolling\s*$`)
)

// lookBack: the period at hand looks back or counts requests.
func lookBack(before, after string) bool {
	return reLookBack.MatchString(before) || reRollingLead.MatchString(before) && reRollingAfter.MatchString(after)
}

// reLowerBound ends the text before a period that is only a lower bound
// ("we may store your credit card information longer than 30 days", "mehr
// als zwei Jahre"): it says how long data are kept at least, not when they
// go. Negated in its clause ("will not be saved for longer than three
// years", "nicht länger als") it is an upper bound and stays.
var reLowerBound = lazy(`(?:longer|more) than\s*$|(?:länger|mehr) als\s*$`)

// reBoundNegation negates a bound in the words before it.
var reBoundNegation = lazy(`(?:^|[^\p{L}])(?:no|not|never|nicht|nie)(?:[^\p{L}]|$)|n['’]t\s`)

// maxBoundNegation is how far before "longer than" a negation is looked for.
const maxBoundNegation = 30

// lowerBound: the text before a period ends in a lower bound, not negated.
func lowerBound(before string) bool {
	loc := reLowerBound.FindStringIndex(before)
	return loc != nil && !reBoundNegation.MatchString(before[max(0, loc[0]-maxBoundNegation):loc[0]])
}

// reBrowserAdvice is advice on what the person may set in a browser ("das
// automatische Löschen der Cookies beim Schließen des Browsers aktivieren",
// "set your browser to delete cookies when you close it"): no rule of the
// controller's.
var reBrowserAdvice = newKW(`(?i)\b(?:aktivieren|einstellen|einstellungen|deaktivieren|set your browser|browser settings|configure your browser|you can (?:set|configure|choose)|enable)\b`,
	"aktivieren", "einstellen", "einstellungen", "set your browser", "browser settings", "configure your browser", "you can", "enable")

// endsStorage: the end of a session or a browser's closing at m ends the
// storage the sentence states, rather than being outlasted by it or being
// a setting the person may choose. The advice is looked for in m's own
// clause: "stored for the duration of the browsing session; you can
// configure these cookies in your browser settings" states the rule first.
func endsStorage(sv sent, m []int) bool {
	if reEvenAfter.MatchString(sv.lower[max(0, m[0]-maxEvenAfter):m[0]]) {
		return false
	}
	if !reBrowserAdvice.mayS(sv) {
		return true
	}
	lo, hi := strings.LastIndexByte(sv.lower[:m[0]], ';')+1, len(sv.lower)
	if k := strings.IndexByte(sv.lower[m[1]:], ';'); k >= 0 {
		hi = m[1] + k
	}
	return !reBrowserAdvice.match(sv.txt[lo:hi], sv.lower[lo:hi])
}

// maxEvenAfter is how far before an event "auch nach" is looked for.
const maxEvenAfter = 16

// overlapsAny: span m shares a byte with one of spans.
func overlapsAny(m []int, spans [][]int) bool {
	for _, k := range spans {
		if m[0] < k[1] && k[0] < m[1] {
			return true
		}
	}
	return false
}

// reErasureWords: a sentence says that or when data are erased.
var reErasureWords = kw{words: []string{"delet", "eras", "remov", "lösch", "entfern", "the case when", "der fall, wenn"}}

// erasureStatement: sentence s states an erasure, or stands in a section on
// how long data are kept.
func erasureStatement(s sentence, sv sent, retSec []bool) bool {
	return s.sec >= 0 && retSec[s.sec] || reErasureWords.mayS(sv)
}

// outside keeps the matches that overlap none of the spans.
func outside(ms, spans [][]int) [][]int {
	var out [][]int
	for _, m := range ms {
		if !slices.ContainsFunc(spans, func(sp []int) bool { return m[0] < sp[1] && sp[0] < m[1] }) {
			out = append(out, m)
		}
	}
	return out
}

// reBracketedNumber is a number a template left in brackets for its user to
// confirm ("for a period of [6] years", "[twelve] months").
var reBracketedNumber = lazy(`\[(?:\d{1,3}|[a-z]{3,9})\]`)

// unbracketNumbers writes the brackets around such numbers as spaces, so
// that the period reads as written out; the offsets stay those of the text.
func unbracketNumbers(lower string) string {
	return reBracketedNumber.ReplaceAllStringFunc(lower, func(m string) string {
		return " " + m[1:len(m)-1] + " "
	})
}

// periodsIn runs the period expression only on short windows that end after a
// unit word ("days", "Jahre" …), so long sentences cost little.
func periodsIn(lower string) [][]int {
	if strings.IndexByte(lower, ']') < 0 {
		return periodsOf(lower)
	}
	out := periodsOf(unbracketNumbers(lower))
	for _, m := range out {
		if m[0] > 0 && lower[m[0]-1] == '[' {
			m[0]-- // the period as written: "[6] years"
		}
	}
	return out
}

// periodsOf is periodsIn on a text without bracketed numbers.
func periodsOf(lower string) [][]int {
	var out [][]int
	last := -1
	for _, u := range periodUnits.words {
		for from := 0; ; {
			k := strings.Index(lower[from:], u)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(u)
			if at > 0 && isLetterByte(lower[at-1]) {
				continue // "today", "Vertrag": the expression needs the unit to start a word
			}
			num := numberStart(lower, at)
			if num < 0 {
				continue // "each day": no number before the unit
			}
			// room for a range before the number ("twenty-four to thirty days")
			lo, hi := max(num-32, 0), min(at+len(u)+10, len(lower))
			for _, m := range rePeriodRE.FindAllStringSubmatchIndex(lower[lo:hi], -1) {
				for x := range m {
					if m[x] >= 0 {
						m[x] += lo
					}
				}
				if m[6] <= at && at < m[7] && m[0] != last {
					out, last = append(out, m), m[0]
				}
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return dedupeStarts(out)
}

func dedupeStarts(ms [][]int) [][]int {
	var out [][]int
	for _, m := range ms {
		if len(out) > 0 && out[len(out)-1][0] == m[0] {
			continue
		}
		out = append(out, m)
	}
	return out
}

// eventOwnWords are the openings of an event in which the person ends the
// storage with something of theirs ("bis sie ihr", "until you cancel"): the
// expression for them is costly and these words are rare.
func eventOwnWords() []string {
	var out []string
	for _, c := range []string{"bis", "sobald", "wenn"} {
		for _, o := range []string{"ihr", "ihre", "ihren", "die", "den", "das", "ein", "eine", "einen"} {
			out = append(out, c+" sie "+o+" ")
		}
	}
	for _, c := range []string{"until", "once", "when"} {
		for _, v := range []string{"close", "cancel", "deactivate", "delete", "remove", "uninstall"} {
			out = append(out, c+" you "+v)
		}
	}
	return out
}

// anyEventWords: the sentence holds a word of some event-tied rule. One
// list serves all the rules: their words, without those that hold another
// of them ("until you close" holds "until you"), since where the longer
// word stands the shorter does too.
func anyEventWords(sv sent) bool { return eventGate().mayS(sv) }

var eventGate = sync.OnceValue(func() kw {
	var all []string
	for _, ev := range reEventRetention {
		all = append(all, ev.words...)
	}
	slices.Sort(all)
	all = slices.Compact(all)
	var gate []string
	for _, w := range all {
		if !slices.ContainsFunc(all, func(v string) bool { return v != w && strings.Contains(w, v) }) {
			gate = append(gate, w)
		}
	}
	return kw{words: gate}
})

// lawfulUntilRevoked: the text after "bis zum Widerruf" continues the
// standard sentence on withdrawing consent ("ohne dass die Rechtmäßigkeit
// der aufgrund der Einwilligung bis zum Widerruf erfolgten Verarbeitung
// berührt wird"), which says what stays lawful, not how long data are kept.
func lawfulUntilRevoked(after string) bool {
	return strings.HasPrefix(after, " erfolgte") || strings.HasPrefix(after, " stattgefundene")
}

// eventKind groups event-tied rules, so that a rule repeated in several sections
// ("until you unsubscribe" for the newsletter and for its mailing tool) is one.
// personsChoice: an event of the kind is the person's choice (a
// withdrawal, a request, unsubscribing), which boilerplate pairs with the
// purpose's end.
func personsChoice(kind string) bool {
	return kind == "withdrawal" || kind == "request" || kind == "unsubscribe" || kind == "own deletion" || kind == ""
}

func eventKind(s string) string {
	l := strings.ToLower(s)
	switch {
	case strings.Contains(l, "session") || strings.Contains(l, "sitzung") || strings.Contains(l, "browser") ||
		strings.Contains(l, "visit") || strings.Contains(l, "besuch") || strings.Contains(l, "verlassen") ||
		strings.Contains(l, "leave") || strings.Contains(l, "left"):
		return "session"
	case strings.Contains(l, "birthday") || strings.Contains(l, "geburtstag"):
		return "age" // the person reaches an age
	case strings.Contains(l, "delete them") || strings.HasSuffix(l, " löschen"):
		return "own deletion" // the person deletes the cookies
	case strings.Contains(l, "request us") || strings.Contains(l, "ask us") || strings.Contains(l, "instruct us"):
		return "request"
	case strings.Contains(l, "unsubscribe") || strings.Contains(l, "abmeld") || strings.Contains(l, "abbestell") ||
		strings.Contains(l, "verteiler") || strings.Contains(l, "mailing") || strings.Contains(l, "austrag"):
		return "unsubscribe"
	case strings.Contains(l, "revoke") || strings.Contains(l, "withdraw") || strings.Contains(l, "widerruf") ||
		strings.Contains(l, "object") || strings.Contains(l, "widersprech"):
		return "withdrawal"
	case strings.Contains(l, "limited in time") || strings.Contains(l, "unbegrenzt") || strings.Contains(l, "unbefristet") ||
		strings.Contains(l, "indefinitely"):
		return "unlimited"
	case strings.Contains(l, "verlang") || strings.Contains(l, "beantrag") || strings.Contains(l, "forder") ||
		strings.Contains(l, "no longer wish") || strings.Contains(l, "no longer want"):
		return "request"
	case strings.Contains(l, "perpetu") || strings.Contains(l, "permanently") || strings.Contains(l, "dauerhaft") && !strings.Contains(l, "öffentlich"):
		return "unlimited"
	case strings.Contains(l, "publicly") || strings.Contains(l, "öffentlich"):
		return "public"
	case strings.Contains(l, "reset"):
		return "reset"
	case strings.Contains(l, "anfrage") || strings.Contains(l, "enquir") || strings.Contains(l, "inquir") ||
		strings.Contains(l, "request") || strings.Contains(l, "query") || strings.Contains(l, "question"):
		return "enquiry"
	case strings.Contains(l, "klärung") || strings.Contains(l, "clarif") || strings.Contains(l, "incident"):
		return "incident"
	case strings.HasPrefix(l, "nach ") || strings.HasPrefix(l, "after "):
		return "after" // "nach der Veranstaltung": the end, not the duration, of the event
	case strings.HasPrefix(l, "mit "):
		return "end" // "mit Beendigung der Mitgliedschaft gelöscht": deleted at the end
	}
	return "duration"
}

// anchorsPeriod: an event that starts a period ("after the end of …", "nach
// Ablauf …") rather than ending the storage itself.
func anchorsPeriod(lower string) bool {
	return strings.HasPrefix(lower, "after ") || strings.HasPrefix(lower, "nach ") || strings.HasPrefix(lower, "mit ")
}

// extendedByPeriod: the event is followed by a period that runs on after it
// ("für die Dauer der Mitgliedschaft und darüber hinaus für maximal 1 Jahr",
// "for the term of the contract and for a further six months"): the period
// is the rule.
func extendedByPeriod(rest string) bool {
	return hasAnyPrefix(strings.TrimLeft(rest, " ,"), periodExtenders)
}

// periodExtenders open the period that follows an event.
var periodExtenders = []string{"und darüber hinaus", "und danach", "und anschließend", "and thereafter", "and for a further",
	"and for up to", "and then for"}

// finalWord is the last word of s, "" for none.
func finalWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// periodDays converts a period match to days (month = 30, year = 365), taking the
// upper bound of a range.
func periodDays(txt string, m []int) int {
	if whole, tenth, ok := decimalAt(txt[m[4]:m[5]]); ok {
		// "6.5 years": the days of the tenths added to those of the whole units
		unit := strings.ToLower(txt[m[6]:m[7]])
		if days := (periodDaysOf(10*whole+tenth, unit) + 5) / 10; days > 0 {
			return days
		}
		return periodDaysOf(whole+1, unit) // "1.5 hours": a day, as hours are rounded up
	}
	return periodDaysOf(numberAt(txt, m[4], m[5]), strings.ToLower(txt[m[6]:m[7]]))
}

// decimalAt reads a number with one decimal ("6.5", "2,5") as its whole
// part and its tenths.
func decimalAt(w string) (whole, tenth int, ok bool) {
	i := strings.IndexAny(w, ".,")
	if i < 0 || i != len(w)-2 {
		return 0, 0, false
	}
	n, err := strconv.Atoi(w[:i])
	if err != nil {
		return 0, 0, false
	}
	return n, int(w[i+1] - '0'), true
}

// periodDaysOf is n units in days.
func periodDaysOf(n int, unit string) int {
	if n <= 0 {
		return 0
	}
	switch {
	case strings.HasPrefix(unit, "calendar y") || strings.HasPrefix(unit, "kalenderjahr"):
		return 365 * n // "zehn Kalenderjahre", "ten calendar years"
	case strings.HasPrefix(unit, "day") || strings.HasPrefix(unit, "calendar") || strings.HasPrefix(unit, "tag"):
		return n
	case strings.HasPrefix(unit, "week") || strings.HasPrefix(unit, "woche"):
		return 7 * n
	case strings.HasPrefix(unit, "month") || strings.HasPrefix(unit, "monat") || unit == "mos":
		return 30 * n
	case strings.HasPrefix(unit, "year") || strings.HasPrefix(unit, "jahr") || strings.HasPrefix(unit, "yr"):
		return 365 * n
	case strings.HasPrefix(unit, "hour") || strings.HasPrefix(unit, "stunde"):
		return (n + 23) / 24
	case strings.HasPrefix(unit, "minute"):
		return (n + 1439) / 1440 // a period in minutes is under a day: one day, as hours are
	}
	return 0
}

func numberAt(txt string, a, b int) int {
	w := strings.ToLower(txt[a:b])
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	return numberValue[w] + tensBefore(strings.ToLower(txt[:a]))
}

// tensWords are the tens that open a compound number word ("thirty-six"),
// whose units the period expression reads as a word of their own.
var tensWords = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90}

// tensBefore is the value of a tens word joined by a hyphen to the number
// that follows before, or 0.
func tensBefore(before string) int {
	rest, ok := strings.CutSuffix(before, "-")
	if !ok {
		return 0
	}
	i := strings.LastIndexFunc(rest, func(r rune) bool { return r < 'a' || r > 'z' })
	return tensWords[rest[i+1:]]
}

// retention builds an entry for the match [a, b) of sentence s; it applies to what
// the section is about.
func (d *docView) retention(s sentence, a, b, days int) Retention {
	applies := d.title(s.sec)
	if applies == "" {
		applies = shorten(d.sentText(s), 80)
	}
	return Retention{Text: d.text[s.start+a : s.start+b], Days: days, AppliesTo: applies,
		Section: d.path(s.sec), Evidence: d.evidence(s.start+a, s.start+b)}
}

// isLetterByte reports whether b is part of a letter: ASCII, or a byte of a
// multi-byte UTF-8 letter such as ä or ß. Digits are not: "30days" is a period.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// numberStart returns where the number before position at starts, in digits or
// words ("30 days", "zwei Jahre", "30 calendar days"), or -1 when the word there
// is no number. The cheap test spares the period expression most unit words;
// where it cannot tell (an unusual space character) it answers with the word.
func numberStart(lower string, at int) int {
	w, start := wordBefore(lower, at)
	if w == "calendar" {
		w, start = wordBefore(lower, start)
	}
	switch {
	case w == "":
		return -1
	case strings.Trim(w, "0123456789") == "":
		if len(w) > 4 {
			return -1
		}
		return start
	}
	if _, ok := numberValue[w]; ok {
		return start
	}
	if strings.IndexFunc(w, func(r rune) bool { return r >= 0x80 && r != 'ä' && r != 'ö' && r != 'ü' && r != 'ß' }) >= 0 {
		return start
	}
	return -1
}

// wordBefore returns the word that ends before position at, skipping the spaces,
// hyphens and no-break spaces the period expression allows there.
func wordBefore(s string, at int) (string, int) {
	i := at
	for i > 0 {
		switch c := s[i-1]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '-' || c == ')':
			i--
			continue
		case c == 0xA0 && i >= 2 && s[i-2] == 0xC2:
			i -= 2
			continue
		}
		break
	}
	end := i
	for i > 0 && (isLetterByte(s[i-1]) || s[i-1] >= '0' && s[i-1] <= '9') {
		i--
	}
	return s[i:end], i
}

// maxTableScan bounds how many rows above a table row are searched for the
// table's header.
const maxTableScan = 40

// inDurationColumn: the sentence is a row of a table ("_ga | Google | 2 years")
// whose header names a duration column ("Expires", "Speicherdauer"), so its
// periods are retention periods without a verb.
func inDurationColumn(d *docView, start int, txt string) bool {
	if !strings.Contains(txt, " | ") {
		return false
	}
	pos := start
	for k := 0; k < maxTableScan && pos > 0; k++ {
		ls := strings.LastIndexByte(d.text[:pos-1], '\n') + 1
		line := d.lowerText[ls : pos-1]
		if !strings.Contains(line, " | ") {
			return false
		}
		if reRetentionCue.may(line) || strings.Contains(line, "expir") || strings.Contains(line, "ablauf") {
			return true
		}
		pos = ls
	}
	return false
}

// reSessionCell is a table cell that gives the end of the session as the
// expiry ("| Session |", "| Sitzung |").
var reSessionCell = lazy(`\|[ \t]*(?:session|sitzung|end of (?:the )?session|sitzungsende|browser session)[ \t]*(?:\||$)`)

// rePurposeCeases is the general clause "or as long as the data are needed":
// an event named beside it ("until you withdraw your consent or the data are
// no longer needed") is an example in a boilerplate rule for all data, not a
// rule for some data.
var rePurposeCeases = newKW(`(?i)\b(?:no longer (?:necessary|required|needed)\b|nicht (?:mehr )?(?:länger )?erforderlich\b|nicht mehr benötigt\b|zweck (?:entfällt|erfüllt)|purpose (?:has been|is) (?:fulfilled|achieved))`, "no longer", "erforderlich", "benötigt", "zweck", "purpose")

// reUntilOptOut is use that lasts until the person opts out ("we send the
// newsletter until you unsubscribe", "bis Sie widersprechen"): the data are
// kept for it, though the sentence names no storage.
var reUntilOptOut = newKW(`(?i)\b(?:until (?:you|they) (?:unsubscribe|withdraw|revoke|object)|bis (?:sie|du) (?:sich )?(?:abmelden|widersprechen|widerrufen|den newsletter abbestellen))`, "until you", "until they", "bis sie", "bis du")

// retentionTitleWords mark a chapter on how long data are kept. There a list
// item needs no storage verb: "Contact requests: 6 months", "Begegnungsdaten
// – nach 14 Tagen".
var retentionTitleWords = []string{"retention", "how long", "storage period", "storage duration", "deletion",
	" deleted ", "speicherdauer", "dauer der speicherung", "löschung", " gelöscht ", "aufbewahrung", "wie lange",
	"löschfrist", "speicherfrist"}

// retentionSections marks the sections titled about retention and their
// sub-sections.
func retentionSections(d *docView) []bool {
	out := make([]bool, len(d.secs))
	for i, s := range d.secs {
		out[i] = containsAny(padded(s.Title), retentionTitleWords) || s.Parent >= 0 && s.Parent < i && out[s.Parent]
	}
	return out
}

// articledSubject is the subject a sentence opens with when it is a noun
// phrase behind an article ("die gehashte kennzahl", "the token"), its words
// up to the verb or a relative clause; "" otherwise.
func articledSubject(lower string) string {
	f := strings.Fields(lower)
	if len(f) > 0 && strings.Trim(f[0], "-•*–") == "" {
		f = f[1:] // a list item's mark
	}
	// a list item labelled with its data: "account information: duration of
	// account plus 2 years", "marketing data: 2 years after …"
	for k := 1; k < len(f) && k <= maxSubjectWords+2; k++ {
		if f[k] == "--" || f[k] == "–" || f[k] == "—" || f[k] == "-" {
			return strings.Trim(strings.Join(f[:k], " "), "*") // "attendance records for safeguarding purposes -- indefinitely"
		}
	}
	for k := 0; k < len(f) && k < maxSubjectWords; k++ {
		if strings.HasSuffix(f[k], ":") {
			if k == 0 && strings.Trim(f[0], ":") == "" {
				break
			}
			return strings.Trim(strings.Join(f[:k+1], " "), ":*")
		}
	}
	// a table row labelled with its data: "order history | 6 years", "payment
	// records | 6 years": each row is a rule of its own
	if cell, _, ok := strings.Cut(strings.TrimLeft(lower, "| "), " | "); ok && len(strings.Fields(cell)) <= maxSubjectWords {
		return strings.Trim(cell, "*")
	}
	if len(f) < 2 || !subjectArticles[f[0]] {
		return ""
	}
	var out []string
	for _, w := range f[1:min(len(f), maxSubjectWords+1)] {
		clause := strings.HasSuffix(w, ",") // a relative clause follows: "Das Token, das …"
		w = strings.Trim(w, ",.:;()")
		if subjectEnds[w] {
			return strings.Join(out, " ")
		}
		out = append(out, w)
		if clause {
			return strings.Join(out, " ")
		}
	}
	return "" // no verb within reach: not a plain subject
}

// personEvents keeps the events that settle the person's enquiry or answer
// the person's request.
func personEvents(txt string, events [][]int) [][]int {
	var out [][]int
	for _, m := range events {
		if k := eventKind(txt[m[0]:m[1]]); k == "enquiry" || k == "request" {
			out = append(out, m)
		}
	}
	return out
}

// reInvertedSubject is the subject after the verb of a sentence that opens
// with its event: "Nach erfolgter Abmeldung wird Ihre Mobilfunknummer …
// gelöscht", "After you unsubscribe, your email address is …".
var reInvertedSubject = lazy(`\b(?:wird|werden|is|are|will be) (?:ihre?|your|die|der|das|the) ([\p{L}-]+)`)

// eventSubject is the data an event-tied rule is about, "" when the sentence
// does not say: its opening subject, or the subject after its verb.
func eventSubject(lower string) string {
	if s := articledSubject(lower); s != "" {
		return s
	}
	if m := reInvertedSubject.FindStringSubmatch(lower); m != nil {
		return m[1]
	}
	return longSubject(lower)
}

// reLongSubject is a subject of up to nine words after its
// article that ends in the data it names, before the verb of keeping: "Die
// von Ihnen im Kontaktformular eingegebenen Daten verbleiben bei uns …",
// "Die von Ihnen an uns per Kontaktanfragen übersandten Daten verbleiben …"
// (two rules of one template, for two kinds of data).
var reLongSubject = lazy(`^(?:die|der|das|the) ((?:[\p{L}-]+ ){1,8}?(?:daten|data|angaben|informationen|information)) (?:verbleiben|bleiben|werden|wird|are|is|will)\b`)

// longSubject is such a subject without the words that every such subject
// holds ("von Ihnen", "Daten"), or "".
func longSubject(lower string) string {
	m := reLongSubject.FindStringSubmatch(strings.TrimLeft(lower, " -•*"))
	if m == nil {
		return ""
	}
	var out []string
	for _, w := range strings.Fields(m[1]) {
		if !subjectLinkWords[w] && !genericSubjectWords[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// genericSubjectWords name the person or data in general, the same in
// every long subject.
var genericSubjectWords = wordSet("ihnen", "ihre", "ihr", "uns", "sie", "you", "your", "us", "we", "daten", "data",
	"angaben", "informationen", "information", "personenbezogenen", "personal")

// otherSubject: subj names other data than every rule kept before it with the
// same period in the same section, so it is a rule of its own ("Die
// gehashte Kennzahl wird nach 21 Tagen gelöscht", "Der Token wird nach 21
// Tagen gelöscht"); a sentence without such a subject, or one sharing a word
// with an earlier subject, restates a rule (RT-DEDUP).
func otherSubject(subj string, kept []string) bool {
	if subj == "" {
		return false
	}
	words := strings.Fields(subj)
	for _, k := range kept {
		if k == "" {
			return false
		}
		for _, w := range strings.Fields(k) {
			if !subjectLinkWords[w] && slices.Contains(words, w) {
				return false
			}
		}
	}
	return true
}

// subjectLinkWords join the words of a subject and name no data: "for" in
// "for governance matters" and "attendance records for safeguarding" does
// not make the two one.
var subjectLinkWords = wordSet("for", "of", "the", "and", "or", "to", "in", "on", "a", "an", "der", "die", "das", "und",
	"oder", "für", "von", "zu", "zur", "zum", "mit", "im", "des")

// maxSubjectWords bounds the subject read by articledSubject.
const maxSubjectWords = 4

var (
	subjectArticles = wordSet("the", "der", "die", "das", "your", "ihre", "ihr")
	// the verbs that end a sentence's subject
	subjectEnds = wordSet("is", "are", "was", "will", "wird", "werden", "ist", "sind", "can", "may", "kann", "können")
)
