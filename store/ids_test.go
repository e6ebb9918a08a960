package store

import (
	"strings"
	"testing"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// setSequence moves a bucket's id counter, as a wrapped counter or another
// tool would.
func setSequence(t *testing.T, s *Store, bucket []byte, seq uint64) {
	t.Helper()
	if err := s.update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).SetSequence(seq) }); err != nil {
		t.Fatal(err)
	}
}

// New ids never wrap past the limit and never land on a record: every way
// of adding refuses instead, and writes nothing.
func TestNextIDNeverWrapsOrCollides(t *testing.T) {
	habit := domain.Task{Title: "h", Competency: "depth", Repeat: "daily"}
	goal := domain.Goal{Title: "g", Competency: "depth"}
	adds := map[string]func(*Store) error{
		"task": func(s *Store) error { _, err := s.AddTask(habit); return err },
		"goal": func(s *Store) error { _, err := s.AddGoal(goal); return err },
		"plan": func(s *Store) error {
			_, _, err := s.AddPlans([]GoalPlan{{Goal: goal, Tasks: []domain.Task{habit}}})
			return err
		},
	}
	for _, seq := range []struct {
		name string
		v    uint64
		want string
	}{
		{"at the limit", domain.MaxID, "reached their limit"},
		{"at 2^64-1", 1<<64 - 1, "reached their limit"},
		{"behind the records", 0, "is taken"},
	} {
		for kind, add := range adds {
			s := newStore(t)
			g, err := s.AddGoal(goal)
			if err != nil {
				t.Fatal(err)
			}
			habit.GoalID = 0
			first := mustTask(t, s, habit)
			setSequence(t, s, bTasks, seq.v)
			setSequence(t, s, bGoals, seq.v)
			rev, _ := s.Rev()
			err = add(s)
			if err == nil || !strings.Contains(err.Error(), seq.want) {
				t.Errorf("%s, %s: got %v, want %q", seq.name, kind, err, seq.want)
			}
			if again, _ := s.Rev(); again != rev {
				t.Errorf("%s, %s: the refused add wrote", seq.name, kind)
			}
			if got, err := s.Task(first.ID); err != nil || got.Title != "h" {
				t.Errorf("%s, %s: task 1 is now %+v, %v", seq.name, kind, got, err)
			}
			if got, err := s.Goal(g.ID); err != nil || got.Title != "g" {
				t.Errorf("%s, %s: goal 1 is now %+v, %v", seq.name, kind, got, err)
			}
		}
	}
}

// The last id below the limit is still given out.
func TestNextIDUpToTheLimit(t *testing.T) {
	s := newStore(t)
	setSequence(t, s, bTasks, domain.MaxID-1)
	task, err := s.AddTask(domain.Task{Title: "h", Competency: "depth", Repeat: "daily"})
	if err != nil || task.ID != domain.MaxID {
		t.Fatalf("AddTask = %d, %v", task.ID, err)
	}
	if problems, err := s.Check(); err != nil || len(problems) != 0 {
		t.Errorf("Check = %v, %v", problems, err)
	}
}

// Check sees the sequence behind the records, once per record.
func TestCheckFindsKeysAboveTheSequence(t *testing.T) {
	s := newStore(t)
	mustTask(t, s, domain.Task{Title: "h", Competency: "depth", Repeat: "daily"})
	setSequence(t, s, bTasks, 0)
	problems, err := s.Check()
	if err != nil || len(problems) != 1 || !strings.Contains(problems[0], "task 1: above the task id sequence (0)") {
		t.Errorf("Check = %q, %v", problems, err)
	}
}
