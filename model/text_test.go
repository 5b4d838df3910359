package model

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// translatedCalls names the functions whose argument at the given index (-1:
// the last) is an
// English string shown to a user: the catalogue's T and N, the interface's
// helpers around them, and the key help of the interface.
var translatedCalls = map[string][]int{"T": {1}, "N": {0}, "M": {0}, "tr": {1}, "trf": {1}, "WithHelp": {1},
	"errorf": {1}, "warnf": {1}, "missingf": {2}, "section": {0}, "labelled": {0}, "view": {0, 1}, "a": {0}, "r": {0}, "recordAction": {1, 3}, "ft": {0}, "notEmpty": {0}, "b": {-1}, "newListView": {2}, "count": {1, 2}}

// translatedFields are struct fields of the interface whose literal is
// translated where it is drawn: column titles, palette entries, record nouns.
var translatedFields = map[string]bool{"title": true, "Name": true, "noun": true}

// catalogueSources are the packages whose user-facing strings go through T.
var catalogueSources = []string{".", "../tui", "../export", "../desk"}

// TestEveryStringHasGerman walks the sources and fails for an English string
// passed to the catalogue that has no German entry, so a gap cannot come back
// silently: without an entry the string would show in English.
func TestEveryStringHasGerman(t *testing.T) {
	used := catalogueStrings(t)
	de := TranslationsDE()
	var missing []string
	for en, where := range used {
		if _, ok := de[en]; !ok {
			missing = append(missing, strconv.Quote(en)+" ("+where+")")
		}
	}
	slices.Sort(missing)
	if len(missing) > 0 {
		t.Errorf("%d strings have no German entry in model/data/text.de.toml:\n%s", len(missing), strings.Join(missing, "\n"))
	}
	if len(used) < 50 {
		t.Fatalf("found only %d catalogue strings: is the walk broken?", len(used))
	}
	for en := range de {
		if _, ok := used[en]; !ok {
			t.Logf("unused German entry: %q", en)
		}
	}
}

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// TestGermanKeepsPlaceholders fails when a German text has other placeholders
// than its English key: fmt would print %!d(MISSING) or drop a value.
func TestGermanKeepsPlaceholders(t *testing.T) {
	for en, de := range TranslationsDE() {
		if a, b := verbs(en), verbs(de); !slices.Equal(a, b) {
			t.Errorf("%q → %q: placeholders %v, German has %v", en, de, a, b)
		}
		if strings.TrimSpace(de) == "" {
			t.Errorf("%q: empty German text", en)
		}
	}
	if got := T("de", "  %d of %d", 3, 4); got != "  3 von 4" {
		t.Errorf("T de = %q", got)
	}
	if got := T("de", "no such string %d", 7); got != "no such string 7" {
		t.Errorf("a missing string must fall back to English, got %q", got)
	}
	if got := T("en", "Activities"); got != "Activities" {
		t.Errorf("T en = %q", got)
	}
}

// hasWords reports whether s has a letter outside its placeholders: "%s"
// or " · " need no German entry.
func hasWords(s string) bool {
	return strings.IndexFunc(verb.ReplaceAllString(s, ""), unicode.IsLetter) >= 0
}

// verbs lists the placeholder verbs of s, sorted (German may reorder them with %[n]).
func verbs(s string) []string {
	var vs []string
	for _, m := range verb.FindAllString(s, -1) {
		if m == "%%" {
			continue
		}
		vs = append(vs, m[len(m)-1:])
	}
	slices.Sort(vs)
	return vs
}

// catalogueStrings returns every literal passed to a translated call or set
// as a column title, with one place it is used.
func catalogueStrings(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	fset := token.NewFileSet()
	for _, root := range catalogueSources {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "testdata" {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if _, ok := n.(*ast.KeyValueExpr); ok && !strings.Contains(filepath.ToSlash(path), "tui") {
					return true
				}
				for _, lit := range translatedLiterals(n) {
					if s, ok := stringConst(lit); ok && hasWords(s) {
						out[s] = fset.Position(lit.Pos()).String()
					}
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func translatedLiterals(n ast.Node) []ast.Expr {
	switch n := n.(type) {
	case *ast.CallExpr:
		name := ""
		switch fn := n.Fun.(type) {
		case *ast.Ident:
			name = fn.Name
		case *ast.SelectorExpr:
			name = fn.Sel.Name
		}
		var out []ast.Expr
		for _, i := range translatedCalls[name] {
			if i < 0 { // counted from the end
				i += len(n.Args)
			}
			if i >= 0 && i < len(n.Args) {
				out = append(out, n.Args[i])
			}
		}
		return out
	case *ast.KeyValueExpr:
		if k, ok := n.Key.(*ast.Ident); ok && translatedFields[k.Name] {
			return []ast.Expr{n.Value}
		}
	}
	return nil
}

// stringConst evaluates a string literal or a sum of literals.
func stringConst(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		a, ok1 := stringConst(e.X)
		b, ok2 := stringConst(e.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return stringConst(e.X)
	}
	return "", false
}
