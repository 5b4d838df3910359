package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	tea "charm.land/bubbletea/v2"
	"github.com/dpodesk/dpodesk/model"
)

// splitWidth is the terminal width from which the request table shares the
// screen with a preview of the selected request.
const splitWidth = 140

// requestPreview is the right-hand pane on wide terminals. The full record is
// read in a Cmd when the selection changes; answers are tagged with a sequence
// number so that scrolling fast never shows an older selection last.
type requestPreview struct {
	seq    uint64
	id     uint64 // the request asked for
	detail *requestDetail
}

type previewMsg struct {
	seq uint64
	req model.Request
	err error
}

func (p *requestsPage) split() bool { return p.width >= splitWidth && p.detail == nil }

// tableWidth is the table's share of the screen.
func (p *requestsPage) tableWidth() int {
	if p.width >= splitWidth {
		return p.width * 55 / 100
	}
	return p.width
}

// follow starts reading the selected request when the selection changed.
func (p *requestsPage) follow() tea.Cmd {
	if !p.split() {
		return nil
	}
	id := p.selectedID()
	if id == p.preview.id {
		return nil
	}
	p.preview.seq++
	p.preview.id = id
	if id == 0 {
		p.preview.detail = nil
		return nil
	}
	seq, s := p.preview.seq, p.s
	return func() tea.Msg {
		r, err := s.GetRequest(id)
		return previewMsg{seq: seq, req: r, err: err}
	}
}

func (p *requestsPage) onPreview(m previewMsg) {
	if m.seq != p.preview.seq || m.err != nil {
		return
	}
	p.preview.detail = newRequestDetail(p.st, p.o, p.s.Rules(), m.req, p.keys)
}

// splitView draws the table and the preview side by side, line by line, which
// costs the visible lines only.
func (p *requestsPage) splitView() string {
	left := strings.Split(p.list.View(), "\n")
	tw := p.tableWidth()
	pw := p.width - tw - 3
	var right []string
	if p.preview.detail != nil && p.preview.detail.req.ID == p.preview.id {
		right = strings.Split(p.preview.detail.View(pw, p.height), "\n")
	}
	var b strings.Builder
	for i := 0; i < p.height; i++ {
		l := ""
		if i < len(left) {
			l = left[i]
		}
		b.WriteString(fitStyled(l, tw))
		b.WriteString(p.st.Muted.Render(" │ "))
		if i < len(right) {
			b.WriteString(right[i])
		}
		if i < p.height-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// fitStyled pads or cuts a line that may hold escape sequences to w cells.
func fitStyled(s string, w int) string {
	n := ansi.StringWidth(s)
	if n > w {
		s = ansi.Truncate(s, w, "…")
		n = ansi.StringWidth(s)
	}
	return s + strings.Repeat(" ", max(w-n, 0))
}
