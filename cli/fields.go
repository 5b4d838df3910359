package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

// field is one command-line flag that sets part of a record. The same table
// serves `add` (every given flag) and `edit` (only the flags that changed), so a
// new field is added in one place.
type field[T any] struct {
	name, usage string
	list        bool // a repeatable, comma-separated flag
	set         func(rec *T, s string, l []string) error
}

// fieldSet binds a table of fields to a command's flags.
type fieldSet[T any] struct {
	fields  []field[T]
	strs    map[string]*string
	lists   map[string]*[]string
	fromRaw string // --from-json
}

func bindFields[T any](cmd *cobra.Command, fields []field[T]) *fieldSet[T] {
	fs := &fieldSet[T]{fields: fields, strs: map[string]*string{}, lists: map[string]*[]string{}}
	for _, f := range fields {
		if f.list {
			fs.lists[f.name] = cmd.Flags().StringArray(f.name, nil, f.usage+" (repeat or comma-separate)")
		} else {
			fs.strs[f.name] = cmd.Flags().String(f.name, "", f.usage)
		}
	}
	cmd.Flags().StringVar(&fs.fromRaw, "from-json", "", "read the whole record from a JSON file (as `show --json` prints it); flags then override")
	return fs
}

// apply sets every flag the user gave; it reports whether anything was set.
func (fs *fieldSet[T]) apply(cmd *cobra.Command, rec *T) (bool, error) {
	changed := false
	if fs.fromRaw != "" {
		data, err := os.ReadFile(fs.fromRaw)
		if err != nil {
			return false, fmt.Errorf("--from-json: %s", plainErr(err))
		}
		if err := json.Unmarshal(data, rec); err != nil {
			return false, usagef("--from-json %s: not a record in JSON: %v", fs.fromRaw, err)
		}
		changed = true
	}
	for _, f := range fs.fields {
		if !cmd.Flags().Changed(f.name) {
			continue
		}
		var err error
		if f.list {
			err = f.set(rec, "", splitList(*fs.lists[f.name]))
		} else {
			err = f.set(rec, strings.TrimSpace(*fs.strs[f.name]), nil)
		}
		if err != nil {
			return false, usagef("--%s: %v", f.name, err)
		}
		changed = true
	}
	return changed, nil
}

// Setter helpers keep the field tables one line per flag.
func setStr[T any](get func(*T) *string) func(*T, string, []string) error {
	return func(r *T, s string, _ []string) error { *get(r) = s; return nil }
}

func setList[T any](get func(*T) *[]string) func(*T, string, []string) error {
	return func(r *T, _ string, l []string) error { *get(r) = l; return nil }
}

func setDate[T any](get func(*T) *model.Date) func(*T, string, []string) error {
	return func(r *T, s string, _ []string) error {
		if s == "" {
			*get(r) = model.Date{}
			return nil
		}
		d, err := model.ParseDate(s)
		*get(r) = d
		return err
	}
}

func setBool[T any](get func(*T) *bool) func(*T, string, []string) error {
	return func(r *T, s string, _ []string) error {
		b, err := strconv.ParseBool(s)
		if err != nil {
			return fmt.Errorf("%q: write true or false", s)
		}
		*get(r) = b
		return nil
	}
}

func setIDs[T any](get func(*T) *[]uint64) func(*T, string, []string) error {
	return func(r *T, _ string, l []string) error {
		ids := make([]uint64, 0, len(l))
		for _, s := range l {
			id, err := strconv.ParseUint(s, 10, 64)
			if err != nil {
				return fmt.Errorf("%q is not a record id", s)
			}
			ids = append(ids, id)
		}
		*get(r) = ids
		return nil
	}
}

// reportProblems prints validation warnings and turns errors into one failure
// that lists them, so nothing invalid is saved.
func (a *App) reportProblems(ps []model.Problem) error {
	var errs []string
	for _, p := range ps {
		if p.Severity == "error" {
			errs = append(errs, p.Field+": "+p.Message)
			continue
		}
		fmt.Fprintf(a.stderr, "dpodesk: warning: %s: %s\n", p.Field, p.Message)
	}
	if len(errs) > 0 {
		return fmt.Errorf("not saved: %s", strings.Join(errs, "; "))
	}
	return nil
}

// inputUsage turns a value the application layer refused as typed into a
// usage error (exit 2); other errors pass.
func inputUsage(err error) error {
	var in *desk.InputError
	if errors.As(err, &in) {
		return usagef("%v", err)
	}
	return err
}
