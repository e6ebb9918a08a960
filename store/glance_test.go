package store_test

import (
	"path/filepath"
	"testing"
	"time"

	"coach/content"
	"coach/demo"
	"coach/domain"
	"coach/store"
)

// wholeStreak is the day streak as coach stats computes it: from every
// check-in and rating.
func wholeStreak(ds domain.Dataset, today domain.Date) int {
	done := map[uint64][]domain.Date{}
	for _, c := range ds.CheckIns {
		done[c.TaskID] = append(done[c.TaskID], c.Date)
	}
	ratings := map[domain.Date]int{}
	for _, r := range ds.Reflections {
		ratings[r.Date] = r.Rating
	}
	return domain.ShowUpStreak(ds.Tasks, done, domain.ShownDays(ds.CheckIns, ratings, today), today)
}

// Glance reads only the weeks a streak spans, widening as it needs, and
// finds the streak that the whole history gives, on every day of three
// years of a demo user (streaks of months, holidays, N/week habits whose
// rest days fall on the span's first weeks).
func TestGlanceStreakIsTheWholeHistorysStreak(t *testing.T) {
	end := domain.NewDate(2026, 11, 28)
	ds := demo.Generate(demo.Options{Years: 3, Seed: 7, Today: end, Lang: content.EN, Loc: time.UTC})
	st, err := store.Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Load(ds, false); err != nil {
		t.Fatal(err)
	}
	longest := 0
	for today := end - 3*365; today <= end+3; today++ {
		g, err := st.Glance(today)
		if err != nil {
			t.Fatal(err)
		}
		if want := wholeStreak(ds, today); g.Streak != want {
			t.Errorf("%s: streak %d, want %d", today, g.Streak, want)
		}
		longest = max(longest, g.Streak)
	}
	if longest < 8*7 {
		t.Errorf("the longest streak is %d days: the test never widens the first span", longest)
	}
	items, err := st.DueOn(end, end)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := st.Glance(end)
	done := 0
	for _, it := range items {
		if it.Done {
			done++
		}
	}
	if g.Due != len(items) || g.Done != done {
		t.Errorf("glance %+v; today has %d due, %d done", g, len(items), done)
	}
}

func TestGlanceOfAnEmptyJournal(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := st.Glance(domain.NewDate(2026, 11, 28))
	if err != nil || g != (store.Glance{}) {
		t.Errorf("empty journal: %+v, %v", g, err)
	}
}

// A 1/week habit done every Monday rests the other six days: the span
// must start on a Monday, or the days before its first Monday look due
// and end the streak early.
func TestGlanceStreakOfWeeklyMondays(t *testing.T) {
	start := domain.NewDate(2026, 1, 5) // a Monday
	st, err := store.Open(filepath.Join(t.TempDir(), "c.db"), store.WithClock(func() time.Time { return start.Time() }))
	if err != nil {
		t.Fatal(err)
	}
	task, err := st.AddTask(domain.Task{Title: "Write a post", Competency: domain.Learning, Repeat: "1/week"})
	if err != nil {
		t.Fatal(err)
	}
	for d := start; d < start+30*7; d += 7 {
		if _, err := st.SetDone(domain.CheckIn{TaskID: task.ID, Date: d}); err != nil {
			t.Fatal(err)
		}
	}
	for today := start + 29*7; today < start+30*7; today++ {
		if g, err := st.Glance(today); err != nil || g.Streak != 30 {
			t.Errorf("%s (%s): streak %d (%v), want 30 Mondays", today, today.Weekday(), g.Streak, err)
		}
	}
}
