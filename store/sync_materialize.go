package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"coach/domain"
	"coach/syncop"

	bolt "go.etcd.io/bbolt"
)

// materialize brings the records here in line with their merged state:
// those the remote's segments changed, and those of this device's own ops
// (a change here can change what another record shows). Its rules hold on every device, so
// all of them end up with the same records:
//
//   - goals and tasks that exist are written first, then check-ins, then
//     the deletes of tasks and goals;
//   - a deleted goal that a task still names, or a deleted task that still
//     has check-ins, stays, archived: history is never left pointing at
//     nothing;
//   - a one-off task done on two days on two devices keeps its earliest
//     check-in;
//   - a record whose merged fields do not validate refuses the round.
func materialize(tx *bolt.Tx, touched map[string]bool) error {
	byKind := map[string][]string{}
	for k := range touched {
		kind, id, _ := strings.Cut(k, "\x00")
		byKind[kind] = append(byKind[kind], id)
	}
	for _, ids := range byKind {
		sort.Strings(ids)
	}
	var gone []func() error
	for _, id := range byKind[kindGoal] {
		if err := materializeGoal(tx, id, false); err != nil {
			return err
		}
	}
	for _, id := range byKind[kindTask] {
		if err := materializeTask(tx, id, false); err != nil {
			return err
		}
	}
	if err := materializeCheckIns(tx, byKind[kindCheckIn]); err != nil {
		return err
	}
	for _, id := range byKind[kindTask] {
		gone = append(gone, func() error { return removeTask(tx, id) })
	}
	for _, id := range byKind[kindGoal] {
		gone = append(gone, func() error { return removeGoal(tx, id) })
	}
	for _, f := range gone {
		if err := f(); err != nil {
			return err
		}
	}
	for _, id := range byKind[kindReflection] {
		if err := materializeReflection(tx, id); err != nil {
			return err
		}
	}
	for _, id := range byKind[kindReview] {
		if err := materializeReview(tx, id); err != nil {
			return err
		}
	}
	return materializeRecalls(tx, byKind[kindRecall])
}

// recallWrite is a line of the review log to write, or to remove (gone).
type recallWrite struct {
	e    domain.RecallEntry
	gone bool
}

// materializeRecalls writes the lines of the review log ids (card/day) as
// merged: each bucket in its own key order (a first sync writes tens of
// thousands), then each card they touch once.
func materializeRecalls(tx *bolt.Tx, ids []string) error {
	var ws []recallWrite
	for _, id := range ids {
		w, err := materializeRecall(tx, id)
		if err != nil {
			return err
		}
		if w != nil {
			ws = append(ws, *w)
		}
	}
	if len(ws) == 0 {
		return nil
	}
	write := func(b *bolt.Bucket, key func(domain.RecallEntry) []byte, w recallWrite) error {
		if w.gone {
			return b.Delete(key(w.e))
		}
		return b.Put(key(w.e), []byte{gradeByte(w.e.Grade)})
	}
	byCard := func(e domain.RecallEntry) []byte { return append(dayKey(e.Card), dayKey(e.Day)...) }
	byDay := func(e domain.RecallEntry) []byte { return append(dayKey(e.Day), dayKey(e.Card)...) }
	sort.Slice(ws, func(i, j int) bool { return bytes.Compare(byCard(ws[i].e), byCard(ws[j].e)) < 0 })
	for _, w := range ws {
		if err := write(tx.Bucket(bRecallLog), byCard, w); err != nil {
			return err
		}
	}
	cards := []domain.Date{}
	for i, w := range ws {
		if i == 0 || w.e.Card != ws[i-1].e.Card {
			cards = append(cards, w.e.Card)
		}
	}
	sort.Slice(ws, func(i, j int) bool { return bytes.Compare(byDay(ws[i].e), byDay(ws[j].e)) < 0 })
	for _, w := range ws {
		if err := write(tx.Bucket(bRecallDays), byDay, w); err != nil {
			return err
		}
	}
	for _, card := range cards {
		if err := syncCardLog(tx, card); err != nil {
			return err
		}
	}
	return nil
}

