package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/importers"
	"github.com/dpodesk/dpodesk/importers/policy"
	"github.com/dpodesk/dpodesk/model"
)

func (a *app) importCommand() *cobra.Command {
	var asJSON, apply bool
	cmd := &cobra.Command{
		Use:   "import FILE... [--json] [--apply]",
		Short: "Read privacy policies and suggest register entries, each with its evidence",
		Long: "Reads text, Markdown, HTML, PDF and DOCX files in English or German and prints what they\n" +
			"say: controller, DPO, authority, legal bases, rights, recipients, transfers, retention and\n" +
			"processing activities, each with the passage it came from. Without --apply nothing is opened\n" +
			"or stored. With --apply the documents are stored with draft activities and processors,\n" +
			"merged with existing records by name and alias, in one transaction.",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("import needs at least one file")
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			docs, reports, err := a.readPolicies(args)
			if err != nil {
				return err
			}
			if apply {
				if err := a.applyImports(docs, reports); err != nil {
					return err
				}
			}
			if asJSON {
				if len(reports) == 1 {
					return a.printJSON(reports[0])
				}
				return a.printJSON(reports)
			}
			for _, r := range reports {
				a.printReport(r)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the import report as JSON (an array for several files)")
	cmd.Flags().BoolVar(&apply, "apply", false, "store the documents and their suggestions as drafts")
	return cmd
}

// readPolicies reads and extracts every file before anything is stored, so one
// unreadable file stops the whole import with nothing written.
func (a *app) readPolicies(paths []string) ([]model.Document, []policy.Report, error) {
	docs := make([]model.Document, 0, len(paths))
	reports := make([]policy.Report, 0, len(paths))
	for _, p := range paths {
		doc, err := importers.Read(p)
		if err != nil {
			return nil, nil, err
		}
		doc.ImportedAt = a.now()
		r := policy.Extract(doc)
		r.Source = p
		docs = append(docs, doc)
		reports = append(reports, r)
	}
	return docs, reports, nil
}

func (a *app) printReport(r policy.Report) {
	w := a.stdout
	fmt.Fprintf(w, "%s (%s, %s)\n", r.Source, r.Format, r.Language)
	a.line2("controller", partyLine(r.Controller))
	a.line2("DPO", partyLine(r.DPO))
	a.line2("authority", r.SupervisoryAuthority)
	a.line2("legal bases", strings.Join(r.LegalBases, ", "))
	a.line2("rights", strings.Join(r.Rights, ", "))
	a.line2("third-country", yesNo(r.ThirdCountryTransfer))
	fmt.Fprintf(w, "  recipients (%d):\n", len(r.Recipients))
	for _, rc := range r.Recipients {
		dpa := ""
		if rc.DPAMentioned {
			dpa = ", DPA stated"
		}
		fmt.Fprintf(w, "    %-28s %-3s %-16s %s%s\n", rc.Name, orDash(rc.Country), rc.Role, orDash(rc.Safeguard), dpa)
	}
	fmt.Fprintf(w, "  retention (%d):\n", len(r.Retention))
	for _, rt := range r.Retention {
		fmt.Fprintf(w, "    %-28s %s\n", rt.Text, rt.AppliesTo)
	}
	fmt.Fprintf(w, "  activities (%d):\n", len(r.Activities))
	for _, ac := range r.Activities {
		section := ac.Section
		if section == ac.Title {
			section = "" // an unnumbered section's path is its title
		}
		fmt.Fprintf(w, "    %-6s %-40s %s\n", section, ac.Title, strings.Join(ac.LegalBases, ","))
	}
	fmt.Fprintf(w, "  findings (%d):\n", len(r.Findings))
	for _, f := range r.Findings {
		fmt.Fprintf(w, "    [%s] %s\n", f.Severity, f.Message)
	}
}

func (a *app) line2(label, value string) {
	if value != "" {
		fmt.Fprintf(a.stdout, "  %-14s %s\n", label+":", value)
	}
}

func partyLine(p policy.Party) string {
	return strings.TrimSpace(strings.Join(nonEmpty(p.Name, p.Email), ", "))
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
