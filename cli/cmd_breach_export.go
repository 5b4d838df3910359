package cli

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/export"
)

func (a *App) breachLetter() *cobra.Command {
	var kind, lang, out string
	cmd := &cobra.Command{
		Use:   "letter ID --kind authority|subjects|record [--lang de] [-o FILE]",
		Short: "Draft the authority notification (Art. 33(3)), the communication to data subjects (Art. 34(2)) or the Art. 33(5) record",
		Args:  exactArgs(1, "the breach's id"),
		RunE: func(_ *cobra.Command, args []string) error {
			id, err := breachID(args[0])
			if err != nil {
				return err
			}
			if !slices.Contains(export.BreachLetterKinds, kind) {
				return usagef("--kind %q: use %s", kind, strings.Join(export.BreachLetterKinds, ", "))
			}
			if lang == "" {
				lang = a.cfg.Language
			}
			if lang != "en" && lang != "de" {
				return usagef("--lang %q: use en or de", lang)
			}
			d, err := a.desk()
			if err != nil {
				return err
			}
			text, err := d.BreachLetter(id, kind, lang)
			if err != nil {
				return err
			}
			return a.writeOutput(out, []byte(text))
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&kind, "kind", "", "authority, subjects or record")
	fl.StringVar(&lang, "lang", "", "en or de (default from the configuration)")
	fl.StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	return cmd
}
