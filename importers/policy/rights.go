package policy

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// rightCodes in the order reports list them.
var rightCodes = []string{"access", "rectification", "erasure", "restriction", "portability",
	"objection", "withdraw_consent", "complaint", "automated_decision"}

// rightPatterns name each right in English and German, or by its article.
var rightPatterns = map[string]kw{
	"access":             newKW(`(?i)confirm(?:ation)? (?:as to )?whether|kopie (?:ihrer|deiner|der) (?:personenbezogenen )?daten|\b(?:access (?:your|their) (?:personal )?(?:data|information)|information about (?:your|the) (?:personal )?data|auskunft über|obtain a copy)|right (?:of|to) access|\bright to know\b|right to (?:obtain )?information\b|\b(?:access to (?:your|the|their) (?:personal )?(?:data|information)|(?:request|obtain|seek)(?:ing)? access\b|access to and\b|right to access\b|copy of (?:your|the|their) (?:personal )?(?:data|information))|what (?:personal )?(?:data|information) we hold|\b(?:auskunft|art(?:icle|\.)?[\s\p{Zs}]*15\b)`, "right of access", "right to access", "right to know", "right to information", "right to obtain information", "access to your", "access to the", "access to their", "access to and", "request access", "requesting access", "obtain access", "seek access", "copy of", "we hold", "auskunft", "art. 15", "art 15", "article 15", "artikel 15", "art.15", "access your", "access their", "information about", "auskunft über", "obtain a copy", "confirm", "kopie"),
	"rectification":      newKW(`(?i)contact us to (?:have|get) (?:\w+ ){0,4}?(?:changed|corrected|updated)\b|(?:ändern|berichtigen|korrigieren) oder löschen|\b(?:correction of (?:the |your )?(?:personal )?(?:data|information)|update your (?:user )?(?:profile|data|information|details|account)|(?:can|may) change your (?:personal )?(?:data|information|details)|have (?:your (?:personal )?(?:data|information)|it|them) corrected|berichtigen\b|correct inaccurate|rectif|correct (?:it|them|this)\b|to correct\b|correct(?:ion of)? (?:inaccura|incorrect|your)|correct inaccuracies|berichtigung|fix (?:any )?(?:errors|mistakes|inaccuracies)|right (?:to|of) correction\b|korrektur|korrigieren|art(?:icle|\.)?[\s\p{Zs}]*16\b)`, "rectif", "fix ", "of correction", "to correction", "korrektur", "korrigieren", "correct it", "correct them", "correct this", "to correct", "correction of", "correct inaccura", "correct incorrect", "correct your", "berichtigung", "art. 16", "art 16", "article 16", "artikel 16", "art.16", "update your", "change your", "corrected", "berichtigen", "correct inaccurate", "ändern oder", "berichtigen oder", "korrigieren oder", "contact us to"),
	"erasure":            newKW(`(?i)contact us to (?:have|get) (?:\w+ ){0,4}?(?:changed or )?(?:removed|deleted|erased)\b|(?:ändern|berichtigen|korrigieren) oder löschen|\b(?:delete (?:or \w+ )?your (?:user )?account|right to removal|remov(?:e|al of) your (?:personal )?(?:data|information)|have (?:your (?:personal )?(?:data|information)|it|them) (?:\w+ or )?(?:deleted|erased|removed)|daten löschen (?:zu )?lassen|erasure|(?:delete|erase) (?:it|them|this)\b|to (?:delete|erase)\b)|right to (?:be forgotten|deletion|delete|have (?:your )?(?:data|it) deleted)|\b(?:delet(?:e|ion of) (?:your|the|their) (?:personal )?(?:data|information)|löschung|(?:ihre|deine|die) (?:personenbezogenen )?daten löschen)|vergessenwerden|vergessen zu werden|\bart(?:icle|\.)?[\s\p{Zs}]*17\b`, "erasure", "daten löschen", "vergessen", "delete it", "delete them", "delete this", "erase it", "erase them", "erase this", "to delete", "to erase", "be forgotten", "right to deletion", "right to delete", "right to have", "delete your", "delete the", "delete their", "deletion of", "löschung", "art. 17", "art 17", "article 17", "artikel 17", "art.17", "delete your", "delete or", "right to removal", "remove your", "removal of your", "deleted", "erased", "removed", "löschen", "oder löschen", "contact us to"),
	"restriction":        newKW(`(?i)suspend (?:the )?processing|suspension of (?:the )?processing|\b(?:sperrung\b|limit (?:the )?processing|limit (?:how we use|the use of)|have (?:the )?processing (?:of your data )?restricted|einschränken\b)|restriction of (?:the )?processing|right to restrict|\b(?:restrict(?:ion)?\b|einschränkung\b|restrict (?:the )?(?:processing|use))|restrict the processing|\b(?:einschränkung (?:der|ihrer) verarbeitung|art(?:icle|\.)?[\s\p{Zs}]*18\b)`, "restrict", "einschränk", "art.", "article", "artikel", " art ", "sperrung", "limit processing", "limit the processing", "limit how", "limit the use", "restricted", "einschränken", "suspend", "suspension"),
	"portability":        newKW(`(?i)transfer (?:your|the) (?:personal )?(?:data|information) to you\b|\b(?:transfer of your (?:personal )?(?:data|information) to another|transfer your (?:personal )?(?:data|information) to another|export (?:your|all of your|all your) (?:personal )?(?:data|information)|herausgabe (?:ihrer|deiner|der) daten|in einem (?:strukturierten|gängigen)|receive your (?:personal )?(?:data|information) in a (?:structured|commonly used|portable))|portab|datenübertragbarkeit|\btake (?:your|their) (?:personal )?(?:data|information) with (?:you|them)\b|machine-readable|maschinenlesbar|\bart(?:icle|\.)?[\s\p{Zs}]*20\b`, "portab", "übertragbar", "transfer your", "export your", "export all", "herausgabe", "in einem strukturierten", "in einem gängigen", "take your", "take their", "machine", "maschinen", "art.", "article", "artikel", " art ", "transfer of your", "receive your", "transfer the"),
	"objection":          newKW(`(?i)\b(?:can|may) unsubscribe (?:at any time|any time)\b|unsubscribe from (?:receiving )?(?:our |any |all |future |further )?(?:e-?mails?|mailings?)|not to (?:process|use) your (?:personal )?(?:data|information) for (?:direct )?marketing|\b(?:opt[- ]?out of (?:receiving|marketing|promotional|any|our|such|these|certain)|unsubscribe from (?:our |any )?(?:marketing|promotional|newsletter))|right to object|\b(?:object\b|stop (?:using|processing) your (?:personal )?(?:data|information)|objection\b)|widerspruchsrecht|\b(?:widerspruch|widersprechen|object to (?:the|this|our|such|any)? ?(?:processing|use))|opt[- ]?out of (?:direct )?marketing|direct marketing communications|\bart(?:icle|\.)?[\s\p{Zs}]*21\b`, "object", "widersp", "stop using", "stop processing", "opt-out", "opt out", "optout", "direct marketing communications", "art.", "article", "artikel", " art ", "opt-out of", "opt out of", "optout of", "unsubscribe from", "not to process", "not to use", "unsubscribe at", "unsubscribe any"),
	"withdraw_consent":   newKW(`(?i)\bart(?:icle|\.)?[\s\p{Zs}]*7[\s\p{Zs}]*(?:\(3\)|abs\.?[\s\p{Zs}]*3|para\.?[\s\p{Zs}]*3)`, "art.", "article", "artikel", " art "),
	"complaint":          newKW(`(?i)(?:contact|report (?:\w+ )?to|raise (?:\w+ )?with|refer (?:\w+ )?to|write to|raise a concern,? visit) the (?:information commissioner|ico\b|(?:relevant |competent |local )?data protection authorit|(?:zuständigen )?datenschutzbehörde)|\b(?:supervisory authority|aufsichtsbehörde|art(?:icle|\.)?[\s\p{Zs}]*77\b|beschwerderecht)|\b(?:right|recht)\b[^.]{0,60}\b(?:complain|beschwer)|\b(?:complain|beschwer)[^.]{0,80}:\s*$|\b(?:complain|beschwer)[^.]{0,160}(?:authorit|behörde|commissioner|commission\b|\bico\b|regulator|beauftragt|landesamt|ombud|datatilsynet|\bcnil\b|garante|autoriteit)|(?:authorit|behörde|commissioner|commission\b|\bico\b|regulator|beauftragt|landesamt|ombud|datatilsynet|\bcnil\b|garante|autoriteit)[^.]{0,160}\b(?:complain|beschwer)`, "complain", "beschwer", "supervisory", "aufsicht", "art.", "article", "artikel", " art ", "information commissioner", "ico", "data protection authorit", "datenschutzbehörde"),
	"automated_decision": newKW(`(?i)right not to be subject(?:ed)? to (?:a )?decisions?|nicht einer (?:ausschließlich )?auf einer automatisierten|right[^.]{0,40}(?:in relation to|regarding) automated (?:individual )?decision`, "automat"),
}

