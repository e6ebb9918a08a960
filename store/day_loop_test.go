package store

import (
	"testing"

	"coach/domain"
)

// Day brings the next step of the reflection of the day before, and last
// week when the user was active in it and reviewed nothing.
func TestDayBringsTheLoop(t *testing.T) {
	s := newStore(t)
	monday := day("2026-11-30")
	got := func(d domain.Date) Day {
		t.Helper()
		dd, err := s.Day(d, monday)
		if err != nil {
			t.Fatal(err)
		}
		return dd
	}
	if d := got(monday); d.PrevNext != "" || d.UnreviewedWeek != "" {
		t.Errorf("empty store: %+v", d)
	}
	tk := mustTask(t, s, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"})
	done(t, s, tk.ID, "2026-11-22") // the Sunday before last week: not last week
	if d := got(monday); d.UnreviewedWeek != "" {
		t.Errorf("inactive last week: unreviewed %q", d.UnreviewedWeek)
	}
	if _, err := s.PutReflection(domain.Reflection{Date: day("2026-11-29"), Next: "Write the tests", Rating: 4}); err != nil {
		t.Fatal(err)
	}
	d := got(monday)
	if d.PrevNext != "Write the tests" || d.UnreviewedWeek != "2026-W48" {
		t.Errorf("after Sunday's reflection: next %q, unreviewed %q", d.PrevNext, d.UnreviewedWeek)
	}
	if d := got(monday + 1); d.PrevNext != "" {
		t.Errorf("Tuesday shows Sunday's step: %q", d.PrevNext)
	}
	if _, err := s.PutReview(domain.Review{Week: "2026-W48"}); err != nil {
		t.Fatal(err)
	}
	if d := got(monday); d.UnreviewedWeek != "" {
		t.Errorf("reviewed week still missing: %q", d.UnreviewedWeek)
	}
}
