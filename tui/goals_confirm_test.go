package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
)

// The archive question fits in the screen's height with the list or the
// detail full: the root cuts what is taller, and the question is the last
// line.
func TestGoalsArchiveQuestionFitsAFullScreen(t *testing.T) {
	const w, h = 60, 11 // the goals' body in a 60×15 window
	var goals []domain.Goal
	for i := range 20 {
		goals = append(goals, domain.Goal{Title: fmt.Sprintf("Goal %02d", i), Competency: domain.Depth})
	}
	sh, s, gs := goalsWith(t, content.EN, goals...)
	for i := range 20 {
		if _, err := sh.store.AddTask(domain.Task{Title: fmt.Sprintf("Habit %02d", i), GoalID: gs[0].ID, Repeat: "daily"}); err != nil {
			t.Fatal(err)
		}
	}
	s.SetSize(w, h)
	s = runCmd(t, s, func() tea.Msg { return dataChangedMsg{} })
	question := fmt.Sprintf(sh.ui.Goals.ArchiveConfirm, "Goal 00")
	check := func(where, cursor string) {
		t.Helper()
		s = press(t, s, "d")
		view := plainView(s)
		lines := strings.Split(view, "\n")
		if len(lines) > h || !strings.Contains(view, question) || !strings.Contains(view, cursor) {
			t.Errorf("%s: %d lines for %d rows, or the question or %q is missing:\n%s", where, len(lines), h, cursor, view)
		}
		s = press(t, s, "n")
	}
	check("list", "› Goal 00")
	s = press(t, s, "enter")
	check("detail at the top", "Goal 00")
	for range 19 {
		s = press(t, s, "j")
	}
	check("detail at the last task", "› Habit 19")
}
