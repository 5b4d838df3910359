package importers

import (
	"strings"

	"github.com/dpodesk/dpodesk/internal/lazyre"
)

// Site builders with a visual editor (Stackbit, Netlify CMS, Forestry) keep
// a page's whole text in its front matter: a list of sections, each with a
// "title:", a "subtitle:" and the text as a YAML block ("text: |-" over
// indented Markdown), and nothing after the closing "---". Read as
// Markdown, the front matter is settings and the page has no text. Its
// titles and texts are read back into Markdown, in order, without a YAML
// parser: the page's settings (colours, paddings, types) are dropped. Some
// editors (TinaCMS) give a text as a list of paragraphs instead ("text:"
// over "- >-" over the indented paragraph), each read the same way.

// minYAMLTextBlocks is the fewest text blocks that make a front matter a
// page's text rather than its settings.
const minYAMLTextBlocks = 2

var (
	reYAMLTitle     = lazyre.New(`^(\s*)(?:- )?(title|subtitle|heading|headline):[ \t]+(.+?)\s*$`)
	reYAMLTextBlock = lazyre.New(`^(\s*)(?:- )?(?:text|content|body|markdown):[ \t]+[|>][-+]?\s*$`)
	reYAMLTextList  = lazyre.New(`^(\s*)(?:- )?(?:text|content|body|markdown):\s*$`)
	reYAMLListBlock = lazyre.New(`^(\s*)- [|>][-+]?\s*$`)
)

// yamlPageText returns the Markdown a front-matter page holds, or false
// when src is no such page.
func yamlPageText(src string) (string, bool) {
	front, body, ok := splitFrontMatter(src, len(src))
	if !ok || strings.TrimSpace(body) != "" {
		return "", false // no front matter, or a body of its own after it
	}
	lines := strings.Split(strings.ReplaceAll(front, "\r\n", "\n"), "\n")
	var sb strings.Builder
	blocks := 0
	for i := 0; i < len(lines); i++ {
		if m := reYAMLTitle.FindStringSubmatch(lines[i]); m != nil {
			sb.WriteString(yamlHeading(len(m[1]), m[2]) + unquoteYAML(m[3]) + "\n\n")
			continue
		}
		if m := reYAMLTextList.FindStringSubmatch(lines[i]); m != nil {
			n, next := yamlListBlocks(lines, i+1, len(m[1]), &sb)
			blocks += n
			i = next - 1
			continue
		}
		m := reYAMLTextBlock.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		j := blockEnd(lines, i+1, len(m[1]))
		sb.WriteString(dedent(lines[i+1:j]) + "\n\n")
		blocks++
		i = j - 1
	}
	return sb.String(), blocks >= minYAMLTextBlocks
}

// blockEnd is the line after the block that starts at from, indented
// deeper than indent.
func blockEnd(lines []string, from, indent int) int {
	j := from
	for ; j < len(lines) && (strings.TrimSpace(lines[j]) == "" || leadingSpaces(lines[j]) > indent); j++ {
	}
	return j
}

// yamlListBlocks writes the paragraphs of a text given as a list of block
// scalars ("- >-" over the paragraph) under the key at line from-1, and
// returns how many it wrote and the line after them. A list of mappings
// ("content:" over "- text:", "- title:") is no text: its keys are read by
// the caller.
func yamlListBlocks(lines []string, from, indent int, sb *strings.Builder) (int, int) {
	n, i := 0, from
	for i < len(lines) {
		if strings.TrimSpace(lines[i]) == "" {
			i++
			continue
		}
		m := reYAMLListBlock.FindStringSubmatch(lines[i])
		if m == nil || len(m[1]) <= indent {
			break
		}
		j := blockEnd(lines, i+1, len(m[1]))
		sb.WriteString(dedent(lines[i+1:j]) + "\n\n")
		n++
		i = j
	}
	if n == 0 {
		return 0, from
	}
	return n, i
}

// yamlHeading is the Markdown heading mark for a title: the page's own
// title (unindented) opens the document, a section's title is a chapter,
// its subtitle a section of it.
func yamlHeading(indent int, key string) string {
	switch {
	case indent == 0:
		return "# "
	case key == "subtitle":
		return "### "
	}
	return "## "
}

// unquoteYAML drops the quotes of a YAML scalar ("'Cookies'", "\"FAQ\"").
func unquoteYAML(s string) string {
	if len(s) >= 2 && (s[0] == '\'' || s[0] == '"') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

func leadingSpaces(s string) int { return len(s) - len(strings.TrimLeft(s, " \t")) }

// dedent removes the indentation the block's first line has from every line.
func dedent(lines []string) string {
	cut := -1
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			cut = leadingSpaces(l)
			break
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if len(l) >= cut && cut > 0 && strings.TrimSpace(l[:cut]) == "" {
			l = l[cut:]
		}
		out[i] = strings.TrimRight(l, " \t")
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
