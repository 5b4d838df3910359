package policy

import (
	"fmt"
	"strings"
)

// docScore is score.py's score_doc result for one document.
type docScore struct {
	F1                        map[string]float64 // recipients, legal_bases, rights, activities, retention
	ScalarOK, ScalarN         int
	CountryOK, CountryN       int
	SafeOK, SafeN             int
	ActBasisSum               float64
	ActBasisN                 int
	Missed, Extra, MissedActs []string
	ExtraActs, MissedRet      []string
	Wrong                     []string
}

var scoreFields = []string{"recipients", "legal_bases", "rights", "activities", "retention"}

func scoreDoc(g gold, r Report) docScore {
	s := docScore{F1: map[string]float64{}}
	s.F1["legal_bases"] = setPRF(g.LegalBases, r.LegalBases)
	s.F1["rights"] = setPRF(g.Rights, r.Rights)
	s.scoreRecipients(g, r)
	s.scoreActivities(g, r)
	s.scoreRetention(g, r)
	s.scoreScalars(g, r)
	return s
}

func (s *docScore) scoreRecipients(g gold, r Report) {
	gn := func(i int) []string {
		return normAll(append([]string{g.Recipients[i].Name}, g.Recipients[i].Aliases...)...)
	}
	pn := func(i int) []string {
		p := r.Recipients[i]
		return normAll(append([]string{p.Name, p.LegalEntity}, p.Aliases...)...)
	}
	exact := func(gi, pi int) bool {
		for _, a := range gn(gi) {
			for _, b := range pn(pi) {
				if a == b {
					return true
				}
			}
		}
		return false
	}
	loose := func(gi, pi int) bool {
		for _, a := range gn(gi) {
			for _, b := range pn(pi) {
				if pyWordContains(a, b) || pyWordContains(b, a) {
					return true
				}
			}
		}
		return false
	}
	pairs := matchOneToOne(len(g.Recipients), len(r.Recipients), exact, loose)
	_, _, s.F1["recipients"] = prf(len(pairs), len(r.Recipients), len(g.Recipients))
	mg, mp := map[int]bool{}, map[int]bool{}
	for _, pr := range pairs {
		mg[pr[0]], mp[pr[1]] = true, true
		gr, rr := g.Recipients[pr[0]], r.Recipients[pr[1]]
		if gr.Country != "" {
			s.CountryN++
			if strings.EqualFold(gr.Country, rr.Country) {
				s.CountryOK++
			}
		}
		if gr.Safeguard != "" {
			s.SafeN++
			if strings.EqualFold(gr.Safeguard, rr.Safeguard) {
				s.SafeOK++
			}
		}
	}
	for i, gr := range g.Recipients {
		if !mg[i] {
			s.Missed = append(s.Missed, gr.Name)
		}
	}
	for i, rr := range r.Recipients {
		if !mp[i] {
			s.Extra = append(s.Extra, rr.Name)
		}
	}
}

func (s *docScore) scoreActivities(g gold, r Report) {
	match := func(gi, pi int) bool {
		t := strings.ToLower(r.Activities[pi].Title)
		for _, k := range g.Activities[gi].Keywords {
			if k != "" && strings.Contains(t, strings.ToLower(k)) {
				return true
			}
		}
		return false
	}
	pairs := matchOneToOne(len(g.Activities), len(r.Activities), match)
	_, _, s.F1["activities"] = prf(len(pairs), len(r.Activities), len(g.Activities))
	mg, mp := map[int]bool{}, map[int]bool{}
	for _, pr := range pairs {
		mg[pr[0]], mp[pr[1]] = true, true
		if gb := g.Activities[pr[0]].LegalBases; len(asSet(gb)) > 0 {
			s.ActBasisN++
			s.ActBasisSum += setPRF(gb, r.Activities[pr[1]].LegalBases)
		}
	}
	for i, ga := range g.Activities {
		if !mg[i] {
			s.MissedActs = append(s.MissedActs, ga.Name)
		}
	}
	for i, a := range r.Activities {
		if !mp[i] {
			s.ExtraActs = append(s.ExtraActs, a.Title)
		}
	}
}

func (s *docScore) scoreRetention(g gold, r Report) {
	match := func(gi, pi int) bool {
		gd, pd := g.Retention[gi].Days, r.Retention[pi].Days
		if gd != 0 && pd != 0 {
			d := gd - pd
			if d < 0 {
				d = -d
			}
			return float64(d) <= max(1, 0.1*float64(gd))
		}
		gt, pt := pyNorm(g.Retention[gi].Text), pyNorm(r.Retention[pi].Text)
		return gt != "" && pt != "" && (strings.Contains(pt, gt) || strings.Contains(gt, pt))
	}
	pairs := matchOneToOne(len(g.Retention), len(r.Retention), match)
	_, _, s.F1["retention"] = prf(len(pairs), len(r.Retention), len(g.Retention))
	mg := map[int]bool{}
	for _, pr := range pairs {
		mg[pr[0]] = true
	}
	for i, gr := range g.Retention {
		if !mg[i] {
			s.MissedRet = append(s.MissedRet, fmt.Sprintf("%q(%d)", gr.Text, gr.Days))
		}
	}
}

func (s *docScore) scoreScalars(g gold, r Report) {
	pairs := []struct{ name, g, p string }{
		{"language", g.Language, r.Language},
		{"controller", g.Controller, r.Controller.Name},
		{"controller_email", g.ControllerEmail, r.Controller.Email},
		{"dpo_name", g.DPOName, r.DPO.Name},
		{"dpo_email", g.DPOEmail, r.DPO.Email},
		{"supervisory_authority", g.SupervisoryAuthority, r.SupervisoryAuthority},
	}
	for _, p := range pairs {
		ok, scored := scalarOK(p.g, p.p)
		if !scored {
			continue
		}
		s.ScalarN++
		if ok {
			s.ScalarOK++
		} else {
			s.Wrong = append(s.Wrong, fmt.Sprintf("%s=%q (gold %q)", p.name, p.p, p.g))
		}
	}
	s.ScalarN++
	if g.ThirdCountryTransfer == r.ThirdCountryTransfer {
		s.ScalarOK++
	} else {
		s.Wrong = append(s.Wrong, "third_country_transfer")
	}
}

// summary is score.py's macro summary over documents.
type summary struct {
	F1      map[string]float64
	Overall float64
	Scalars float64
	Country float64
	Safe    float64
	ActBase float64
	Docs    int
}

func summarise(scores []docScore) summary {
	sm := summary{F1: map[string]float64{}, Docs: len(scores)}
	var sOK, sN, cOK, cN, fOK, fN, aN int
	var aSum float64
	for _, s := range scores {
		for _, f := range scoreFields {
			sm.F1[f] += s.F1[f]
		}
		sOK, sN, cOK, cN, fOK, fN = sOK+s.ScalarOK, sN+s.ScalarN, cOK+s.CountryOK, cN+s.CountryN, fOK+s.SafeOK, fN+s.SafeN
		aSum, aN = aSum+s.ActBasisSum, aN+s.ActBasisN
	}
	for _, f := range scoreFields {
		if sm.Docs > 0 {
			sm.F1[f] = round3(sm.F1[f] / float64(sm.Docs))
		}
		sm.Overall += sm.F1[f]
	}
	sm.Overall = round3(sm.Overall / float64(len(scoreFields)))
	sm.Scalars, sm.Country, sm.Safe, sm.ActBase = ratio(sOK, sN), ratio(cOK, cN), ratio(fOK, fN), round3(aSum/float64(max(aN, 1)))
	return sm
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return round3(float64(a) / float64(b))
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }
