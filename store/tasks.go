package store

import (
	"fmt"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// AddTask validates t, links it to its goal (whose competency it takes),
// gives it an id and stores it with its indexes.
func (s *Store) AddTask(t domain.Task) (domain.Task, error) {
	t.Archived, t.ArchivedOn = false, 0
	t.Created = domain.Stamp(s.now())
	t.GID = domain.NewGID()
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		if t, err = linkGoal(tx, t); err != nil {
			return err
		}
		if t, err = domain.CleanTask(t); err != nil {
			return err
		}
		id, err := nextID(tx.Bucket(bTasks), "task")
		if err != nil {
			return err
		}
		t.ID = id
		if err := tx.Bucket(bMeta).Put(kLastCompetency, []byte(t.Competency)); err != nil {
			return err
		}
		return putTask(tx, t, nil)
	})
	return t, err
}

// LastCompetency is the competency of the task added last, so that a quick
// add can default to it; learning on a new database.
func (s *Store) LastCompetency() (c string, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		c = lastCompetency(tx)
		return nil
	})
	return c, err
}

func lastCompetency(tx *bolt.Tx) string {
	if c := string(tx.Bucket(bMeta).Get(kLastCompetency)); c != "" {
		return c
	}
	return domain.Learning
}

// UpdateTask replaces a task's editable fields with t's, as EditTask
// does. Its check-ins stay.
func (s *Store) UpdateTask(t domain.Task) (domain.Task, error) {
	return s.EditTask(t.ID, func(stored *domain.Task) error { *stored = t; return nil })
}

// ArchiveTask hides a task from the day it is archived on; its history stays.
func (s *Store) ArchiveTask(id uint64, on domain.Date) (domain.Task, error) {
	return s.setArchived(id, true, on)
}

// UnarchiveTask brings an archived task back (undo of a delete).
func (s *Store) UnarchiveTask(id uint64) (domain.Task, error) {
	return s.setArchived(id, false, 0)
}

func (s *Store) setArchived(id uint64, archived bool, on domain.Date) (t domain.Task, err error) {
	err = s.update(func(tx *bolt.Tx) error {
		old, err := getTask(tx, id)
		if err != nil {
			return err
		}
		t = old
		t.Archived, t.ArchivedOn = archived, on
		return putTask(tx, t, &old)
	})
	return t, err
}

// DeleteTask removes a task that has no check-ins (undo of an add).
func (s *Store) DeleteTask(id uint64) error {
	return s.update(func(tx *bolt.Tx) error {
		t, err := getTask(tx, id)
		if err != nil {
			return err
		}
		first, err := firstCheckIn(tx, id)
		if err != nil {
			return err
		}
		if !first.IsZero() {
			return fmt.Errorf("task %d has check-ins: archive it instead", id)
		}
		return deleteTask(tx, t)
	})
}

// deleteTask removes t with its index entries, and marks it changed for sync.
func deleteTask(tx *bolt.Tx, t domain.Task) error {
	if err := unindexTask(tx, t); err != nil {
		return err
	}
	if err := tx.Bucket(bTasks).Delete(be64(t.ID)); err != nil {
		return err
	}
	if err := unindexGID(tx, t.GID); err != nil {
		return err
	}
	return markChanged(tx, kindTask, t.GID)
}

// Task returns one task.
func (s *Store) Task(id uint64) (t domain.Task, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		t, err = getTask(tx, id)
		return err
	})
	return t, err
}

// Tasks returns every task by id, archived ones when asked; a damaged one
// is skipped and reported.
func (s *Store) Tasks(withArchived bool) (ts []domain.Task, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		all, err := allTasks(tx, dmg)
		for _, t := range all {
			if withArchived || !t.Archived {
				ts = append(ts, t)
			}
		}
		return err
	})
	return ts, err
}

func getTask(tx *bolt.Tx, id uint64) (domain.Task, error) {
	var t domain.Task
	return t, getRecord(tx, bTasks, "task", id, &t, &t.ID)
}

// decodeTask decodes the task stored at key k.
func decodeTask(k, v []byte) (domain.Task, error) {
	var t domain.Task
	return t, decodeRecord(bTasks, "task", k, v, &t, &t.ID)
}

// allTasks reads every task by id, skipping damaged ones into dmg.
func allTasks(tx *bolt.Tx, dmg *damage) ([]domain.Task, error) {
	return allRecords(tx, bTasks, decodeTask, dmg)
}

// linkGoal checks t's goal and copies its competency.
func linkGoal(tx *bolt.Tx, t domain.Task) (domain.Task, error) {
	if t.GoalID == 0 {
		return t, nil
	}
	g, err := getGoal(tx, t.GoalID)
	if err != nil {
		return t, err
	}
	t.Competency = g.Competency
	return t, nil
}

// putTask writes t and brings its index entries in line, removing those of
// old (its previous state) first.
func putTask(tx *bolt.Tx, t domain.Task, old *domain.Task) error {
	if old != nil {
		if err := unindexTask(tx, *old); err != nil {
			return err
		}
	}
	if err := putJSON(tx.Bucket(bTasks), be64(t.ID), t); err != nil {
		return err
	}
	if err := indexGID(tx, gidTask, t.GID, t.ID); err != nil {
		return err
	}
	if err := markChanged(tx, kindTask, t.GID); err != nil {
		return err
	}
	if err := indexGoalTask(tx, t); err != nil {
		return err
	}
	if t.Schedule().Recurring() {
		return tx.Bucket(bRecurring).Put(be64(t.ID), nil)
	}
	if err := tx.Bucket(bOnceDue).Put(dayID(t.Due, t.ID), nil); err != nil {
		return err
	}
	if done, err := firstCheckIn(tx, t.ID); err != nil || !done.IsZero() || t.Archived {
		return err
	}
	return tx.Bucket(bOpen).Put(dayID(t.Due, t.ID), nil)
}

func unindexTask(tx *bolt.Tx, t domain.Task) error {
	if err := tx.Bucket(bRecurring).Delete(be64(t.ID)); err != nil {
		return err
	}
	if t.GoalID != 0 {
		if err := tx.Bucket(bGoalTasks).Delete(append(be64(t.GoalID), be64(t.ID)...)); err != nil {
			return err
		}
	}
	if t.Due.IsZero() {
		return nil
	}
	if err := tx.Bucket(bOnceDue).Delete(dayID(t.Due, t.ID)); err != nil {
		return err
	}
	return tx.Bucket(bOpen).Delete(dayID(t.Due, t.ID))
}

// Flags of a goal_tasks entry.
const (
	gtRecurring = 1 << iota
	gtArchived
)

// indexGoalTask records a task under its goal, with what the goal's
// progress needs to know without decoding the task.
func indexGoalTask(tx *bolt.Tx, t domain.Task) error {
	if t.GoalID == 0 {
		return nil
	}
	return tx.Bucket(bGoalTasks).Put(append(be64(t.GoalID), be64(t.ID)...), goalTaskValue(t))
}

func goalTaskValue(t domain.Task) []byte {
	var flags byte
	if t.Schedule().Recurring() {
		flags |= gtRecurring
	}
	if t.Archived {
		flags |= gtArchived
	}
	return append([]byte{flags}, dayKey(t.Due)...)
}