var (
	// a sentence must talk about what the person may do
	reRightCue = newKW(`(?i)\b(?:right|recht|you (?:can|may|are entitled|have)|sie (?:können|haben|sind)|request|verlangen|entitled|berechtigt|art(?:icle|\.)?[\s\p{Zs}]*\d|withdraw|revok|widerruf|raise a concern|users? (?:can|may))`+
		// a US generator's line whose subject is the "Users can …" above it:
		// "Can change your personal information:"
		`|^\W*can (?:change|update|access|delete|correct|review)\b`,
		"right", "recht", "you ", "sie ", "request", "verlang", "entitled", "berechtigt", "art", "withdraw", "revok", "widerruf", "raise a concern",
		"user can", "users can", "user may", "users may", "can change", "can update", "can access", "can delete", "can correct", "can review")
	// "Art. 15 to 21 GDPR", "Art. 15–22 DSGVO"; a range holds the number of a
	// right's article, which most sentences citing an article (Art. 6) lack
	reRightRange = newKWAsWritten(`(?i)\bart(?:icles?|ikel|s?\.)?[\s\p{Zs}]*(1[5-9]|2[0-2])[\s\p{Zs}]*(?:-|–|to|bis)[\s\p{Zs}]*(?:art(?:icle|\.)?[\s\p{Zs}]*)?(1[5-9]|2[0-2])\b`,
		"15", "16", "17", "18", "19", "20", "21", "22")
	// "die Rechte aus den Artikeln 15, 16, 17, 18, 20 und 21 DSGVO", "Articles 15,
	// 17 and 21 GDPR", "Art. 15, Art. 16 und Art. 21": rights listed by the
	// numbers of their articles, two or more of them in one series
	reRightArticleList = newKWAsWritten(`(?i)\bart(?:icles?|ikeln?|s?\.)?[\s\p{Zs}]*(?:1[5-9]|2[0-2])(?:[\s\p{Zs}]*(?:,|and|und|or|oder|sowie|&)[\s\p{Zs}]*(?:art(?:icle|ikel|\.)?[\s\p{Zs}]*)?(?:1[5-9]|2[0-2]))+\b`,
		"15", "16", "17", "18", "19", "20", "21", "22")
	reArticleNumber = lazy(`\b(?:1[5-9]|2[0-2])\b`)
	articleRight    = map[int]string{15: "access", 16: "rectification", 17: "erasure", 18: "restriction", 20: "portability", 21: "objection"}
	// "ask us to access, correct or erase your data", "request access to,
	// correction of, or deletion of your personal information": rights named
	// as a series of verbs or nouns sharing one object, which the patterns
	// above only read when each stands next to the object
	reRightSeries = newKW(`(?i)\b(?:`+seriesItem+`(?:(?:,? (?:and|or)|,) `+seriesItem+`)+),? (?:to )?(?:your|the|their|any|all|such) (?:personal )?(?:data|information)`,
		seriesPrefixes()...)
	// seriesRight maps the start of a series item to its right; the starts
	// are also the prefilter's words
	seriesRight = []struct{ prefix, code string }{{"access", "access"}, {"review", "access"}, {"view", "access"},
		{"update", "rectification"}, {"change", "rectification"}, {"edit", "rectification"}, {"modif", "rectification"},
		{"correct", "rectification"},
		{"rectif", "rectification"}, {"amend", "rectification"}, {"eras", "erasure"}, {"delet", "erasure"},
		{"remov", "erasure"}, {"restrict", "restriction"}}
)

