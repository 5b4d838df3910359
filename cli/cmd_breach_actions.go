package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

// breachVerb is a verb on one breach: it parses the id, opens the desk and
// runs act, then prints the breach's new state in one line.
func (a *App) breachVerb(use, short string, act func(c *cobra.Command, d *desk.Desk, id uint64) (model.BreachDetail, error)) *cobra.Command {
	return &cobra.Command{
		Use: use, Short: short, Args: exactArgs(1, "the breach's id"),
		RunE: func(c *cobra.Command, args []string) error {
			id, err := breachID(args[0])
			if err != nil {
				return err
			}
			d, err := a.desk()
			if err != nil {
				return err
			}
			v, err := act(c, d, id)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "breach %d: %s; %s\n", v.ID, v.Status, breachClockLeft(v.BreachView, d.Now()))
			return nil
		},
	}
}

func (a *App) breachShow() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use: "show ID [--json]", Short: "Show a breach with its deadline, severity and timeline", Args: exactArgs(1, "the breach's id"),
		RunE: func(_ *cobra.Command, args []string) error {
			id, err := breachID(args[0])
			if err != nil {
				return err
			}
			d, err := a.desk()
			if err != nil {
				return err
			}
			v, err := d.Breach(id)
			if err != nil {
				return err
			}
			if asJSON {
				return a.printJSON(v)
			}
			printBreach(a.stdout, v, d.Now())
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print as JSON, with notify_by, hours_left, severity and band")
	return cmd
}

func (a *App) breachAssess() *cobra.Command {
	var dpc int
	var ei, conf, integ, avail float64
	var malicious bool
	var rationale, dpcWhy, eiWhy, cbWhy string
	cmd := a.breachVerb("assess ID --dpc 1-4 --ei SCORE --confidentiality 0|0.25|0.5 … --rationale TEXT",
		"Score the severity with the ENISA method: SE = DPC × EI + CB",
		func(c *cobra.Command, d *desk.Desk, id uint64) (model.BreachDetail, error) {
			if !c.Flags().Changed("dpc") || !c.Flags().Changed("ei") {
				return model.BreachDetail{}, usagef("breach assess needs --dpc 1-4 and --ei 0.25|0.5|0.75|1")
			}
			return d.AssessBreach(id, model.BreachAssessment{DPC: dpc, EI: ei, Confidentiality: conf, Integrity: integ,
				Availability: avail, Malicious: malicious, Rationale: strings.TrimSpace(rationale),
				DPCReason: dpcWhy, EIReason: eiWhy, CBReason: cbWhy})
		})
	fl := cmd.Flags()
	fl.IntVar(&dpc, "dpc", 0, "data processing context 1–4 after adjustments: 1 simple, 2 behavioural, 3 financial, 4 sensitive")
	fl.Float64Var(&ei, "ei", 0, "ease of identification: 0.25, 0.5, 0.75 or 1")
	fl.Float64Var(&conf, "confidentiality", 0, "loss of confidentiality: 0, 0.25 (known recipients), 0.5 (unknown or published)")
	fl.Float64Var(&integ, "integrity", 0, "loss of integrity: 0, 0.25 (recoverable), 0.5 (not recoverable)")
	fl.Float64Var(&avail, "availability", 0, "loss of availability: 0, 0.25 (temporary), 0.5 (permanent)")
	fl.BoolVar(&malicious, "malicious", false, "malicious intent (+0.5)")
	fl.StringVar(&rationale, "rationale", "", "why these scores (required)")
	fl.StringVar(&dpcWhy, "dpc-reason", "", "why this DPC, e.g. the context adjustment applied")
	fl.StringVar(&eiWhy, "ei-reason", "", "why this EI")
	fl.StringVar(&cbWhy, "cb-reason", "", "why these circumstances")
	return cmd
}

func parseYesNo(flag, s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "yes", "y", "true":
		return true, nil
	case "no", "n", "false":
		return false, nil
	}
	return false, usagef("--%s %q: answer yes or no", flag, s)
}

func (a *App) breachDecide() *cobra.Command {
	var auth, subj, reason, exemption string
	cmd := a.breachVerb("decide ID --notify-authority yes|no --notify-subjects yes|no [--reason TEXT]",
		"Record the decision on notifying the authority (Art. 33) and the data subjects (Art. 34)",
		func(c *cobra.Command, d *desk.Desk, id uint64) (model.BreachDetail, error) {
			na, err := parseYesNo("notify-authority", auth)
			if err != nil {
				return model.BreachDetail{}, err
			}
			ns, err := parseYesNo("notify-subjects", subj)
			if err != nil {
				return model.BreachDetail{}, err
			}
			return d.DecideBreach(id, model.BreachDecision{NotifyAuthority: na, NotifySubjects: ns, Reason: reason, Exemption: exemption})
		})
	fl := cmd.Flags()
	fl.StringVar(&auth, "notify-authority", "", "yes or no")
	fl.StringVar(&subj, "notify-subjects", "", "yes or no")
	fl.StringVar(&reason, "reason", "", "the reasons; required when either answer is no")
	fl.StringVar(&exemption, "exemption", "", "Art. 34(3) point a, b or c when the subjects are not told")
	return cmd
}

