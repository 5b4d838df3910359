package cli

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

func (a *App) breachCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "breach",
		Short: "Personal data breaches: the register, the 72-hour clock, ENISA severity, notifications (Art. 33, 34)",
		Args:  noArgs,
	}
	cmd.AddCommand(a.breachAdd(), a.breachList(), a.breachShow(), a.breachEdit(), a.breachAssess(),
		a.breachDecide(), a.breachNotify(), a.breachUpdate(), a.breachClose(), a.breachLetter())
	return cmd
}

// breachFlags are the descriptive fields shared by add and edit.
type breachFlags struct {
	title, aware, tz, detected, from, to, told        string
	foundHow, foundBy, description, consequences      string
	measuresTaken, measuresProposed                   string
	subjects, records                                 int
	nature, systems, activities, processors, cats, ds []string
}

func (f *breachFlags) bind(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.title, "title", "", "a short title")
	fl.StringVar(&f.aware, "aware", "", `when the controller became aware, "YYYY-MM-DD HH:MM" (the 72 hours run from it)`)
	fl.StringVar(&f.tz, "tz", "", "IANA time zone of the times given, e.g. Europe/Berlin (default: this machine's)")
	fl.StringVar(&f.detected, "detected", "", `when the breach was detected, "YYYY-MM-DD HH:MM"`)
	fl.StringVar(&f.from, "occurred-from", "", "when the breach began, if known")
	fl.StringVar(&f.to, "occurred-to", "", "when the breach ended, if known")
	fl.StringVar(&f.told, "subjects-told", "", "when the data subjects were told (Art. 34)")
	fl.StringVar(&f.foundHow, "found-how", "", "how it was found")
	fl.StringVar(&f.foundBy, "found-by", "", "who found it")
	fl.StringVar(&f.description, "description", "", "what happened")
	fl.StringVar(&f.consequences, "consequences", "", "the likely consequences (Art. 33(3)(c))")
	fl.StringVar(&f.measuresTaken, "measures-taken", "", "measures taken (Art. 33(3)(d))")
	fl.StringVar(&f.measuresProposed, "measures-proposed", "", "measures proposed (Art. 33(3)(d))")
	fl.IntVar(&f.subjects, "subjects", 0, "approximate number of data subjects")
	fl.IntVar(&f.records, "records", 0, "approximate number of records")
	fl.StringArrayVar(&f.nature, "nature", nil, "confidentiality, integrity, availability (repeat or comma-separate)")
	fl.StringArrayVar(&f.systems, "system", nil, "systems affected (repeat or comma-separate)")
	fl.StringArrayVar(&f.activities, "activity", nil, "ID of an affected processing activity (repeat)")
	fl.StringArrayVar(&f.processors, "processor", nil, "ID of a processor involved (repeat)")
	fl.StringArrayVar(&f.cats, "data-categories", nil, "categories of personal data (default: from the activities)")
	fl.StringArrayVar(&f.ds, "subject-categories", nil, "categories of data subjects (default: from the activities)")
}

// apply sets on b every flag the user gave. The zone is set first, so the
// times are read on its wall clock.
func (f *breachFlags) apply(cmd *cobra.Command, b *model.Breach) error {
	ch := cmd.Flags().Changed
	if ch("tz") {
		if _, err := model.LoadZone(f.tz); err != nil {
			return usagef("--tz: %v", err)
		}
		b.TZ = f.tz
	}
	for _, t := range []struct {
		flag, val string
		dst       *model.Breach
		set       func(*model.Breach, string) error
	}{
		{"aware", f.aware, b, func(b *model.Breach, s string) (err error) { b.AwareAt, err = model.ParseBreachTime(s, b.TZ); return }},
		{"detected", f.detected, b, func(b *model.Breach, s string) (err error) {
			b.DetectedAt, err = model.ParseBreachTime(s, b.TZ)
			return
		}},
		{"occurred-from", f.from, b, func(b *model.Breach, s string) (err error) {
			b.OccurredFrom, err = model.ParseBreachTime(s, b.TZ)
			return
		}},
		{"occurred-to", f.to, b, func(b *model.Breach, s string) (err error) {
			b.OccurredTo, err = model.ParseBreachTime(s, b.TZ)
			return
		}},
		{"subjects-told", f.told, b, func(b *model.Breach, s string) (err error) {
			b.SubjectsToldAt, err = model.ParseBreachTime(s, b.TZ)
			return
		}},
	} {
		if ch(t.flag) {
			if err := t.set(t.dst, t.val); err != nil {
				return usagef("--%s: %v", t.flag, err)
			}
		}
	}
	strs := map[string]struct {
		dst *string
		val string
	}{
		"title": {&b.Title, f.title}, "found-how": {&b.FoundHow, f.foundHow}, "found-by": {&b.FoundBy, f.foundBy},
		"description": {&b.Description, f.description}, "consequences": {&b.Consequences, f.consequences},
		"measures-taken": {&b.MeasuresTaken, f.measuresTaken}, "measures-proposed": {&b.MeasuresProposed, f.measuresProposed},
	}
	for name, s := range strs {
		if ch(name) {
			*s.dst = strings.TrimSpace(s.val)
		}
	}
	return f.applyLists(ch, b)
}