// seriesPrefixes are the starts of the series items, from seriesRight.
func seriesPrefixes() []string {
	out := make([]string, len(seriesRight))
	for i, sr := range seriesRight {
		out[i] = sr.prefix
	}
	return out
}

// seriesItem is one verb or noun of a series of rights ("correct",
// "correction of", "access to").
const seriesItem = `(?:access|review|view|update|change|edit|modify|correct(?:ion)?|rectif(?:y|ication)|amend(?:ment)?|erase|erasure|delet(?:e|ion)|remov(?:e|al)|restrict(?:ion)?)(?: (?:to|of))?`

// seriesRights adds the rights named in series in sentence sv to found.
func seriesRights(d *docView, s sentence, sv sent, found map[string]Evidence) {
	for _, m := range reRightSeries.re.FindAllStringIndex(sv.lower, -1) {
		for _, w := range strings.FieldsFunc(sv.lower[m[0]:m[1]], func(r rune) bool { return r == ' ' || r == ',' }) {
			for _, sr := range seriesRight {
				if _, seen := found[sr.code]; !seen && strings.HasPrefix(w, sr.prefix) {
					found[sr.code] = d.evidence(s.start+m[0], s.start+m[1])
				}
			}
		}
	}
}

// rightPhrases are the phrases for the rights of each language's lexicon.
var rightPhrases = sync.OnceValue(func() map[string][]codedPhrase {
	return codedByLang(func(t titleWords) []codedList {
		var out []codedList
		for _, code := range rightCodes {
			out = append(out, codedList{code, t.RightPhrases[code]})
		}
		return out
	})
})

