package insight

import (
	"testing"
	"time"

	"coach/content"
	"coach/demo"
	"coach/domain"
	"coach/store"
)

// The ten-year demo user shows up nearly every day, with a holiday a year:
// the day streak runs for weeks or months (it read 0 while any task was
// left open), and perfect days are fewer, but some.
func TestTenYearDemoShowsADayStreak(t *testing.T) {
	today := domain.NewDate(2026, 11, 28)
	ds := demo.Generate(demo.Options{Years: 10, Seed: 42, Today: today, Lang: content.EN, Loc: time.UTC})
	h := store.History{From: 1, Goals: ds.Goals, Tasks: ds.Tasks, CheckIns: ds.CheckIns, Ratings: map[domain.Date]int{}}
	for _, r := range ds.Reflections {
		h.Ratings[r.Date] = r.Rating
	}
	r := Compute(h, today, content.EN)
	if r.DayStreak < 14 || r.DayStreak > 366 {
		t.Errorf("day streak %d: want weeks or months, ended by the yearly holiday", r.DayStreak)
	}
	if p := r.PerfectDays; p.Days28 == 0 || p.Days28 >= 28 || p.Streak > r.DayStreak {
		t.Errorf("perfect days %+v beside a day streak of %d", p, r.DayStreak)
	}
}
