package tui

import (
	"strings"
	"testing"

	"coach/content"
	"coach/domain"
	"coach/insight"
)

// The review's figures show unscheduled ticks as extra, apart from done
// of due, and the week's perfect days beside the day streak.
func TestReviewFiguresShowExtraApart(t *testing.T) {
	for _, lang := range content.Langs() {
		sh := testShared(t, lang)
		s := newReflectScreen(sh).(*reflectScreen)
		week := testDay.Week()
		s.reviewView.figures = map[string]insight.WeekFigures{week: {Week: week, DayStreak: 6, Perfect: 4,
			Comps: []insight.WeekComp{{ID: domain.Depth, Done: 3, Due: 3, Extra: 1, Mins: 60}, {ID: domain.Learning, Due: 1}}}}
		view := strings.Join(s.reviewView.reviewFigures(week, 100), "\n")
		c := content.Strings(lang).Coach
		for _, want := range []string{
			strings.ReplaceAll(c.WeekExtra, "%d", "1"),
			strings.ReplaceAll(c.WeekPerfect, "%d", "4"),
		} {
			if !strings.Contains(view, want) {
				t.Errorf("%s: review figures lack %q:\n%s", lang, want, view)
			}
		}
		if n := strings.Count(view, strings.ReplaceAll(c.WeekExtra, "%d", "0")); n != 0 {
			t.Errorf("%s: a competency without extra ticks shows %d:\n%s", lang, n, view)
		}
	}
}
