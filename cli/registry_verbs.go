package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/model"
)

// registry describes one register (activities or processors) to the add, edit
// and delete verbs, which work the same way for both: flags set fields, the
// model validates, the store writes one transaction with its audit entry.
type registry[T any] struct {
	noun, article string // "activity", "an"
	example       string // a flag to suggest when edit is given none
	fields        func() []field[T]
	blank         func() T
	resolve       func(a *App, s string) (T, error)
	ident         func(rec *T) (id *uint64, version *int, name string)
	validate      func(rec T) []model.Problem
	create        func(d *desk.Desk, rec *T) error
	update        func(d *desk.Desk, rec *T) error
	remove        func(d *desk.Desk, id uint64) error
	// deletable refuses a deletion before anyone is asked to confirm it; nil
	// when every record of the register may be deleted.
	deletable func(d *desk.Desk, id uint64) error
}

func (r registry[T]) commands(a *App) []*cobra.Command {
	return []*cobra.Command{r.addCmd(a), r.editCmd(a), r.deleteCmd(a)}
}

func (r registry[T]) addCmd(a *App) *cobra.Command {
	var fs *fieldSet[T]
	cmd := &cobra.Command{
		Use: "add --name NAME [flags]", Short: fmt.Sprintf("Add %s %s; prints its id", r.article, r.noun), Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			rec := r.blank()
			if _, err := fs.apply(c, &rec); err != nil {
				return err
			}
			if err := a.reportProblems(r.validate(rec)); err != nil {
				return err
			}
			d, err := a.desk()
			if err != nil {
				return err
			}
			if err := r.create(d, &rec); err != nil {
				return err
			}
			id, _, _ := r.ident(&rec)
			fmt.Fprintf(a.stdout, "%d\n", *id)
			return nil
		},
	}
	fs = bindFields(cmd, r.fields())
	return cmd
}

func (r registry[T]) editCmd(a *App) *cobra.Command {
	var fs *fieldSet[T]
	what := fmt.Sprintf("%s %s id or name", r.article, r.noun)
	cmd := &cobra.Command{
		Use: "edit ID|NAME [flags]", Short: fmt.Sprintf("Change %s %s; only the fields given change", r.article, r.noun),
		Args: exactArgs(1, what),
		RunE: func(c *cobra.Command, args []string) error {
			rec, err := r.resolve(a, args[0])
			if err != nil {
				return err
			}
			id, version, _ := r.ident(&rec)
			keepID, keepVersion := *id, *version
			changed, err := fs.apply(c, &rec)
			if err != nil {
				return err
			}
			if !changed {
				return usagef("%s edit: name at least one field to change, e.g. %s", r.noun, r.example)
			}
			// --from-json may carry another record's id or version: the one named wins
			id, version, name := r.ident(&rec)
			*id, *version = keepID, keepVersion
			if err := a.reportProblems(r.validate(rec)); err != nil {
				return err
			}
			if err := r.update(a.d, &rec); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "updated %s %d %q\n", r.noun, *id, name)
			return nil
		},
	}
	fs = bindFields(cmd, r.fields())
	return cmd
}

func (r registry[T]) deleteCmd(a *App) *cobra.Command {
	var yes bool
	cmd := &cobra.Command{
		Use: "delete ID|NAME", Short: fmt.Sprintf("Delete %s %s (asks first; --yes in scripts)", r.article, r.noun),
		Args: exactArgs(1, fmt.Sprintf("%s %s id or name", r.article, r.noun)),
		RunE: func(_ *cobra.Command, args []string) error {
			rec, err := r.resolve(a, args[0])
			if err != nil {
				return err
			}
			id, _, name := r.ident(&rec)
			if r.deletable != nil {
				if err := r.deletable(a.d, *id); err != nil {
					return err
				}
			}
			if err := a.confirm(fmt.Sprintf("delete %s %d %q?", r.noun, *id, name), yes); err != nil {
				return err
			}
			if err := r.remove(a.d, *id); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "deleted %s %d %q\n", r.noun, *id, name)
			return nil
		},
	}
	cmd.Flags().BoolVar(&yes, "yes", false, "do not ask for confirmation")
	return cmd
}

var activityRegistry = registry[model.Activity]{
	noun: "activity", article: "an", example: "--purpose", fields: activityFields,
	blank:    func() model.Activity { return model.Activity{Status: model.StatusActive} },
	resolve:  (*App).resolveActivity,
	ident:    func(r *model.Activity) (*uint64, *int, string) { return &r.ID, &r.Version, r.Name },
	validate: model.Activity.Validate,
	create:   (*desk.Desk).CreateActivity,
	update:   (*desk.Desk).UpdateActivity,
	remove:   (*desk.Desk).DeleteActivity,
}

var processorRegistry = registry[model.Processor]{
	noun: "processor", article: "a", example: "--dpa-status", fields: processorFields,
	blank: func() model.Processor {
		return model.Processor{Status: model.StatusActive, Role: "processor", DPA: model.DPA{Status: "none"}}
	},
	resolve:  (*App).resolveProcessor,
	ident:    func(r *model.Processor) (*uint64, *int, string) { return &r.ID, &r.Version, r.Name },
	validate: model.Processor.Validate,
	create:   (*desk.Desk).CreateProcessor,
	update:   (*desk.Desk).UpdateProcessor,
	remove:   (*desk.Desk).DeleteProcessor,

	deletable: (*desk.Desk).CheckDeleteProcessor,
}
