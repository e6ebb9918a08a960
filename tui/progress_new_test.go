package tui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// A habit younger than two weeks shows as new, with a line on what its
// score will do, instead of a tiny percentage; the screen says what the
// strength is and what the day streak and perfect days count.
func TestProgressShowsANewHabitAsNew(t *testing.T) {
	for _, lang := range content.Langs() {
		sh := testShared(t, lang)
		// created three days before today
		st, err := store.Open(filepath.Join(t.TempDir(), "young.db"), store.WithClock(func() time.Time {
			return (testDay - 3).Time().Add(9 * time.Hour)
		}))
		if err != nil {
			t.Fatal(err)
		}
		sh.store = st
		task, err := sh.store.AddTask(domain.Task{Title: "Kata", Competency: domain.Depth, Repeat: "daily"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := sh.store.SetDone(domain.CheckIn{TaskID: task.ID, Date: testDay}); err != nil {
			t.Fatal(err)
		}
		var s screen = newProgressScreen(sh)
		s.SetSize(120, 60)
		s = runCmd(t, s, loadReport(sh)) // the report the root computes and sends
		view := plainView(s)
		c := content.Strings(lang).Coach
		for _, want := range []string{
			c.NewHabit, c.StreakWhy,
			strings.SplitN(c.NewWhy, "%d", 2)[0],
			strings.SplitN(c.StrengthIs, " ", 2)[0],
			strings.SplitN(c.Perfect, "%d", 2)[0],
		} {
			if !strings.Contains(view, want) {
				t.Errorf("%s: Progress lacks %q:\n%s", lang, want, view)
			}
		}
		for _, line := range strings.Split(view, "\n") {
			if strings.Contains(line, "Kata") && strings.Contains(line, "%") {
				t.Errorf("%s: a new habit shows a percentage: %q", lang, line)
			}
		}
	}
}
