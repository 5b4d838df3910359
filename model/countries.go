package model

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/BurntSushi/toml"
)

// CountryInfo is one ISO 3166-1 country with its names and its place under
// Chapter V GDPR. Adequacy decisions are separate because they change over time.
type CountryInfo struct {
	ISO2 string `json:"iso2"`
	EN   string `json:"en"`
	DE   string `json:"de"`
	EEA  bool   `json:"eea"` // EU member or Iceland, Liechtenstein, Norway
	EU   bool   `json:"eu"`
}

// Name returns the country's name in lang ("en" or "de").
func (c CountryInfo) Name(lang string) string {
	if strings.EqualFold(lang, "de") && c.DE != "" {
		return c.DE
	}
	return c.EN
}

// AdequacyDecision is a Commission decision under Art. 45 for one country, in force
// from Adopted to Expires (both days included; a zero Expires is open-ended).
type AdequacyDecision struct {
	ISO2       string `json:"iso2"`
	Scope      string `json:"scope"` // "full", or whom it covers
	Instrument string `json:"instrument"`
	Adopted    Date   `json:"adopted"`
	Expires    Date   `json:"expires"`
	// Requires is the transfer mechanism the importer must hold for the decision to
	// cover the transfer: "dpf" for the United States, "" when the decision suffices.
	Requires string `json:"requires,omitempty"`
	Note     string `json:"note,omitempty"`
}

// InForce reports whether the decision applies on day d.
func (a AdequacyDecision) InForce(d Date) bool {
	if d.Before(a.Adopted) {
		return false
	}
	return a.Expires.IsZero() || !d.After(a.Expires)
}

//go:embed data/countries.toml
var countriesTOML string

type countryFile struct {
	Country  []CountryInfo `toml:"country"`
	Adequacy []struct {
		ISO2, Scope, Instrument, Requires, Note string
		Adopted, Expires                        time.Time
	} `toml:"adequacy"`
}

var (
	countriesOnce sync.Once
	countries     map[string]CountryInfo
	countryList   []CountryInfo
	countryByName map[string]CountryInfo // English and German names, lower case
	adequacy      map[string][]AdequacyDecision
	countriesErr  error
)

func loadCountries() {
	countriesOnce.Do(func() {
		countries, countryList, adequacy, countriesErr = parseCountries(countriesTOML)
		if countriesErr != nil {
			panic(countriesErr) // a broken embedded file is a build defect
		}
		countryByName = make(map[string]CountryInfo, 2*len(countryList))
		for _, c := range countryList {
			countryByName[strings.ToLower(c.EN)] = c
			countryByName[strings.ToLower(c.DE)] = c
		}
	})
}

func parseCountries(src string) (map[string]CountryInfo, []CountryInfo, map[string][]AdequacyDecision, error) {
	var f countryFile
	md, err := toml.Decode(src, &f)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("countries.toml: %w", err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, nil, nil, fmt.Errorf("countries.toml: unknown field %s", und[0])
	}
	byISO := make(map[string]CountryInfo, len(f.Country))
	for _, c := range f.Country {
		if _, dup := byISO[c.ISO2]; dup || len(c.ISO2) != 2 || c.EN == "" || c.DE == "" {
			return nil, nil, nil, fmt.Errorf("countries.toml: bad or repeated country %q", c.ISO2)
		}
		byISO[c.ISO2] = c
	}
	adq := map[string][]AdequacyDecision{}
	for _, a := range f.Adequacy {
		if _, ok := byISO[a.ISO2]; !ok {
			return nil, nil, nil, fmt.Errorf("countries.toml: adequacy for unknown country %q", a.ISO2)
		}
		d := AdequacyDecision{ISO2: a.ISO2, Scope: a.Scope, Instrument: a.Instrument,
			Adopted: dateOrZero(a.Adopted), Expires: dateOrZero(a.Expires), Requires: a.Requires, Note: a.Note}
		adq[a.ISO2] = append(adq[a.ISO2], d)
	}
	return byISO, f.Country, adq, nil
}

func dateOrZero(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	return DateOf(t)
}

