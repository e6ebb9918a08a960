package store

import (
	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// reviewFocus is, by ISO week, the competency each review chose for the
// week after it; a review that does not decode is skipped into dmg.
func reviewFocus(tx *bolt.Tx, dmg *damage) (map[string]string, error) {
	focus := map[string]string{}
	err := tx.Bucket(bReviews).ForEach(func(k, v []byte) error {
		if r, ok := reviewAt(k, v, dmg); ok && r.Focus != "" {
			focus[r.Week] = r.Focus
		}
		return nil
	})
	return focus, err
}

// weekFocus is reviewFocus for one week alone: all the advice of a day
// needs, read without decoding years of reviews.
func weekFocus(tx *bolt.Tx, week string, dmg *damage) (map[string]string, error) {
	focus := map[string]string{}
	k := []byte(week)
	if v := tx.Bucket(bReviews).Get(k); v != nil {
		if r, ok := reviewAt(k, v, dmg); ok && r.Focus != "" {
			focus[r.Week] = r.Focus
		}
	}
	return focus, nil
}

// earliestCheckIn is the day of the earliest check-in, 0 when there is none.
func earliestCheckIn(tx *bolt.Tx) domain.Date { return firstDay(tx, bCheckins) }

// ownOneOffs are the one-off tasks open now or done on today: the user's
// own tasks as they stood yesterday, so ticking one off today does not
// change the advice.
func ownOneOffs(tx *bolt.Tx, today domain.Date, dmg *damage) ([]domain.Task, error) {
	ids := map[uint64]Damaged{}
	c := tx.Bucket(bOpen).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		ids[indexedID(k)] = Damaged{Bucket: string(bOpen), Key: append([]byte(nil), k...)}
	}
	cs, err := checkInsBetween(tx, today, today, dmg)
	if err != nil {
		return nil, err
	}
	for _, ci := range cs {
		if _, ok := ids[ci.TaskID]; !ok {
			ids[ci.TaskID] = Damaged{Bucket: string(bCheckins), Key: dayID(ci.Date, ci.TaskID)}
		}
	}
	ts, err := tasksByID(tx, ids, dmg)
	if err != nil {
		return nil, err
	}
	out := ts[:0]
	for _, t := range ts {
		if !t.Schedule().Recurring() && !t.Archived {
			out = append(out, t)
		}
	}
	return out, nil
}
