package store

import (
	"testing"

	"coach/domain"
)

func TestJournalStart(t *testing.T) {
	s := newStore(t)
	if _, found, err := s.JournalStart(); found || err != nil {
		t.Fatalf("an empty journal starts somewhere: %v %v", found, err)
	}
	// a task created on 1 November (the store's clock)
	task, err := s.AddTask(domain.Task{Title: "read", Competency: domain.Depth, Repeat: "daily"})
	if err != nil {
		t.Fatal(err)
	}
	check := func(want string) {
		t.Helper()
		if start, found, err := s.JournalStart(); !found || err != nil || start != day(want) {
			t.Errorf("JournalStart = %v %v %v, want %s", start, found, err, want)
		}
	}
	check("2026-11-01")
	// a reflection, a check-in and a review back-filled earlier move it
	if _, err := s.PutReflection(domain.Reflection{Date: day("2026-10-20"), Rating: 3}); err != nil {
		t.Fatal(err)
	}
	check("2026-10-20")
	if _, err := s.SetDone(domain.CheckIn{TaskID: task.ID, Date: day("2026-10-10")}); err != nil {
		t.Fatal(err)
	}
	check("2026-10-10")
	if _, err := s.PutReview(domain.Review{Week: "2026-W40"}); err != nil {
		t.Fatal(err)
	}
	check("2026-09-28")
}
