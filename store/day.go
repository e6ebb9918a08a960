package store

import (
	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// Day is what the Today screen shows for one day, read in one transaction.
type Day struct {
	Items          []DueItem
	ActiveGoals    []domain.Goal
	LastCompetency string
	Empty          bool // the database holds no records at all
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
	return day, nil
}
