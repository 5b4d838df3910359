package main

import (
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/model"
)

// requestJSON is the request as `request list|show --json` prints it: the stored
// record plus its deadline, computed by the model at the moment of printing.
type requestJSON struct {
	ID           uint64               `json:"id"`
	Ref          string               `json:"ref"`
	Type         string               `json:"type"`
	Subject      string               `json:"subject"`
	Contact      string               `json:"contact,omitempty"`
	Channel      string               `json:"channel"`
	Received     string               `json:"received"`
	Jurisdiction string               `json:"jurisdiction"`
	Status       string               `json:"status"`
	Outcome      string               `json:"outcome,omitempty"`
	Due          string               `json:"due"`
	FirstDue     string               `json:"first_due"`
	MaxExtended  string               `json:"max_extended,omitempty"`
	DaysLeft     *int                 `json:"days_left,omitempty"` // none once closed
	OnClock      bool                 `json:"on_clock"`
	Extended     bool                 `json:"extended"`
	Paused       bool                 `json:"paused"`
	Explanation  string               `json:"explanation"`
	Events       []model.RequestEvent `json:"events,omitempty"`
	requestClock
}

func (a *app) requestView(r model.Request) requestJSON {
	d, c := a.rules.Deadline(r), a.requestClock(r)
	return requestJSON{requestClock: c,
		ID: r.ID, Ref: r.Ref, Type: r.Type, Subject: r.Subject, Contact: r.Contact, Channel: r.Channel,
		Received: r.Received.Format("2006-01-02T15:04:05Z07:00"), Jurisdiction: r.Jurisdiction,
		Status: r.Status, Outcome: r.Outcome, Due: d.Due.String(), FirstDue: d.FirstDue.String(),
		MaxExtended: d.MaxExtended.String(), DaysLeft: c.left, OnClock: d.OnClock,
		Extended: d.Extended, Paused: d.Paused, Explanation: d.Explanation, Events: r.Events,
	}
}

func (a *app) requestCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "request", Short: "Data subject rights requests and their deadlines", Args: noArgs}
	cmd.AddCommand(a.requestList(), a.requestShow(), a.requestAdd(), a.requestEdit(), a.requestDelete())
	cmd.AddCommand(a.requestActions()...)
	for _, add := range requestExtras {
		cmd.AddCommand(add(a))
	}
	return cmd
}

func (a *app) requestList() *cobra.Command {
	var open, overdue, asJSON bool
	var within, status, typ string
	cmd := &cobra.Command{
		Use: "list", Short: "List requests, soonest deadline first", Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			days := -1
			if within != "" {
				n, err := parseWithin(within)
				if err != nil {
					return err
				}
				days = n
			}
			ws, err := a.open()
			if err != nil {
				return err
			}
			rows, err := ws.RequestRows()
			if err != nil {
				return err
			}
			views := a.filterRequests(rows, requestQuery{open, overdue, days, status, typ})
			if asJSON {
				return a.printJSON(views)
			}
			return a.printRequestTable(views)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&open, "open", false, "only requests still open")
	f.BoolVar(&overdue, "overdue", false, "only open requests past their deadline")
	f.StringVar(&within, "due-within", "", "only open requests due within this many days from today, e.g. 7d (not the overdue ones: --overdue)")
	f.StringVar(&status, "status", "", "only requests with this status")
	f.StringVar(&typ, "type", "", "only requests of this type")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

type requestQuery struct {
	open, overdue bool
	within        int // days; -1 for no limit
	status, typ   string
}

func (a *app) filterRequests(rows []model.Request, q requestQuery) []requestJSON {
	views := []requestJSON{}
	for _, r := range rows {
		if (q.open || q.overdue || q.within >= 0) && !r.IsOpen() {
			continue
		}
		if (q.status != "" && r.Status != q.status) || (q.typ != "" && r.Type != q.typ) {
			continue
		}
		v := a.requestView(r)
		// --due-within is the week ahead, as on the dashboard; --overdue lists the past
		if left := v.requestClock.daysLeft(); (q.overdue && (left >= 0 || !v.OnClock)) || (q.within >= 0 && (left > q.within || left < 0 || !v.OnClock)) {
			continue
		}
		v.Events, v.Timeline = nil, nil
		views = append(views, v)
	}
	sort.SliceStable(views, func(i, j int) bool {
		if views[i].Due != views[j].Due {
			return views[i].Due < views[j].Due
		}
		return views[i].ID < views[j].ID
	})
	return views
}

func (a *app) printRequestTable(views []requestJSON) error {
	if len(views) == 0 {
		fmt.Fprintln(a.stdout, "no requests match")
		return nil
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "REF\tSUBJECT\tTYPE\tSTATUS\tDUE\tDAYS LEFT\tFLAGS")
	for _, v := range views {
		flags := []string{}
		if v.Extended {
			flags = append(flags, "extended")
		}
		if v.Paused {
			flags = append(flags, "paused")
		}
		left := "–"
		if v.DaysLeft != nil {
			left = fmt.Sprint(*v.DaysLeft)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", v.Ref, v.Subject, v.Type, v.Status, v.Due, left, strings.Join(flags, ","))
	}
	return tw.Flush()
}

func (a *app) requestShow() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use: "show ID|REF", Short: "Show one request with its deadline and timeline", Args: exactArgs(1, "a request id or ref"),
		RunE: func(_ *cobra.Command, args []string) error {
			r, err := a.resolveRequest(args[0])
			if err != nil {
				return err
			}
			v := a.requestView(r)
			if asJSON {
				return a.printJSON(v)
			}
			a.printRequest(v)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *app) printRequest(v requestJSON) {
	w := a.stdout
	fmt.Fprintf(w, "%s  %s — %s\n", v.Ref, v.Subject, requestTypeLabel(v.Type, a.cfg.Language))
	fmt.Fprintf(w, "status:       %s %s\n", v.Status, v.Outcome)
	fmt.Fprintf(w, "received:     %s via %s (%s)\n", v.receivedText(), v.Channel, strings.ToUpper(v.Jurisdiction))
	if v.Contact != "" {
		fmt.Fprintf(w, "contact:      %s\n", v.Contact)
	}
	fmt.Fprintf(w, "due:          %s (%s)\n", v.Due, v.Clock)
	fmt.Fprintf(w, "rule:         %s\n", v.Explanation)
	a.printReplyAndTimeline(v.requestClock)
}

// resolveRequest finds a request by numeric id or ref.
func (a *app) resolveRequest(idOrRef string) (model.Request, error) {
	ws, err := a.open()
	if err != nil {
		return model.Request{}, err
	}
	r, err := ws.ResolveRequest(idOrRef)
	if err != nil {
		return r, fmt.Errorf("request %q: %w", idOrRef, err)
	}
	return r, nil
}

func requestTypeLabel(key, lang string) string {
	if t, ok := model.RequestTypeByKey(key); ok {
		return t.Label(lang)
	}
	return key
}
