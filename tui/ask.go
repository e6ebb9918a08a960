package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// The one y/n question of the app: a screen asks with ask, the root shows
// the question on the status line and takes the next key as the answer.

// askMsg opens the question. yes runs in the root's Update, on the UI
// goroutine, when the user answers y; the command it returns is run.
type askMsg struct {
	question string
	yes      func() tea.Cmd
}

// ask is the command a screen returns to put a question to the user.
func ask(question string, yes func() tea.Cmd) tea.Cmd {
	return func() tea.Msg { return askMsg{question: question, yes: yes} }
}

// askAbout fills a question's format with a title cut so that the whole
// question fits in the lines the status line gives it (maxAskLines of
// width columns) where it can: the words that say which key answers must
// stay in sight.
func askAbout(format, title string, width int) string {
	room := maxAskLines*width - lipgloss.Width(fmt.Sprintf(format, "")) - width/4 // a quarter line for the wrap's ragged ends
	return fmt.Sprintf(format, truncateText(title, max(min(room, maxAskTitle), minAskTitle)))
}

// The title in a question keeps at least minAskTitle columns, and takes no
// more than maxAskTitle.
const (
	minAskTitle = 10
	maxAskTitle = 40
)

// openAsk shows q until the next key.
func (a *app) openAsk(q askMsg) {
	a.asking = &q
	a.showFullHelp(false)
}

// answer takes the key that answers the open question: y runs its yes,
// any other key only closes it.
func (a *app) answer(msg tea.KeyPressMsg) tea.Cmd {
	q := a.asking
	a.asking = nil
	a.resize()
	if key.Matches(msg, a.sh.keys.Confirm) && q.yes != nil {
		return q.yes()
	}
	return nil
}

// askHelp is the help line while a question is open.
func (a *app) askHelp() helpKeys {
	k := a.sh.keys
	return helpKeys{short: []key.Binding{k.Confirm, k.Cancel}, full: [][]key.Binding{{k.Confirm, k.Cancel}}}
}

// askLine is the open question, as the status line shows it: wrapped to
// the width, on at most maxAskLines lines, so that a narrow window does
// not cut what is asked.
func (a *app) askLine() string {
	lines := rfWrap(a.asking.question, max(a.width, 1))
	if len(lines) > maxAskLines {
		lines = lines[:maxAskLines]
		lines[maxAskLines-1] = truncateText(lines[maxAskLines-1]+" …", a.width)
	}
	for i, l := range lines {
		lines[i] = a.sh.styles.Warning.Render(l)
	}
	return strings.Join(lines, "\n")
}

// maxAskLines is the most lines a question takes above the help.
const maxAskLines = 3

// isPointerOrPaste reports input other than keys, which a question ignores.
func isPointerOrPaste(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.MouseMsg, tea.PasteMsg:
		return true
	}
	return false
}
