package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/sanitize"
)

// faqScreen is screen 6: the questions on the left, the selected answer
// rendered as markdown on the right, with a link to its guide section.
type faqScreen struct {
	*mdBrowser
}

func newFAQScreen(sh *shared) screen {
	var items []pageItem
	for _, f := range content.FAQs(sh.lang) {
		it := pageItem{id: f.ID, title: sanitize.Line(f.Question), related: f.Related}
		if s, ok := content.SectionByID(sh.lang, f.Related); ok {
			it.relName = sanitize.Line(s.Title)
		}
		items = append(items, it)
	}
	return &faqScreen{newMDBrowser(sh, content.KindFAQ, sh.ui.Guide.Questions, items)}
}

func (f *faqScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok && !f.filtering && key.Matches(msg, f.sh.keys.Related) {
		return f, f.openRelated()
	}
	return f, f.update(msg)
}

// openRelated switches to the Guide and opens the selected answer's
// related section. The switch comes first: the Guide is built when it is
// first shown, and a screen not yet built drops the messages it is sent.
func (f *faqScreen) openRelated() tea.Cmd {
	it, ok := f.selected()
	if !ok || it.relName == "" {
		return nil
	}
	id := it.related
	return tea.Sequence(
		func() tea.Msg { return switchScreenMsg{to: guideScreenKind} },
		func() tea.Msg { return openSectionMsg{id: id} },
	)
}

func (f *faqScreen) View() string {
	footer := ""
	if it, ok := f.selected(); ok && it.relName != "" {
		footer = f.sh.styles.Suggestion.Render(fmt.Sprintf(f.sh.ui.Guide.Related, it.relName))
	}
	return f.mdBrowser.View(footer)
}

func (f *faqScreen) Capturing() bool { return f.filtering }

func (f *faqScreen) ShortHelp() []key.Binding { return f.shortHelp(f.sh.keys.Related) }

func (f *faqScreen) FullHelp() [][]key.Binding { return f.fullHelp(f.sh.keys.Related) }
