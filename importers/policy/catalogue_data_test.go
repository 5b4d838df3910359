package policy

import (
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"go/format"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

//go:embed vendors.toml
var vendorsTOML string

//go:embed vendors_more.toml
var vendorsMoreTOML string

var updateCatalogue = flag.Bool("update", false, "write catalogue_data.go from vendors.toml and vendors_more.toml")

// TestCatalogueData: catalogue_data.go holds the entries of the TOML files,
// as -update writes them. Run `go test ./importers/policy -run
// TestCatalogueData -update` after editing a TOML file.
func TestCatalogueData(t *testing.T) {
	var parts []catalogueFile
	for _, f := range []struct{ name, src string }{{"vendors.toml", vendorsTOML}, {"vendors_more.toml", vendorsMoreTOML}} {
		var part catalogueFile
		if _, err := toml.Decode(f.src, &part); err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		parts = append(parts, part)
	}
	src, err := catalogueSource(parts)
	if err != nil {
		t.Fatal(err)
	}
	if *updateCatalogue {
		if err := os.WriteFile("catalogue_data.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !reflect.DeepEqual(catalogueParts, parts) {
		t.Fatal("catalogue_data.go differs from the TOML files: run go test ./importers/policy -run TestCatalogueData -update")
	}
	if have, err := os.ReadFile("catalogue_data.go"); err != nil || !bytes.Equal(have, src) {
		t.Fatalf("catalogue_data.go is not as -update writes it (%v): run go test ./importers/policy -run TestCatalogueData -update", err)
	}
}

// catalogueSource is catalogue_data.go for the files' entries.
func catalogueSource(parts []catalogueFile) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated from vendors.toml and vendors_more.toml by TestCatalogueData -update. DO NOT EDIT.\n\n")
	b.WriteString("package policy\n\n// catalogueParts are the entries of vendors.toml and vendors_more.toml.\nvar catalogueParts = []catalogueFile{\n")
	for _, p := range parts {
		fmt.Fprintf(&b, "{DPFAsOf: %q,\nIgnore: %s,\n", p.DPFAsOf, goStrings(p.Ignore))
		if p.Group != nil {
			b.WriteString("Group: []group{\n")
			for _, g := range p.Group {
				fmt.Fprintf(&b, "{Name: %q, Words: %s, Entities: %s},\n", g.Name, goStrings(g.Words), goStrings(g.Entities))
			}
			b.WriteString("},\n")
		}
		if p.Vendor != nil {
			b.WriteString("Vendor: []vendor{\n")
			for _, v := range p.Vendor {
				fmt.Fprintf(&b, "{Name: %q, Aliases: %s, Entities: %s, Group: %q, Country: %q, Role: %q, Category: %q, MatchCase: %v, DPF: %v},\n",
					v.Name, goStrings(v.Aliases), goStrings(v.Entities), v.Group, v.Country, v.Role, v.Category, v.MatchCase, v.DPF)
			}
			b.WriteString("},\n")
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// goStrings is the Go literal of a list, nil where the file gave none.
func goStrings(list []string) string {
	if list == nil {
		return "nil"
	}
	quoted := make([]string, len(list))
	for i, s := range list {
		quoted[i] = fmt.Sprintf("%q", s)
	}
	return "[]string{" + strings.Join(quoted, ", ") + "}"
}