func (a *App) breachNotify() *cobra.Command {
	var at, ref, delay string
	cmd := a.breachVerb(`notify ID --at "YYYY-MM-DD HH:MM" [--reference REF]`,
		"Record the notification to the supervisory authority",
		func(c *cobra.Command, d *desk.Desk, id uint64) (model.BreachDetail, error) {
			cur, err := d.Breach(id)
			if err != nil {
				return model.BreachDetail{}, err
			}
			when := d.Now()
			if c.Flags().Changed("at") {
				if when, err = model.ParseBreachTime(at, cur.TZ); err != nil {
					return model.BreachDetail{}, usagef("--at: %v", err)
				}
			}
			return d.NotifyBreach(id, model.BreachNotice{At: when, Reference: ref, DelayReasons: delay})
		})
	fl := cmd.Flags()
	fl.StringVar(&at, "at", "", "when the authority was notified, on the breach's wall clock (default: now)")
	fl.StringVar(&ref, "reference", "", "the authority's reference")
	fl.StringVar(&delay, "delay-reasons", "", "the reasons for the delay; required after the 72 hours (Art. 33(1))")
	return cmd
}

func (a *App) breachUpdate() *cobra.Command {
	var text string
	cmd := a.breachVerb("update ID --text T", "Add an update to the breach's timeline (Art. 33(4))",
		func(_ *cobra.Command, d *desk.Desk, id uint64) (model.BreachDetail, error) {
			return d.AddBreachUpdate(id, text)
		})
	cmd.Flags().StringVar(&text, "text", "", "what is new")
	return cmd
}

func (a *App) breachClose() *cobra.Command {
	return a.breachVerb("close ID", "Close a breach once decided and, where due, notified",
		func(_ *cobra.Command, d *desk.Desk, id uint64) (model.BreachDetail, error) { return d.CloseBreach(id) })
}

// clockLeft says where the authority deadline stands for a list or a status line.
func breachClockLeft(v model.BreachView, now time.Time) string {
	switch {
	case v.Notice != nil:
		return "notified " + v.Notice.At.In(v.Zone()).Format("2006-01-02 15:04 MST")
	case v.Decision != nil && !v.Decision.NotifyAuthority:
		return "not notified (decided)"
	case !model.BreachIsOpen(v.Breach):
		return "closed"
	}
	return v.Clock(now).HoursLeftText(now)
}

func breachSeverityText(v model.BreachView) string {
	if v.Assessment == nil {
		return "not assessed"
	}
	return strconv.FormatFloat(*v.Severity, 'g', -1, 64) + " " + model.BandLabel(v.Band)
}

func printBreach(w io.Writer, v model.BreachDetail, now time.Time) {
	loc, layout := v.Zone(), "Mon 2006-01-02 15:04 MST"
	line := func(label, value string) {
		if value != "" {
			fmt.Fprintf(w, "%-14s %s\n", label+":", value)
		}
	}
	at := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(loc).Format(layout)
	}
	fmt.Fprintf(w, "Breach %d: %s\n", v.ID, v.Title)
	line("Status", v.Status)
	line("Occurred", strings.TrimSuffix(strings.TrimPrefix(at(v.OccurredFrom)+" – "+at(v.OccurredTo), " – "), " – "))
	line("Detected", at(v.DetectedAt))
	line("Aware", at(v.AwareAt))
	line("Notify by", at(v.NotifyBy)+" ("+breachClockLeft(v.BreachView, now)+")")
	line("Rule", v.ClockRule)
	line("Found", strings.TrimSuffix(strings.TrimPrefix(v.FoundHow+"; "+v.FoundBy, "; "), "; "))
	line("Nature", strings.Join(v.Nature, ", "))
	line("Description", v.Description)
	line("Systems", strings.Join(v.Systems, ", "))
	line("Data", strings.Join(v.DataCategories, ", "))
	line("Subjects", strings.Join(v.SubjectCategories, ", "))
	line("Numbers", breachNumbers(v.Breach))
	line("Consequences", v.Consequences)
	line("Measures taken", v.MeasuresTaken)
	line("Proposed", v.MeasuresProposed)
	for _, l := range v.Activities {
		line("Activity", fmt.Sprintf("%d %s", l.ID, l.Name))
	}
	for _, p := range v.Processors {
		line("Processor", strings.TrimSpace(fmt.Sprintf("%d %s %s", p.ID, p.Name, p.Rule)))
	}
	printBreachDecisions(w, v, line, at)
}

func printBreachDecisions(w io.Writer, v model.BreachDetail, line func(string, string), at func(time.Time) string) {
	if a := v.Assessment; a != nil {
		line("Severity", a.Formula()+" — suggests: "+v.Suggestion.Text)
		line("Rationale", a.Rationale)
	} else {
		line("Severity", "not assessed")
	}
	if d := v.Decision; d != nil {
		s := fmt.Sprintf("notify authority %s, tell data subjects %s", breachYN(d.NotifyAuthority), breachYN(d.NotifySubjects))
		if d.Exemption != "" {
			s += " (Art. 34(3)(" + d.Exemption + "))"
		}
		line("Decision", s)
		line("Reason", d.Reason)
	}
	if n := v.Notice; n != nil {
		line("Notified", strings.TrimSpace(at(n.At)+" "+n.Reference))
		line("Delay reasons", n.DelayReasons)
	}
	line("Subjects told", at(v.SubjectsToldAt))
	if len(v.Updates) > 0 {
		fmt.Fprintln(w, "Updates:")
		for _, u := range v.Updates {
			fmt.Fprintf(w, "  %s  %s\n", at(u.At), u.Text)
		}
	}
}

func breachYN(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func breachNumbers(b model.Breach) string {
	var parts []string
	if b.Subjects > 0 {
		parts = append(parts, fmt.Sprintf("about %d data subjects", b.Subjects))
	}
	if b.Records > 0 {
		parts = append(parts, fmt.Sprintf("about %d records", b.Records))
	}
	return strings.Join(parts, ", ")
}