// mayHoldRightPhrase: the trigrams of the sentence admit one of the phrases.
func mayHoldRightPhrase(sv sent, lang string) bool {
	ps := rightPhrases()[lang]
	for i := range ps {
		if ps[i].may(sv) {
			return true
		}
	}
	return false
}

// phraseRights adds the rights the lexicon's phrases name in sentence sv.
func phraseRights(d *docView, s sentence, sv sent, found map[string]Evidence) {
	ps := rightPhrases()[d.lang]
	for i := range ps {
		p := &ps[i]
		if _, seen := found[p.code]; seen {
			continue
		}
		if start, end := p.in(sv); start >= 0 {
			found[p.code] = d.evidence(s.start+start, s.start+end)
		}
	}
}

var (
	withdrawWords = []string{"withdraw", "revok", "revoc", "widerruf"}
	consentWords  = []string{"consent", "einwilligung"}
)

// withdrawal finds a sentence speaking of withdrawing consent: both words occur;
// it returns where the withdrawal word starts, or -1.
func withdrawal(lower string) int {
	if !containsAny(lower, consentWords) {
		return -1
	}
	for _, w := range withdrawWords {
		if k := strings.Index(lower, w); k >= 0 {
			return k
		}
	}
	return -1
}

// browserAdvice: the sentence tells how to change the browser's settings
// ("Durch eine Änderung der Einstellungen in Ihrem Internetbrowser können Sie
// die Übertragung von Cookies … einschränken", "restrict cookies in your
// browser settings") and names no right: restricting there limits what the
// browser stores, not the controller's processing (Art. 18).
func browserAdvice(lower string) bool {
	return strings.Contains(lower, "browser") && containsAny(lower, []string{"einstellung", "setting"}) &&
		!containsAny(lower, []string{"recht", "right"})
}

