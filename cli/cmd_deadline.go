package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/model"
)

func (a *App) deadlineCommand() *cobra.Command {
	var received, jurisdiction, holidays, extMode string
	var extended, asJSON bool
	cmd := &cobra.Command{
		Use:   "deadline --received YYYY-MM-DD",
		Short: "Compute the statutory deadline for a request received on a date",
		Long: "Prints the due date on the first line and the rule applied on the second. It opens no\n" +
			"workspace. Jurisdiction, holiday region and extension mode default to the configuration.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			if received == "" {
				return usagef("deadline needs --received YYYY-MM-DD")
			}
			day, err := model.ParseDate(received)
			if err != nil {
				return usagef("--received: %v", err)
			}
			rules, err := a.deadlineRules(holidays, extMode)
			if err != nil {
				return err
			}
			if jurisdiction == "" {
				jurisdiction = a.cfg.Jurisdiction
			}
			d, err := rules.ForReceived(day, strings.ToLower(jurisdiction), extended)
			if err != nil {
				return usagef("%v", err)
			}
			due := d.Due
			if extended {
				due = d.MaxExtended
			}
			if asJSON {
				return a.printJSON(map[string]string{"due": due.String(), "explanation": d.Explanation})
			}
			fmt.Fprintln(a.stdout, due.String())
			fmt.Fprintln(a.stdout, model.ExplanationIn(d.Explanation, a.cfg.Language))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&received, "received", "", "the day the request reached the controller (YYYY-MM-DD)")
	f.StringVar(&jurisdiction, "jurisdiction", "", "eu, uk, ccpa, lgpd or ch (default from the configuration)")
	f.StringVar(&holidays, "holidays", "", "public holiday region, e.g. DE-BE, GB-ENG, FR; \"none\" for weekends only")
	f.StringVar(&extMode, "extension-mode", "", "receipt+3m or deadline+2m (default from the configuration)")
	f.BoolVar(&extended, "extended", false, "print the latest date with the extension")
	f.BoolVar(&asJSON, "json", false, "print {\"due\": …, \"explanation\": …}")
	return cmd
}

// deadlineRules returns the configured rules, or rules with a different holiday
// region or extension mode when a flag asks for them.
func (a *App) deadlineRules(holidays, extMode string) (model.DeadlineRules, error) {
	if holidays == "" && extMode == "" {
		return a.rules(), nil
	}
	if holidays == "" {
		holidays = a.cfg.Holidays
	}
	if extMode == "" {
		extMode = a.cfg.ExtensionMode
	}
	rules, err := model.NewDeadlineRules(holidays, extMode, a.cfg.PausePolicy)
	if err != nil {
		return rules, usagef("%v", err)
	}
	return rules, nil
}

func (a *App) holidaysCommand() *cobra.Command {
	var year int
	cmd := &cobra.Command{
		Use:   "holidays [REGION]",
		Short: "List the holiday regions, or one region's public holidays in a year",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				fmt.Fprintln(a.stdout, strings.Join(model.HolidayRegions(), " "))
				return nil
			}
			cal, err := model.NewCalendar(args[0])
			if err != nil {
				return usagef("%v", err)
			}
			if year == 0 {
				year = model.DateOf(a.now()).Year
			}
			for d := (model.Date{Year: year, Month: 1, Day: 1}); d.Year == year; d = d.AddDays(1) {
				if name, ok := cal.Holiday(d); ok {
					fmt.Fprintf(a.stdout, "%s %s  %s\n", d.Weekday().String()[:3], d, name)
				}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&year, "year", 0, "the year (default this year)")
	return cmd
}
