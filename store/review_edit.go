package store

import (
	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// EditReview applies edit to the review of week as stored (an empty one
// when there is none) in the same write that stores the result, so that
// a part the edit leaves alone keeps what another window wrote meanwhile.
func (s *Store) EditReview(week string, edit func(*domain.Review)) (r domain.Review, err error) {
	if _, err := domain.ParseWeek(week); err != nil {
		return r, err
	}
	err = s.update(func(tx *bolt.Tx) error {
		r = domain.Review{}
		if _, err := getJSON(tx, bReviews, []byte(week), &r); err != nil {
			return err
		}
		edit(&r)
		r.Week = week
		if r, err = domain.CleanReview(r); err != nil {
			return err
		}
		return putReview(tx, r)
	})
	return r, err
}
