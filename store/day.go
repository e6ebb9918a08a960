package store

import (
	"time"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// Day is what the Today screen shows for one day, read in one transaction.
type Day struct {
	Items          []DueItem
	ActiveGoals    []domain.Goal
	LastCompetency string
	Empty          bool // the database holds no records at all
	// PrevNext is the next step written in the reflection of the day
	// before, to start the day with; empty when there is none.
	PrevNext string
	// UnreviewedWeek is the week whose review Today reminds of: on Sunday
	// this week, and on any day last week (as of today), when it saw
	// check-ins or reflections but has no review; empty otherwise.
	UnreviewedWeek string
	DayWeek        // what Today shows beside the day at a larger size
}

// Day reads the tasks due on d (as seen on today), the active goals, the
// competency used last and whether the database is empty.
func (s *Store) Day(d, today domain.Date) (day Day, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		day, err = readDay(tx, d, today, dmg)
		return err
	})
	return day, err
}

// FirstDay is Day and the Habits of today in one transaction: what the
// app's first frame needs, advice included.
func (s *Store) FirstDay(d, today domain.Date) (day Day, h Habits, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		if day, err = readDay(tx, d, today, dmg); err != nil {
			return err
		}
		h, err = readHabits(tx, today, dmg)
		return err
	})
	return day, h, err
}

func readDay(tx *bolt.Tx, d, today domain.Date, dmg *damage) (day Day, err error) {
	if day.Items, err = dueOn(tx, d, today, dmg); err != nil {
		return day, err
	}
	goals, err := allGoals(tx, dmg)
	if err != nil {
		return day, err
	}
	for _, g := range goals {
		if g.Status == domain.StatusActive {
			day.ActiveGoals = append(day.ActiveGoals, g)
		}
	}
	day.LastCompetency = lastCompetency(tx)
	day.Empty = isEmpty(tx)
	if prev := d - 1; prev.InRange() {
		k := dayKey(prev)
		if v := tx.Bucket(bReflections).Get(k); v != nil {
			if r, ok := reflectionAt(k, v, dmg); ok {
				day.PrevNext = r.Next
			}
		}
	}
	day.UnreviewedWeek = unreviewedWeek(tx, today)
	day.DayWeek, err = readDayWeek(tx, d, dmg)
	return day, err
}

// unreviewedWeek is the week whose review is missing: on Sunday, the review
// day, this week's; else, and on Sunday once this week's is written or
// dismissed, last week's. A week counts when the user was active in it (a
// check-in or a reflection), wrote no review of it, and did not dismiss
// the reminder: it stays from Sunday until the review is written.
func unreviewedWeek(tx *bolt.Tx, today domain.Date) string {
	if today.Weekday() == time.Sunday {
		if wk := reviewMissing(tx, today.Monday()); wk != "" {
			return wk // the review day: this week's comes first
		}
	}
	return reviewMissing(tx, today.Monday()-7)
}

// reviewMissing is the ISO week from Monday mon when the user was active
// in it, wrote no review of it and did not dismiss its reminder; "" else.
func reviewMissing(tx *bolt.Tx, mon domain.Date) string {
	if !mon.InRange() {
		return ""
	}
	week := mon.Week()
	if tx.Bucket(bReviews).Get([]byte(week)) != nil || string(tx.Bucket(bMeta).Get(kDismissedReview)) == week {
		return ""
	}
	last := lastDayKey(mon + 6)
	for _, b := range [][]byte{bCheckins, bReflections} {
		if k, _ := tx.Bucket(b).Cursor().Seek(dayKey(mon)); k != nil && onOrBefore(k, last) {
			return week
		}
	}
	return ""
}

// DismissReview stops the reminder that week's review is missing; the
// review itself can still be written from Reflect. Only the last week
// dismissed is kept: the reminder is only ever about last week. It returns
// the week dismissed before, which undoes it when dismissed again; "" clears
// the dismissal.
func (s *Store) DismissReview(week string) (prev string, err error) {
	if week != "" {
		if _, err := domain.ParseWeek(week); err != nil {
			return "", err
		}
	}
	err = s.update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bMeta)
		prev = string(meta.Get(kDismissedReview))
		if week == "" {
			return meta.Delete(kDismissedReview)
		}
		return meta.Put(kDismissedReview, []byte(week))
	})
	return prev, err
}
