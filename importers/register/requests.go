package register

import (
	"fmt"
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// readRequest builds a request through model.NewRequest, so an imported request
// obeys the same rules as one logged by hand; status and outcome are then taken
// over as the register has them, because the history before dpodesk is unknown.
func readRequest(r row, opts Options) (RequestRecord, []string) {
	var errs []string
	typ, err := requestType(r.get("type"))
	if err != nil {
		errs = append(errs, err.Error())
	}
	if r.get("received") == "" {
		errs = append(errs, "the date received is empty: the deadline counts from it")
	}
	received, err := parseTime(r.get("received"), opts.Location)
	if err != nil && r.get("received") != "" {
		errs = append(errs, "received: "+err.Error())
	}
	channel := r.get("channel")
	if t, ok := model.MatchTerm(model.VocabChannel, channel); ok {
		channel = t.Key
	}
	if len(errs) > 0 {
		return RequestRecord{Row: r.num}, errs
	}
	q, err := model.NewRequest(typ, r.get("subject"), r.get("contact"), channel, r.get("jurisdiction"), received)
	if err != nil {
		return RequestRecord{Row: r.num}, []string{err.Error()}
	}
	if err := setRequestState(&q, r.get("status"), r.get("outcome")); err != nil {
		return RequestRecord{Row: r.num}, []string{err.Error()}
	}
	return RequestRecord{Row: r.num, Request: q}, nil
}

// requestType reads a type key or its English or German label ("Auskunft").
func requestType(v string) (string, error) {
	if v == "" {
		return "access", nil
	}
	for _, t := range model.RequestTypes() {
		if strings.EqualFold(v, t.Key) || strings.EqualFold(v, t.LabelEN) || strings.EqualFold(v, t.LabelDE) {
			return t.Key, nil
		}
	}
	return "", fmt.Errorf("request type %q is not known: use one of %s", v, strings.Join(model.RequestTypeKeys(), ", "))
}

// requestStatuses map what registers write to the request statuses.
var requestStatuses = map[string]string{
	"received": model.StatusReceived, "eingegangen": model.StatusReceived, "new": model.StatusReceived, "neu": model.StatusReceived,
	"identity_check": model.StatusIdentityCheck, "identity check": model.StatusIdentityCheck, "identitätsprüfung": model.StatusIdentityCheck,
	"in_progress": model.StatusInProgress, "in progress": model.StatusInProgress, "in bearbeitung": model.StatusInProgress, "open": model.StatusInProgress, "offen": model.StatusInProgress,
	"completed": model.StatusCompleted, "erledigt": model.StatusCompleted, "done": model.StatusCompleted, "abgeschlossen": model.StatusCompleted,
	"refused": model.StatusRefused, "abgelehnt": model.StatusRefused,
	"withdrawn": model.StatusWithdrawn, "zurückgezogen": model.StatusWithdrawn,
}

var outcomeOf = map[string]string{model.StatusCompleted: "fulfilled", model.StatusRefused: "refused", model.StatusWithdrawn: "withdrawn"}

func setRequestState(q *model.Request, status, outcome string) error {
	if status == "" {
		return nil
	}
	s, ok := requestStatuses[strings.ToLower(status)]
	if !ok {
		return fmt.Errorf("status %q is not known: use received, identity_check, in_progress, completed, refused or withdrawn", status)
	}
	q.Status = s
	if outcome == "" {
		outcome = outcomeOf[s]
	}
	q.Outcome = outcome
	return nil
}