// materializeRecall is the write that makes a line of the review log as
// merged (nil for none).
func materializeRecall(tx *bolt.Tx, id string) (*recallWrite, error) {
	st, _, err := getState(tx, kindRecall, id)
	if err != nil {
		return nil, err
	}
	card, day, ok := splitRecallID(id)
	if !ok {
		return nil, refused(kindRecall, id, fmt.Errorf("not a card and a day"))
	}
	e := domain.RecallEntry{Card: card, Day: day}
	if st.deleted() {
		if tx.Bucket(bRecallLog).Get(append(dayKey(card), dayKey(day)...)) == nil {
			return nil, nil
		}
		return &recallWrite{e: e, gone: true}, nil
	}
	if err := fromFields(st.F, &e); err != nil {
		return nil, refused(kindRecall, id, err)
	}
	e.Card, e.Day = card, day
	if e, err = domain.CleanRecallEntry(e); err != nil {
		return nil, refused(kindRecall, id, err)
	}
	return &recallWrite{e: e}, nil
}

// refused names the record whose merged state cannot be written.
func refused(kind, id string, err error) error {
	return fmt.Errorf("%s %s from another device: %w", kind, id, err)
}

// materializeGoal writes goal gid as merged, when it exists there or must
// (keep: a task names it), archived in the second case.
func materializeGoal(tx *bolt.Tx, gid string, keep bool) error {
	st, known, err := getState(tx, kindGoal, gid)
	if err != nil {
		return err
	}
	if !known {
		return refused(kindGoal, gid, fmt.Errorf("no device sent it"))
	}
	if st.deleted() && !keep {
		return nil
	}
	var g domain.Goal
	if err := fromFields(st.F, &g); err != nil {
		return refused(kindGoal, gid, err)
	}
	if st.deleted() {
		g.Status = domain.StatusArchived
	}
	id, found := localID(tx, gidGoal, gid)
	var old domain.Goal
	if found {
		if old, err = getGoal(tx, id); err != nil {
			return err
		}
	} else if id, err = nextID(tx.Bucket(bGoals), "goal"); err != nil {
		return err
	}
	g.ID, g.GID = id, gid
	if g, err = domain.CleanGoal(g); err != nil {
		return refused(kindGoal, gid, err)
	}
	if found && old.Competency != g.Competency {
		if err := retagTasks(tx, id, g.Competency); err != nil {
			return err
		}
	}
	return putGoal(tx, g)
}

// materializeTask writes task gid as merged, as materializeGoal does.
func materializeTask(tx *bolt.Tx, gid string, keep bool) error {
	st, known, err := getState(tx, kindTask, gid)
	if err != nil {
		return err
	}
	if !known {
		return refused(kindTask, gid, fmt.Errorf("no device sent it"))
	}
	if st.deleted() && !keep {
		return nil
	}
	var t domain.Task
	if err := fromFields(st.F, &t); err != nil {
		return refused(kindTask, gid, err)
	}
	if st.deleted() && !t.Archived {
		t.Archived, t.ArchivedOn = true, 0
	}
	var goal string
	if v := st.F["goal"]; v != nil {
		if err := fromFields(fields{"g": v}, &struct {
			G *string `json:"g"`
		}{&goal}); err != nil {
			return refused(kindTask, gid, err)
		}
	}
	if goal != "" {
		gl, ok := localID(tx, gidGoal, goal)
		if !ok {
			if err := materializeGoal(tx, goal, true); err != nil {
				return refused(kindTask, gid, err)
			}
			gl, _ = localID(tx, gidGoal, goal)
		}
		t.GoalID = gl
	}
	id, found := localID(tx, gidTask, gid)
	var old *domain.Task
	if found {
		o, err := getTask(tx, id)
		if err != nil {
			return err
		}
		old = &o
	} else if id, err = nextID(tx.Bucket(bTasks), "task"); err != nil {
		return err
	}
	t.ID, t.GID = id, gid
	if t, err = domain.CleanTask(t); err != nil {
		return refused(kindTask, gid, err)
	}
	return putTask(tx, t, old)
}

// materializeCheckIns writes the check-ins ids (task/day) as merged, task
// by task.
func materializeCheckIns(tx *bolt.Tx, ids []string) error {
	byTask := map[string][]string{}
	var order []string
	var writes []checkInWrite
	var onceTasks []domain.Task
	for _, id := range ids {
		task, day, _ := strings.Cut(id, "/")
		if byTask[task] == nil {
			order = append(order, task)
		}
		byTask[task] = append(byTask[task], day)
	}
	for _, task := range order {
		lid, ok := localID(tx, gidTask, task)
		if !ok {
			if err := materializeTask(tx, task, true); err != nil {
				return refused(kindCheckIn, task, err)
			}
			lid, _ = localID(tx, gidTask, task)
		}
		t, err := getTask(tx, lid)
		if err != nil {
			return err
		}
		days, only := byTask[task], ""
		if !t.Schedule().Recurring() {
			if days, only, err = oneOffDays(tx, t); err != nil {
				return err
			}
			onceTasks = append(onceTasks, t)
		}
		for _, day := range days {
			w, err := materializeCheckIn(tx, t, day, only)
			if err != nil {
				return err
			}
			if w != nil {
				writes = append(writes, *w)
			}
		}
	}
	if err := writeCheckIns(tx, writes); err != nil {
		return err
	}
	for _, t := range onceTasks {
		if err := putTask(tx, t, &t); err != nil { // whether it is still open
			return err
		}
	}
	return nil
}

