package cli

import (
	"bytes"
	"fmt"
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

func (a *App) exportBreaches() *cobra.Command {
	var format, out, lang string
	cmd := &cobra.Command{
		Use: "breaches", Short: "The breach register (Art. 33(5)) with deadlines and severity", Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := a.desk()
			if err != nil {
				return err
			}
			if lang == "" {
				lang = a.cfg.Language
			}
			opts, err := d.ExportOptions(format, lang, out)
			if err != nil {
				return usagef("%v", err)
			}
			var buf bytes.Buffer
			if err := d.ExportBreaches(&buf, opts); err != nil {
				return fmt.Errorf("export breaches: %w", err)
			}
			return a.writeOutput(out, buf.Bytes())
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", export.FormatMD, "csv, xlsx, md, html or json")
	fl.StringVarP(&out, "output", "o", "", "write to this file instead of standard output (required for xlsx)")
	fl.StringVar(&lang, "lang", "", "language of headers and labels: en or de (default from the configuration)")
	return cmd
}
