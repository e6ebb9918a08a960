package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"coach/content"
)

// A change made by another coach refreshes the screens but does not hide
// what the user's own last action said; after their next key it may show.
func TestOutsideChangeKeepsOwnStatus(t *testing.T) {
	m := New(fixtureOptions(t, content.EN, true))
	var model tea.Model = runModel(t, m, m.Init())
	model = runModel(t, model, func() tea.Msg { return tea.WindowSizeMsg{Width: 100, Height: 30} })
	a := model.(*app)
	rev := a.rev
	model = runModel(t, a, func() tea.Msg { return writtenMsg{status: "Done: read", rev: rev + 1} })
	model = runModel(t, model, func() tea.Msg { return revMsg{rev: rev + 2} })
	if v := model.View().Content; !strings.Contains(v, "Done: read") || strings.Contains(v, "Updated from another coach") {
		t.Errorf("another coach's change hid the user's own status:\n%s", v)
	}
	model = pressModel(t, model, "j")
	model = runModel(t, model, func() tea.Msg { return revMsg{rev: rev + 3} })
	if v := model.View().Content; !strings.Contains(v, "Updated from another coach") {
		t.Errorf("after a key, another coach's change is not shown:\n%s", v)
	}
}
