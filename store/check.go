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
	// Records that are there but unreadable are reported once, here; what
	// points at them is not reported again.
	goals, badGoals := checkIDs(tx, bGoals, "goal", decodeGoal, report)
	tasks, badTasks := checkIDs(tx, bTasks, "task", decodeTask, report)
	for _, g := range goals {
		if _, err := domain.CleanGoal(g); err != nil {
			report("goal %d: %v", g.ID, err)
		}
	}
	for _, t := range tasks {
		checkTask(tx, t, goals, badGoals, report)
	}
	checkTaskIndexes(tx, tasks, badTasks, report)
	checkCheckIns(tx, tasks, badTasks, report)
	checkJournal(tx, report)
	checkGIDs(tx, goals, tasks, badGoals, badTasks, report)
	checkRecall(tx, report)
	return problems
}

// checkRecall reports lines of the review log that do not read, and a card
// or a due entry that does not agree with the other.
func checkRecall(tx *bolt.Tx, report func(string, ...any)) {
	tx.Bucket(bRecallLog).ForEach(func(k, v []byte) error {
		if _, ok := recallAt(k, v); !ok {
			report("recall_log %q: not a line of the review log", k)
		}
		return nil
	})
	tx.Bucket(bRecallCards).ForEach(func(k, v []byte) error {
		c, ok := decodeCard(v)
		switch {
		case !ok:
			report("recall_cards %q: damaged", k)
		case tx.Bucket(bRecallDue).Get(append(dayKey(c.due), k...)) == nil:
			report("recall card %s: not in the due index", k)
		}
		return nil
	})
	tx.Bucket(bRecallDue).ForEach(func(k, _ []byte) error {
		c, ok := decodeCard(tx.Bucket(bRecallCards).Get(k[min(len(k), 10):]))
		if len(k) != 20 || !ok || string(dayKey(c.due)) != string(k[:10]) {
			report("recall_due %q: no card due that day", k)
		}
		return nil
	})
}

// checkGIDs reports a goal or task without a global id, two records with
// one, and an index entry that does not lead back to its record.
func checkGIDs(tx *bolt.Tx, goals map[uint64]domain.Goal, tasks map[uint64]domain.Task, badGoals, badTasks map[uint64]bool, report func(string, ...any)) {
	owner := map[string]string{}
	check := func(kind string, kb byte, id uint64, gid string) {
		name := fmt.Sprintf("%s %d", kind, id)
		switch lid, ok := localID(tx, kb, gid); {
		case !domain.ValidGID(gid):
			report("%s has no valid global id (%q)", name, gid)
		case owner[gid] != "":
			report("%s and %s have the same global id %s", owner[gid], name, gid)
		case !ok || lid != id:
			report("%s: the gids index does not lead to it", name)
		}
		owner[gid] = name
	}
	for id, g := range goals {
		check("goal", gidGoal, id, g.GID)
	}
	for id, t := range tasks {
		check("task", gidTask, id, t.GID)
	}
	tx.Bucket(bGIDs).ForEach(func(k, v []byte) error {
		bad := len(v) == 9 && (v[0] == gidGoal && badGoals[u64(v[1:])] || v[0] == gidTask && badTasks[u64(v[1:])])
		if owner[string(k)] == "" && !bad { // a damaged record was reported already
			report("the gids index holds %q, which no goal or task has", k)
		}
		return nil
	})
}

// checkIDs reads every record of an id-keyed bucket. Besides records that
// do not decode, it reports a key that is not an id, an id out of range, a
// record stored under another record's id, and a key above the bucket's
// sequence: the next record added would be written over it. bad holds the
// ids that are there but unusable.
func checkIDs[T any](tx *bolt.Tx, bucket []byte, kind string, decode func(k, v []byte) (T, error),
	report func(string, ...any)) (ok map[uint64]T, bad map[uint64]bool) {
	ok, bad = map[uint64]T{}, map[uint64]bool{}
	b := tx.Bucket(bucket)
	seq := b.Sequence()
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if len(k) != 8 {
			report("%s: damaged: the key is not an id", where(bucket, k))
			continue
		}
		id := u64(k)
		if id == 0 || id > domain.MaxID {
			report("%s %d: the id is out of range (1 to %d)", kind, id, uint64(domain.MaxID))
		}
		if id > seq {
			report("%s %d: above the %s id sequence (%d), so a new %s would be written over it", kind, id, kind, seq, kind)
		}
		r, err := decode(k, v)
		if err != nil {
			report("%s: damaged: %s", where(bucket, k), reasonOf(err))
			bad[id] = true
			continue
		}
		ok[id] = r
	}
	return ok, bad
}

