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
			out = append(out, sum)
		}
		cs, err = checkInsBetween(tx, from, to, dmg)
		return err
	})
	return out, cs, err
}
