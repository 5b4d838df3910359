package importers

import "strings"

// Policies kept in program source or in a site generator's templates carry
// comment blocks of their template language: JSX "{/* … */}", Liquid
// "{% comment %} … {% endcomment %}", Twig and Jinja "{# … #}", ERB
// "<%# … %>" and Handlebars "{{!-- … --}}". They hold old or draft text (a
// removed section, a note to an editor); read as text they add sections,
// vendors and periods the policy does not state, and a heading inside one
// swallows the live section after it.
var commentBlocks = []struct{ open, close string }{
	{"{/*", "*/}"},
	{"{% comment %}", "{% endcomment %}"},
	{"{%- comment -%}", "{%- endcomment -%}"},
	{"{# ", "#}"},
	{"{#-", "#}"},
	{"{#\n", "#}"},
	{"<%#", "%>"},
	{"{{!--", "--}}"},
}

// maxCommentBlock bounds a comment block: an opener whose closer is further
// away (or missing) is left as it is, so that a stray "{# " cannot cut away
// the rest of a policy.
const maxCommentBlock = 8 << 10

// stripTemplateComments removes the comment blocks of src.
func stripTemplateComments(src string) string {
	for _, c := range commentBlocks {
		if strings.Contains(src, c.open) {
			src = stripBlocks(src, c.open, c.close)
		}
	}
	return src
}

// stripBlocks removes every open … close block of at most maxCommentBlock
// bytes.
func stripBlocks(src, open, close string) string {
	var b strings.Builder
	for {
		i := strings.Index(src, open)
		if i < 0 {
			break
		}
		body := src[i+len(open) : min(len(src), i+len(open)+maxCommentBlock)]
		j := strings.Index(body, close)
		if j < 0 {
			b.WriteString(src[:i+len(open)])
			src = src[i+len(open):]
			continue
		}
		b.WriteString(src[:i])
		src = src[i+len(open)+j+len(close):]
	}
	if b.Len() == 0 {
		return src
	}
	b.WriteString(src)
	return b.String()
}
