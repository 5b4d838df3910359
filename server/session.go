package server

import (
	"context"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	bm "charm.land/wish/v2/bubbletea"

	"github.com/dpodesk/dpodesk/cli"
	"github.com/dpodesk/dpodesk/config"
	"github.com/dpodesk/dpodesk/desk"
	"github.com/dpodesk/dpodesk/server/users"
	"github.com/dpodesk/dpodesk/tui"
	"github.com/dpodesk/dpodesk/tui/picker"
)

// stopMsg ends an interface session when the server stops.
type stopMsg struct{}

// middleware is the one handler of every session: a command runs as a verb, no
// command opens the interface. There is no shell, and no forwarding or
// subsystem is offered.
func (s *Server) middleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		acc, ok := sess.Context().Value(accountKey{}).(users.Account)
		if !ok {
			sess.Exit(1)
			return
		}
		release, err := s.admit(acc)
		if err != nil {
			fmt.Fprintf(sess.Stderr(), "dpodesk: %v\n", err)
			sess.Exit(cli.ExitBusy)
			return
		}
		defer release()
		fmt.Fprintf(s.cfg.Log, "session: %s from %s: %q\n", acc.Author(), sess.RemoteAddr(), sess.Command())
		if n := commandSize(sess.Command()); n > maxCommand {
			fmt.Fprintf(sess.Stderr(), "dpodesk: the command is %d bytes, more than the %d a session may send; put long text in a record field over several commands\n", n, maxCommand)
			sess.Exit(cli.ExitUsage)
			return
		}
		if len(sess.Command()) > 0 {
			sess.Exit(s.runVerb(sess, acc))
			return
		}
		sess.Exit(s.runInterface(sess, acc))
	}
}

// maxCommand bounds what one command may carry; the fields themselves are
// bounded by the model's validation.
const maxCommand = 64 << 10

func commandSize(args []string) int {
	n := 0
	for _, a := range args {
		n += len(a) + 1
	}
	return n
}

// toldStop ends an interface session with the reason. It is written to the
// session's own stream, behind the interface's last frame: on the client's
// terminal, stderr and stdout are separate streams that may be written in
// either order, and the message must not land before the screen is restored.
func (s *Server) toldStop(sess ssh.Session) {
	fmt.Fprint(sess, "\r\ndpodesk: the server is stopping; everything saved is kept. Connect again when it is back.\r\n")
}

func (s *Server) stopping() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.draining
}

// admit counts a session in, within the limits, unless the server is stopping.
func (s *Server) admit(acc users.Account) (func(), error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.draining:
		return nil, fmt.Errorf("the server is stopping; try again when it is back")
	case s.total >= s.cfg.MaxSessions:
		return nil, fmt.Errorf("the server has %d sessions, its limit; try again later", s.total)
	case s.active[acc.Name] >= s.cfg.MaxSessionsPerUser:
		return nil, fmt.Errorf("%s has %d sessions open, the limit per user; close one first", acc.Name, s.active[acc.Name])
	}
	s.total++
	s.active[acc.Name]++
	s.sessions.Add(1)
	return func() {
		s.mu.Lock()
		s.total--
		s.active[acc.Name]--
		s.mu.Unlock()
		s.sessions.Done()
	}, nil
}

// deskFor is the account's desk on a workspace; name "" is the account's only
// workspace.
func (s *Server) deskFor(acc users.Account, name string) (*desk.Desk, error) {
	if name == "" {
		ws := acc.Workspaces()
		if len(ws) != 1 {
			return nil, fmt.Errorf("name a workspace with -w: you may use %s", strings.Join(ws, ", "))
		}
		name = ws[0]
	}
	role, ok := acc.Role(name)
	d, open := s.hub.desk(name)
	if !ok || !open {
		return nil, fmt.Errorf("%s has no workspace %q on this server; yours: %s", acc.Name, name, strings.Join(acc.Workspaces(), ", "))
	}
	sd := d.Session(acc.Author(), role)
	if layout, err := config.GoDateLayout(s.cfg.Home.Config().DateFormat); err == nil {
		sd.SetDateLayout(layout) // letters write dates as configured, as locally
	}
	return sd, nil
}

