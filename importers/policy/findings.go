package policy

import (
	"strings"
)

// Countries with an EU adequacy decision or inside the EEA: no safeguard needed.
var safeCountries = map[string]bool{
	"AT": true, "BE": true, "BG": true, "HR": true, "CY": true, "CZ": true, "DK": true, "EE": true, "FI": true,
	"FR": true, "DE": true, "GR": true, "HU": true, "IE": true, "IT": true, "LV": true, "LT": true, "LU": true,
	"MT": true, "NL": true, "PL": true, "PT": true, "RO": true, "SK": true, "SI": true, "ES": true, "SE": true,
	"IS": true, "LI": true, "NO": true, "AD": true, "AR": true, "FO": true, "GG": true, "IM": true, "IL": true,
	"JE": true, "NZ": true, "CH": true, "UY": true, "CA": true, "JP": true, "KR": true, "GB": true, "BR": true,
}

var rePrivacyShield = lazy(`(?i)privacy shield`)

// findFindings lists what a DPO should act on.
func findFindings(d *docView, r *Report, bases basisSet) []Finding {
	out := []Finding{}
	for _, rc := range r.Recipients {
		if rc.Country != "" && !safeCountries[rc.Country] && rc.Safeguard == "" && r.ThirdCountryTransfer {
			out = append(out, Finding{Severity: "warn", Rule: "transfer-without-safeguard",
				Message: rc.Name + " (" + rc.Country + "): transfer outside the EEA without a stated safeguard", Evidence: firstEv(rc.Evidence)})
		}
		if rc.Role == "processor" && !rc.DPAMentioned {
			out = append(out, Finding{Severity: "info", Rule: "processor-without-dpa",
				Message: rc.Name + ": processor without a stated data processing agreement", Evidence: firstEv(rc.Evidence)})
		}
	}
	if loc := rePrivacyShield.FindStringIndex(d.text); loc != nil {
		out = append(out, Finding{Severity: "high", Rule: "privacy-shield-cited",
			Message:  "the policy still relies on the EU-US Privacy Shield, invalidated by the CJEU in C-311/18 (16 July 2020)",
			Evidence: []Evidence{d.evidence(loc[0], loc[1])}})
	}
	if hasString(r.LegalBases, "6.1.a") && !hasString(r.Rights, "withdraw_consent") {
		out = append(out, Finding{Severity: "warn", Rule: "consent-without-withdrawal",
			Message: "consent is relied on but no way to withdraw it (Art. 7(3)) is described"})
	}
	for _, a := range r.Activities {
		if len(a.LegalBases) == 0 {
			out = append(out, Finding{Severity: "info", Rule: "activity-without-legal-basis",
				Message: a.Title + ": no legal basis stated", Evidence: []Evidence{a.Evidence}})
		}
		if strings.TrimSpace(a.Retention) == "" {
			out = append(out, Finding{Severity: "info", Rule: "activity-without-retention",
				Message: a.Title + ": no retention period stated", Evidence: []Evidence{a.Evidence}})
		}
	}
	return out
}

func firstEv(ev []Evidence) []Evidence {
	if len(ev) == 0 {
		return nil
	}
	return ev[:1]
}

func hasString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
