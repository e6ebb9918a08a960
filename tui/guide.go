package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/sanitize"
)

// openSectionMsg asks the Guide screen to show a section.
type openSectionMsg struct{ id string }

// guideScreen is screen 5: the guide's contents on the left, the selected
// section rendered as markdown on the right.
type guideScreen struct {
	*mdBrowser
}

func newGuideScreen(sh *shared) screen {
	var items []pageItem
	for _, s := range content.Sections(sh.lang) {
		items = append(items, pageItem{id: s.ID, title: sanitize.Line(s.Title)})
	}
	return &guideScreen{newMDBrowser(sh, content.KindGuide, sh.ui.Guide.Contents, items)}
}

func (g *guideScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case openSectionMsg:
		return g, g.open(msg.id)
	case tea.KeyPressMsg:
		if !g.filtering && g.focus == mdFocusList && key.Matches(msg, g.sh.keys.Open) {
			g.focusText()
			return g, nil
		}
	}
	return g, g.update(msg)
}

// open selects section id, clearing a filter that hides it.
func (g *guideScreen) open(id string) tea.Cmd {
	var cmd tea.Cmd
	if !g.selectID(id) {
		cmd = g.clearFilter()
		g.selectID(id)
	}
	g.keepFilter()
	g.focus = mdFocusList
	return tea.Batch(cmd, g.sync())
}

func (g *guideScreen) View() string { return g.mdBrowser.View("") }

func (g *guideScreen) Capturing() bool { return g.filtering }

func (g *guideScreen) ShortHelp() []key.Binding { return g.shortHelp() }

func (g *guideScreen) FullHelp() [][]key.Binding { return g.fullHelp(g.sh.keys.Open) }