// checkInWrite is a check-in to write, or to remove (gone).
type checkInWrite struct {
	c    domain.CheckIn
	gone bool
}

// writeCheckIns writes check-ins and their task_days index, each bucket in
// its own key order: a first sync writes tens of thousands, and bbolt
// inserts out of order cost a copy of the page's keys each.
func writeCheckIns(tx *bolt.Tx, ws []checkInWrite) error {
	sort.Slice(ws, func(i, j int) bool {
		a, b := ws[i].c, ws[j].c
		return a.Date < b.Date || a.Date == b.Date && a.TaskID < b.TaskID
	})
	checkins, taskDays := tx.Bucket(bCheckins), tx.Bucket(bTaskDays)
	for _, w := range ws {
		k := dayID(w.c.Date, w.c.TaskID)
		var err error
		if w.gone {
			err = checkins.Delete(k)
		} else {
			err = checkins.Put(k, encodeCheckIn(w.c))
		}
		if err != nil {
			return err
		}
	}
	sort.Slice(ws, func(i, j int) bool {
		a, b := ws[i].c, ws[j].c
		return a.TaskID < b.TaskID || a.TaskID == b.TaskID && a.Date < b.Date
	})
	for _, w := range ws {
		k := idDay(w.c.TaskID, w.c.Date)
		var err error
		if w.gone {
			err = taskDays.Delete(k)
		} else {
			err = taskDays.Put(k, nil)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// oneOffDays is every day a one-off task has a check-in, here or in the
// merged state, and the one to keep: the earliest that exists.
func oneOffDays(tx *bolt.Tx, t domain.Task) (days []string, keep string, err error) {
	seen := map[string]bool{}
	prefix := syncKey(kindCheckIn, t.GID+"/")
	c := tx.Bucket(bSyncState).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var st recordState
		if err := json.Unmarshal(v, &st); err != nil {
			return nil, "", &damagedError{bucket: bSyncState, key: append([]byte(nil), k...), err: err}
		}
		seen[string(k[len(prefix):])] = !st.deleted()
	}
	idPrefix := be64(t.ID)
	c = tx.Bucket(bTaskDays).Cursor()
	for k, _ := c.Seek(idPrefix); k != nil && bytes.HasPrefix(k, idPrefix); k, _ = c.Next() {
		if _, known := seen[string(k[8:])]; !known {
			seen[string(k[8:])] = false // here but never merged: not a check-in sync knows
		}
	}
	for d, live := range seen {
		days = append(days, d)
		if live && (keep == "" || d < keep) {
			keep = d
		}
	}
	sort.Strings(days)
	if keep == "" {
		keep = "none"
	}
	return days, keep, nil
}

// materializeCheckIn is the write that makes the check-in of t on day as
// merged (nil for none); only, when set, is the one day a one-off task keeps.
func materializeCheckIn(tx *bolt.Tx, t domain.Task, day, only string) (*checkInWrite, error) {
	id := syncop.CheckInID(t.GID, day)
	d, err := domain.ParseISODate(day)
	if err != nil {
		return nil, refused(kindCheckIn, id, err)
	}
	st, known, err := getState(tx, kindCheckIn, id)
	if err != nil {
		return nil, err
	}
	if !known || st.deleted() || only != "" && only != day {
		if tx.Bucket(bCheckins).Get(dayID(d, t.ID)) != nil {
			return &checkInWrite{c: domain.CheckIn{TaskID: t.ID, Date: d}, gone: true}, nil
		}
		return nil, nil
	}
	c := domain.CheckIn{TaskID: t.ID, Date: d}
	if err := fromFields(st.F, &c); err != nil {
		return nil, refused(kindCheckIn, id, err)
	}
	c.TaskID, c.Date = t.ID, d
	if c, err = domain.CleanCheckIn(c); err != nil {
		return nil, refused(kindCheckIn, id, err)
	}
	return &checkInWrite{c: c}, nil
}

// removeTask deletes task gid here when its merged state is deleted; one
// with check-ins is archived instead.
func removeTask(tx *bolt.Tx, gid string) error {
	st, _, err := getState(tx, kindTask, gid)
	if err != nil || !st.deleted() {
		return err
	}
	id, ok := localID(tx, gidTask, gid)
	if !ok {
		return nil
	}
	t, err := getTask(tx, id)
	if err != nil {
		return err
	}
	first, err := firstCheckIn(tx, id)
	if err != nil {
		return err
	}
	if first.IsZero() {
		return deleteTask(tx, t)
	}
	if t.Archived {
		return nil
	}
	old := t
	t.Archived = true
	return putTask(tx, t, &old)
}

// removeGoal deletes goal gid here when its merged state is deleted; one
// that tasks still name is archived instead.
func removeGoal(tx *bolt.Tx, gid string) error {
	st, _, err := getState(tx, kindGoal, gid)
	if err != nil || !st.deleted() {
		return err
	}
	id, ok := localID(tx, gidGoal, gid)
	if !ok {
		return nil
	}
	g, err := getGoal(tx, id)
	if err != nil {
		return err
	}
	prefix := be64(id)
	if k, _ := tx.Bucket(bGoalTasks).Cursor().Seek(prefix); k == nil || !bytes.HasPrefix(k, prefix) {
		return deleteGoal(tx, g)
	}
	if g.Status == domain.StatusArchived {
		return nil
	}
	g.Status = domain.StatusArchived
	return putGoal(tx, g)
}

func materializeReflection(tx *bolt.Tx, day string) error {
	st, _, err := getState(tx, kindReflection, day)
	if err != nil {
		return err
	}
	d, err := domain.ParseISODate(day)
	if err != nil {
		return refused(kindReflection, day, err)
	}
	if st.deleted() {
		if tx.Bucket(bReflections).Get(dayKey(d)) == nil {
			return nil
		}
		return deleteReflection(tx, d)
	}
	var r domain.Reflection
	if err := fromFields(st.F, &r); err != nil {
		return refused(kindReflection, day, err)
	}
	r.Date = d
	if r, err = domain.CleanReflection(r); err != nil {
		return refused(kindReflection, day, err)
	}
	return putReflection(tx, r)
}

func materializeReview(tx *bolt.Tx, week string) error {
	st, _, err := getState(tx, kindReview, week)
	if err != nil {
		return err
	}
	if st.deleted() {
		if tx.Bucket(bReviews).Get([]byte(week)) == nil {
			return nil
		}
		return deleteReview(tx, week)
	}
	var r domain.Review
	if err := fromFields(st.F, &r); err != nil {
		return refused(kindReview, week, err)
	}
	r.Week = week
	if r, err = domain.CleanReview(r); err != nil {
		return refused(kindReview, week, err)
	}
	return putReview(tx, r)
}

// localIDs is the sync id of every record of kind here.
func localIDs(tx *bolt.Tx, kind string) ([]string, error) {
	var ids []string
	switch kind {
	case kindGoal, kindTask:
		want := byte(gidGoal)
		if kind == kindTask {
			want = gidTask
		}
		err := tx.Bucket(bGIDs).ForEach(func(k, v []byte) error {
			if len(v) == 9 && v[0] == want {
				ids = append(ids, string(k))
			}
			return nil
		})
		return ids, err
	case kindCheckIn:
		gids := map[uint64]string{}
		tx.Bucket(bGIDs).ForEach(func(k, v []byte) error {
			if len(v) == 9 && v[0] == gidTask {
				gids[u64(v[1:])] = string(k)
			}
			return nil
		})
		err := tx.Bucket(bCheckins).ForEach(func(k, _ []byte) error {
			d, id, err := splitDayID(k)
			if err == nil && gids[id] != "" {
				ids = append(ids, syncop.CheckInID(gids[id], d.String()))
			}
			return nil
		})
		return ids, err
	case kindRecall:
		err := tx.Bucket(bRecallLog).ForEach(func(k, v []byte) error {
			if e, ok := recallAt(k, v); ok {
				ids = append(ids, recallID(e.Card, e.Day))
			}
			return nil
		})
		return ids, err
	case kindReflection, kindReview:
		b := bReflections
		if kind == kindReview {
			b = bReviews
		}
		err := tx.Bucket(b).ForEach(func(k, _ []byte) error {
			ids = append(ids, string(k))
			return nil
		})
		return ids, err
	}
	return nil, fmt.Errorf("unknown kind %q", kind)
}