// runVerb runs `ssh host -- [-w NAME] VERB …` through the command line, as the
// account, and returns the command line's exit status.
func (s *Server) runVerb(sess ssh.Session, acc users.Account) int {
	return cli.Run(sess.Command(), sess, sess, sess.Stderr(), cli.Options{
		Version: s.cfg.Version,
		Remote: &cli.Remote{Home: s.cfg.Home, Open: func(name string) (*desk.Desk, error) {
			return s.deskFor(acc, name)
		}},
	})
}

// runInterface runs the picker (when the account has several workspaces) and
// then the interface on the chosen one.
func (s *Server) runInterface(sess ssh.Session, acc users.Account) int {
	_, winCh, ok := sess.Pty()
	if !ok {
		fmt.Fprintln(sess.Stderr(), "dpodesk: the interface needs a terminal: use ssh -t, or give a verb after --")
		return cli.ExitUsage
	}
	in := newRelay(sess)
	name := ""
	if ws := acc.Workspaces(); len(ws) > 1 {
		var entries []picker.Entry
		for _, w := range ws {
			if _, open := s.hub.desk(w); open {
				entries = append(entries, picker.Entry{Name: w})
			}
		}
		p := picker.New(picker.Options{Entries: entries})
		m, err := s.runProgram(sess, in, winCh, "", p)
		if err != nil {
			return cli.ExitFailure
		}
		res, err := m.(*picker.Picker).Result()
		if s.stopping() {
			s.toldStop(sess)
			return cli.ExitOK
		}
		if err != nil || res.Quit {
			return cli.ExitOK
		}
		name = res.Name
	}
	d, err := s.deskFor(acc, name)
	if err != nil {
		fmt.Fprintf(sess.Stderr(), "dpodesk: %v\n", err)
		return cli.ExitFailure
	}
	cfg := s.cfg.Home.Config()
	layout, _ := config.GoDateLayout(cfg.DateFormat)
	root := tui.New(d, tui.Options{Workspace: d.Store().Name(), Lang: cfg.Language, Theme: cfg.Theme, DateFormat: layout,
		DefaultJurisdiction: d.Jurisdiction(), Now: d.Now})
	if _, err := s.runProgram(sess, in, winCh, d.Store().Name(), root); err != nil {
		return cli.ExitFailure
	}
	if s.stopping() {
		s.toldStop(sess)
	}
	return cli.ExitOK
}

// runProgram runs one Bubble Tea program on the session, registered with the
// hub under workspace so that it hears of other sessions' changes and of the
// server's stop.
func (s *Server) runProgram(sess ssh.Session, in *relay, winCh <-chan ssh.Window, workspace string, m tea.Model) (tea.Model, error) {
	input, end := in.next()
	defer end()
	// The server's signals are the server's: a program that caught SIGTERM
	// itself would quit before the stop is announced, and its user would see
	// the connection drop without a word.
	p := tea.NewProgram(m, append(bm.MakeOptions(sess), tea.WithFilter(stopFilter), tea.WithInput(input),
		tea.WithoutSignalHandler())...)
	defer s.hub.show(workspace, p)()
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()
	go func() {
		for {
			select {
			case <-ctx.Done():
				p.Quit()
				return
			case w := <-winCh:
				p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
			}
		}
	}()
	return p.Run()
}

// stopFilter turns the server's stop into a quit, and a suspend (which a
// session cannot do) into a resume, as Wish's own filter does.
func stopFilter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case stopMsg:
		return tea.Quit()
	case tea.SuspendMsg:
		return tea.ResumeMsg{}
	}
	return msg
}
