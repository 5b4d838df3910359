package main

import (
	"log"
	"os"
	"path/filepath"

	"github.com/dpodesk/dpodesk/cli"
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
func runTUI(a *cli.App) error {
	// the picker is only for a start that named no workspace
	pickable := !a.Named() && os.Getenv("DPODESK_WORKSPACE") == ""
	switching := false
	for {
		chosen, err := chooseWorkspace(a, pickable, switching)
		if err != nil || !chosen {
			return err
		}
		exit, err := runInterface(a)
		if err != nil || exit != tui.ExitSwitch {
			return err
		}
		a.CloseWorkspace() // with its automatic backup, before another workspace opens
		switching = true
	}
}

// runInterface opens the chosen workspace and runs the main program on it.
func runInterface(a *cli.App) (tui.Exit, error) {
	d, err := a.Desk()
	if err != nil {
		return tui.ExitQuit, err
	}
	name, cfg := d.Store().Name(), a.Config()
	// anything written with the standard log package would draw over the screen
	if f, err := os.OpenFile(filepath.Join(a.Home().LogDir(name), "dpodesk.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600); err == nil {
		log.SetOutput(f)
		defer f.Close()
		defer log.SetOutput(os.Stderr)
	}
	layout, _ := config.GoDateLayout(cfg.DateFormat)
	return tui.Run(d, tui.Options{
		Workspace: name, Lang: cfg.Language, Theme: cfg.Theme, DateFormat: layout,
		DefaultJurisdiction: d.Jurisdiction(), Now: d.Now,
		CanSwitch: !a.ByDirectory(),
	})
}
