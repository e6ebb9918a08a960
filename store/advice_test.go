package store

import (
	"testing"

	"coach/domain"
)

// Habits carries what the advice needs beyond the habits: each review's
// focus, the first check-in's day, and the one-off tasks as they stood
// yesterday (open, or done today).
func TestHabitsForTheAdvice(t *testing.T) {
	s := newStore(t)
	today := day("2026-11-28")
	h, err := s.Habits(today)
	if err != nil {
		t.Fatal(err)
	}
	if h.First != 0 || len(h.Focus) != 0 || len(h.OneOffs) != 0 {
		t.Fatalf("an empty store: %+v", h)
	}
	open := mustTask(t, s, domain.Task{Title: "open", Competency: "depth", Due: day("2026-11-30")})
	doneToday := mustTask(t, s, domain.Task{Title: "done today", Competency: "depth", Due: day("2026-11-20")})
	doneBefore := mustTask(t, s, domain.Task{Title: "done before", Competency: "depth", Due: day("2026-11-20")})
	archived := mustTask(t, s, domain.Task{Title: "archived", Competency: "depth", Due: day("2026-11-20")})
	habit := mustTask(t, s, domain.Task{Title: "habit", Competency: "depth", Repeat: "daily"})
	done(t, s, doneToday.ID, "2026-11-28")
	done(t, s, doneBefore.ID, "2026-11-27")
	done(t, s, habit.ID, "2026-11-10")
	done(t, s, habit.ID, "2026-11-28")
	if _, err := s.ArchiveTask(archived.ID, today); err != nil {
		t.Fatal(err)
	}
	for _, r := range []domain.Review{{Week: "2026-W47", Focus: "collaboration"}, {Week: "2026-W46"}} {
		if _, err := s.PutReview(r); err != nil {
			t.Fatal(err)
		}
	}
	if h, err = s.Habits(today); err != nil {
		t.Fatal(err)
	}
	if h.First != day("2026-11-10") {
		t.Errorf("First = %s, want 2026-11-10", h.First)
	}
	if len(h.Focus) != 1 || h.Focus["2026-W47"] != "collaboration" {
		t.Errorf("Focus = %v", h.Focus)
	}
	var ids []uint64
	for _, t := range h.OneOffs {
		ids = append(ids, t.ID)
	}
	if len(ids) != 2 || ids[0] != open.ID || ids[1] != doneToday.ID {
		t.Errorf("one-off tasks %v, want %d (open) and %d (done today)", ids, open.ID, doneToday.ID)
	}
	hist, err := s.History(today - 30)
	if err != nil {
		t.Fatal(err)
	}
	if hist.Focus["2026-W47"] != "collaboration" {
		t.Errorf("History.Focus = %v", hist.Focus)
	}
}
