package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/importers/policy"
	"github.com/dpodesk/dpodesk/model"
)

func (a *App) importCommand() *cobra.Command {
	var asJSON, apply, acceptOrg bool
	cmd := &cobra.Command{
		Use:   "import FILE... [--json] [--apply [--accept-organisation]]",
		Short: "Read privacy policies and suggest register entries, each with its evidence",
		Long: "Reads text, Markdown, HTML, PDF, DOCX and ODT files in English or German and prints what\n" +
			"they say: controller, DPO, authority, legal bases, rights, recipients, transfers, retention and\n" +
			"processing activities, each with the passage it came from. Without --apply nothing is opened\n" +
			"or stored. With --apply the documents are stored with draft activities and processors,\n" +
			"merged with existing records by name and alias, in one transaction. It then offers the\n" +
			"controller, DPO and supervisory authority the policies name for the organisation fields the\n" +
			"workspace leaves empty; --accept-organisation records them (never replacing what is there).",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("import needs at least one file")
			}
			if acceptOrg && !apply {
				return usagef("--accept-organisation records what the import found: use it with --apply")
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			docs, reports, err := desk.ReadPolicies(args, a.now())
			if err != nil {
				return err
			}
			if apply {
				if err := a.applyImports(docs, reports); err != nil {
					return err
				}
				if err := a.offerOrganisation(args, reports, acceptOrg); err != nil {
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
	cmd.Flags().BoolVar(&acceptOrg, "accept-organisation", false,
		"with --apply: fill the workspace organisation's empty controller, DPO and authority fields from the policies")
	return cmd
}

// applyImports stores the documents and their suggestions (desk.ApplyImports)
// and tells on stderr what changed since a previous version of each.
func (a *App) applyImports(docs []model.Document, reports []policy.Report) error {
	d, err := a.desk()
	if err != nil {
		return err
	}
	res, err := d.ApplyImports(docs, reports)
	for _, doc := range res.Documents {
		a.printChanges(doc)
	}
	if err != nil || res.Stored == 0 {
		return err
	}
	fmt.Fprintf(a.stderr, "stored %d document(s): %d new draft activities, %d merged; %d new draft processors, %d merged\n",
		res.Stored, res.NewActivities, res.MergedActivities, res.NewProcessors, res.MergedProcessors)
	return nil
}

// offerOrganisation tells what the policies say about the organisation that
// the workspace does not record yet, and records it when accept is set.
func (a *App) offerOrganisation(files []string, reports []policy.Report, accept bool) error {
	d, err := a.desk()
	if err != nil {
		return err
	}
	offer, err := d.OfferOrganisation(reports)
	if err != nil || len(offer.Filled) == 0 {
		return err
	}
	if !accept {
		fmt.Fprintf(a.stderr, "%s names what the workspace's organisation leaves empty: %s\n", offer.Source, offer.Describe("en"))
		fmt.Fprintf(a.stderr, "  to record it: dpodesk import %s --apply --accept-organisation (or dpodesk organisation edit)\n",
			strings.Join(files, " "))
		return nil
	}
	if err := d.AcceptOrganisation(offer); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "organisation: recorded from %s: %s\n", offer.Source, offer.Describe("en"))
	return nil
}

func (a *App) printChanges(doc desk.DocumentApplied) {
	since := doc.PreviousImported.Format("2006-01-02")
	switch {
	case doc.Unchanged:
		fmt.Fprintf(a.stderr, "dpodesk: %s is unchanged since it was imported on %s; nothing stored for it\n", doc.Name, since)
	case doc.PreviousImported.IsZero():
	case len(doc.Changes) == 0:
		fmt.Fprintf(a.stderr, "%s: new version, no change in recipients, legal bases or retention\n", doc.Name)
	default:
		fmt.Fprintf(a.stderr, "%s: changes since the version imported on %s:\n", doc.Name, since)
		for _, line := range doc.Changes {
			fmt.Fprintf(a.stderr, "  %s\n", line)
		}
	}
}

func (a *App) printReport(r policy.Report) {
	w := a.stdout
	fmt.Fprintf(w, "%s (%s, %s)\n", r.Source, r.Format, r.Language)
	a.line2("controller", desk.PartyLine(r.Controller))
	a.line2("DPO", desk.PartyLine(r.DPO))
	a.line2("representative", desk.PartyLine(r.Representative))
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

func (a *App) line2(label, value string) {
	if value != "" {
		fmt.Fprintf(a.stdout, "  %-15s %s\n", label+":", value)
	}
}
