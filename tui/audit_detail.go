package tui

import (
	"fmt"

	"github.com/dpodesk/dpodesk/model"
)

// auditDetail renders one journal entry: who and when, then the fields that
// changed, marked and as before → after, then the fields that stayed as they
// were, muted. A created record lists what it was created with, a deleted one
// what it held.
func auditDetail(st *Styles, e model.AuditEntry, w int) string {
	f := &fieldWriter{st: st, width: w}
	f.line(st.Section.Render(fmt.Sprintf("#%d  %s  %s %s", e.Seq, e.Action, e.Kind, e.Label)))
	by := ""
	if e.Author != "" {
		by = "  by " + e.Author
	}
	f.line(st.Muted.Render(e.At.Local().Format("2006-01-02 15:04:05") + by + "  hash " + short(e.Hash) + "  prev " + short(e.Prev)))
	changed, unchanged := e.Diff()
	switch {
	case len(e.Before) == 0 && len(e.After) == 0:
		f.line("")
		f.line(st.Muted.Render("No record content in this entry."))
		return f.String()
	case len(e.Before) == 0:
		f.section(fmt.Sprintf("Created with (%d fields)", len(changed)))
		for _, c := range changed {
			f.write("+ "+c.Field, c.After)
		}
		return f.String()
	case len(e.After) == 0:
		f.section(fmt.Sprintf("Deleted; it held (%d fields)", len(changed)))
		for _, c := range changed {
			f.write("- "+c.Field, c.Before)
		}
		return f.String()
	}
	f.section(fmt.Sprintf("Changed (%d fields)", len(changed)))
	if len(changed) == 0 {
		f.line(st.Muted.Render("  nothing: the record was saved as it was"))
	}
	for _, c := range changed {
		f.write(changeMark(c)+" "+c.Field, dash(c.Before)+"  →  "+dash(c.After))
	}
	f.section(fmt.Sprintf("Unchanged (%d fields)", len(unchanged)))
	for _, c := range unchanged {
		f.line(st.Muted.Render(fmt.Sprintf("  %-22s %s", c.Field, model.SafeLine(c.After))))
	}
	return f.String()
}

// changeMark says how a field changed: + filled, - emptied, ~ replaced.
func changeMark(c model.FieldChange) string {
	switch {
	case c.Before == "":
		return "+"
	case c.After == "":
		return "-"
	}
	return "~"
}

func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
