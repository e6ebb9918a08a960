package store

import (
	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// DayWeek is what Today shows beside a day when it has the room: each
// habit's last seven days, and the state of the day's reflection and of
// its week's review.
type DayWeek struct {
	// Done holds the recurring tasks' check-in days, sorted, from the
	// Monday of the strip's first day to the Sunday of the day's week:
	// whole weeks, so an N/week habit's weeks can be counted.
	Done      map[uint64][]domain.Date
	Reflected bool // the day has a reflection
	Reviewed  bool // the day's week has a review
}

// readDayWeek reads the DayWeek of d from the check-in index and the keys
// of the reflections and reviews.
func readDayWeek(tx *bolt.Tx, d domain.Date, dmg *damage) (DayWeek, error) {
	var w DayWeek
	from := max(d-domain.StripDays+1, domain.MinDate).Monday()
	to := min(d.Monday()+6, domain.MaxDate)
	cs, err := checkInsBetween(tx, from, to, dmg)
	if err != nil {
		return w, err
	}
	rec := tx.Bucket(bRecurring)
	w.Done = map[uint64][]domain.Date{}
	for _, c := range cs { // by day, so each list is sorted
		if rec.Get(be64(c.TaskID)) != nil {
			w.Done[c.TaskID] = append(w.Done[c.TaskID], c.Date)
		}
	}
	w.Reflected = tx.Bucket(bReflections).Get(dayKey(d)) != nil
	w.Reviewed = tx.Bucket(bReviews).Get([]byte(d.Week())) != nil
	return w, nil
}
