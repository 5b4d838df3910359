package policy

import "strings"

// reWeDefined is a capitalised name that the parenthesis after it defines as
// "we": associations, projects and foundations often have no legal form in
// their name ("The Harbour Rowing Club (\"we\", \"us\")", "Freundeskreis
// Stadtbad (nachfolgend „wir“)").
var reWeDefined = lazy(`((?:\p{Lu}[\p{L}\d&.'’-]*[ ]+(?:(?:of|for|the|and|für|der|des|und|e\.[ ]?V\.)[ ]+)?){0,6}\p{Lu}[\p{L}\d&.'’-]*)[ ]*\((?:[^)]{0,40}?)["“„'‘»](?:we|wir)["”“'’«]`)

// weDefined returns the name para defines as "we", without a leading article.
func weDefined(para string) string {
	m := reWeDefined.FindStringSubmatch(para)
	if m == nil {
		return ""
	}
	name := strings.TrimSpace(m[1])
	for _, art := range []string{"The ", "Die ", "Der ", "Das "} {
		name = strings.TrimPrefix(name, art)
	}
	if len(strings.Fields(name)) < 2 || brandStop[strings.ToLower(name)] {
		return "" // a single word is more often a product than the organisation
	}
	return name
}
