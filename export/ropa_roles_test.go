package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dpodesk/dpodesk/importers/register"
	"github.com/dpodesk/dpodesk/model"
)

// An independent controller linked to an activity (PayPal, a parcel service)
// is a recipient, not an Art. 28 processor: every format lists it in its own
// column, and the register importer reads it back as a link.
func TestROPAListsIndependentControllersApart(t *testing.T) {
	reg := fixture(t)
	reg.Processors = append(reg.Processors, model.Processor{ID: 3, Name: "PayPal", Role: "independent_controller",
		Country: "LU", Status: model.StatusActive})
	reg.Activities[0].ProcessorIDs = append(reg.Activities[0].ProcessorIDs, 3)
	for _, format := range []string{FormatMD, FormatHTML, FormatCSV, FormatJSON} {
		var b bytes.Buffer
		if err := ROPA(&b, reg, opts(t, format, "en")); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if !strings.Contains(out, "Independent controllers (recipients)") {
			t.Errorf("%s: no column for independent controllers:\n%s", format, out)
		}
		if format == FormatJSON {
			var doc struct{ Records []map[string]any }
			if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			procs, _ := json.Marshal(doc.Records[0]["processors"])
			ctrl, _ := json.Marshal(doc.Records[0]["independent_controllers"])
			if strings.Contains(string(procs), "PayPal") || !strings.Contains(string(ctrl), "PayPal") {
				t.Errorf("json: processors %s, independent controllers %s", procs, ctrl)
			}
		}
		if format == FormatMD {
			i, j := strings.Index(out, "**Processors:**"), strings.Index(out, "**Independent controllers (recipients):**")
			if i < 0 || j < i || strings.Contains(out[i:j], "PayPal") || !strings.Contains(out[j:j+60], "PayPal") {
				t.Errorf("markdown does not list PayPal apart from the processors:\n%s", out)
			}
		}
	}
	for _, format := range []string{FormatCSV, FormatXLSX} {
		var b bytes.Buffer
		if err := ROPA(&b, reg, opts(t, format, "de")); err != nil {
			t.Fatal(err)
		}
		p, err := register.Read("ropa."+format, b.Bytes(), register.KindActivities, register.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Unmapped) > 0 || strings.Join(p.Activities[0].Processors, ",") != "Hetzner,Zendesk,PayPal" {
			t.Errorf("%s read back: unmapped %v, links %v", format, p.Unmapped, p.Activities[0].Processors)
		}
	}
}
