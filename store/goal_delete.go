package store

import (
	"bytes"
	"errors"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// ErrGoalHasTasks is DeleteGoal on a goal that has tasks, archived ones
// included: their history names it, so it can only be archived.
var ErrGoalHasTasks = errors.New("the goal has tasks: archive it instead")

// DeleteGoal removes a goal that never got a task (undo of an add). A
// goal's check-ins are its tasks', so a goal without tasks has none.
func (s *Store) DeleteGoal(id uint64) error {
	return s.update(func(tx *bolt.Tx) error {
		g, err := getGoal(tx, id)
		if err != nil {
			return err
		}
		prefix := be64(id)
		if k, _ := tx.Bucket(bGoalTasks).Cursor().Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) {
			return ErrGoalHasTasks
		}
		return deleteGoal(tx, g)
	})
}

// deleteGoal removes g and its gid entry, and marks it changed for sync.
func deleteGoal(tx *bolt.Tx, g domain.Goal) error {
	if err := tx.Bucket(bGoals).Delete(be64(g.ID)); err != nil {
		return err
	}
	if err := unindexGID(tx, g.GID); err != nil {
		return err
	}
	return markChanged(tx, kindGoal, g.GID)
}
