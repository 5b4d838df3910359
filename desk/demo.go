package desk

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/dpodesk/dpodesk/model"
)

// DemoLoaded says what LoadDemo wrote.
type DemoLoaded struct{ Activities, Processors, Requests int }

// LoadDemo writes the demo organisation in batches: about 25 activities, 15
// processors and 60 requests in every state, plus scale generated requests and
// scale/10 activities. It refuses a workspace that already has records, so
// demo data never mixes with a client's real register. progress, when not
// nil, is told how many records are written.
func (d *Desk) LoadDemo(ctx context.Context, scale int, progress func(done, total int)) (DemoLoaded, error) {
	if err := d.allow(ActAdmin, "load demo data"); err != nil {
		return DemoLoaded{}, err
	}
	ws := d.ws
	if scale < 0 {
		return DemoLoaded{}, fmt.Errorf("the demo scale must be 0 or more")
	}
	counts, err := ws.Counts()
	if err != nil {
		return DemoLoaded{}, err
	}
	if counts.Activities+counts.Processors+counts.Requests > 0 {
		return DemoLoaded{}, fmt.Errorf("workspace %q already has records; load the demo into a new one: dpodesk --workspace demo demo", ws.Name())
	}
	g := demoGen{now: d.now(), rng: rand.New(rand.NewPCG(42, uint64(scale))), rules: d.Rules()}
	procs := g.processors()
	if err := ws.BulkCreate(nil, procs, nil, nil); err != nil {
		return DemoLoaded{}, err
	}
	if err := ctx.Err(); err != nil {
		return DemoLoaded{}, err
	}
	ids := map[string]uint64{}
	for _, p := range procs {
		ids[p.Name] = p.ID
	}
	acts := g.activities(ids, scale/10)
	reqs := g.requests(demoRequestCount + scale)
	if err := ws.BulkCreate(acts, nil, reqs, progress); err != nil {
		return DemoLoaded{}, err
	}
	org := demoOrganisation
	prev, err := ws.Organisation()
	if err != nil {
		return DemoLoaded{}, err
	}
	org.Deadlines = prev.Deadlines // the workspace keeps its own deadline settings
	if err := ws.SaveOrganisation(org); err != nil {
		return DemoLoaded{}, err
	}
	if err := ws.SaveDemoMark(demoMark(acts, procs, reqs, prev)); err != nil {
		return DemoLoaded{}, err
	}
	return DemoLoaded{Activities: len(acts), Processors: len(procs), Requests: len(reqs)}, nil
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
		LegalBases: splitList(d.bases), DataSubjects: splitList(d.subjects),
		DataCategories: splitList(d.data), Recipients: splitList(d.recipients),
		Art9Conditions: splitList(d.art9), Owner: "Operations", NextReview: g.monthsFromNow(d.reviewInMonths)}
	a.DPIA.Criteria = splitList(d.criteria)
	if cat, period, ok := strings.Cut(d.retention, "="); ok {
		a.Retention = []model.Retention{{Category: cat, Period: period}}
	}
	for _, name := range splitList(d.processors) {
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

// splitList splits comma-separated values and drops the empty ones.
func splitList(vals ...string) []string {
	var out []string
	for _, v := range vals {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// LoadDemoData loads the demo organisation without generated requests, as the
// interface offers it on an empty workspace.
func (d *Desk) LoadDemoData(ctx context.Context) error {
	_, err := d.LoadDemo(ctx, 0, nil)
	return err
}
