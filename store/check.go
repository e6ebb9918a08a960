package store

import (
	"fmt"
	"runtime"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// Check runs bbolt's own consistency check and then the project's
// invariants: every record decodes and is valid, every reference resolves,
// and every index agrees with the records. It returns the problems found.
//
// bbolt checks the pages in a goroutine of its own. There a page that
// points past the end of the file is a fatal fault, not a panic (turning
// faults into panics is per goroutine), and the program would end with a
// stack trace. So every page is read here first, under the transaction's
// fault guard, and the free list is loaded when the file is opened.
func (s *Store) Check() (problems []string, err error) {
	err = s.viewWith(bolt.Options{ReadOnly: true, PreLoadFreelist: true}, func(tx *bolt.Tx) error {
		if p := readEveryPage(tx); p != "" {
			problems = append(problems, "bbolt: "+p)
			return nil
		}
		for e := range tx.Check() {
			problems = append(problems, "bbolt: "+e.Error())
		}
		if len(problems) > 0 {
			return nil
		}
		problems = append(problems, checkRecords(tx)...)
		return nil
	})
	return problems, err
}

// readEveryPage walks every bucket, key and value, and says what went wrong
// if a page cannot be read.
func readEveryPage(tx *bolt.Tx) (problem string) {
	defer func() {
		if r := recover(); r != nil {
			problem = fmt.Sprintf("a page points outside the file or cannot be read (%v)", r)
		}
	}()
	var sum byte // of the values' last bytes, so the reads are not dropped
	var walk func(b *bolt.Bucket)
	walk = func(b *bolt.Bucket) {
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			switch {
			case v == nil:
				if child := b.Bucket(k); child != nil {
					walk(child)
				}
			case len(v) > 0:
				sum ^= v[len(v)-1]
			}
		}
	}
	_ = tx.ForEach(func(_ []byte, b *bolt.Bucket) error {
		walk(b)
		return nil
	})
	runtime.KeepAlive(sum)
	return ""
}

func checkRecords(tx *bolt.Tx) (problems []string) {
	report := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	for _, b := range dataBuckets {
		if tx.Bucket(b) == nil {
			report("bucket %s is missing", b)
			return problems
		}
	}
	goals, err := allGoals(tx)
	if err != nil {
		report("goals: %v", err)
	}
	goalIDs := map[uint64]bool{}
	for _, g := range goals {
		goalIDs[g.ID] = true
		if _, err := domain.CleanGoal(g); err != nil {
			report("goal %d: %v", g.ID, err)
		}
	}
	tasks, err := allTasks(tx)
	if err != nil {
		report("tasks: %v", err)
	}
	byID := map[uint64]domain.Task{}
	linked := 0
	for _, t := range tasks {
		byID[t.ID] = t
		if _, err := domain.CleanTask(t); err != nil {
			report("task %d: %v", t.ID, err)
		}
		if t.GoalID != 0 && !goalIDs[t.GoalID] {
			report("task %d: goal %d does not exist", t.ID, t.GoalID)
		}
		if t.GoalID != 0 {
			linked++
			v := tx.Bucket(bGoalTasks).Get(append(be64(t.GoalID), be64(t.ID)...))
			if string(v) != string(goalTaskValue(t)) {
				report("task %d: goal index entry is %q, want %q", t.ID, v, goalTaskValue(t))
			}
		}
		recurring := tx.Bucket(bRecurring).Get(be64(t.ID)) != nil
		if recurring != t.Schedule().Recurring() {
			report("task %d: recurring index disagrees with its schedule", t.ID)
		}
		if !t.Schedule().Recurring() {
			if tx.Bucket(bOnceDue).Get(dayID(t.Due, t.ID)) == nil {
				report("task %d: missing from the due-date index", t.ID)
			}
			done, _ := firstCheckIn(tx, t.ID)
			open := tx.Bucket(bOpen).Get(dayID(t.Due, t.ID)) != nil
			if want := done.IsZero() && !t.Archived; open != want {
				report("task %d: open index says %v, want %v", t.ID, open, want)
			}
		}
	}
	if n := tx.Bucket(bGoalTasks).Stats().KeyN; n != linked {
		report("goal index has %d entries for %d tasks with a goal", n, linked)
	}
	cb := tx.Bucket(bCheckins)
	n := 0
	_ = cb.ForEach(func(k, v []byte) error {
		n++
		c, err := decodeCheckIn(k, v)
		if err != nil {
			report("check-in %x: %v", k, err)
			return nil
		}
		d, id := c.Date, c.TaskID
		if _, err := domain.CleanCheckIn(c); err != nil {
			report("check-in %s task %d: %v", d, id, err)
		}
		if _, ok := byID[id]; !ok {
			report("check-in %s: task %d does not exist", d, id)
		}
		if tx.Bucket(bTaskDays).Get(idDay(id, d)) == nil {
			report("check-in %s task %d: missing from the by-task index", d, id)
		}
		return nil
	})
	if m := tx.Bucket(bTaskDays).Stats().KeyN; m != n {
		report("by-task index has %d entries for %d check-ins", m, n)
	}
	for _, idx := range [][]byte{bOnceDue, bOpen} {
		_ = tx.Bucket(idx).ForEach(func(k, _ []byte) error {
			_, id, err := splitDayID(k)
			if t, ok := byID[id]; err != nil || !ok || string(dayID(t.Due, t.ID)) != string(k) {
				report("index %s: entry %x points at no matching task", idx, k)
			}
			return nil
		})
	}
	rb := tx.Bucket(bReflections)
	_ = rb.ForEach(func(k, _ []byte) error {
		var r domain.Reflection
		if _, err := getJSON(rb, k, &r); err != nil {
			report("reflection %s: %v", k, err)
		} else if _, err := domain.CleanReflection(r); err != nil || r.Date.String() != string(k) {
			report("reflection %s: invalid (%v)", k, err)
		} else if v := tx.Bucket(bRatings).Get(k); len(v) != 1 || int(v[0]) != r.Rating {
			report("reflection %s: rating index says %v, want %d", k, v, r.Rating)
		}
		return nil
	})
	vb := tx.Bucket(bReviews)
	_ = vb.ForEach(func(k, _ []byte) error {
		var r domain.Review
		if _, err := getJSON(vb, k, &r); err != nil {
			report("review %s: %v", k, err)
		} else if _, err := domain.CleanReview(r); err != nil || r.Week != string(k) {
			report("review %s: invalid (%v)", k, err)
		}
		return nil
	})
	return problems
}
