package store

import (
	"bytes"
	"fmt"
	"sort"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// SetDone records task id as done on c.Date (replacing an earlier check-in
// of that day). A one-off task is done once: checking it in on another day
// moves its check-in there.
func (s *Store) SetDone(c domain.CheckIn) (domain.CheckIn, error) {
	c, err := domain.CleanCheckIn(c)
	if err != nil {
		return c, err
	}
	err = s.update(func(tx *bolt.Tx) error {
		t, err := getTask(tx, c.TaskID)
		if err != nil {
			return err
		}
		if t.Archived {
			return fmt.Errorf("task %d is archived", t.ID)
		}
		if !t.Schedule().Recurring() {
			prev, err := firstCheckIn(tx, t.ID)
			if err != nil {
				return err
			}
			if !prev.IsZero() && prev != c.Date {
				if err := deleteCheckIn(tx, t.ID, prev); err != nil {
					return err
				}
			}
			if err := tx.Bucket(bOpen).Delete(dayID(t.Due, t.ID)); err != nil {
				return err
			}
		}
		return putCheckIn(tx, c)
	})
	return c, err
}

// SetUndone removes the check-in of task id on day d and returns it, so that
// an undo can put it back.
func (s *Store) SetUndone(id uint64, d domain.Date) (domain.CheckIn, error) {
	var c domain.CheckIn
	err := s.update(func(tx *bolt.Tx) error {
		t, err := getTask(tx, id)
		if err != nil {
			return err
		}
		var found bool
		c, found, err = getCheckIn(tx, id, d)
		if err != nil {
			return err
		}
		if !found {
			return fmt.Errorf("task %d is not done on %s", id, d)
		}
		if err := deleteCheckIn(tx, id, d); err != nil {
			return err
		}
		if !t.Schedule().Recurring() && !t.Archived {
			return tx.Bucket(bOpen).Put(dayID(t.Due, t.ID), nil)
		}
		return nil
	})
	return c, err
}

func deleteCheckIn(tx *bolt.Tx, id uint64, d domain.Date) error {
	if err := tx.Bucket(bCheckins).Delete(dayID(d, id)); err != nil {
		return err
	}
	if err := tx.Bucket(bTaskDays).Delete(idDay(id, d)); err != nil {
		return err
	}
	return markCheckIn(tx, id, d)
}

// firstCheckIn returns the day of a task's first check-in, or zero: for a
// one-off task, the day it was done. A key that does not hold a day is a
// *damagedError.
func firstCheckIn(tx *bolt.Tx, id uint64) (domain.Date, error) {
	k, _ := tx.Bucket(bTaskDays).Cursor().Seek(be64(id))
	if len(k) < 8 || u64(k[:8]) != id {
		return 0, nil
	}
	d, err := domain.ParseISODate(string(k[8:]))
	if err != nil {
		return 0, &damagedError{bucket: bTaskDays, key: append([]byte(nil), k...), err: err}
	}
	return d, nil
}

// allCheckIns is every check-in, by date then task: the whole bucket, so
// that a key outside the dates is reported rather than passed over.
func allCheckIns(tx *bolt.Tx, dmg *damage) ([]domain.CheckIn, error) {
	return checkInsIn(tx, nil, nil, dmg), nil
}

// CheckInsBetween returns the check-ins from `from` to `to`, both included,
// ordered by date then task: a cursor seek, not a scan of the history.
func (s *Store) CheckInsBetween(from, to domain.Date) (cs []domain.CheckIn, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		cs, err = checkInsBetween(tx, from, to, dmg)
		return err
	})
	return cs, err
}

func checkInsBetween(tx *bolt.Tx, from, to domain.Date, dmg *damage) ([]domain.CheckIn, error) {
	return checkInsIn(tx, dayKey(from), lastDayKey(to), dmg), nil
}

// checkInsIn decodes the check-ins from key `from` on, up to the day of
// `last` (nil: to the end), skipping damaged ones into dmg.
func checkInsIn(tx *bolt.Tx, from, last []byte, dmg *damage) []domain.CheckIn {
	var cs []domain.CheckIn
	c := tx.Bucket(bCheckins).Cursor()
	for k, v := c.Seek(from); k != nil && (last == nil || onOrBefore(k, last)); k, v = c.Next() {
		ci, err := decodeCheckIn(k, v)
		if err != nil {
			dmg.skip(bCheckins, k, err.Error())
			continue
		}
		cs = append(cs, ci)
	}
	return cs
}