// normISO accepts "de", " DE " and the common "UK" for GB.
func normISO(iso2 string) string {
	s := strings.ToUpper(strings.TrimSpace(iso2))
	if s == "UK" {
		return "GB"
	}
	return s
}

// Country looks up an ISO 3166-1 alpha-2 code (any letter case; "UK" means GB).
func Country(iso2 string) (CountryInfo, bool) {
	loadCountries()
	c, ok := countries[normISO(iso2)]
	return c, ok
}

// Countries lists every country in ISO code order.
func Countries() []CountryInfo {
	loadCountries()
	return append([]CountryInfo(nil), countryList...)
}

// IsEEA reports whether transfers to the country stay inside the EU/EEA, where
// Chapter V does not apply.
func IsEEA(iso2 string) bool {
	c, ok := Country(iso2)
	return ok && c.EEA
}

// Adequacy returns the adequacy decision for the country in force on day on. For
// the United States the decision has Requires "dpf": it covers only importers
// certified under the Data Privacy Framework.
func Adequacy(iso2 string, on Date) (AdequacyDecision, bool) {
	loadCountries()
	for _, a := range adequacy[normISO(iso2)] {
		if a.InForce(on) {
			return a, true
		}
	}
	return AdequacyDecision{}, false
}

// AdequacyDecisions lists every decision of the data file, past ones included.
func AdequacyDecisions() []AdequacyDecision {
	loadCountries()
	var all []AdequacyDecision
	for _, c := range countryList {
		all = append(all, adequacy[c.ISO2]...)
	}
	return all
}

// safeguards are the mechanisms that make a transfer lawful without adequacy
// (Art. 46, 47, 49). "other" counts because the DPO has recorded something to
// review; "adequacy" and "privacy_shield" do not.
var safeguards = map[string]bool{"scc": true, "bcr": true, "code_of_conduct": true,
	"certification": true, "ad_hoc_clauses": true, "derogation": true, "other": true}

// mechanismAliases map what people type to vocabulary keys.
var mechanismAliases = map[string]string{
	"sccs": "scc", "standard_contractual_clauses": "scc", "standardvertragsklauseln": "scc",
	"eu_standardvertragsklauseln": "scc", "data_privacy_framework": "dpf", "eu_us_dpf": "dpf",
	"eu_us_data_privacy_framework": "dpf", "bcrs": "bcr", "binding_corporate_rules": "bcr",
	"angemessenheitsbeschluss": "adequacy", "adequacy_decision": "adequacy", "art_49": "derogation",
	"eu_us_privacy_shield": "privacy_shield",
}

// NormalizeMechanism turns "SCCs", "Data Privacy Framework" or "Privacy Shield" into
// the transfer_mechanism keys.
func NormalizeMechanism(m string) string {
	k := strings.ToLower(strings.TrimSpace(m))
	k = strings.NewReplacer(" ", "_", "-", "_", ".", "").Replace(k)
	if a, ok := mechanismAliases[k]; ok {
		return a
	}
	return k
}

// TransferNeedsSafeguard reports whether a transfer to the country, with the
// recorded mechanism, still lacks a legal ground on day on: false inside the EEA,
// under an adequacy decision in force (for the US only with mechanism "dpf"), or
// with an Art. 46/47/49 safeguard. Privacy Shield never counts.
func TransferNeedsSafeguard(iso2, mechanism string, on Date) bool {
	if IsEEA(iso2) {
		return false
	}
	m := NormalizeMechanism(mechanism)
	if safeguards[m] {
		return false
	}
	a, ok := Adequacy(iso2, on)
	if !ok {
		return true
	}
	return a.Requires != "" && a.Requires != m
}

// FindCountry resolves what a person typed: an ISO 3166-1 alpha-2 code or the
// English or German name, ignoring case. "GE" is Georgia; "Germany" is DE.
// A name is looked up in an index, so that the policy importer can ask it of
// every short line of a text.
func FindCountry(s string) (CountryInfo, bool) {
	s = strings.TrimSpace(s)
	if len(s) == 2 {
		return Country(s)
	}
	loadCountries()
	c, ok := countryByName[strings.ToLower(s)]
	return c, ok
}
