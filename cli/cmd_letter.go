package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

func (a *App) requestLetter() *cobra.Command {
	var lang, out, kind string
	var subjects []string
	cmd := &cobra.Command{
		Use:   "letter ID|REF",
		Short: "Draft the letter of a request's step (identity, extension, refusal, access …) as Markdown",
		Long: "letter drafts the Art. 15(1)(a)–(h) and 15(2) information from the active activities that\n" +
			"concern the data subject: choose their categories with --subjects (default: every active\n" +
			"activity). Every [[TODO: …]] in the draft must be finished by the DPO before it is sent.\n" +
			"--kind drafts the other steps: identity, clarification, extension, refusal, erasure, rectification.",
		Args: exactArgs(1, "the request's id or ref"),
		RunE: func(_ *cobra.Command, args []string) error {
			if lang == "" {
				lang = a.cfg.Language
			}
			if lang != "en" && lang != "de" {
				return usagef("--lang %q: use en or de", lang)
			}
			if kind != "access" {
				return a.stepLetter(args[0], kind, lang, splitList(subjects), out)
			}
			d, err := a.desk()
			if err != nil {
				return err
			}
			letter, warning, err := d.AccessLetter(args[0], splitList(subjects), lang)
			if err != nil {
				return err
			}
			if warning != "" {
				fmt.Fprintf(a.stderr, "dpodesk: warning: %s\n", warning)
			}
			return a.writeOutput(out, []byte(letter))
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&subjects, "subjects", nil, "categories of data subjects the person belongs to, e.g. customers,newsletter_subscribers")
	fl.StringVar(&lang, "lang", "", "language of the letter: en or de (default from the configuration)")
	fl.StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	fl.StringVar(&kind, "kind", "access", "identity, clarification, extension, refusal, erasure, rectification or access")
	return cmd
}
