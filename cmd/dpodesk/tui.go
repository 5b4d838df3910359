package main

import (
	"log"
	"os"
	"path/filepath"

	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/tui"
)

// The interface gets the application layer itself: every use case it offers
// is a method of *desk.Desk.
var _ tui.Services = (*desk.Desk)(nil)

// runTUI chooses the workspace (see chooseWorkspace), opens it and hands it to
// the interface; "Switch workspace" in the interface closes it and goes round
// again through the picker.
func (a *app) runTUI() error {
	// the picker is only for a start that named no workspace
	pickable := a.workspace == "" && a.db == "" && os.Getenv("DPODESK_WORKSPACE") == ""
	switching := false
	for {
		chosen, err := a.chooseWorkspace(pickable, switching)
		if err != nil || !chosen {
			return err
		}
		exit, err := a.runInterface()
		if err != nil || exit != tui.ExitSwitch {
			return err
		}
		a.close() // with its automatic backup, before another workspace opens
		a.key, a.keyName = nil, ""
		switching = true
	}
}

// runInterface opens the chosen workspace and runs the main program on it.
func (a *app) runInterface() (tui.Exit, error) {
	d, err := a.desk()
	if err != nil {
		return tui.ExitQuit, err
	}
	name := d.Store().Name()
	// anything written with the standard log package would draw over the screen
	if f, err := os.OpenFile(filepath.Join(a.home.LogDir(name), "dpodesk.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600); err == nil {
		log.SetOutput(f)
		defer f.Close()
		defer log.SetOutput(os.Stderr)
	}
	layout, _ := config.GoDateLayout(a.cfg.DateFormat)
	return tui.Run(d, tui.Options{
		Workspace: name, Lang: a.cfg.Language, Theme: a.cfg.Theme, DateFormat: layout,
		Rules: a.rules(), DefaultJurisdiction: a.cfg.Jurisdiction, Now: a.now,
		CanSwitch: a.db == "",
	})
}

// validName checks a workspace name as a usage error.
func validName(name string) error {
	if err := config.ValidWorkspaceName(name); err != nil {
		return usagef("%v", err)
	}
	return nil
}