// anyRightWord: one of the rights' keywords occurs in lower, or the sentence
// speaks of withdrawing consent (tested once, not once per right).
func anyRightWord(sv sent) bool {
	for _, re := range rightPatterns {
		if re.mayS(sv) {
			return true
		}
	}
	return withdrawal(sv.lower) >= 0
}

// findRights lists the rights the policy grants, each with its first passage.
// reComplaintToAuthority is a sentence that sends complaints to a
// supervisory authority: it grants the right to complain wherever it stands.
var reComplaintToAuthority = newKW(`(?i)\b(?:complain|beschwer)[^.]{0,160}(?:authorit|behörde|commissioner|\bico\b|regulator|landesamt|ombud)|(?:authorit|behörde|commissioner|\bico\b|regulator|landesamt|ombud)[^.]{0,160}\b(?:complain|beschwer)`,
	"complain", "beschwer")

func findRights(d *docView) ([]string, []Citation) {
	found := map[string]Evidence{}
	for si, s := range d.sents {
		sv := d.sv(si)
		txt, lower := sv.txt, sv.lower
		phrased := mayHoldRightPhrase(sv, d.lang)
		if !phrased && !anyRightWord(sv) {
			continue
		}
		// in a rights section every sentence counts; elsewhere the sentence must
		// speak of what the person may do (checked once, when a right's words occur)
		cue, checked := rightsFrom(d, si) == 0, false
		for code, re := range rightPatterns {
			if _, ok := found[code]; ok || !re.mayS(sv) && (code != "withdraw_consent" || withdrawal(lower) < 0) {
				continue
			}
			if !cue && !checked {
				cue, checked = reRightCue.matchS(sv), true
			}
			if !cue {
				break
			}
			if code == "restriction" && browserAdvice(lower) {
				continue // "… können Sie die Übertragung von Cookies einschränken": a setting, not Art. 18
			}
			if code == "withdraw_consent" {
				if at := withdrawal(lower); at >= 0 {
					found[code] = d.evidence(s.start+at, s.start+at+1)
					continue
				}
			}
			if loc := re.re.FindStringIndex(re.subject(txt, lower)); loc != nil {
				found[code] = d.evidence(s.start+loc[0], s.start+loc[1])
			}
		}
		if _, ok := found["complaint"]; !ok && !cue && reComplaintToAuthority.matchS(sv) {
			// "For further assistance with complaints regarding your data,
			// please contact the Information Commissioner's Office"
			found["complaint"] = d.evidence(s.start, s.end)
		}
		if reRightSeries.mayS(sv) || phrased {
			if !cue && !checked {
				cue, checked = reRightCue.matchS(sv), true
			}
			if cue {
				seriesRights(d, s, sv, found)
				phraseRights(d, s, sv, found)
			}
		}
		if !mentionsArticle(lower) || !reRightRange.mayS(sv) {
			continue
		}
		if !cue && !checked {
			cue, checked = reRightCue.matchS(sv), true
		}
		for _, m := range articleLists(txt, cue) {
			for _, nm := range reArticleNumber.FindAllString(txt[m[0]:m[1]], -1) {
				n, _ := strconv.Atoi(nm)
				foundArticle(d, found, n, s.start+m[0], s.start+m[1])
			}
		}
		for _, m := range reRightRange.re.FindAllStringSubmatchIndex(txt, -1) {
			a, _ := strconv.Atoi(txt[m[2]:m[3]])
			b, _ := strconv.Atoi(txt[m[4]:m[5]])
			for n := a; n <= b && n-a < 10; n++ {
				foundArticle(d, found, n, s.start+m[0], s.start+m[1])
			}
		}
	}
	verbItemRights(d, found)
	codes := []string{}
	var ev []Citation
	for _, c := range rightCodes {
		if e, ok := found[c]; ok {
			codes = append(codes, c)
			ev = append(ev, Citation{Code: c, Evidence: e})
		}
	}
	return codes, ev
}

