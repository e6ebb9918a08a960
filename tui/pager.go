package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// pager shows a window of a long text. Lines are fitted to the width once,
// when the text is set, so drawing a frame is only a join: the guide's
// pages run to hundreds of styled lines.
type pager struct {
	lines         []string // each exactly width columns
	offset        int
	width, height int
	raw           string
	fitted        map[string][]string // texts already fitted to this width
}

func (p *pager) SetWidth(w int) {
	if w != p.width {
		p.width = max(w, 0)
		p.fitted = nil
		p.SetContent(p.raw)
	}
}

func (p *pager) SetHeight(h int) {
	p.height = max(h, 0)
	p.scroll(0)
}

func (p *pager) Height() int         { return p.height }
func (p *pager) TotalLineCount() int { return len(p.lines) }

// SetContent replaces the text, keeping the scroll position where it can.
func (p *pager) SetContent(s string) {
	p.raw = s
	if lines, ok := p.fitted[s]; ok {
		p.lines = lines
		p.scroll(0)
		return
	}
	p.lines = fitWidth(strings.Split(s, "\n"), p.width)
	if p.fitted == nil || len(p.fitted) >= 64 {
		p.fitted = map[string][]string{}
	}
	p.fitted[s] = p.lines
	p.scroll(0)
}

func (p *pager) scroll(n int) { p.offset = max(0, min(p.offset+n, len(p.lines)-p.height)) }

func (p *pager) ScrollDown(n int) { p.scroll(n) }
func (p *pager) ScrollUp(n int)   { p.scroll(-n) }
func (p *pager) PageDown()        { p.scroll(p.height) }
func (p *pager) PageUp()          { p.scroll(-p.height) }
func (p *pager) GotoTop()         { p.offset = 0 }
func (p *pager) GotoBottom()      { p.scroll(len(p.lines)) }

// ScrollPercent is how far down the window is, 0–1.
func (p *pager) ScrollPercent() float64 {
	if len(p.lines) <= p.height {
		return 1
	}
	return float64(p.offset) / float64(len(p.lines)-p.height)
}

// View is the window, exactly height lines.
func (p *pager) View() string {
	end := min(p.offset+p.height, len(p.lines))
	out := append([]string{}, p.lines[p.offset:end]...)
	for len(out) < p.height {
		out = append(out, strings.Repeat(" ", p.width))
	}
	return strings.Join(out, "\n")
}

// box draws a rounded border, styled by border, around lines that are
// each exactly width columns.
func box(lines []string, width int, border lipgloss.Style) string {
	var b strings.Builder
	side := border.Render("│")
	b.WriteString(border.Render("╭" + strings.Repeat("─", width) + "╮"))
	for _, l := range lines {
		b.WriteString("\n" + side + l + side)
	}
	b.WriteString("\n" + border.Render("╰"+strings.Repeat("─", width)+"╯"))
	return b.String()
}

// YOffset is the first line shown.
func (p *pager) YOffset() int { return p.offset }

// AtBottom reports whether the last line is in view.
func (p *pager) AtBottom() bool { return p.offset+p.height >= len(p.lines) }

// GetContent is the text as it was set.
func (p *pager) GetContent() string { return p.raw }
