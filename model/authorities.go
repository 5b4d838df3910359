package model

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// Authority is a supervisory authority (Art. 51). Region is an ISO 3166-1 code, or
// ISO 3166-2 for a German Land ("DE-BE"); "DE" is the federal BfDI.
type Authority struct {
	Region string `toml:"region" json:"region"`
	Name   string `toml:"name" json:"name"`
	// English is the name the authority uses in English, where its own
	// differs: English-language policies name it so.
	English string `toml:"english" json:"english,omitempty"`
	Short   string `toml:"short" json:"short,omitempty"`
	// Aliases are other names policies give it ("Office of the Information
	// Commissioner" for the ICO).
	Aliases []string `toml:"aliases" json:"aliases,omitempty"`
	URL     string   `toml:"url" json:"url,omitempty"`
	Sector  string   `toml:"sector" json:"sector,omitempty"` // private, public, or "" for both
	Remit   string   `toml:"remit" json:"remit,omitempty"`   // what it supervises, where limited
	// CommonNoun: the name is an ordinary word of its language
	// ("Datenschutzbehörde" is any data protection authority in German), so a
	// text names this authority with it only beside its country or short name.
	CommonNoun bool `toml:"common_noun" json:"common_noun,omitempty"`
}

// Display is the short name when there is one, else the full name.
func (a Authority) Display() string {
	if a.Short != "" {
		return a.Short
	}
	return a.Name
}

//go:embed data/authorities.toml
var authoritiesTOML string

var (
	authOnce sync.Once
	authList []Authority
)

func loadAuthorities() []Authority {
	authOnce.Do(func() {
		var f struct {
			Authority []Authority `toml:"authority"`
		}
		md, err := toml.Decode(authoritiesTOML, &f)
		if err == nil && len(md.Undecoded()) > 0 {
			err = fmt.Errorf("unknown field %s", md.Undecoded()[0])
		}
		if err != nil {
			panic(fmt.Errorf("authorities.toml: %w", err)) // a build defect
		}
		authList = f.Authority
	})
	return authList
}

// Authorities lists every authority in the order of the data file.
func Authorities() []Authority { return append([]Authority(nil), loadAuthorities()...) }

// AuthorityFor returns the authority for a region ("FR", "DE-BE", "DE" for the BfDI).
// Where a Land splits supervision (Bavaria), the private-sector authority is
// returned, as it supervises companies; AuthoritiesFor lists both.
func AuthorityFor(region string) (Authority, bool) {
	as := AuthoritiesFor(region)
	for _, a := range as {
		if a.Sector != "public" {
			return a, true
		}
	}
	if len(as) > 0 {
		return as[0], true
	}
	return Authority{}, false
}

// AuthoritiesFor lists every authority of a region (two for Bavaria).
func AuthoritiesFor(region string) []Authority {
	r := strings.ToUpper(strings.TrimSpace(region))
	if r == "UK" {
		r = "GB"
	}
	var out []Authority
	for _, a := range loadAuthorities() {
		if a.Region == r {
			out = append(out, a)
		}
	}
	return out
}
