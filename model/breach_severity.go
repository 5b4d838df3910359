package model

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Severity bands of the ENISA method (Recommendations for a methodology of the
// assessment of severity of personal data breaches, 2013).
const (
	BandLow      = "low"
	BandMedium   = "medium"
	BandHigh     = "high"
	BandVeryHigh = "very_high"
)

// ENISA scores a form or flag may take.
var (
	EIScores = []float64{0.25, 0.5, 0.75, 1}
	CBScores = []float64{0, 0.25, 0.5}
)

// MaliciousScore is what malicious intent adds to the circumstances.
const MaliciousScore = 0.5

// BreachAssessment is one ENISA severity assessment, SE = DPC × EI + CB, with
// the rationale of every score.
type BreachAssessment struct {
	// DPC is the data processing context after the method's context
	// adjustments: 1 simple, 2 behavioural, 3 financial, 4 sensitive.
	DPC int `json:"dpc"`
	// EI is the ease of identification: 0.25, 0.5, 0.75 or 1.
	EI float64 `json:"ei"`
	// Circumstances of the breach: each 0, 0.25 or 0.5.
	Confidentiality float64 `json:"confidentiality"`
	Integrity       float64 `json:"integrity"`
	Availability    float64 `json:"availability"`
	Malicious       bool    `json:"malicious"`

	DPCReason  string    `json:"dpc_reason,omitempty"`
	EIReason   string    `json:"ei_reason,omitempty"`
	CBReason   string    `json:"cb_reason,omitempty"`
	Rationale  string    `json:"rationale"`
	AssessedAt time.Time `json:"assessed_at"`
}

// Validate checks every score against the method's scale.
func (a BreachAssessment) Validate() error {
	var errs []error
	if a.DPC < 1 || a.DPC > 4 {
		errs = append(errs, fmt.Errorf("DPC %d is outside 1–4: 1 simple, 2 behavioural, 3 financial, 4 sensitive (after context adjustments)", a.DPC))
	}
	if !oneOf(a.EI, EIScores) {
		errs = append(errs, fmt.Errorf("EI %g is not a score of the method: use 0.25, 0.5, 0.75 or 1", a.EI))
	}
	for _, c := range []struct {
		name string
		v    float64
	}{{"confidentiality", a.Confidentiality}, {"integrity", a.Integrity}, {"availability", a.Availability}} {
		if !oneOf(c.v, CBScores) {
			errs = append(errs, fmt.Errorf("loss of %s %g is not a score of the method: use 0, 0.25 or 0.5", c.name, c.v))
		}
	}
	if strings.TrimSpace(a.Rationale) == "" {
		errs = append(errs, errors.New("an assessment needs its rationale: give --rationale TEXT"))
	}
	return errors.Join(errs...)
}

func oneOf(v float64, set []float64) bool {
	for _, s := range set {
		if v == s {
			return true
		}
	}
	return false
}

// CB is the circumstances score: the three losses plus malicious intent.
func (a BreachAssessment) CB() float64 {
	cb := a.Confidentiality + a.Integrity + a.Availability
	if a.Malicious {
		cb += MaliciousScore
	}
	return cb
}

// SE is the severity, DPC × EI + CB. Every score is a multiple of 0.25, so the
// arithmetic is exact in binary floating point.
func (a BreachAssessment) SE() float64 { return float64(a.DPC)*a.EI + a.CB() }

// Band is the severity band of the assessment.
func (a BreachAssessment) Band() string { return SeverityBand(a.SE()) }

// SeverityBand maps SE to its band: low < 2 ≤ medium < 3 ≤ high < 4 ≤ very high.
func SeverityBand(se float64) string {
	switch {
	case se < 2:
		return BandLow
	case se < 3:
		return BandMedium
	case se < 4:
		return BandHigh
	}
	return BandVeryHigh
}

// BandAtLeast reports whether band is at or above min.
func BandAtLeast(band, min string) bool { return bandRank(band) >= bandRank(min) }

func bandRank(b string) int {
	switch b {
	case BandMedium:
		return 1
	case BandHigh:
		return 2
	case BandVeryHigh:
		return 3
	}
	return 0
}

// Formula writes the arithmetic, e.g. "SE = 3 × 0.75 + 0.5 = 2.75 (medium)".
func (a BreachAssessment) Formula() string { return a.FormulaIn("en") }

// FormulaIn is Formula with the band named in lang.
func (a BreachAssessment) FormulaIn(lang string) string {
	return fmt.Sprintf("SE = %d × %g + %g = %g (%s)", a.DPC, a.EI, a.CB(), a.SE(), BandLabelIn(a.Band(), lang))
}

// BandLabel is a band as people read it.
func BandLabel(band string) string { return strings.ReplaceAll(band, "_", " ") }

// BandLabelIn is BandLabel in lang, from the catalogue's "breach:" entries.
func BandLabelIn(band, lang string) string {
	if t := T(lang, "breach:"+band); t != "breach:"+band {
		return t
	}
	return BandLabel(band)
}

// BreachSuggestion is what a band suggests: low is documented only (Art. 33(5)),
// medium and up is notified to the authority, high and up is communicated to the
// data subjects (Art. 34(1)). The DPO decides; this is the method's reading.
type BreachSuggestion struct {
	NotifyAuthority bool   `json:"notify_authority"`
	NotifySubjects  bool   `json:"notify_subjects"`
	Text            string `json:"text"`
}

// Suggest returns the decisions a band suggests.
func Suggest(band string) BreachSuggestion {
	s := BreachSuggestion{NotifyAuthority: BandAtLeast(band, BandMedium), NotifySubjects: BandAtLeast(band, BandHigh)}
	switch {
	case s.NotifySubjects:
		s.Text = N("notify the authority (Art. 33) and tell the data subjects (Art. 34)")
	case s.NotifyAuthority:
		s.Text = N("notify the authority (Art. 33)")
	default:
		s.Text = N("document only (Art. 33(5)); notification unlikely to be needed")
	}
	return s
}
