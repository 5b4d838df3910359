package policy

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
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
	var b strings.Builder
	done := 0 // text[:done] is in b
	for start, end := range addressRuns(text) {
		run := text[start:end]
		if !strings.ContainsAny(run, "])}@") {
			continue // every address holds a bracketed "at" or an @
		}
		if plain := reObfuscatedEmail.ReplaceAllStringFunc(run, plainAddress); plain != run {
			b.WriteString(text[done:start])
			b.WriteString(plain)
			done = end
		}
	}
	if done == 0 {
		return text
	}
	b.WriteString(text[done:])
	return b.String()
}

// spelledAtAddresses rewrites the addresses written with a plain " at "
// after a role mailbox's name ("kontakt at example.de"; the lexicons'
// mailbox_words: with any other word, "available at example.org", it is
// prose), in place and padded as plainAddress does; lower is
// lowerSameLength(text). It visits each " at " once and looks at the word
// before it.
func spelledAtAddresses(text, lower string) string {
	var b []byte
	for from := 0; ; {
		i := strings.Index(lower[from:], " at ")
		if i < 0 {
			break
		}
		i += from
		from = i + len(" at ")
		w := i
		for w > 0 && isWordByte(lower[w-1]) {
			w--
		}
		if w == i || !titles().mailboxes[lower[w:i]] || text[w] != lower[w] ||
			w > 0 && (lower[w-1] == '.' || lower[w-1] == '@' || lower[w-1] == '-') {
			continue // another word, or capitalised: "the Commissioner's Office at ico.org.uk" is prose
		}
		n := domainLen(lower[from:])
		if n == 0 {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		// "kontakt at example.de" → "kontakt@example.de  "
		copy(b[i:], "@"+text[from:from+n])
		for k := i + 1 + n; k < from+n; k++ {
			b[k] = ' '
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// domainLen is the length of the host name that opens s ("rpg-librarium.de"):
// labels of letters, digits and hyphens joined by dots, the last of two or
// more letters, not a web address ("www."); 0 when none opens it.
func domainLen(s string) int {
	if strings.HasPrefix(s, "www.") {
		return 0
	}
	n, dots, lastLabel := 0, 0, 0
	for n < len(s) && (isAlnumByte(s[n]) || s[n] == '-' || s[n] == '.' && n+1 < len(s) && isAlnumByte(s[n+1])) {
		if s[n] == '.' {
			dots++
			lastLabel = n + 1
		}
		n++
	}
	if dots == 0 || n-lastLabel < 2 {
		return 0
	}
	for _, c := range []byte(s[lastLabel:n]) {
		if c < 'a' || c > 'z' {
			return 0
		}
	}
	return n
}

// plainAddress rewrites one obfuscated address, padded to its length.
func plainAddress(m string) string {
	sm := reObfuscatedEmail.FindStringSubmatch(m)
	addr := sm[1] + "@" + reDotWord.ReplaceAllString(sm[2], ".")
	if !strings.Contains(addr[strings.IndexByte(addr, '@'):], ".") {
		return m
	}
	return addr + strings.Repeat(" ", len(m)-len(addr))
}

// addressRuns yields the runs of text between characters that no obfuscated
// address can hold (commas, colons, quotes, slashes, dashes other than "-" …).
// The expression, which has no anchor, finds in each run what it finds there
// in the whole text, and runs only on the few runs with a bracket or an @:
// on the whole of a long policy it cost more than the rest of its reading.
func addressRuns(text string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		start := 0
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			i += size
			if inAddress(r) {
				continue
			}
			if start < i-size && !yield(start, i-size) {
				return
			}
			start = i
		}
		if start < len(text) {
			yield(start, len(text))
		}
	}
}

// inAddress: r can be part of a match of reObfuscatedEmail: a letter or digit
// of the address (any letter: (?i) folds the pattern's letters into letters
// such as the Kelvin sign), its punctuation, the brackets and @ of the marks,
// and the white space around them.
func inAddress(r rune) bool {
	return r < utf8.RuneSelf && ('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' ||
		strings.ContainsRune("._%+- \t\n\f\r\v[]{}()@", r)) || unicode.IsLetter(r) || unicode.IsSpace(r)
}
