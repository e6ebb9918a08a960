package store

import (
	"bytes"
	"slices"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// History is what the coaching figures are computed from: every goal, every
// recurring task with all its check-ins, the one-off tasks that bear on the
// days from From on, the ratings (not the journal text) and the weeks that
// have a review. Years of finished one-off tasks are left on disk.
type History struct {
	From        domain.Date // one-off tasks are complete from this day on; 1 means all
	Goals       []domain.Goal
	Tasks       []domain.Task
	CheckIns    []domain.CheckIn // sorted by date, then task
	Ratings     map[domain.Date]int
	ReviewWeeks map[string]bool
	Focus       map[string]string // ISO week → the competency its review chose
}

// History reads the coaching history in one read transaction. The one-off
// tasks loaded are those due from `from` on, those still open, and those
// done from `from` on: every one-off task that shows on a day from `from`.
func (s *Store) History(from domain.Date) (h History, err error) {
	h.From = max(from, 1)
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		if h.Goals, err = allGoals(tx, dmg); err != nil {
			return err
		}
		if h.CheckIns, err = allCheckIns(tx, dmg); err != nil {
			return err
		}
		if h.From <= 1 {
			if h.Tasks, err = allTasks(tx, dmg); err != nil {
				return err
			}
			return readRatingsAndReviews(tx, &h, dmg)
		}
		ids := map[uint64]Damaged{} // each task to read, and the entry that named it
		name := func(id uint64, bucket, k []byte) {
			if _, ok := ids[id]; !ok {
				ids[id] = Damaged{Bucket: string(bucket), Key: append([]byte(nil), k...)}
			}
		}
		if err := tx.Bucket(bRecurring).ForEach(func(k, _ []byte) error {
			name(u64(k), bRecurring, k)
			return nil
		}); err != nil {
			return err
		}
		for _, b := range [][]byte{bOnceDue, bOpen} {
			c := tx.Bucket(b).Cursor()
			k, _ := c.Seek(dayKey(h.From))
			if bytes.Equal(b, bOpen) {
				k, _ = c.First()
			}
			for ; k != nil; k, _ = c.Next() {
				name(indexedID(k), b, k)
			}
		}
		for i := len(h.CheckIns) - 1; i >= 0 && h.CheckIns[i].Date >= h.From; i-- {
			if c := h.CheckIns[i]; ids[c.TaskID].Bucket == "" {
				name(c.TaskID, bCheckins, dayID(c.Date, c.TaskID))
			}
		}
		if h.Tasks, err = tasksByID(tx, ids, dmg); err != nil {
			return err
		}
		return readRatingsAndReviews(tx, &h, dmg)
	})
	return h, err
}

// readRatingsAndReviews reads the ratings and the reviewed weeks into h.
func readRatingsAndReviews(tx *bolt.Tx, h *History, dmg *damage) (err error) {
	h.Ratings = map[domain.Date]int{}
	if err := tx.Bucket(bRatings).ForEach(func(k, v []byte) error {
		d, err := domain.ParseISODate(string(k))
		if err != nil || len(v) != 1 {
			dmg.skip(bRatings, k, "not a day's rating")
			return nil
		}
		h.Ratings[d] = int(v[0])
		return nil
	}); err != nil {
		return err
	}
	if h.ReviewWeeks, err = reviewWeeks(tx); err != nil {
		return err
	}
	h.Focus, err = reviewFocus(tx, dmg)
	return err
}

// tasksByID reads the given tasks, ordered by id; a damaged task, or an id
// that the entry named with it points at but no task holds, is skipped
// into dmg.
func tasksByID(tx *bolt.Tx, ids map[uint64]Damaged, dmg *damage) ([]domain.Task, error) {
	sorted := make([]uint64, 0, len(ids))
	for id := range ids {
		sorted = append(sorted, id)
	}
	slices.Sort(sorted)
	out := make([]domain.Task, 0, len(sorted))
	for _, id := range sorted {
		t, err := getTask(tx, id)
		if err != nil {
			if named := ids[id]; dmg.absorb(err, []byte(named.Bucket), named.Key) {
				continue
			}
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}
