package policy

import (
	"strings"
)

// Policies often write their e-mail addresses so that harvesters miss them:
// "name [at] example.org", "name(at)example.org", "name {at} example [dot] org".
// They are rewritten to plain addresses in the text the extractors read, in
// place and padded with spaces, so that every offset still points into the
// stored document.

var reObfuscatedEmail = lazy(`(?i)([\p{L}0-9._%+-]+)[ \t]*(?:\[at\]|\(at\)|\{at\}|\[ät\]|\(ät\)|\(at-symbol\)|\[@\]|\(@\)|\s+@\s+)[ \t]*([\p{L}0-9-]+(?:[ \t]*(?:\.|\[dot\]|\(dot\)|\{dot\}|\[punkt\]|\(punkt\))[ \t]*[\p{L}0-9-]+)+)`)

var reDotWord = lazy(`(?i)[ \t]*(?:\.|\[dot\]|\(dot\)|\{dot\}|\[punkt\]|\(punkt\))[ \t]*`)

// obfuscationMarks are the substrings without which no obfuscated address can
// be in a text; most policies have none, and skip the expression.
var obfuscationMarks = []string{"at]", "at)", "at}", "ät]", "ät)", "@]", "@)", " @ ", "t-symbol)"}

// deobfuscateEmails rewrites the obfuscated addresses of text; lower is
// lowerSameLength(text), which the document view needs anyway, so that the
// common text without any mark costs no lower-casing of its own.
func deobfuscateEmails(text, lower string) string {
	if !containsAny(lower, obfuscationMarks) {
		return text
	}
	return reObfuscatedEmail.ReplaceAllStringFunc(text, func(m string) string {
		sm := reObfuscatedEmail.FindStringSubmatch(m)
		addr := sm[1] + "@" + reDotWord.ReplaceAllString(sm[2], ".")
		if !strings.Contains(addr[strings.IndexByte(addr, '@'):], ".") {
			return m
		}
		return addr + strings.Repeat(" ", len(m)-len(addr))
	})
}
