package store

import (
	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// DeleteReflection removes the reflection of day d and its rating, which
// is how the app undoes writing a first one. A day without a reflection is
// ErrNotFound.
func (s *Store) DeleteReflection(d domain.Date) error {
	return s.update(func(tx *bolt.Tx) error {
		k := dayKey(d)
		if tx.Bucket(bReflections).Get(k) == nil {
			return ErrNotFound
		}
		return deleteReflection(tx, d)
	})
}

func deleteReflection(tx *bolt.Tx, d domain.Date) error {
	k := dayKey(d)
	if err := tx.Bucket(bRatings).Delete(k); err != nil {
		return err
	}
	if err := tx.Bucket(bReflections).Delete(k); err != nil {
		return err
	}
	if err := syncCard(tx, d, 0); err != nil {
		return err
	}
	return markChanged(tx, kindReflection, d.String())
}

// DeleteReview removes the review of week, as DeleteReflection does a
// reflection.
func (s *Store) DeleteReview(week string) error {
	return s.update(func(tx *bolt.Tx) error {
		k := []byte(week)
		if tx.Bucket(bReviews).Get(k) == nil {
			return ErrNotFound
		}
		return deleteReview(tx, week)
	})
}

func deleteReview(tx *bolt.Tx, week string) error {
	if err := tx.Bucket(bReviews).Delete([]byte(week)); err != nil {
		return err
	}
	return markChanged(tx, kindReview, week)
}
