package register

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// splitText splits a free-text list cell on newlines and semicolons only: a
// purpose or a retention rule often contains a comma of its own.
func splitText(s string) []string { return split(s, false) }

// splitTerms splits a cell of vocabulary values (categories, countries, legal
// bases) on newlines, semicolons and commas.
func splitTerms(s string) []string { return split(s, true) }

// split cuts outside parentheses, so "Legitimate interests (Art. 6(1)(f) GDPR,
// fraud)" stays one value.
func split(s string, commas bool) []string {
	var out []string
	var cur strings.Builder
	depth := 0
	flush := func() {
		if v := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(cur.String()), "-•*")); v != "" {
			out = append(out, v)
		}
		cur.Reset()
	}
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0 && (r == '\n' || r == ';' || commas && r == ','):
			flush()
			continue
		}
		cur.WriteRune(r)
	}
	flush()
	return out
}

// termKeys maps each value to its vocabulary key when a key or an EN/DE label
// matches, and keeps the value as free text otherwise: an old register's own
// wording is better kept than dropped.
func termKeys(kind, cell string) []string {
	var out []string
	for _, v := range splitItems(cell, func(v string) bool { _, ok := model.MatchTerm(kind, v); return ok }) {
		if t, ok := model.MatchTerm(kind, v); ok {
			v = t.Key
		}
		out = append(out, v)
	}
	return out
}

// splitItems splits on newlines and semicolons, then splits a value on commas
// only when it is not known as a whole: some labels contain a comma ("Health or
// social care, occupational medicine"), while hand-kept registers list
// categories as "Customers, Employees".
func splitItems(cell string, known func(string) bool) []string {
	var out []string
	for _, v := range splitText(cell) {
		if known(v) || !strings.Contains(v, ",") {
			out = append(out, v)
			continue
		}
		out = append(out, splitTerms(v)...)
	}
	return out
}

// strictTerm maps one value to a key and fails for an unknown one; used where
// the field drives rules (DPA status, DPIA decision).
func strictTerm(kind, v, what string) (string, error) {
	if v == "" {
		return "", nil
	}
	if t, ok := model.MatchTerm(kind, v); ok {
		return t.Key, nil
	}
	var keys []string
	for _, t := range model.Vocabulary(kind) {
		keys = append(keys, t.Key)
	}
	return "", fmt.Errorf("%s %q is not known: use one of %s", what, v, strings.Join(keys, ", "))
}

var lastParens = regexp.MustCompile(`\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$`)

// legalBasis reads one basis as written: a code, a citation, a label with its
// citation in brackets ("Contract (Art. 6(1)(b) GDPR)") or a bare label.
func legalBasis(v string) (model.LegalBasis, error) {
	b, err := model.ParseLegalBasis(v)
	if err == nil {
		return b, nil
	}
	if m := lastParens.FindStringSubmatch(v); m != nil {
		if b, err2 := model.ParseLegalBasis(m[1]); err2 == nil {
			return b, nil
		}
	}
	for _, kind := range []string{model.VocabLegalBasis, model.VocabArt9Condition} {
		if t, ok := model.MatchTerm(kind, strings.TrimSpace(lastParens.ReplaceAllString(v, ""))); ok {
			return model.ParseLegalBasis(t.Key)
		}
	}
	return model.LegalBasis{}, err
}

// country resolves "US", "United States", "Vereinigte Staaten" or "United States (US)".
func country(v string) (string, error) {
	v = strings.TrimSpace(v)
	if m := lastParens.FindStringSubmatch(v); m != nil {
		if c, ok := model.Country(strings.TrimSpace(m[1])); ok {
			return c.ISO2, nil
		}
	}
	if iso, ok := countryAliases[strings.ToLower(v)]; ok {
		return iso, nil
	}
	if c, ok := model.FindCountry(v); ok {
		return c.ISO2, nil
	}
	return "", fmt.Errorf("country %q is not known: write its ISO code such as US, or its English or German name", v)
}

// countryAliases are the short names registers use that are not ISO codes.
var countryAliases = map[string]string{"usa": "US", "u.s.": "US", "u.s.a.": "US", "uk": "GB", "great britain": "GB", "england": "GB"}

// mechanism maps a transfer mechanism label or alias to its key; the export's
// "no safeguard recorded" reads back as empty.
func mechanism(v string) string {
	v = strings.TrimSpace(v)
	switch strings.ToLower(v) {
	case "", "no safeguard recorded", "keine garantie erfasst", "-", "–", "—":
		return ""
	}
	if t, ok := model.MatchTerm(model.VocabTransferMechanism, v); ok {
		return t.Key
	}
	return model.NormalizeMechanism(v)
}

var dateLayouts = []string{"2006-01-02", "02.01.2006", "2.1.2006", "02.01.06", "01/02/2006", "2006/01/02", time.RFC3339, "2006-01-02 15:04:05", "2006-01-02T15:04:05"}

// parseTime reads the date formats spreadsheets produce; dates without a zone
// are taken in loc.
func parseTime(v string, loc *time.Location) (time.Time, error) {
	v = strings.TrimSpace(v)
	for _, l := range dateLayouts {
		if t, err := time.ParseInLocation(l, v, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date: write YYYY-MM-DD or DD.MM.YYYY", v)
}

func parseDate(v, what string) (model.Date, error) {
	if v == "" {
		return model.Date{}, nil
	}
	t, err := parseTime(v, time.UTC)
	if err != nil {
		return model.Date{}, fmt.Errorf("%s: %v", what, err)
	}
	return model.DateOf(t), nil
}

// justification recognises the prefix the export writes before a recorded
// reason why a "where possible" field is empty.
func justification(v string) (string, bool) {
	for _, p := range []string{"justification:", "begründung:"} {
		if len(v) >= len(p) && strings.EqualFold(v[:len(p)], p) {
			return strings.TrimSpace(v[len(p):]), true
		}
	}
	return "", false
}

// recordStatus reads draft, active or retired in English or German; an empty
// cell is active, because a register the DPO kept is in force.
func recordStatus(v string) (model.RecordStatus, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "", "active", "aktiv", "in betrieb":
		return model.StatusActive, nil
	case "draft", "entwurf", "geplant", "planned":
		return model.StatusDraft, nil
	case "retired", "außer betrieb", "inaktiv", "inactive", "stillgelegt":
		return model.StatusRetired, nil
	}
	return "", fmt.Errorf("status %q is not known: use active, draft or retired", v)
}