// TaskCheckIns returns the days task id was done from `from` to `to`,
// both included, in order.
func (s *Store) TaskCheckIns(id uint64, from, to domain.Date) (ds []domain.Date, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		ds, err = taskDays(tx, id, from, to, dmg)
		return err
	})
	return ds, err
}

func taskDays(tx *bolt.Tx, id uint64, from, to domain.Date, dmg *damage) ([]domain.Date, error) {
	var ds []domain.Date
	c := tx.Bucket(bTaskDays).Cursor()
	last := append(be64(id), lastDayKey(to)...)
	for k, _ := c.Seek(idDay(id, from)); k != nil && onOrBefore(k, last); k, _ = c.Next() {
		d, err := domain.ParseISODate(string(k[min(8, len(k)):]))
		if err != nil {
			dmg.skip(bTaskDays, k, err.Error())
			continue
		}
		ds = append(ds, d)
	}
	return ds, nil
}

// DueItem is a task due on a day, with its check-in of that day if done.
type DueItem struct {
	Task    domain.Task
	Done    bool
	CheckIn domain.CheckIn
}

// DueOn returns the tasks due on day d, ordered by competency then id. It
// reads indexes only: the recurring tasks, the one-off tasks due on d, the
// open ones due before d, and the check-ins from d to `upTo` (one-off tasks
// carried over to d and done later). upTo is normally today.
func (s *Store) DueOn(d, upTo domain.Date) (items []DueItem, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		items, err = dueOn(tx, d, upTo, dmg)
		return err
	})
	return items, err
}

func dueOn(tx *bolt.Tx, d, upTo domain.Date, dmg *damage) ([]DueItem, error) {
	week, err := checkInsBetween(tx, d.Monday(), d.Monday()+6, dmg)
	if err != nil {
		return nil, err
	}
	onDay := map[uint64]domain.CheckIn{}
	weekCount := map[uint64]int{}
	for _, c := range week {
		if c.Date == d {
			onDay[c.TaskID] = c
		} else {
			weekCount[c.TaskID]++
		}
	}
	var items []DueItem
	add := func(t domain.Task) {
		c, done := onDay[t.ID]
		items = append(items, DueItem{Task: t, Done: done, CheckIn: c})
	}
	// Recurring tasks.
	habits, err := recurringTasks(tx, dmg)
	if err != nil {
		return nil, err
	}
	for _, t := range habits {
		_, done := onDay[t.ID]
		if domain.RecurringDue(t, d, weekCount[t.ID], done) {
			add(t)
		}
	}
	// One-off tasks: candidates from three indexes, each checked by the rule.
	seen := map[uint64]bool{}
	consider := func(id uint64, index, k []byte) error {
		if seen[id] {
			return nil
		}
		seen[id] = true
		t, err := getTask(tx, id)
		var doneOn domain.Date
		if err == nil {
			doneOn, err = firstCheckIn(tx, id)
		}
		if err != nil {
			if dmg.absorb(err, index, k) {
				return nil
			}
			return err
		}
		if domain.OnceDue(t, d, doneOn) {
			add(t)
		}
		return nil
	}
	c := tx.Bucket(bOnceDue).Cursor()
	prefix := dayKey(d)
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if err := consider(indexedID(k), bOnceDue, k); err != nil {
			return nil, err
		}
	}
	c = tx.Bucket(bOpen).Cursor()
	for k, _ := c.First(); k != nil && bytes.Compare(k, prefix) < 0; k, _ = c.Next() {
		if err := consider(indexedID(k), bOpen, k); err != nil {
			return nil, err
		}
	}
	if upTo >= d {
		later, err := checkInsBetween(tx, d, upTo, dmg)
		if err != nil {
			return nil, err
		}
		for _, ci := range later {
			if tx.Bucket(bRecurring).Get(be64(ci.TaskID)) == nil {
				if err := consider(ci.TaskID, bCheckins, dayID(ci.Date, ci.TaskID)); err != nil {
					return nil, err
				}
			}
		}
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i].Task, items[j].Task
		if ca, cb := domain.CompetencyIndex(a.Competency), domain.CompetencyIndex(b.Competency); ca != cb {
			return ca < cb
		}
		return a.ID < b.ID
	})
	return items, nil
}
