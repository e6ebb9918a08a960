package store

import (
	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// History is what the coaching figures are computed from: every goal and
// task, every check-in, the ratings (not the journal text) and the weeks
// that have a review.
type History struct {
	Goals       []domain.Goal
	Tasks       []domain.Task
	CheckIns    []domain.CheckIn
	Ratings     map[domain.Date]int
	ReviewWeeks map[string]bool
}

// History reads the coaching history in one read transaction.
func (s *Store) History() (h History, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		if h.Goals, err = allGoals(tx); err != nil {
			return err
		}
		if h.Tasks, err = allTasks(tx); err != nil {
			return err
		}
		if h.CheckIns, err = checkInsBetween(tx, 1, domain.NewDate(9999, 12, 30)); err != nil {
			return err
		}
		h.Ratings = map[domain.Date]int{}
		if err := tx.Bucket(bRatings).ForEach(func(k, v []byte) error {
			d, err := domain.ParseISODate(string(k))
			if err == nil && len(v) == 1 {
				h.Ratings[d] = int(v[0])
			}
			return err
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
