package tui

// The right pane of the Guide and FAQ screens: one page rendered as
// markdown, in a pager. Renders run in commands; the pane keeps what came
// back, so a page seen once at a width and style shows in one frame.

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/content"
)

const (
	// mdWheelLines is how far one wheel step scrolls the text.
	mdWheelLines = 3
	// mdMaxPages bounds a screen's own cache of rendered pages.
	mdMaxPages = 256
)

// pageKey names one rendering of a page.
type pageKey struct {
	id    string
	width int
	style string
}

// sectionRenderedMsg carries a page rendered by renderPage. kind tells the
// guide's results from the FAQ's, since the root gives such a result to
// every screen.
type sectionRenderedMsg struct {
	kind  string
	id    string
	width int
	style string
	text  string
	err   error
}

func (m sectionRenderedMsg) key() pageKey { return pageKey{m.id, m.width, m.style} }

// renderPage renders one page in a command; the Renderer caches it.
func renderPage(r *content.Renderer, lang content.Lang, kind string, k pageKey) tea.Cmd {
	return func() tea.Msg {
		var text string
		var err error
		if kind == content.KindFAQ {
			text, err = r.FAQ(lang, k.id, k.width, k.style)
		} else {
			text, err = r.Section(lang, k.id, k.width, k.style)
		}
		return sectionRenderedMsg{kind: kind, id: k.id, width: k.width, style: k.style, text: text, err: err}
	}
}

// mdTrimBlank drops the empty lines glamour puts around a document.
func mdTrimBlank(s string) string {
	lines := strings.Split(s, "\n")
	blank := func(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// mdPage is the rendered page in its pager, with a footer line under it.
type mdPage struct {
	sh   *shared
	kind string // content.KindGuide or content.KindFAQ

	vp      pager
	vpKey   pageKey // what the pager shows; width 0 while a placeholder
	pending pageKey // the rendering asked for and not yet received
	pages   map[pageKey]string
}

func newMDPage(sh *shared, kind string) *mdPage {
	return &mdPage{sh: sh, kind: kind, pages: map[pageKey]string{}}
}

// SetSize takes the room inside the pane's border; the last line is the
// footer's.
func (p *mdPage) SetSize(w, h int) {
	p.vp.SetWidth(w)
	p.vp.SetHeight(max(h-1, 0))
}

// renderWidth is the pane's width, up to the reading width: in a very
// wide pane the text keeps to the left rather than run on.
func (p *mdPage) renderWidth() int {
	return max(min(p.vp.width, content.ReadingWidth), content.MinRenderWidth)
}

// keyFor is the rendering of page id for the current width and style.
func (p *mdPage) keyFor(id string) pageKey {
	return pageKey{id, p.renderWidth(), p.sh.styles.MarkdownStyle}
}

// showNote shows a line of text in place of a page.
func (p *mdPage) showNote(text string) {
	p.vp.SetContent(text)
	p.vp.GotoTop()
	p.vpKey = pageKey{}
}

// showCached puts rendering k in the pager if it is at hand, or a
// placeholder when k is another page than the one shown. It reports
// whether k still needs rendering.
func (p *mdPage) showCached(k pageKey) bool {
	if k == p.vpKey {
		return false
	}
	if text, ok := p.pages[k]; ok {
		p.setPage(k, text)
		return false
	}
	if p.vpKey.id != k.id {
		// Another page: its old text would mislead; the same page at
		// another width or style keeps its text until the new one comes.
		p.vp.SetContent(p.sh.styles.Muted.Render(p.sh.ui.Guide.Rendering))
		p.vp.GotoTop()
		p.vpKey = pageKey{id: k.id}
	}
	return true
}

// request returns the command that renders k, unless one is on its way.
func (p *mdPage) request(k pageKey) tea.Cmd {
	if k == p.pending {
		return nil
	}
	p.pending = k
	return renderPage(p.sh.renderer, p.sh.lang, p.kind, k)
}

func (p *mdPage) setPage(k pageKey, text string) {
	same := p.vpKey.id == k.id
	p.vp.SetContent(text)
	p.vpKey = k
	if !same {
		p.vp.GotoTop()
	}
}

// rendered keeps a rendering that came back and shows it if it is still
// the wanted one (a zero want: nothing is).
func (p *mdPage) rendered(msg sectionRenderedMsg, want pageKey) tea.Cmd {
	k := msg.key()
	if k == p.pending {
		p.pending = pageKey{}
	}
	if msg.err == nil {
		if len(p.pages) >= mdMaxPages {
			p.pages = map[pageKey]string{}
		}
		p.pages[k] = mdTrimBlank(msg.text) // trimmed once, not at every switch
	}
	if want != k {
		return nil // stale: the selection, width or style moved on
	}
	if msg.err != nil {
		p.vp.SetContent(p.sh.styles.Error.Render(fmt.Sprintf(p.sh.ui.Guide.RenderError, msg.err)))
		p.vpKey = k
		return reportErr(msg.err)
	}
	p.setPage(k, p.pages[k])
	return nil
}

// scrollKey scrolls for the movement and paging keys; it reports whether
// the key was one of them.
func (p *mdPage) scrollKey(msg tea.KeyPressMsg) bool {
	k := p.sh.keys
	switch {
	case key.Matches(msg, k.Up):
		p.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		p.vp.ScrollDown(1)
	case key.Matches(msg, k.Top):
		p.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		p.vp.GotoBottom()
	case key.Matches(msg, k.PageUp):
		p.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		p.vp.PageDown()
	default:
		return false
	}
	return true
}

// wheel scrolls by one wheel step.
func (p *mdPage) wheel(up bool) {
	if up {
		p.vp.ScrollUp(mdWheelLines)
	} else {
		p.vp.ScrollDown(mdWheelLines)
	}
}

// View is the pane's inside: the pager's window, then footer on the left
// and how far down the text is on the right.
func (p *mdPage) View(footer string) string {
	w := p.vp.width
	body := p.vp.View()
	if p.vp.Height() == 0 {
		body = ""
	}
	right := ""
	if p.vp.TotalLineCount() > p.vp.Height() {
		right = fmt.Sprintf(" %3.0f%%", p.vp.ScrollPercent()*100)
	}
	left := ansi.Truncate(footer, max(w-lipgloss.Width(right)-1, 0), "…")
	gap := max(w-lipgloss.Width(left)-lipgloss.Width(right), 0)
	foot := fitLine(left+strings.Repeat(" ", gap)+p.sh.styles.Muted.Render(right), w)
	if body == "" {
		return foot
	}
	return body + "\n" + foot
}
