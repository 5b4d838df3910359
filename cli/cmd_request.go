package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

func (a *App) requestCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "request", Short: "Data subject rights requests and their deadlines", Args: noArgs}
	cmd.AddCommand(a.requestList(), a.requestShow(), a.requestAdd(), a.requestEdit(), a.requestDelete(), a.requestLetter(),
		a.requestClose(), a.requestReopen())
	cmd.AddCommand(a.requestActions()...)
	return cmd
}

func (a *App) requestList() *cobra.Command {
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
			d, err := a.readDesk()
			if err != nil {
				return err
			}
			collectOftenForStreaming()
			list, err := d.RequestList(desk.RequestQuery{Open: open, Overdue: overdue, Within: days, Status: status, Type: typ})
			if err != nil {
				return err
			}
			if asJSON {
				return a.streamJSON(list)
			}
			return a.streamRequestTable(list)
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

func (a *App) requestShow() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use: "show ID|REF", Short: "Show one request with its deadline and timeline", Args: exactArgs(1, "a request id or ref"),
		RunE: func(_ *cobra.Command, args []string) error {
			r, err := a.resolveRequest(args[0])
			if err != nil {
				return err
			}
			v := a.d.ViewRequest(r)
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

func (a *App) printRequest(v desk.RequestView) {
	w := a.stdout
	fmt.Fprintf(w, "%s  %s — %s\n", v.Ref, model.SafeLine(v.Subject), requestTypeLabel(v.Type, a.cfg.Language))
	fmt.Fprintf(w, "status:       %s %s\n", v.Status, v.Outcome)
	fmt.Fprintf(w, "received:     %s via %s (%s)\n", v.ReceivedText(), v.Channel, strings.ToUpper(v.Jurisdiction))
	if v.Contact != "" {
		fmt.Fprintf(w, "contact:      %s\n", model.SafeLine(v.Contact))
	}
	fmt.Fprintf(w, "due:          %s (%s)\n", v.Due, v.Clock)
	fmt.Fprintf(w, "rule:         %s\n", model.ExplanationIn(v.Explanation, a.cfg.Language))
	a.printReplyAndTimeline(v)
}

// resolveRequest finds a request by numeric id or ref.
func (a *App) resolveRequest(idOrRef string) (model.Request, error) {
	d, err := a.desk()
	if err != nil {
		return model.Request{}, err
	}
	return d.Request(idOrRef)
}

func requestTypeLabel(key, lang string) string {
	if t, ok := model.RequestTypeByKey(key); ok {
		return t.Label(lang)
	}
	return key
}
