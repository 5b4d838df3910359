package model

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
)

// FieldChange is one field of a journal entry's record, before and after, as
// text. Nested objects are flattened to dotted paths ("dpa.status"); lists and
// values are compared whole. Before or After is "" when the field was absent
// or empty on that side.
type FieldChange struct {
	Field, Before, After string
}

// Changed reports whether the field differs between the two sides.
func (c FieldChange) Changed() bool { return c.Before != c.After }

// Diff compares the record before and after a journal entry: the changed
// fields first, then the unchanged ones, each in field order. A created record
// has only "after" values, a deleted one only "before" values, so every field
// counts as changed.
func (e AuditEntry) Diff() (changed, unchanged []FieldChange) {
	before, after := flatJSON(e.Before), flatJSON(e.After)
	keys := make([]string, 0, len(before)+len(after))
	for k := range before {
		keys = append(keys, k)
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		c := FieldChange{Field: k, Before: before[k], After: after[k]}
		if c.Changed() {
			changed = append(changed, c)
		} else {
			unchanged = append(unchanged, c)
		}
	}
	return changed, unchanged
}

// flatJSON turns a JSON object into dotted paths and their values as text;
// empty values ("", [], {}, null, zero dates) are left out, so that a field
// that went from absent to empty is not a change.
func flatJSON(raw json.RawMessage) map[string]string {
	out := map[string]string{}
	if len(raw) == 0 {
		return out
	}
	var v any
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		return out
	}
	flatten("", v, out)
	return out
}

func flatten(path string, v any, out map[string]string) {
	if m, ok := v.(map[string]any); ok {
		for k, sub := range m {
			p := k
			if path != "" {
				p = path + "." + k
			}
			flatten(p, sub, out)
		}
		return
	}
	if s := valueText(v); s != "" && path != "" {
		out[path] = s
	}
}

// valueText is a value as a person reads it: strings as they are, lists of
// strings joined with "; ", anything else as compact JSON.
func valueText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		if x == "0001-01-01T00:00:00Z" {
			return ""
		}
		return x
	case []any:
		if len(x) == 0 {
			return ""
		}
		parts := make([]string, len(x))
		for i, e := range x {
			if s, ok := e.(string); ok {
				parts[i] = s
				continue
			}
			b, _ := json.Marshal(e)
			parts[i] = string(b)
		}
		return strings.Join(parts, "; ")
	}
	b, _ := json.Marshal(v)
	return string(b)
}