// articleLists finds the lists of rights' article numbers in a sentence that
// speaks of what the person may do (cue); other sentences cite articles for
// other reasons and are not searched.
func articleLists(txt string, cue bool) [][]int {
	if !cue {
		return nil
	}
	return reRightArticleList.re.FindAllStringIndex(txt, -1)
}

// foundArticle records the right whose article is n, if it is a right's and
// not yet found, with the passage from start to end that names it.
func foundArticle(d *docView, found map[string]Evidence, n, start, end int) {
	if code, ok := articleRight[n]; ok {
		if _, seen := found[code]; !seen {
			found[code] = d.evidence(start, end)
		}
	}
}

// A UK law firm's template lists the rights as what the person may ask the
// controller to do: "In certain circumstances, you have the right to
// request that we:" over "provide you with a copy of any personal
// information which we hold about you;", "update any of your personal
// information which is out of date or incorrect;", "delete any personal
// information …", "restrict the way that we process …", "provide your
// personal information to a third party;", "consider any valid objections
// …". Each item's verb names the right.

// reAskUsIntro ends a sentence that introduces such a list.
var reAskUsIntro = newKW(`(?i)(?:right to (?:request|ask|require) (?:that )?(?:we|us)(?: to)?|(?:can|may) (?:request|ask|require) (?:that )?(?:we|us)(?: to)?)\s*:\s*$`,
	"request", "ask", "require")

// itemRights map the opening of an item to its right; the first that
// matches wins, so that "provide … to a third party" is portability before
// "provide … a copy" is access.
var itemRights = []struct {
	re   *lazyRE
	code string
}{
	{lazy(`^(?:provide|transfer|send|give)\b[^;.]{0,60}\bto (?:a |another |any )?(?:third party|other organi[sz]ation|another controller)`), "portability"},
	{lazy(`^(?:provide|give|send)\b[^;.]{0,40}\b(?:copy|access|details)\b|^(?:access|confirm whether)\b`), "access"},
	{lazy(`^(?:update|correct|rectify|amend|complete)\b`), "rectification"},
	{lazy(`^(?:delete|erase|remove)\b`), "erasure"},
	{lazy(`^(?:restrict|limit)\b`), "restriction"},
	{lazy(`^(?:stop|cease)\b|^consider\b[^;.]{0,30}\bobjections?\b`), "objection"},
}

// maxAskUsItems bounds the items read after the introduction.
const maxAskUsItems = 10

// verbItemRights adds the rights of the items after each introduction of
// what the person may ask: the sentences that follow it and open with a
// small letter, as the items of a list completing it do (a page that sets
// each item in bold makes it a heading of its own, so the items may stand
// in sections of their own).
func verbItemRights(d *docView, found map[string]Evidence) {
	for si := range d.sents {
		if !strings.HasSuffix(strings.TrimSpace(d.lower[si]), ":") || !reAskUsIntro.matchS(d.sv(si)) {
			continue
		}
		for k := si + 1; k < len(d.sents) && k <= si+maxAskUsItems; k++ {
			item := strings.TrimLeft(d.text[d.sents[k].start:d.sents[k].end], " \t-•*")
			if r, _ := utf8.DecodeRuneInString(item); !unicode.IsLower(r) {
				break
			}
			if code := itemRight(item); code != "" {
				if _, seen := found[code]; !seen {
					found[code] = d.evidence(d.sents[k].start, d.sents[k].end)
				}
			}
		}
	}
}

// itemRight is the right an item of what the person may ask names, or "".
func itemRight(item string) string {
	for _, ir := range itemRights {
		if ir.re.MatchString(item) {
			return ir.code
		}
	}
	return ""
}
