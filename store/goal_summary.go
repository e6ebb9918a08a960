package store

import (
	"bytes"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// GoalSummary is a goal with what its progress and its detail need: its
// habits and open one-off tasks in full, its finished one-off tasks only
// counted. A goal may have gathered thousands of those over the years.
type GoalSummary struct {
	Goal      domain.Goal
	Habits    []domain.Task // recurring tasks, not archived
	Open      []domain.Task // one-off tasks neither done nor archived
	OnceDone  int           // one-off tasks done, not archived
	OnceTotal int           // one-off tasks, not archived
	// For a goal whose target counts its check-ins or their minutes: all
	// of its tasks' check-ins, archived tasks and every day included.
	CheckIns, Minutes int
}

// Figures is the summary's named figures on day today; done holds at
// least the last Window days of check-ins by task.
func (sum GoalSummary) Figures(done map[uint64][]domain.Date, today domain.Date) domain.Figures {
	f := domain.GoalFiguresOf(sum.Habits, done, sum.OnceDone, sum.OnceTotal, today)
	return f.WithMeasure(sum.Goal, sum.CheckIns, sum.Minutes)
}

// GoalSummaries returns every goal by id with its summary, and the
// check-ins from `from` to `to`, in one read transaction.
func (s *Store) GoalSummaries(from, to domain.Date) (out []GoalSummary, cs []domain.CheckIn, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		goals, err := allGoals(tx, dmg)
		if err != nil {
			return err
		}
		gt := tx.Bucket(bGoalTasks).Cursor()
		open := tx.Bucket(bOpen)
		for _, g := range goals {
			sum := GoalSummary{Goal: g}
			prefix := be64(g.ID)
			for k, v := gt.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = gt.Next() {
				if len(v) == 0 || v[0]&gtArchived != 0 {
					continue
				}
				id := u64(k[8:])
				if v[0]&gtRecurring != 0 {
					t, err := getTask(tx, id)
					if err != nil {
						if dmg.absorb(err, bGoalTasks, k) {
							continue
						}
						return err
					}
					sum.Habits = append(sum.Habits, t)
					continue
				}
				sum.OnceTotal++
				if open.Get(append(append([]byte{}, v[1:]...), be64(id)...)) == nil {
					sum.OnceDone++
					continue
				}
				t, err := getTask(tx, id)
				if err != nil {
					if dmg.absorb(err, bGoalTasks, k) {
						continue
					}
					return err
				}
				sum.Open = append(sum.Open, t)
			}
			if k := g.Measure.Kind; k == domain.MeasureCheckIns || k == domain.MeasureMinutes {
				if err := countGoalWork(tx, &sum, k == domain.MeasureMinutes, dmg); err != nil {
					return err
				}
			}
			out = append(out, sum)
		}
		cs, err = checkInsBetween(tx, from, to, dmg)
		return err
	})
	return out, cs, err
}

// countGoalWork counts the check-ins of every task of sum's goal, and
// their minutes when minutes is set (which reads each check-in).
func countGoalWork(tx *bolt.Tx, sum *GoalSummary, minutes bool, dmg *damage) error {
	gt := tx.Bucket(bGoalTasks).Cursor()
	days := tx.Bucket(bTaskDays).Cursor()
	prefix := be64(sum.Goal.ID)
	for k, _ := gt.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = gt.Next() {
		if len(k) != 16 {
			continue // check names a bad index key
		}
		id := k[8:]
		for d, _ := days.Seek(id); d != nil && bytes.HasPrefix(d, id); d, _ = days.Next() {
			if !minutes {
				sum.CheckIns++
				continue
			}
			day, err := domain.ParseISODate(string(d[8:]))
			if err != nil {
				dmg.skip(bTaskDays, d, err.Error())
				continue
			}
			c, found, err := getCheckIn(tx, u64(id), day)
			if err != nil {
				dmg.skip(bCheckins, dayID(day, u64(id)), err.Error())
				continue
			}
			if found {
				sum.CheckIns++
				sum.Minutes += c.Minutes
			}
		}
	}
	return nil
}
