package main

import (
	"io"
	"log"
	"os"
	"path/filepath"

	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
	"github.com/dpodesk/dpodesk/tui"
)

// tuiStores adapts the workspace to the interfaces the interface declares.
type tuiStores struct{ *store.Workspace }

var _ tui.Stores = tuiStores{}

func (s tuiStores) AuditEntries(kind string, recordID uint64, limit int, beforeSeq uint64) ([]model.AuditEntry, error) {
	return s.Audit(store.AuditFilter{Kind: kind, RecordID: recordID, Limit: limit, BeforeSeq: beforeSeq})
}

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
	ws, err := a.open()
	if err != nil {
		return tui.ExitQuit, err
	}
	// anything written with the standard log package would draw over the screen
	if f, err := os.OpenFile(filepath.Join(a.logDir(ws.Name()), "dpodesk.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600); err == nil {
		log.SetOutput(f)
		defer f.Close()
		defer log.SetOutput(os.Stderr)
	}
	layout, _ := goDateLayout(a.cfg.DateFormat)
	quiet := *a
	quiet.stdout, quiet.stderr = io.Discard, io.Discard
	imp := tuiImport{a: &quiet, ws: ws}
	return tui.Run(tuiStores{ws}, tui.Options{
		Workspace: ws.Name(), Lang: a.cfg.Language, Theme: a.cfg.Theme, DateFormat: layout,
		Rules: a.rules, DefaultJurisdiction: a.cfg.Jurisdiction, Now: a.now,
		LoadDemo:   func() error { return quiet.loadDemo(ws, 0) },
		ReadImport: imp.read, ApplyImport: imp.apply,
		CanSwitch:   a.db == "",
		DraftLetter: a.letterDrafter(ws),
	})
}
