package policy

import (
	"regexp"
	"strconv"
)

// rightCodes in the order reports list them.
var rightCodes = []string{"access", "rectification", "erasure", "restriction", "portability",
	"objection", "withdraw_consent", "complaint", "automated_decision"}

// rightPatterns name each right in English and German, or by its article.
var rightPatterns = map[string]*regexp.Regexp{
	"access":             regexp.MustCompile(`(?i)right (?:of|to) access|right to (?:obtain )?information\b|\baccess to (?:your|the|their) (?:personal )?(?:data|information)|\b(?:request|obtain|seek)(?:ing)? access\b|\baccess to and\b|\bright to access\b|\bcopy of (?:your|the|their) (?:personal )?(?:data|information)|what (?:personal )?(?:data|information) we hold|\bauskunft|\bart(?:icle|\.)?[\s\p{Zs}]*15\b`),
	"rectification":      regexp.MustCompile(`(?i)\brectif|\bcorrect (?:it|them|this)\b|\bto correct\b|\bcorrect(?:ion of)? (?:inaccura|incorrect|your)|\bcorrect inaccuracies|\bberichtigung|\bart(?:icle|\.)?[\s\p{Zs}]*16\b`),
	"erasure":            regexp.MustCompile(`(?i)\berasure|\b(?:delete|erase) (?:it|them|this)\b|\bto (?:delete|erase)\b|right to (?:be forgotten|deletion|delete|have (?:your )?(?:data|it) deleted)|\bdelet(?:e|ion of) (?:your|the|their) (?:personal )?(?:data|information)|\blöschung|\bart(?:icle|\.)?[\s\p{Zs}]*17\b`),
	"restriction":        regexp.MustCompile(`(?i)restriction of (?:the )?processing|right to restrict|\brestrict(?:ion)?\b|\beinschränkung\b|\brestrict (?:the )?(?:processing|use)|restrict the processing|\beinschränkung (?:der|ihrer) verarbeitung|\bart(?:icle|\.)?[\s\p{Zs}]*18\b`),
	"portability":        regexp.MustCompile(`(?i)portab|datenübertragbarkeit|machine-readable|maschinenlesbar|\bart(?:icle|\.)?[\s\p{Zs}]*20\b`),
	"objection":          regexp.MustCompile(`(?i)right to object|\bobject\b|\bobjection\b|widerspruchsrecht|\bwiderspruch|\bwidersprechen|\bobject to (?:the|this|our|such|any)? ?(?:processing|use)|opt[- ]?out of (?:direct )?marketing|direct marketing communications|\bart(?:icle|\.)?[\s\p{Zs}]*21\b`),
	"withdraw_consent":   regexp.MustCompile(`(?i)(?:withdraw|revoke|revocation|widerruf)\w*.{0,60}(?:consent|einwilligung)|(?:consent|einwilligung).{0,80}(?:withdraw|revok|widerruf|widerrufen)|\bart(?:icle|\.)?[\s\p{Zs}]*7[\s\p{Zs}]*(?:\(3\)|abs\.?[\s\p{Zs}]*3|para\.?[\s\p{Zs}]*3)`),
	"complaint":          regexp.MustCompile(`(?i)\bcomplain|\bbeschwer|\bsupervisory authority|\baufsichtsbehörde|\bart(?:icle|\.)?[\s\p{Zs}]*77\b`),
	"automated_decision": regexp.MustCompile(`(?i)right not to be subject(?:ed)? to a decision|nicht einer (?:ausschließlich )?auf einer automatisierten|right[^.]{0,40}(?:in relation to|regarding) automated (?:individual )?decision`),
}

var (
	// a sentence must talk about what the person may do
	reRightCue = regexp.MustCompile(`(?i)\bright|\brecht|\byou (?:can|may|are entitled|have)|\bsie (?:können|haben|sind)|\brequest|\bverlangen|\bentitled|\bberechtigt|\bart(?:icle|\.)?[\s\p{Zs}]*\d|\bwithdraw|\brevok|\bwiderruf`)
	// "Art. 15 to 21 GDPR", "Art. 15–22 DSGVO"
	reRightRange = regexp.MustCompile(`(?i)\bart(?:icles?|ikel|s?\.)?[\s\p{Zs}]*(1[5-9]|2[0-2])[\s\p{Zs}]*(?:-|–|to|bis)[\s\p{Zs}]*(?:art(?:icle|\.)?[\s\p{Zs}]*)?(1[5-9]|2[0-2])\b`)
	articleRight = map[int]string{15: "access", 16: "rectification", 17: "erasure", 18: "restriction", 20: "portability", 21: "objection"}
)

// findRights lists the rights the policy grants, each with its first passage.
func findRights(d *docView) ([]string, []Citation) {
	found := map[string]Evidence{}
	for si, s := range d.sents {
		txt := d.sentText(s)
		inRightsSec := rightsFrom(d, si) == 0
		if !inRightsSec && !reRightCue.MatchString(txt) {
			continue
		}
		for code, re := range rightPatterns {
			if _, ok := found[code]; ok {
				continue
			}
			if loc := re.FindStringIndex(txt); loc != nil {
				found[code] = d.evidence(s.start+loc[0], s.start+loc[1])
			}
		}
		for _, m := range reRightRange.FindAllStringSubmatchIndex(txt, -1) {
			a, _ := strconv.Atoi(txt[m[2]:m[3]])
			b, _ := strconv.Atoi(txt[m[4]:m[5]])
			for n := a; n <= b && n-a < 10; n++ {
				if code, ok := articleRight[n]; ok {
					if _, seen := found[code]; !seen {
						found[code] = d.evidence(s.start+m[0], s.start+m[1])
					}
				}
			}
		}
	}
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
