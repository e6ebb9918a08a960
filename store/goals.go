package store

import (
	"bytes"
	"fmt"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// AddGoal validates g, gives it an id and a creation time, and stores it.
func (s *Store) AddGoal(g domain.Goal) (domain.Goal, error) {
	g.Status = ""
	g, err := domain.CleanGoal(g)
	if err != nil {
		return g, err
	}
	g.Created = domain.Stamp(s.now())
	g.GID = domain.NewGID()
	err = s.update(func(tx *bolt.Tx) error {
		id, err := nextID(tx.Bucket(bGoals), "goal")
		if err != nil {
			return err
		}
		g.ID = id
		return putGoal(tx, g)
	})
	return g, err
}

// UpdateGoal replaces a goal's editable fields with g's, as EditGoal does.
func (s *Store) UpdateGoal(g domain.Goal) (domain.Goal, error) {
	g.Status = "" // not an editable field: EditGoal keeps the stored one
	g, err := domain.CleanGoal(g)
	if err != nil {
		return g, err // before opening the file for writing
	}
	saved, err := s.EditGoal(g.ID, func(stored *domain.Goal) { *stored = g })
	if err != nil {
		return g, err
	}
	return saved, nil
}

// EditGoal applies edit to goal id as stored, in the same write that
// stores the result, so that a field the edit leaves alone keeps what
// another window wrote meanwhile. Its id, creation time and status stay
// (SetGoalStatus changes a status), and so does the amount counted toward
// a hand-counted target while the target stays an amount (CountGoal
// changes it): an edit never undoes an archive or a count made since the
// editor read the goal. Tasks linked to it follow a change of competency.
func (s *Store) EditGoal(id uint64, edit func(*domain.Goal)) (g domain.Goal, err error) {
	err = s.update(func(tx *bolt.Tx) error {
		old, err := getGoal(tx, id)
		if err != nil {
			return err
		}
		g = old
		edit(&g)
		g.ID, g.GID, g.Created, g.Status = old.ID, old.GID, old.Created, old.Status
		if old.Measure.Kind == domain.MeasureAmount && g.Measure.Kind == domain.MeasureAmount {
			g.Measure.Amount = old.Measure.Amount
		}
		if g, err = domain.CleanGoal(g); err != nil {
			return err
		}
		if old.Competency != g.Competency {
			if err := retagTasks(tx, g.ID, g.Competency); err != nil {
				return err
			}
		}
		return putGoal(tx, g)
	})
	return g, err
}

// SetGoalStatus marks a goal active, done or archived.
func (s *Store) SetGoalStatus(id uint64, status string) (domain.Goal, error) {
	var g domain.Goal
	err := s.update(func(tx *bolt.Tx) (err error) {
		if g, err = getGoal(tx, id); err != nil {
			return err
		}
		g.Status = status
		if g, err = domain.CleanGoal(g); err != nil {
			return err
		}
		return putGoal(tx, g)
	})
	return g, err
}

// CountGoal changes the amount counted toward goal id's target by delta
// (set, when set is true, to delta), and returns the goal as stored. Only
// a target the user counts by hand can be changed so.
func (s *Store) CountGoal(id uint64, delta int, set bool) (domain.Goal, error) {
	var g domain.Goal
	err := s.update(func(tx *bolt.Tx) (err error) {
		if g, err = getGoal(tx, id); err != nil {
			return err
		}
		if g.Measure.Kind != domain.MeasureAmount {
			return &NotCountedError{Goal: g}
		}
		if delta < -domain.MaxMeasure || delta > domain.MaxMeasure {
			// also keeps the sum below from wrapping
			return &domain.Problem{Rule: domain.MeasureRange, Field: "amount", Got: delta, Limit: domain.MaxMeasure}
		}
		if !set {
			delta += g.Measure.Amount
		}
		g.Measure.Amount = delta
		if g, err = domain.CleanGoal(g); err != nil {
			return err
		}
		return putGoal(tx, g)
	})
	return g, err
}

// NotCountedError is CountGoal on a goal whose target is counted from its
// check-ins, or that has none.
type NotCountedError struct{ Goal domain.Goal }

func (e *NotCountedError) Error() string {
	if e.Goal.Measure.IsZero() {
		return fmt.Sprintf("goal %d has no target to count: set one with coach goal edit %d --measure \"40 problems\"", e.Goal.ID, e.Goal.ID)
	}
	if e.Goal.Measure.Kind == domain.MeasureMinutes {
		return fmt.Sprintf("goal %d counts the minutes logged on its tasks by itself: log them with coach done ID --minutes N", e.Goal.ID)
	}
	return fmt.Sprintf("goal %d counts its tasks' check-ins by itself: tick them with coach done ID", e.Goal.ID)
}

// Goal returns one goal.
func (s *Store) Goal(id uint64) (g domain.Goal, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		g, err = getGoal(tx, id)
		return err
	})
	return g, err
}

// Goals returns every goal by id; a damaged one is skipped and reported.
func (s *Store) Goals() (gs []domain.Goal, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		gs, err = allGoals(tx, dmg)
		return err
	})
	return gs, err
}

func getGoal(tx *bolt.Tx, id uint64) (domain.Goal, error) {
	var g domain.Goal
	return g, getRecord(tx, bGoals, "goal", id, &g, &g.ID)
}

// decodeGoal decodes the goal stored at key k.
func decodeGoal(k, v []byte) (domain.Goal, error) {
	var g domain.Goal
	return g, decodeRecord(bGoals, "goal", k, v, &g, &g.ID)
}

// allGoals reads every goal by id, skipping damaged ones into dmg.
func allGoals(tx *bolt.Tx, dmg *damage) ([]domain.Goal, error) {
	return allRecords(tx, bGoals, decodeGoal, dmg)
}

// retagTasks moves the tasks of a goal to another competency.
// Only the goal's own tasks are read, through the goal_tasks index.
func retagTasks(tx *bolt.Tx, goalID uint64, competency string) error {
	prefix := be64(goalID)
	c := tx.Bucket(bGoalTasks).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		t, err := getTask(tx, u64(k[8:]))
		if err != nil {
			return err
		}
		if t.Competency != competency {
			t.Competency = competency
			if err := putJSON(tx.Bucket(bTasks), be64(t.ID), t); err != nil {
				return err
			}
			if err := markChanged(tx, kindTask, t.GID); err != nil {
				return err
			}
		}
	}
	return nil
}