// checkTask checks one task and the index entries it should have.
func checkTask(tx *bolt.Tx, t domain.Task, goals map[uint64]domain.Goal, badGoals map[uint64]bool, report func(string, ...any)) {
	if _, err := domain.CleanTask(t); err != nil {
		report("task %d: %v", t.ID, err)
	}
	if t.GoalID != 0 {
		if _, ok := goals[t.GoalID]; !ok && !badGoals[t.GoalID] {
			report("task %d: goal %d does not exist", t.ID, t.GoalID)
		}
		v := tx.Bucket(bGoalTasks).Get(append(be64(t.GoalID), be64(t.ID)...))
		if string(v) != string(goalTaskValue(t)) {
			report("task %d: goal index entry is %q, want %q", t.ID, v, goalTaskValue(t))
		}
	}
	recurring := tx.Bucket(bRecurring).Get(be64(t.ID)) != nil
	if recurring != t.Schedule().Recurring() {
		report("task %d: recurring index disagrees with its schedule", t.ID)
	}
	if t.Schedule().Recurring() {
		return
	}
	if tx.Bucket(bOnceDue).Get(dayID(t.Due, t.ID)) == nil {
		report("task %d: missing from the due-date index", t.ID)
	}
	done, err := firstCheckIn(tx, t.ID)
	if err != nil {
		return // the damaged by-task entry is reported on its own
	}
	open := tx.Bucket(bOpen).Get(dayID(t.Due, t.ID)) != nil
	if want := done.IsZero() && !t.Archived; open != want {
		report("task %d: open index says %v, want %v", t.ID, open, want)
	}
}

// checkTaskIndexes reports index entries that point at no task, or at a
// task that does not match them: the trace of a task written over.
func checkTaskIndexes(tx *bolt.Tx, tasks map[uint64]domain.Task, badTasks map[uint64]bool, report func(string, ...any)) {
	entry := func(idx, k []byte, id uint64, matches func(domain.Task) bool) {
		if badTasks[id] {
			return
		}
		if t, ok := tasks[id]; !ok || !matches(t) {
			report("%s: points at no matching task", where(idx, k))
		}
	}
	_ = tx.Bucket(bGoalTasks).ForEach(func(k, _ []byte) error {
		if len(k) != 16 {
			report("%s: damaged: the key is not two ids", where(bGoalTasks, k))
			return nil
		}
		goal := u64(k[:8])
		entry(bGoalTasks, k, u64(k[8:]), func(t domain.Task) bool { return t.GoalID == goal })
		return nil
	})
	_ = tx.Bucket(bRecurring).ForEach(func(k, _ []byte) error {
		entry(bRecurring, k, u64(k), func(t domain.Task) bool { return len(k) == 8 && t.Schedule().Recurring() })
		return nil
	})
	for _, idx := range [][]byte{bOnceDue, bOpen} {
		_ = tx.Bucket(idx).ForEach(func(k, _ []byte) error {
			entry(idx, k, indexedID(k), func(t domain.Task) bool { return string(dayID(t.Due, t.ID)) == string(k) })
			return nil
		})
	}
}

// checkCheckIns checks every check-in and the by-task index entry by entry.
func checkCheckIns(tx *bolt.Tx, tasks map[uint64]domain.Task, badTasks map[uint64]bool, report func(string, ...any)) {
	_ = tx.Bucket(bCheckins).ForEach(func(k, v []byte) error {
		c, err := decodeCheckIn(k, v)
		if err != nil {
			report("%s: damaged: %v", where(bCheckins, k), err)
			return nil
		}
		d, id := c.Date, c.TaskID
		if _, err := domain.CleanCheckIn(c); err != nil {
			report("check-in %s task %d: %v", d, id, err)
		}
		if _, ok := tasks[id]; !ok && !badTasks[id] {
			report("check-in %s: task %d does not exist", d, id)
		}
		if tx.Bucket(bTaskDays).Get(idDay(id, d)) == nil {
			report("check-in %s task %d: missing from the by-task index", d, id)
		}
		return nil
	})
	_ = tx.Bucket(bTaskDays).ForEach(func(k, _ []byte) error {
		d, err := domain.ParseISODate(string(k[min(8, len(k)):]))
		switch {
		case len(k) != 18 || err != nil:
			report("%s: damaged: the key is not a task and a day", where(bTaskDays, k))
		case tx.Bucket(bCheckins).Get(dayID(d, u64(k[:8]))) == nil:
			report("%s: points at no check-in", where(bTaskDays, k))
		}
		return nil
	})
}

// checkJournal checks the reflections, their ratings index, and the reviews.
func checkJournal(tx *bolt.Tx, report func(string, ...any)) {
	var dmg damage
	_ = tx.Bucket(bReflections).ForEach(func(k, v []byte) error {
		r, ok := reflectionAt(k, v, &dmg)
		if !ok {
			return nil
		}
		if _, err := domain.CleanReflection(r); err != nil {
			report("reflection %s: invalid (%v)", k, err)
		} else if v := tx.Bucket(bRatings).Get(k); len(v) != 1 || int(v[0]) != r.Rating {
			report("reflection %s: rating index says %v, want %d", k, v, r.Rating)
		}
		return nil
	})
	_ = tx.Bucket(bRatings).ForEach(func(k, _ []byte) error {
		if tx.Bucket(bReflections).Get(k) == nil {
			report("%s: points at no reflection", where(bRatings, k))
		}
		return nil
	})
	_ = tx.Bucket(bReviews).ForEach(func(k, v []byte) error {
		r, ok := reviewAt(k, v, &dmg)
		if !ok {
			return nil
		}
		if _, err := domain.CleanReview(r); err != nil {
			report("review %s: invalid (%v)", keyText(k), err)
		}
		return nil
	})
	for _, d := range dmg.list {
		report("%s: damaged: %s", d.where(), d.Reason)
	}
}
