package store

import (
	"bytes"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// Habits is what the coach's advice needs and no more: the goals, the
// recurring tasks with the days they were done, and the reviewed weeks. It
// is a fraction of History, so Today can show advice in its first frame.
type Habits struct {
	Goals       []domain.Goal
	Tasks       []domain.Task            // recurring tasks, archived ones too
	Done        map[uint64][]domain.Date // by task, sorted
	ReviewWeeks map[string]bool
}

// Habits reads the advice's inputs in one read transaction, through the
// recurring and by-task indexes: no one-off task and no journal text.
func (s *Store) Habits() (h Habits, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		if h.Goals, err = allGoals(tx); err != nil {
			return err
		}
		h.Done = map[uint64][]domain.Date{}
		days := tx.Bucket(bTaskDays).Cursor()
		if err := tx.Bucket(bRecurring).ForEach(func(k, _ []byte) error {
			t, err := getTask(tx, u64(k))
			if err != nil {
				return err
			}
			h.Tasks = append(h.Tasks, t)
			for dk, _ := days.Seek(k); dk != nil && bytes.HasPrefix(dk, k); dk, _ = days.Next() {
				d, err := domain.ParseISODate(string(dk[8:]))
				if err != nil {
					return err
				}
				h.Done[t.ID] = append(h.Done[t.ID], d)
			}
			return nil
		}); err != nil {
			return err
		}
		h.ReviewWeeks = map[string]bool{}
		return tx.Bucket(bReviews).ForEach(func(k, _ []byte) error {
			h.ReviewWeeks[string(k)] = true
			return nil
		})
	})
	return h, err
}
