package store

import (
	"bytes"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// Habits is what the coach's advice needs and no more: the goals, the
// recurring tasks with the days they were done as far back as their
// strength looks, and the reviewed weeks. It is a fraction of History, so
// Today can show advice in its first frame, and it stays the same size
// however many years the history holds.
type Habits struct {
	Goals       []domain.Goal
	Tasks       []domain.Task            // recurring tasks, archived ones too
	Done        map[uint64][]domain.Date // by task, sorted, from domain.StrengthSince on
	ReviewWeeks map[string]bool
}

// Habits reads the advice's inputs for today in one read transaction,
// through the recurring and by-task indexes: no one-off task, no journal
// text, and no check-in older than a habit's strength can see.
func (s *Store) Habits(today domain.Date) (h Habits, err error) {
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
			from := idDay(t.ID, domain.StrengthSince(t, today))
			for dk, _ := days.Seek(from); dk != nil && bytes.HasPrefix(dk, k); dk, _ = days.Next() {
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
