package store

import (
	"slices"
	"testing"

	"coach/domain"
)

// The review reminder over two weeks: from Sunday, the review day, until
// the review is written, through the Saturday after; a week without
// activity asks for nothing, and the Sunday after names its own week.
func TestReviewReminderOverAWeek(t *testing.T) {
	s := newStore(t)
	tk := mustTask(t, s, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"})
	done(t, s, tk.ID, "2026-11-24") // active in W48
	at := func(today string) string {
		t.Helper()
		d, err := s.Day(day(today), day(today))
		if err != nil {
			t.Fatal(err)
		}
		return d.UnreviewedWeek
	}
	want := map[string]string{
		"2026-11-27": "",         // Friday of W48: not yet
		"2026-11-28": "",         // Saturday
		"2026-11-29": "2026-W48", // Sunday: this week's review is due
		"2026-11-30": "2026-W48", // Monday to Saturday after: still missing
		"2026-12-03": "2026-W48",
		"2026-12-05": "2026-W48",
		"2026-12-06": "2026-W48", // Sunday of W49, inactive: last week's still
	}
	for d, w := range want {
		if got := at(d); got != w {
			t.Errorf("on %s the reminder names %q, want %q", d, got, w)
		}
	}
	done(t, s, tk.ID, "2026-12-01") // active in W49 too
	if got := at("2026-12-06"); got != "2026-W49" {
		t.Errorf("Sunday of an active W49 names %q, want this week's", got)
	}
	if _, err := s.PutReview(domain.Review{Week: "2026-W49"}); err != nil {
		t.Fatal(err)
	}
	if got := at("2026-12-06"); got != "2026-W48" {
		t.Errorf("W49 written: Sunday names %q, want the missed W48", got)
	}
	if _, err := s.PutReview(domain.Review{Week: "2026-W48"}); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"2026-11-29", "2026-12-02", "2026-12-06"} {
		if got := at(d); got != "" {
			t.Errorf("both written: %s still names %q", d, got)
		}
	}
	// Dismissed on Sunday, it stays dismissed the week after.
	done(t, s, tk.ID, "2026-12-08")
	if got := at("2026-12-13"); got != "2026-W50" {
		t.Fatalf("Sunday of W50 names %q", got)
	}
	if _, err := s.DismissReview("2026-W50"); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"2026-12-13", "2026-12-14", "2026-12-19"} {
		if got := at(d); got != "" {
			t.Errorf("dismissed W50: %s names %q", d, got)
		}
	}
}

// Day brings the habits' check-ins of the weeks a strip spans, the day's
// reflection and its week's review.
func TestDayWeek(t *testing.T) {
	s := newStore(t)
	habit := mustTask(t, s, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "2/week"})
	once := mustTask(t, s, domain.Task{Title: "Ship", Competency: domain.Depth, Repeat: "once", Due: day("2026-12-02")})
	for _, d := range []string{"2026-11-22", "2026-11-23", "2026-11-28", "2026-12-03", "2026-12-06", "2026-12-07"} {
		done(t, s, habit.ID, d)
	}
	done(t, s, once.ID, "2026-12-02")
	thu := day("2026-12-03")
	d, err := s.Day(thu, thu)
	if err != nil {
		t.Fatal(err)
	}
	// The strip is 27 Nov – 3 Dec: from Monday 23 Nov to Sunday 6 Dec.
	if got, want := d.Done[habit.ID], []domain.Date{day("2026-11-23"), day("2026-11-28"), day("2026-12-03"), day("2026-12-06")}; !slices.Equal(got, want) {
		t.Errorf("habit days %v, want %v", got, want)
	}
	if _, ok := d.Done[once.ID]; ok || d.Reflected || d.Reviewed {
		t.Errorf("one-off in the strip, or a reflection or review out of nowhere: %+v", d.DayWeek)
	}
	if _, err := s.PutReflection(domain.Reflection{Date: thu, Rating: 3}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutReview(domain.Review{Week: thu.Week()}); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.Day(thu, thu); !d.Reflected || !d.Reviewed {
		t.Errorf("reflection and review not seen: %+v", d.DayWeek)
	}
	if d, _ := s.Day(thu+1, thu); d.Reflected || !d.Reviewed {
		t.Errorf("Friday: reflected %v, reviewed %v", d.Reflected, d.Reviewed)
	}
}
