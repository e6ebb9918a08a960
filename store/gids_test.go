package store

import (
	"strings"
	"testing"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// Every goal and task gets a global id of its own, indexed; coach check
// notices a record the index lost and an entry nothing owns.
func TestGlobalIDsAreIndexedAndChecked(t *testing.T) {
	s := newStore(t)
	g, err := s.AddGoal(domain.Goal{Title: "g", Competency: domain.Depth})
	if err != nil {
		t.Fatal(err)
	}
	task := mustTask(t, s, domain.Task{Title: "t", GoalID: g.ID, Repeat: "daily"})
	if !domain.ValidGID(g.GID) || !domain.ValidGID(task.GID) || g.GID == task.GID {
		t.Fatalf("gids %q and %q", g.GID, task.GID)
	}
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Fatalf("check of a sound file: %v %v", problems, err)
	}
	err = s.update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bGIDs).Delete([]byte(task.GID)); err != nil {
			return err
		}
		return tx.Bucket(bGIDs).Put([]byte("0000000000000000000000000000dead"), append([]byte{gidGoal}, be64(99)...))
	})
	if err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check()
	got := strings.Join(problems, "\n")
	if err != nil || !strings.Contains(got, "task 1: the gids index does not lead to it") || !strings.Contains(got, "dead") {
		t.Fatalf("check = %q, %v", got, err)
	}
	// An edit keeps the global id.
	task.Title = "renamed"
	if edited, err := s.UpdateTask(task); err != nil || edited.GID != task.GID {
		t.Fatalf("edit: %+v %v", edited, err)
	}
}
