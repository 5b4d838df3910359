package desk

import (
	"errors"
	"fmt"
)

// Role is what a person may do in one workspace. Roles are enforced here, in the
// application layer, so that every face (the CLI over SSH, the interface)
// refuses the same writes; a face may hide what a role cannot do, but it does not
// decide.
type Role string

// The roles, from most to least. A desk opened locally has no role and acts as
// owner: the operating system already decides who may open the files.
const (
	RoleOwner  Role = "owner"  // everything, including backup, restore, demo data and the users file
	RoleEditor Role = "editor" // records, requests, breaches, imports
	RoleViewer Role = "viewer" // read and export
)

// ParseRole reads a role name as written in the users file.
func ParseRole(s string) (Role, error) {
	switch r := Role(s); r {
	case RoleOwner, RoleEditor, RoleViewer:
		return r, nil
	}
	return "", fmt.Errorf("unknown role %q: use owner, editor or viewer", s)
}

// Action is a kind of use case, as far as roles care.
type Action int

const (
	// ActEdit changes records, requests, breaches or documents.
	ActEdit Action = iota + 1
	// ActAdmin touches the workspace as a whole: backup, bundle export, demo data.
	ActAdmin
)

// ErrForbidden is returned, wrapped in a *ForbiddenError, when a desk's role does
// not allow a use case. Nothing has changed when it is returned.
var ErrForbidden = errors.New("not allowed for this role")

// ForbiddenError names who was refused what.
type ForbiddenError struct {
	Author, Workspace string
	Role              Role
	What              string
}

func (e *ForbiddenError) Error() string {
	need := RoleEditor
	if e.Role == RoleEditor {
		need = RoleOwner
	}
	return fmt.Sprintf("%s is %s of workspace %q and may not %s; an owner can give the %s role",
		e.Author, article(e.Role), e.Workspace, e.What, need)
}

func (e *ForbiddenError) Unwrap() error { return ErrForbidden }

func article(r Role) string {
	if r == RoleOwner || r == RoleEditor {
		return "an " + string(r)
	}
	return "a " + string(r)
}

// Role is the desk's role; a desk without one acts as owner.
func (d *Desk) Role() Role {
	if d.role == "" {
		return RoleOwner
	}
	return d.role
}

// Allows says whether the desk's role permits the action, for a face that hides
// what it cannot offer.
func (d *Desk) Allows(a Action) bool {
	switch d.Role() {
	case RoleOwner:
		return true
	case RoleEditor:
		return a == ActEdit
	}
	return false
}

// allow is the one check every changing use case makes first.
func (d *Desk) allow(a Action, what string) error {
	if d.Allows(a) {
		return nil
	}
	return &ForbiddenError{Author: d.author, Workspace: d.ws.Name(), Role: d.Role(), What: what}
}

// Session returns a desk on the same open workspace for one person: its writes
// name author in the journal and its role limits what it may do. Sessions share
// the workspace; closing a session desk leaves it open, and the desk it was made
// from closes it (with the automatic backup).
func (d *Desk) Session(author string, role Role) *Desk {
	s := *d
	s.ws = d.ws.WithAuthor(author)
	s.author, s.role, s.session = author, role, true
	return &s
}
