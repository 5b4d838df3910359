package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

func (a *app) demoCommand() *cobra.Command {
	var scale int
	cmd := &cobra.Command{
		Use:   "demo [--scale N]",
		Short: "Fill the workspace with a fictional organisation's records",
		Long: "Adds about 25 activities, 15 processors and 60 requests in every state (overdue, due soon,\n" +
			"paused, extended, closed). --scale N adds N generated requests and N/10 activities, for\n" +
			"trying dpodesk at real sizes.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			if scale < 0 {
				return usagef("--scale must be 0 or more")
			}
			a.createMissing = true
			ws, err := a.open()
			if err != nil {
				return err
			}
			return a.loadDemo(ws, scale)
		},
	}
	cmd.Flags().IntVar(&scale, "scale", 0, "also add N generated requests and N/10 activities")
	return cmd
}

// loadDemo writes the demo organisation in batches. It refuses a workspace that
// already has records, so demo data never mixes with a client's real register.
func (a *app) loadDemo(ws *store.Workspace, scale int) error {
	counts, err := ws.Counts()
	if err != nil {
		return err
	}
	if counts.Activities+counts.Processors+counts.Requests > 0 {
		return fmt.Errorf("workspace %q already has records; load the demo into a new one: dpodesk --workspace demo demo", ws.Name())
	}
	g := demoGen{now: a.now(), rng: rand.New(rand.NewPCG(42, uint64(scale))), rules: a.rules}
	procs := g.processors()
	if err := ws.BulkCreate(nil, procs, nil, nil); err != nil {
		return err
	}
	ids := map[string]uint64{}
	for _, p := range procs {
		ids[p.Name] = p.ID
	}
	acts := g.activities(ids, scale/10)
	reqs := g.requests(60 + scale)
	progress := func(done, total int) {
		if scale > 0 && (done == total || done%20000 == 0) {
			fmt.Fprintf(a.stderr, "\rwriting demo records: %d/%d", done, total)
			if done == total {
				fmt.Fprintln(a.stderr)
			}
		}
	}
	if err := ws.BulkCreate(acts, nil, reqs, progress); err != nil {
		return err
	}
	if err := ws.SaveOrganisation(demoOrganisation); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "demo loaded into %q: %d activities, %d processors, %d requests\n", ws.Name(), len(acts), len(procs), len(reqs))
	return nil
}

type demoGen struct {
	now   time.Time
	rng   *rand.Rand
	rules model.DeadlineRules
}

func (g demoGen) monthsFromNow(n int) model.Date {
	return model.DateOf(g.now.AddDate(0, n, 0))
}

func (g demoGen) processors() []*model.Processor {
	out := make([]*model.Processor, 0, len(demoProcessors))
	for _, d := range demoProcessors {
		p := &model.Processor{Name: d.name, LegalEntity: d.entity, Country: d.country, Role: d.role, Status: model.StatusActive,
			TransferMechanism: d.mechanism, Services: d.services, DPA: model.DPA{Status: d.dpa, Clauses: map[string]bool{}}}
		if d.signedMonthsAgo > 0 {
			p.DPA.SignedOn = g.monthsFromNow(-d.signedMonthsAgo)
			p.DPA.Form = "individual"
		}
		if d.reviewInMonths != 0 {
			p.DPA.NextReview = g.monthsFromNow(d.reviewInMonths)
		}
		for _, c := range d.clauses {
			p.DPA.Clauses[string(c)] = true
		}
		if d.country != "" {
			p.Countries = []string{d.country}
		}
		out = append(out, p)
	}
	return out
}

func (g demoGen) activities(procIDs map[string]uint64, extra int) []*model.Activity {
	out := make([]*model.Activity, 0, len(demoActivities)+extra)
	for _, d := range demoActivities {
		out = append(out, g.activity(d, procIDs))
	}
	for i := 0; i < extra; i++ {
		d := demoActivities[i%len(demoActivities)]
		d.name = fmt.Sprintf("%s (site %d)", d.name, i/len(demoActivities)+2)
		out = append(out, g.activity(d, procIDs))
	}
	return out
}

func (g demoGen) activity(d demoActivity, procIDs map[string]uint64) *model.Activity {
	a := &model.Activity{Name: d.name, Status: model.StatusActive, Purposes: []string{d.purpose},
		LegalBases: splitList([]string{d.bases}), DataSubjects: splitList([]string{d.subjects}),
		DataCategories: splitList([]string{d.data}), Recipients: splitList([]string{d.recipients}),
		Art9Conditions: splitList([]string{d.art9}), Owner: "Operations", NextReview: g.monthsFromNow(d.reviewInMonths)}
	a.DPIA.Criteria = splitList([]string{d.criteria})
	if cat, period, ok := strings.Cut(d.retention, "="); ok {
		a.Retention = []model.Retention{{Category: cat, Period: period}}
	}
	for _, name := range splitList([]string{d.processors}) {
		a.ProcessorIDs = append(a.ProcessorIDs, procIDs[name])
	}
	if !d.gaps {
		a.TOMs = "access control by role, encryption in transit and at rest, backups, logging (see TOM catalogue v3)"
	}
	if strings.Contains(d.bases, "6.1.a") && !d.gaps {
		a.ConsentWithdrawal = "unsubscribe link, account settings, or e-mail to datenschutz@lindenhof-garten.example"
	}
	if strings.Contains(d.bases, "6.1.f") {
		a.LegitimateInterest = "balancing test on file (LIA-" + strings.ToUpper(d.name[:3]) + ")"
	}
	if strings.Contains(d.bases, "6.1.c") {
		a.LawReference = "§ 147 AO, § 257 HGB"
	}
	return a
}
