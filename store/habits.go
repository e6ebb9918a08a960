package store

import (
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
	Focus       map[string]string // last week → the competency its review chose
	OneOffs     []domain.Task     // one-off tasks open, or done today
	First       domain.Date       // the day of the first check-in; 0 when none
}

// Habits reads the advice's inputs for today in one read transaction,
// through the recurring and by-task indexes: no one-off task, no journal
// text, and no check-in older than a habit's strength can see.
func (s *Store) Habits(today domain.Date) (h Habits, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		h, err = readHabits(tx, today, dmg)
		return err
	})
	return h, err
}

func readHabits(tx *bolt.Tx, today domain.Date, dmg *damage) (h Habits, err error) {
	if h.Goals, err = allGoals(tx, dmg); err != nil {
		return h, err
	}
	if h.Tasks, err = recurringTasks(tx, dmg); err != nil {
		return h, err
	}
	h.Done = make(map[uint64][]domain.Date, len(h.Tasks))
	for _, t := range h.Tasks {
		if h.Done[t.ID], err = taskDays(tx, t.ID, domain.StrengthSince(t, today), today, dmg); err != nil {
			return h, err
		}
	}
	if h.ReviewWeeks, err = reviewWeeks(tx); err != nil {
		return h, err
	}
	if h.Focus, err = weekFocus(tx, (today - 7).Week(), dmg); err != nil {
		return h, err
	}
	h.First = earliestCheckIn(tx)
	h.OneOffs, err = ownOneOffs(tx, today, dmg)
	return h, err
}

// reviewWeeks is the set of ISO weeks that have a review.
func reviewWeeks(tx *bolt.Tx) (map[string]bool, error) {
	weeks := map[string]bool{}
	err := tx.Bucket(bReviews).ForEach(func(k, _ []byte) error {
		weeks[string(k)] = true
		return nil
	})
	return weeks, err
}
