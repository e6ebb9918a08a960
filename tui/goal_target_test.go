package tui

import (
	"fmt"
	"testing"

	"coach/content"
	"coach/domain"
)

// A goal's target note counts days in words that fit the count: "target
// today", "1 day left", never "1 days".
func TestGoalTargetNoteCountsDays(t *testing.T) {
	for _, lang := range content.Langs() {
		sh := testShared(t, lang)
		s := newGoalsScreen(sh).(*goalsScreen)
		ui := sh.ui.Goals
		for offset, want := range map[int]string{
			0: ui.TargetToday, 1: ui.OneDayLeft, -1: ui.OneDayOverdue,
			2: fmt.Sprintf(ui.DaysLeft, 2), -3: fmt.Sprintf(ui.Overdue, 3),
		} {
			g := domain.Goal{Target: testDay + domain.Date(offset)}
			if got := s.targetNote(g); got != want {
				t.Errorf("%s, target in %d days: %q, want %q", lang, offset, got, want)
			}
		}
		if got := s.targetNote(domain.Goal{}); got != "" {
			t.Errorf("%s: no target says %q", lang, got)
		}
	}
}
