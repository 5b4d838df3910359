package desk

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dpodesk/dpodesk/store"
)

// InUseError refuses to delete a record that other records still point at. It
// names them and says what to do instead, so the CLI and the interface say the
// same before anyone is asked to confirm a deletion.
type InUseError struct {
	Noun, Name string   // "processor", "Personio"
	Users      []string // names of the activities that use it
}

func (e *InUseError) Error() string {
	fix := "Remove it from those activities first (edit each of them)"
	if len(e.Users) == 1 {
		fix = "Remove it from that activity first (edit the activity)"
	}
	return fmt.Sprintf("%s %q is used by %s: %s. %s, or set its status to retired to keep it on record without deleting it",
		e.Noun, e.Name, countNoun(len(e.Users), "activity", "activities"), strings.Join(e.Users, ", "), fix)
}

func (e *InUseError) Unwrap() error { return store.ErrInUse }

func countNoun(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// CheckDeleteProcessor says whether a processor may be deleted: an
// *InUseError while activities list it, nil when nothing points at it.
func (d *Desk) CheckDeleteProcessor(id uint64) error {
	p, err := d.ws.GetProcessor(id)
	if err != nil {
		return err
	}
	users, err := d.ws.ActivitiesOfProcessor(id)
	if err != nil || len(users) == 0 {
		return err
	}
	e := &InUseError{Noun: "processor", Name: p.Name}
	for _, u := range users {
		e.Users = append(e.Users, u.Name)
	}
	return e
}

// inUse turns the store's refusal (an activity linked it since the check) into
// the same message as the check.
func (d *Desk) inUse(id uint64, err error) error {
	if errors.Is(err, store.ErrInUse) {
		if e := d.CheckDeleteProcessor(id); e != nil {
			return e
		}
	}
	return err
}
