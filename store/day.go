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
	err = s.view(func(tx *bolt.Tx) error {
		if day.Items, err = dueOn(tx, d, today); err != nil {
			return err
		}
		goals, err := allGoals(tx)
		if err != nil {
			return err
		}
		for _, g := range goals {
			if g.Status == domain.StatusActive {
				day.ActiveGoals = append(day.ActiveGoals, g)
			}
		}
		day.LastCompetency = string(tx.Bucket(bMeta).Get(kLastCompetency))
		if day.LastCompetency == "" {
			day.LastCompetency = domain.Learning
		}
		day.Empty = isEmpty(tx)
		return nil
	})
	return day, err
}
