package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
)

// The review reminder lived over a week, the app started on each day as
// with COACH_TODAY: nothing on Saturday (last week reviewed), this week's
// from Sunday, the same week as last week's from Monday to the Sunday
// after (the new week saw no activity), and nothing once it is written.
func TestTodayReviewReminderOverAWeek(t *testing.T) {
	for _, lang := range content.Langs() {
		opts := fixtureOptions(t, lang, true)
		ui := content.Strings(lang).Today
		due := fmt.Sprintf(ui.ReviewDue, "2026-W48")
		missing := fmt.Sprintf(ui.ReviewMissing, "2026-W48")
		on := func(d domain.Date) string {
			t.Helper()
			opts.Today = func() domain.Date { return d }
			m := New(opts)
			m = runModel(t, m, m.Init())
			m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			return viewOf(m)
		}
		sat := domain.NewDate(2026, 11, 28)
		for d := sat; d <= sat+8; d++ {
			view := on(d)
			hasDue, hasMissing := strings.Contains(view, due), strings.Contains(view, missing)
			wantDue, wantMissing := d == sat+1, d > sat+1
			if hasDue != wantDue || hasMissing != wantMissing {
				t.Errorf("%s on %s (%s): due %v missing %v, want %v %v:\n%s", lang, d, d.Weekday(), hasDue, hasMissing, wantDue, wantMissing, view)
			}
		}
		if _, err := opts.Store.PutReview(domain.Review{Week: "2026-W48", WentWell: "caught up"}); err != nil {
			t.Fatal(err)
		}
		for _, d := range []domain.Date{sat + 1, sat + 3, sat + 8} {
			if view := on(d); strings.Contains(view, "2026-W48") && (strings.Contains(view, due) || strings.Contains(view, missing)) {
				t.Errorf("%s on %s: the written review is still asked for:\n%s", lang, d, view)
			}
		}
	}
}
