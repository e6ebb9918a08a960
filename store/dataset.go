package store

import (
	"fmt"
	"os"
	"sort"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// Dump reads every record in one read transaction, in a stable order: goals
// and tasks by id, check-ins by date then task, reflections by date, reviews
// by week. A damaged record is skipped and reported, so that everything
// else can still be exported.
func (s *Store) Dump() (d domain.Dataset, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		if d.Goals, err = allGoals(tx, dmg); err != nil {
			return err
		}
		if d.Tasks, err = allTasks(tx, dmg); err != nil {
			return err
		}
		if d.CheckIns, err = allCheckIns(tx, dmg); err != nil {
			return err
		}
		return dumpJournal(tx, &d, dmg)
	})
	return d, err
}

func dumpJournal(tx *bolt.Tx, d *domain.Dataset, dmg *damage) error {
	if err := tx.Bucket(bReflections).ForEach(func(k, v []byte) error {
		if r, ok := reflectionAt(k, v, dmg); ok {
			d.Reflections = append(d.Reflections, r)
		}
		return nil
	}); err != nil {
		return err
	}
	if err := tx.Bucket(bReviews).ForEach(func(k, v []byte) error {
		if r, ok := reviewAt(k, v, dmg); ok {
			d.Reviews = append(d.Reviews, r)
		}
		return nil
	}); err != nil {
		return err
	}
	return tx.Bucket(bRecallLog).ForEach(func(k, v []byte) error {
		e, ok := recallAt(k, v)
		if !ok {
			dmg.skip(bRecallLog, k, "not a line of the review log")
			return nil
		}
		d.Recall = append(d.Recall, e)
		return nil
	})
}

// IsEmpty reports whether the database holds no records.
func (s *Store) IsEmpty() (empty bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		empty = isEmpty(tx)
		return nil
	})
	return empty, err
}

func isEmpty(tx *bolt.Tx) bool {
	for _, b := range dataBuckets {
		if k, _ := tx.Bucket(b).Cursor().First(); k != nil {
			return false
		}
	}
	return true
}

// Load writes a whole dataset in one transaction, keeping its ids: Import
// without the name of the kept copy.
func (s *Store) Load(d domain.Dataset, replace bool) error {
	_, err := s.Import(d, replace)
	return err
}

// Import writes a whole dataset in one transaction, keeping its ids. It
// checks everything first and writes nothing on error. A database that
// already holds records is refused unless replace is set; then, inside the
// same transaction, its current state is first copied beside it (the
// returned name), so no other write can slip between the copy and the
// import.
func (s *Store) Import(d domain.Dataset, replace bool) (kept string, err error) {
	if d, err = domain.CleanDataset(d); err != nil {
		return "", err
	}
	err = s.update(func(tx *bolt.Tx) error {
		if !isEmpty(tx) {
			if !replace {
				return fmt.Errorf("%s already holds records: import with --replace to overwrite them (a backup is kept)", s.path)
			}
			var err error
			if kept, err = s.keepCopy("import", func(f *os.File) error { _, err := tx.WriteTo(f); return err }); err != nil {
				return err
			}
		}
		for _, b := range dataBuckets {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		packAppendOnly(tx)
		if err := writeDataset(tx, d, domain.DateOf(s.now())); err != nil {
			return err
		}
		// Sync sends the journal as imported: every record, and the
		// deletes of those it no longer has.
		return markAllChanged(tx, fullReplace)
	})
	if err != nil && kept != "" {
		os.Remove(kept) // nothing was imported: the copy would only mislead
		kept = ""
	}
	return kept, err
}

func writeDataset(tx *bolt.Tx, d domain.Dataset, today domain.Date) error {
	var maxGoal, maxTask uint64
	for _, g := range d.Goals {
		maxGoal = max(maxGoal, g.ID)
		g.GID = withGID(g.GID)
		if err := putGoal(tx, g); err != nil {
			return err
		}
	}
	// Each bucket in its own key order: within one transaction bolt keeps a
	// bucket's keys in one sorted array until the commit, so keys that
	// arrive out of order move the array at every insert, quadratic in the
	// number of check-ins (a 10 MB import took 20 s, a 100 MB one hours).
	// First the task-days index (task, then day) …
	sort.Slice(d.CheckIns, func(i, j int) bool {
		a, b := d.CheckIns[i], d.CheckIns[j]
		return a.TaskID < b.TaskID || a.TaskID == b.TaskID && a.Date < b.Date
	})
	for _, c := range d.CheckIns {
		if err := tx.Bucket(bTaskDays).Put(idDay(c.TaskID, c.Date), nil); err != nil {
			return err
		}
	}
	// … then the check-ins (day, then task), before the tasks, so that
	// putTask sees which one-off tasks are done.
	sort.Slice(d.CheckIns, func(i, j int) bool {
		a, b := d.CheckIns[i], d.CheckIns[j]
		return a.Date < b.Date || a.Date == b.Date && a.TaskID < b.TaskID
	})
	for _, c := range d.CheckIns {
		if err := tx.Bucket(bCheckins).Put(dayID(c.Date, c.TaskID), encodeCheckIn(c)); err != nil {
			return err
		}
	}
	for _, t := range d.Tasks {
		maxTask = max(maxTask, t.ID)
		t.GID = withGID(t.GID)
		if err := putTask(tx, t, nil); err != nil {
			return err
		}
	}
	// The review log before the reflections, whose cards replay it.
	sort.Slice(d.Recall, func(i, j int) bool {
		a, b := d.Recall[i], d.Recall[j]
		return a.Card < b.Card || a.Card == b.Card && a.Day < b.Day
	})
	log := tx.Bucket(bRecallLog)
	log.FillPercent = 0.95 // in key order here; later grades land anywhere
	for _, e := range d.Recall {
		if err := log.Put(append(dayKey(e.Card), dayKey(e.Day)...), []byte{gradeByte(e.Grade)}); err != nil {
			return err
		}
	}
	sort.Slice(d.Recall, func(i, j int) bool {
		a, b := d.Recall[i], d.Recall[j]
		return a.Day < b.Day || a.Day == b.Day && a.Card < b.Card
	})
	for _, e := range d.Recall {
		if err := tx.Bucket(bRecallDays).Put(append(dayKey(e.Day), dayKey(e.Card)...), []byte{gradeByte(e.Grade)}); err != nil {
			return err
		}
	}
	for _, r := range d.Reflections {
		if err := putReflection(tx, r); err != nil {
			return err
		}
	}
	if err := enterGently(tx, today); err != nil {
		return err
	}
	for _, r := range d.Reviews {
		if err := putReview(tx, r); err != nil {
			return err
		}
	}
	if err := tx.Bucket(bGoals).SetSequence(maxGoal); err != nil {
		return err
	}
	return tx.Bucket(bTasks).SetSequence(maxTask)
}
