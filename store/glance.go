package store

import (
	"bytes"
	"fmt"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// Glance is what a shell prompt shows of today: the tasks due and done,
// and the day streak. It is read on every prompt, so it reads what Today
// reads plus the days the streak spans, never the whole history.
type Glance struct {
	Due, Done int
	Streak    int // days in a row shown up (domain.ShowUpStreak)
}

// Glance reads today's glance in one read transaction.
func (s *Store) Glance(today domain.Date) (g Glance, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		items, err := dueOn(tx, today, today, dmg)
		if err != nil {
			return err
		}
		g = Glance{Due: len(items)}
		for _, it := range items {
			if it.Done {
				g.Done++
			}
		}
		g.Streak, err = dayStreak(tx, today, dmg)
		return err
	})
	return g, err
}

// streakWeeks is the first span dayStreak reads; most streaks end in it.
const streakWeeks = 8

// dayStreak is domain.ShowUpStreak computed on the last weeks only,
// reading twice as many further back until the streak ends inside them. A
// span starts on a Monday, so every rest day in it is judged on its whole
// week. One more day shown just before the span tells whether the walk
// reached it: the streak counts that day only if nothing in the span
// broke it.
func dayStreak(tx *bolt.Tx, today domain.Date, dmg *damage) (int, error) {
	first := firstShown(tx)
	if first.IsZero() || first > today {
		return 0, nil
	}
	habits, err := recurringTasks(tx, dmg)
	if err != nil {
		return 0, err
	}
	isHabit := make(map[uint64]bool, len(habits))
	for _, t := range habits {
		isHabit[t.ID] = true
	}
	shown := map[domain.Date]bool{}
	done := map[uint64][]domain.Date{} // of the habits: what rest days depend on
	to := today
	for weeks := streakWeeks; ; weeks *= 2 {
		from := today.Monday() - domain.Date(7*(weeks-1))
		whole := from <= first || from <= domain.MinDate
		from = max(from, first)
		readShown(tx, from, to, isHabit, shown, done, dmg)
		to = from - 1
		inSpan := len(shown)
		if !whole {
			shown[from-1] = true
		}
		n := domain.ShowUpStreak(habits, done, shown, today)
		delete(shown, from-1)
		if whole || n <= inSpan {
			return n, nil
		}
	}
}

// firstShown is the first day with a check-in or a reflection; 0 when
// there is none.
func firstShown(tx *bolt.Tx) domain.Date {
	a, b := firstDay(tx, bCheckins), firstDay(tx, bRatings)
	switch {
	case a.IsZero():
		return b
	case b.IsZero():
		return a
	}
	return min(a, b)
}

// recurringTasks reads every recurring task, archived ones too.
func recurringTasks(tx *bolt.Tx, dmg *damage) ([]domain.Task, error) {
	var ts []domain.Task
	c := tx.Bucket(bRecurring).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		t, err := getTask(tx, u64(k))
		if err != nil {
			if dmg.absorb(err, bRecurring, k) {
				continue
			}
			return nil, err
		}
		ts = append(ts, t)
	}
	return ts, nil
}

// readShown adds to shown, from the keys alone, the days from `from` to
// `to` with a check-in or a reflection (its rating), and puts the days each
// habit was done in that span before those done has.
func readShown(tx *bolt.Tx, from, to domain.Date, isHabit map[uint64]bool, shown map[domain.Date]bool, done map[uint64][]domain.Date, dmg *damage) {
	older := map[uint64][]domain.Date{}
	last := lastDayKey(to)
	var day domain.Date
	var dayText []byte
	c := tx.Bucket(bCheckins).Cursor()
	for k, _ := c.Seek(dayKey(from)); k != nil && onOrBefore(k, last); k, _ = c.Next() {
		if len(k) != 18 {
			dmg.skip(bCheckins, k, fmt.Sprintf("bad index key %x", k))
			continue
		}
		if !bytes.Equal(k[:10], dayText) { // a day's check-ins are neighbours: parse it once
			d, err := domain.ParseISODate(string(k[:10]))
			if err != nil {
				dmg.skip(bCheckins, k, err.Error())
				continue
			}
			day, dayText = d, k[:10]
			shown[d] = true
		}
		if id := u64(k[10:]); isHabit[id] {
			older[id] = append(older[id], day)
		}
	}
	for id, ds := range older {
		done[id] = append(ds, done[id]...)
	}
	c = tx.Bucket(bRatings).Cursor()
	for k, _ := c.Seek(dayKey(from)); k != nil && bytes.Compare(k, last) <= 0; k, _ = c.Next() {
		d, err := domain.ParseISODate(string(k))
		if err != nil {
			dmg.skip(bRatings, k, "not a day's rating")
			continue
		}
		shown[d] = true
	}
}
