package cli

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/model"
)

type proc = model.Processor

func processorFields() []field[proc] {
	return []field[proc]{
		{name: "name", usage: "the processor's usual name", set: setStr(func(p *proc) *string { return &p.Name })},
		{name: "legal-entity", usage: "the contracting legal entity", set: setStr(func(p *proc) *string { return &p.LegalEntity })},
		{name: "alias", list: true, usage: "other names it goes by", set: setList(func(p *proc) *[]string { return &p.Aliases })},
		{name: "role", usage: "processor, sub_processor, joint_controller or independent_controller", set: setStr(func(p *proc) *string { return &p.Role })},
		{name: "status", usage: "draft, active or retired", set: func(p *proc, s string, _ []string) error {
			p.Status = model.RecordStatus(s)
			return nil
		}},
		{name: "services", usage: "what it does for you", set: setStr(func(p *proc) *string { return &p.Services })},
		{name: "contact", usage: "contact details", set: setStr(func(p *proc) *string { return &p.Contact })},
		{name: "dpo-contact", usage: "its data protection officer", set: setStr(func(p *proc) *string { return &p.DPOContact })},
		{name: "address", usage: "postal address", set: setStr(func(p *proc) *string { return &p.Address })},
		{name: "country", usage: "country of its seat (ISO code, e.g. DE, US)", set: upperStr(func(p *proc) *string { return &p.Country })},
		{name: "countries", list: true, usage: "processing and storage countries", set: setCountries},
		{name: "mechanism", usage: "transfer mechanism: adequacy, scc, dpf, bcr, derogation, other", set: setStr(func(p *proc) *string { return &p.TransferMechanism })},
		{name: "dpa-status", usage: "none, requested, negotiating, signed, expired or terminated", set: setStr(func(p *proc) *string { return &p.DPA.Status })},
		{name: "dpa-signed", usage: "date the DPA was signed, YYYY-MM-DD", set: setDate(func(p *proc) *model.Date { return &p.DPA.SignedOn })},
		{name: "dpa-review", usage: "next DPA review, YYYY-MM-DD", set: setDate(func(p *proc) *model.Date { return &p.DPA.NextReview })},
		{name: "dpa-form", usage: "individual, scc_2021_915 or vendor_terms", set: setStr(func(p *proc) *string { return &p.DPA.Form })},
		{name: "dpa-version", usage: "the DPA's version or date label", set: setStr(func(p *proc) *string { return &p.DPA.Version })},
		{name: "clauses", list: true, usage: "Art. 28(3) points present in the DPA: letters a–h or a range such as a-h", set: setClauses},
		{name: "sub", list: true, usage: "sub-processor NAME:SERVICE:COUNTRY:MECHANISM", set: setSubs},
		{name: "authorisation", usage: "specific or general (Art. 28(2))", set: setStr(func(p *proc) *string { return &p.Authorisation })},
		{name: "tia", usage: "transfer impact assessment reference", set: setStr(func(p *proc) *string { return &p.TIAReference })},
	}
}

func upperStr(get func(*proc) *string) func(*proc, string, []string) error {
	return func(p *proc, s string, _ []string) error { *get(p) = strings.ToUpper(s); return nil }
}

func setCountries(p *proc, _ string, l []string) error {
	p.Countries = nil
	for _, c := range l {
		p.Countries = append(p.Countries, strings.ToUpper(c))
	}
	return nil
}

func setClauses(p *proc, _ string, l []string) (err error) {
	p.DPA.Clauses, err = model.ParseClauses(l)
	return err
}

func setSubs(p *proc, _ string, l []string) error {
	p.SubProcessors = nil
	for _, s := range l {
		p.SubProcessors = append(p.SubProcessors, model.ParseSubProcessor(s))
	}
	return nil
}

func (a *App) processorCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "processor", Short: "Processors and their contracts (Art. 28)", Args: noArgs}
	cmd.AddCommand(a.processorList(), a.processorShow())
	cmd.AddCommand(processorRegistry.commands(a)...)
	return cmd
}

func (a *App) processorList() *cobra.Command {
	var asJSON bool
	var grep string
	cmd := &cobra.Command{
		Use: "list", Short: "List processors", Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := a.readDesk()
			if err != nil {
				return err
			}
			rows, err := d.ProcessorRows()
			if err != nil {
				return err
			}
			found, err := grepped(grep, d.SearchProcessors)
			if err != nil {
				return err
			}
			if found != nil {
				rows = slices.DeleteFunc(rows, func(r model.ProcessorRow) bool { return !found[r.ID] })
			}
			sort.Slice(rows, func(i, j int) bool { return strings.ToLower(rows[i].Name) < strings.ToLower(rows[j].Name) })
			if asJSON {
				if rows == nil {
					rows = []model.ProcessorRow{}
				}
				return a.printJSON(rows)
			}
			tw := a.newTable(2)
			fmt.Fprintln(tw, "ID\tNAME\tROLE\tCOUNTRY\tMECHANISM\tDPA\tSIGNED\tREVIEW")
			for _, r := range rows {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, model.SafeLine(r.Name), r.Role, r.Country,
					orDash(r.TransferMechanism), orDash(r.DPAStatus), r.DPASignedOn, r.NextReview)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringVar(&grep, "grep", "", "only processors whose record contains every word (country, services, activities, …)")
	return cmd
}

// grepped runs a --grep search; nil means no search was asked for.
func grepped(q string, search func(string) (map[uint64]bool, error)) (map[uint64]bool, error) {
	if strings.TrimSpace(q) == "" {
		return nil, nil
	}
	return search(q)
}

func (a *App) resolveProcessor(s string) (model.Processor, error) {
	d, err := a.desk()
	if err != nil {
		return model.Processor{}, err
	}
	return d.Processor(s)
}

func (a *App) processorShow() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use: "show ID|NAME", Short: "Show one processor with its DPA and sub-processors", Args: exactArgs(1, "a processor id or name"),
		RunE: func(_ *cobra.Command, args []string) error {
			p, err := a.resolveProcessor(args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return a.printJSON(p)
			}
			return a.printProcessor(p)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *App) printProcessor(p model.Processor) error {
	fmt.Fprintf(a.stdout, "%d  %s\n", p.ID, p.Name)
	f := a.fields(model.LabelProcessor)
	f.line("legal_entity", p.LegalEntity)
	f.line("status", string(p.Status))
	f.line("role", model.Label("processor_role", p.Role, a.cfg.Language))
	f.line("country", p.Country)
	f.line("transfer_mechanism", p.TransferMechanism)
	f.line("dpa_status", fmt.Sprintf("%s, signed %s, review %s", orDash(p.DPA.Status), orDash(p.DPA.SignedOn.String()), orDash(p.DPA.NextReview.String())))
	var cl []string
	for _, c := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		mark := "✗"
		if p.DPA.Clauses[c] {
			mark = "✓"
		}
		cl = append(cl, mark+" "+c)
	}
	f.line("clauses", strings.Join(cl, "  "))
	var subs []string
	for _, s := range p.SubProcessors {
		subs = append(subs, fmt.Sprintf("%s (%s, %s, %s)", s.Name, orDash(s.Service), orDash(s.Country), orDash(s.Mechanism)))
	}
	f.line("sub_processors", strings.Join(subs, "; "))
	acts, err := a.d.ActivitiesOfProcessor(p.ID)
	if err != nil {
		return err
	}
	var names []string
	for _, r := range acts {
		names = append(names, r.Name)
	}
	f.line("activities", strings.Join(names, "; "))
	return f.flush()
}
