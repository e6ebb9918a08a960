package store

import (
	"fmt"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// EditTask applies edit to task id as stored, in the same write that
// stores the result, so that a field the edit leaves alone keeps what
// another window wrote meanwhile. Its id, global id, creation time and
// archive state stay (RemoveTask archives); a task linked to a goal takes
// the goal's competency. An error from edit writes nothing.
func (s *Store) EditTask(id uint64, edit func(*domain.Task) error) (t domain.Task, err error) {
	err = s.update(func(tx *bolt.Tx) error {
		old, err := getTask(tx, id)
		if err != nil {
			return err
		}
		t = old
		if err := edit(&t); err != nil {
			return err
		}
		t.ID, t.GID, t.Created, t.Archived, t.ArchivedOn = old.ID, old.GID, old.Created, old.Archived, old.ArchivedOn
		if t, err = linkGoal(tx, t); err != nil {
			return err
		}
		if t, err = domain.CleanTask(t); err != nil {
			return err
		}
		return putTask(tx, t, &old)
	})
	return t, err
}

// RemoveTask keeps history, as the app does: a task never checked in is
// deleted, one with check-ins is archived from day on and its check-ins
// stay. archived says which, decided in the write itself.
func (s *Store) RemoveTask(id uint64, on domain.Date) (t domain.Task, archived bool, err error) {
	err = s.update(func(tx *bolt.Tx) error {
		old, err := getTask(tx, id)
		if err != nil {
			return err
		}
		t = old
		if old.Archived {
			return fmt.Errorf("task %d is already archived (since %s); its check-ins stay", id, old.ArchivedOn)
		}
		first, err := firstCheckIn(tx, id)
		if err != nil {
			return err
		}
		if first.IsZero() {
			return deleteTask(tx, old)
		}
		archived = true
		t.Archived, t.ArchivedOn = true, on
		return putTask(tx, t, &old)
	})
	return t, archived, err
}
