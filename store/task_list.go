package store

import (
	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// TaskState is a task with the day a one-off task was done (0 when it is
// not, and for a recurring task).
type TaskState struct {
	domain.Task
	DoneOn domain.Date
}

// TaskStates lists the tasks by id. Without all, only those still to do:
// the habits not archived and the one-off tasks neither done nor archived,
// read through the recurring and open indexes, so that years of finished
// one-off tasks stay on disk. With all, every task with its state.
func (s *Store) TaskStates(all bool) (ts []TaskState, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		if all {
			tasks, err := allTasks(tx, dmg)
			if err != nil {
				return err
			}
			for _, t := range tasks {
				st := TaskState{Task: t}
				if !t.Schedule().Recurring() {
					if st.DoneOn, err = firstCheckIn(tx, t.ID); err != nil {
						if dmg.absorb(err, bTasks, be64(t.ID)) {
							continue
						}
						return err
					}
				}
				ts = append(ts, st)
			}
			return nil
		}
		ids := map[uint64]Damaged{}
		c := tx.Bucket(bRecurring).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			ids[u64(k)] = Damaged{Bucket: string(bRecurring), Key: append([]byte(nil), k...)}
		}
		c = tx.Bucket(bOpen).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			ids[indexedID(k)] = Damaged{Bucket: string(bOpen), Key: append([]byte(nil), k...)}
		}
		tasks, err := tasksByID(tx, ids, dmg)
		if err != nil {
			return err
		}
		for _, t := range tasks {
			if !t.Archived {
				ts = append(ts, TaskState{Task: t})
			}
		}
		return nil
	})
	return ts, err
}
