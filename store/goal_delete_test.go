package store

import (
	"errors"
	"testing"

	"coach/domain"
)

// A goal without tasks is removed; one with a task, even an archived one,
// is refused and kept as it was.
func TestDeleteGoal(t *testing.T) {
	s := newStore(t)
	empty, err := s.AddGoal(domain.Goal{Title: "empty", Competency: domain.Depth})
	if err != nil {
		t.Fatal(err)
	}
	busy, _ := s.AddGoal(domain.Goal{Title: "busy", Competency: domain.Depth})
	tk := mustTask(t, s, domain.Task{Title: "t", GoalID: busy.ID, Repeat: "daily"})
	if _, err := s.ArchiveTask(tk.ID, day("2026-11-04")); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteGoal(empty.ID); err != nil {
		t.Fatalf("deleting a goal without tasks: %v", err)
	}
	if _, err := s.Goal(empty.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("the deleted goal is still there: %v", err)
	}
	if err := s.DeleteGoal(busy.ID); !errors.Is(err, ErrGoalHasTasks) {
		t.Errorf("deleting a goal with an archived task: %v", err)
	}
	if g, err := s.Goal(busy.ID); err != nil || g.Title != "busy" {
		t.Errorf("a refused delete changed the goal: %+v %v", g, err)
	}
	if err := s.DeleteGoal(empty.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting a missing goal: %v", err)
	}
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Errorf("check after deleting: %v %v", problems, err)
	}
}
