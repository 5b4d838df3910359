package model

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// RequestType is a kind of data subject request (GDPR.md §3.1) with its article and
// whether the Art. 12(3) clock applies to it.
type RequestType struct {
	Key         string `toml:"key" json:"key"`
	Article     string `toml:"article" json:"article"`
	LabelEN     string `toml:"en" json:"en"`
	LabelDE     string `toml:"de" json:"de"`
	OnClock     bool   `toml:"on_clock" json:"on_clock"`
	ServiceDays int    `toml:"service_days" json:"service_days,omitempty"` // internal level when off the clock
}

// Label returns the type's name in lang ("de" or anything else for English).
func (t RequestType) Label(lang string) string {
	if lang == "de" && t.LabelDE != "" {
		return t.LabelDE
	}
	return t.LabelEN
}

//go:embed data/request_types.toml
var requestTypesTOML string

var loadRequestTypes = sync.OnceValue(func() []RequestType {
	var f struct {
		Type []RequestType `toml:"type"`
	}
	md, err := toml.Decode(requestTypesTOML, &f)
	if err != nil {
		panic(fmt.Errorf("request types data: %w", err)) // embedded: fails every test
	}
	if u := md.Undecoded(); len(u) > 0 {
		panic(fmt.Errorf("request types data: unknown key %s", u[0]))
	}
	return f.Type
})

// RequestTypes returns the request types in the order of the data file (by article).
func RequestTypes() []RequestType { return append([]RequestType(nil), loadRequestTypes()...) }

// RequestTypeByKey finds a request type by its key, ignoring case.
func RequestTypeByKey(key string) (RequestType, bool) {
	key = strings.ToLower(strings.TrimSpace(key))
	for _, t := range loadRequestTypes() {
		if t.Key == key {
			return t, true
		}
	}
	return RequestType{}, false
}

// RequestTypeKeys lists the valid type keys for error messages and completion.
func RequestTypeKeys() []string {
	var ks []string
	for _, t := range loadRequestTypes() {
		ks = append(ks, t.Key)
	}
	return ks
}

// Channels are the ways a request can reach the controller. Any of them starts the
// clock (EDPB 01/2022), so the channel is recorded for evidence, not for the date.
var channels = []string{"email", "letter", "web_form", "phone", "in_person", "other"}

// Channels returns the valid channel keys.
func Channels() []string { return append([]string(nil), channels...) }

// ValidChannel reports whether c is a channel key.
func ValidChannel(c string) bool {
	for _, k := range channels {
		if k == c {
			return true
		}
	}
	return false
}
