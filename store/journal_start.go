package store

import (
	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// JournalStart is the first day the journal holds anything: the earliest
// of the first check-in, the first reflection, the first weekly review's
// Monday and the creation of the first goal and task (ids grow with time,
// so the first key is the oldest but for an import). found is false for an
// empty journal. Weeks before it have nothing to review.
func (s *Store) JournalStart() (start domain.Date, found bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		consider := func(d domain.Date) {
			if d.InRange() && (!found || d < start) {
				start, found = d, true
			}
		}
		consider(firstDay(tx, bCheckins))
		consider(firstDay(tx, bRatings))
		if k, _ := tx.Bucket(bReviews).Cursor().First(); k != nil {
			if mon, err := domain.ParseWeek(string(k)); err == nil {
				consider(mon)
			}
		}
		if k, v := tx.Bucket(bTasks).Cursor().First(); k != nil {
			if t, err := decodeTask(k, v); err == nil {
				consider(t.CreatedOn())
			}
		}
		if k, v := tx.Bucket(bGoals).Cursor().First(); k != nil {
			if g, err := decodeGoal(k, v); err == nil {
				consider(domain.DateOf(g.Created.Local()))
			}
		}
		return nil
	})
	return start, found, err
}