func (f *breachFlags) applyLists(ch func(string) bool, b *model.Breach) error {
	if ch("subjects") {
		b.Subjects = f.subjects
	}
	if ch("records") {
		b.Records = f.records
	}
	lists := map[string]struct {
		dst *[]string
		val []string
	}{
		"nature": {&b.Nature, f.nature}, "system": {&b.Systems, f.systems},
		"data-categories": {&b.DataCategories, f.cats}, "subject-categories": {&b.SubjectCategories, f.ds},
	}
	for name, l := range lists {
		if ch(name) {
			*l.dst = splitList(l.val)
		}
	}
	var err error
	if ch("activity") {
		if b.ActivityIDs, err = parseIDs("activity", f.activities); err != nil {
			return err
		}
	}
	if ch("processor") {
		b.ProcessorIDs, err = parseIDs("processor", f.processors)
	}
	return err
}

func parseIDs(flag string, vals []string) ([]uint64, error) {
	var ids []uint64
	for _, s := range splitList(vals) {
		id, err := strconv.ParseUint(strings.TrimPrefix(s, "#"), 10, 64)
		if err != nil || id == 0 {
			return nil, usagef("--%s %q: give the record's numeric id (see dpodesk %s list)", flag, s, flag)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

func (a *App) breachAdd() *cobra.Command {
	var f breachFlags
	cmd := &cobra.Command{
		Use:   `add --title T --aware "YYYY-MM-DD HH:MM" [--tz ZONE] [flags]`,
		Short: "Record a breach; prints its id",
		Args:  noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if !c.Flags().Changed("title") || !c.Flags().Changed("aware") {
				return usagef(`breach add needs --title and --aware "YYYY-MM-DD HH:MM" (the moment of awareness)`)
			}
			var b model.Breach
			if !c.Flags().Changed("tz") {
				b.TZ = desk.LocalZone()
			}
			if err := f.apply(c, &b); err != nil {
				return err
			}
			d, err := a.desk()
			if err != nil {
				return err
			}
			got, err := d.AddBreach(b)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%d\n", got.ID)
			return nil
		},
	}
	f.bind(cmd)
	return cmd
}

func (a *App) breachEdit() *cobra.Command {
	var f breachFlags
	cmd := &cobra.Command{
		Use: "edit ID [flags]", Short: "Change the facts of a breach", Args: exactArgs(1, "the breach's id"),
		RunE: func(c *cobra.Command, args []string) error {
			id, err := breachID(args[0])
			if err != nil {
				return err
			}
			if c.Flags().NFlag() == 0 {
				return usagef("breach edit %d: give the fields to change, e.g. --subjects 300", id)
			}
			d, err := a.desk()
			if err != nil {
				return err
			}
			_, err = d.EditBreach(id, func(b *model.Breach) error { return f.apply(c, b) })
			if err == nil {
				fmt.Fprintf(a.stdout, "breach %d updated\n", id)
			}
			return err
		},
	}
	f.bind(cmd)
	return cmd
}

func breachID(s string) (uint64, error) {
	id, err := strconv.ParseUint(strings.TrimPrefix(s, "#"), 10, 64)
	if err != nil || id == 0 {
		return 0, usagef("%q is not a breach id; see dpodesk breach list", s)
	}
	return id, nil
}

func (a *App) breachList() *cobra.Command {
	var open, asJSON bool
	cmd := &cobra.Command{
		Use: "list [--open] [--json]", Short: "List breaches, running clocks first", Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := a.readDesk()
			if err != nil {
				return err
			}
			views, err := d.Breaches(open)
			if err != nil {
				return err
			}
			if asJSON {
				return a.printJSON(views)
			}
			tw := a.newTable(2)
			fmt.Fprintln(tw, "ID\tSTATUS\tTITLE\tAWARE\tNOTIFY BY\tLEFT\tSEVERITY")
			for _, v := range views {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", v.ID, strings.ReplaceAll(v.Status, "_", " "), model.SafeLine(v.Title),
					v.AwareAt.Format("2006-01-02 15:04 MST"), v.NotifyBy.Format("2006-01-02 15:04 MST"),
					breachClockLeft(v, d.Now()), breachSeverityText(v))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&open, "open", false, "only breaches not closed")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print as JSON")
	return cmd
}
