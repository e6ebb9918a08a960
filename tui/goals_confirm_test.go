package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
)

// The archive question goes on the status line of a 60×15 window with
// the list or the detail full: the frame keeps its height and the
// selected row stays in sight.
func TestGoalsArchiveQuestionFitsAFullScreen(t *testing.T) {
	const w, h = 60, 15
	opts := fixtureOptions(t, content.EN, false)
	var first domain.Goal
	for i := range 20 {
		g, err := opts.Store.AddGoal(domain.Goal{Title: fmt.Sprintf("Goal %02d", i), Competency: domain.Depth})
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = g
		}
	}
	for i := range 20 {
		if _, err := opts.Store.AddTask(domain.Task{Title: fmt.Sprintf("Habit %02d", i), GoalID: first.ID, Repeat: "daily"}); err != nil {
			t.Fatal(err)
		}
	}
	m := New(opts)
	var model tea.Model = runModel(t, m, m.Init())
	model = runModel(t, model, func() tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} })
	model = pressModel(t, model, "2")
	a := model.(*app)
	question := fmt.Sprintf(a.sh.ui.Goals.ArchiveConfirm, "Goal 00")
	check := func(where, cursor string) {
		t.Helper()
		model = pressModel(t, model, "d")
		view := viewOf(model)
		lines := strings.Split(view, "\n")
		if len(lines) != h || statusOf(model) != question || !strings.Contains(view, cursor) {
			t.Errorf("%s: %d lines for %d rows, or the question or %q is missing:\n%s", where, len(lines), h, cursor, view)
		}
		assertFits(t, view, w)
		model = pressModel(t, model, "n")
	}
	check("list", "› Goal 00")
	model = pressModel(t, model, "enter")
	check("detail at the top", "Goal 00")
	for range 19 {
		model = pressModel(t, model, "j")
	}
	check("detail at the last task", "› Habit 19")
}
