package tui

import tea "charm.land/bubbletea/v2"

// Changed is the message a server sends to a running interface when another
// session changed its workspace: the interface reloads what it shows, as after
// its own saves.
func Changed() tea.Msg { return reloadMsg{} }
