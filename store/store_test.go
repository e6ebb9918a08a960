package store

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// clock is a fixed creation time, so records compare exactly.
var clock = time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)

func newStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "data", "coach.db"), WithClock(func() time.Time { return clock }))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func day(s string) domain.Date {
	d, err := domain.ParseISODate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func mustTask(t *testing.T, s *Store, task domain.Task) domain.Task {
	t.Helper()
	task, err := s.AddTask(task)
	if err != nil {
		t.Fatal(err)
	}
	return task
}

func done(t *testing.T, s *Store, id uint64, d string) {
	t.Helper()
	if _, err := s.SetDone(domain.CheckIn{TaskID: id, Date: day(d)}); err != nil {
		t.Fatal(err)
	}
}

// dueIDs lists the ids due on d, as seen on `today`.
func dueIDs(t *testing.T, s *Store, d, today string) []uint64 {
	t.Helper()
	items, err := s.DueOn(day(d), day(today))
	if err != nil {
		t.Fatal(err)
	}
	ids := []uint64{}
	for _, it := range items {
		ids = append(ids, it.Task.ID)
	}
	return ids
}

func contains(ids []uint64, id uint64) bool {
	for _, v := range ids {
		if v == id {
			return true
		}
	}
	return false
}

func TestOpenCreatesPrivateFiles(t *testing.T) {
	s := newStore(t)
	fi, err := os.Stat(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode %o, want 600", fi.Mode().Perm())
	}
	di, _ := os.Stat(filepath.Dir(s.Path()))
	if di.Mode().Perm() != 0o700 {
		t.Errorf("dir mode %o, want 700", di.Mode().Perm())
	}
	if _, err := Open(s.Path()); err != nil {
		t.Fatal(err)
	}
}

func TestGoalRoundTrip(t *testing.T) {
	s := newStore(t)
	g, err := s.AddGoal(domain.Goal{Title: "  Master Go's runtime ", Competency: "depth", Why: "speed",
		Target: day("2027-06-30"), Resources: []string{"The Go Memory Model", " "}})
	if err != nil {
		t.Fatal(err)
	}
	want := domain.Goal{ID: 1, Title: "Master Go's runtime", Competency: "depth", Why: "speed", Target: day("2027-06-30"),
		Resources: []string{"The Go Memory Model"}, Status: "active", Created: clock}
	got, err := s.Goal(1)
	if !domain.ValidGID(g.GID) || got.GID != g.GID {
		t.Fatalf("AddGoal gave gid %q, Goal(1) has %q", g.GID, got.GID)
	}
	want.GID = g.GID
	if err != nil || !reflect.DeepEqual(got, want) || !reflect.DeepEqual(g, want) {
		t.Fatalf("Goal(1) = %+v, %v; want %+v", got, err, want)
	}
	task := mustTask(t, s, domain.Task{Title: "read", GoalID: 1, Repeat: "daily"})
	if task.Competency != "depth" {
		t.Errorf("task took competency %q from its goal, want depth", task.Competency)
	}
	got.Title, got.Competency = "Master the runtime", "breadth"
	if _, err := s.UpdateGoal(got); err != nil {
		t.Fatal(err)
	}
	if task, _ = s.Task(task.ID); task.Competency != "breadth" {
		t.Errorf("task competency after goal change = %q, want breadth", task.Competency)
	}
	if g, _ = s.SetGoalStatus(1, domain.StatusDone); g.Status != "done" || !g.Created.Equal(clock) {
		t.Errorf("SetGoalStatus = %+v", g)
	}
	if _, err := s.Goal(9); !errors.Is(err, ErrNotFound) || err.Error() != "no goal with id 9" {
		t.Errorf("missing goal error = %v", err)
	}
}

func TestTaskCheckInReflectionReviewRoundTrip(t *testing.T) {
	s := newStore(t)
	task := mustTask(t, s, domain.Task{Title: "Read net/http", Competency: "depth", Repeat: "fri,mon,wed", Minutes: 30, Notes: "transport.go"})
	want := domain.Task{ID: 1, GID: task.GID, Title: "Read net/http", Competency: "depth", Repeat: "mon,wed,fri", Minutes: 30, Notes: "transport.go", Created: clock}
	if !domain.ValidGID(task.GID) {
		t.Fatalf("AddTask gave gid %q", task.GID)
	}
	if got, _ := s.Task(1); !reflect.DeepEqual(got, want) || !reflect.DeepEqual(task, want) {
		t.Fatalf("Task(1) = %+v, want %+v", got, want)
	}
	task.Title, task.Repeat = "Read net/http/transport.go", "weekdays"
	if _, err := s.UpdateTask(task); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Task(1); got.Title != task.Title || got.Repeat != "weekdays" || !got.Created.Equal(clock) {
		t.Errorf("after UpdateTask: %+v", got)
	}
	c := domain.CheckIn{TaskID: 1, Date: day("2026-11-02"), Minutes: 35, Note: "pool"}
	if _, err := s.SetDone(c); err != nil {
		t.Fatal(err)
	}
	cs, _ := s.CheckInsBetween(day("2026-11-01"), day("2026-11-30"))
	if !reflect.DeepEqual(cs, []domain.CheckIn{c}) {
		t.Errorf("CheckInsBetween = %+v", cs)
	}
	if cs, _ := s.CheckInsBetween(day("2026-11-03"), day("2026-11-30")); len(cs) != 0 {
		t.Errorf("range after the check-in returned %v", cs)
	}
	r := domain.Reflection{Date: day("2026-11-02"), Learned: "pools", Solved: "a leak", Collaborated: "Ann", Idea: "cache", Next: "tests", Rating: 4, Tags: []string{"Go", "go", "http"}}
	if _, err := s.PutReflection(r); err != nil {
		t.Fatal(err)
	}
	got, found, err := s.Reflection(day("2026-11-02"))
	r.Tags = []string{"go", "http"}
	if err != nil || !found || !reflect.DeepEqual(got, r) {
		t.Errorf("Reflection = %+v, %v, %v", got, found, err)
	}
	if hits, _ := s.SearchReflections("LEAK cache"); len(hits) != 1 {
		t.Errorf("search found %d, want 1", len(hits))
	}
	if hits, _ := s.SearchReflections("leak nothing"); len(hits) != 0 {
		t.Errorf("search for an absent word found %d", len(hits))
	}
	v := domain.Review{Week: "2026-W45", WentWell: "shipped", Adjust: "sleep", Focus: "breadth", Notes: "n"}
	if _, err := s.PutReview(v); err != nil {
		t.Fatal(err)
	}
	if got, found, _ := s.Review("2026-W45"); !found || !reflect.DeepEqual(got, v) {
		t.Errorf("Review = %+v", got)
	}
	if rs, _ := s.Reviews(); len(rs) != 1 {
		t.Errorf("Reviews = %d", len(rs))
	}
	if _, err := s.SetUndone(1, day("2026-11-02")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetUndone(1, day("2026-11-02")); err == nil {
		t.Error("undoing a check-in twice did not fail")
	}
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Errorf("Check = %v, %v", problems, err)
	}
}

func TestBadInputChangesNothing(t *testing.T) {
	s := newStore(t)
	mustTask(t, s, domain.Task{Title: "ok", Competency: "learning", Repeat: "daily"})
	before, _ := os.ReadFile(s.Path())
	bad := []struct {
		name string
		run  func() error
		msg  string
	}{
		{"empty title", func() error {
			_, err := s.AddTask(domain.Task{Title: "  ", Competency: "depth", Repeat: "daily"})
			return err
		}, "title is empty"},
		{"long title", func() error {
			_, err := s.AddTask(domain.Task{Title: strings.Repeat("長", 201), Competency: "depth", Repeat: "daily"})
			return err
		}, "201 characters"},
		{"competency", func() error { _, err := s.AddGoal(domain.Goal{Title: "x", Competency: "cooking"}); return err }, `unknown competency "cooking"`},
		{"repeat", func() error {
			_, err := s.AddTask(domain.Task{Title: "x", Competency: "depth", Repeat: "8/week"})
			return err
		}, "1 ≤ N ≤ 7"},
		{"minutes", func() error {
			_, err := s.AddTask(domain.Task{Title: "x", Competency: "depth", Repeat: "daily", Minutes: -1})
			return err
		}, "got -1"},
		{"rating", func() error {
			_, err := s.PutReflection(domain.Reflection{Date: day("2026-11-02"), Rating: 6})
			return err
		}, "1 to 5, got 6"},
		{"missing goal", func() error { _, err := s.AddTask(domain.Task{Title: "x", GoalID: 7, Repeat: "daily"}); return err }, "no goal with id 7"},
		{"missing task", func() error { _, err := s.SetDone(domain.CheckIn{TaskID: 7, Date: day("2026-11-02")}); return err }, "no task with id 7"},
		{"review week", func() error { _, err := s.PutReview(domain.Review{Week: "2026-W54"}); return err }, "no week 54"},
	}
	for _, b := range bad {
		err := b.run()
		if err == nil || !strings.Contains(err.Error(), b.msg) {
			t.Errorf("%s: error %v, want it to mention %q", b.name, err, b.msg)
		}
	}
	after, _ := os.ReadFile(s.Path())
	if string(before) != string(after) {
		t.Error("rejected input changed the database file")
	}
}

func TestDueOnSchedules(t *testing.T) {
	s := newStore(t) // tasks created 2026-11-01, a Sunday
	daily := mustTask(t, s, domain.Task{Title: "daily", Competency: "depth", Repeat: "daily"})
	wk := mustTask(t, s, domain.Task{Title: "weekdays", Competency: "breadth", Repeat: "weekdays"})
	mwf := mustTask(t, s, domain.Task{Title: "mwf", Competency: "learning", Repeat: "mon,wed,fri"})
	two := mustTask(t, s, domain.Task{Title: "2/week", Competency: "innovation", Repeat: "2/week"})
	cases := []struct {
		date string
		want []uint64
	}{
		{"2026-11-30", []uint64{daily.ID, wk.ID, mwf.ID, two.ID}}, // Monday, month end
		{"2026-12-01", []uint64{daily.ID, wk.ID, two.ID}},         // Tuesday, month start
		{"2026-12-05", []uint64{daily.ID, two.ID}},                // Saturday
		{"2028-02-29", []uint64{daily.ID, wk.ID, two.ID}},         // leap day, a Tuesday
		{"2026-10-31", []uint64{}},                                // before the tasks existed
	}
	for _, c := range cases {
		if got := dueIDs(t, s, c.date, c.date); !reflect.DeepEqual(got, c.want) {
			t.Errorf("due on %s = %v, want %v", c.date, got, c.want)
		}
	}
	// 2/week across a week boundary: Sunday 11-29 and Monday 11-30 are in
	// different weeks, so both count towards their own week only.
	done(t, s, two.ID, "2026-11-29")
	done(t, s, two.ID, "2026-11-30")
	if got := dueIDs(t, s, "2026-12-01", "2026-12-01"); !contains(got, two.ID) {
		t.Errorf("2/week with one check-in this week left Tuesday: %v", got)
	}
	done(t, s, two.ID, "2026-12-01")
	if got := dueIDs(t, s, "2026-12-02", "2026-12-02"); !reflect.DeepEqual(got, []uint64{daily.ID, wk.ID, mwf.ID}) {
		t.Errorf("2/week after two check-ins this week: due %v", got)
	}
	if got := dueIDs(t, s, "2026-12-01", "2026-12-02"); !contains(got, two.ID) {
		t.Errorf("2/week left a day it was done: %v", got)
	}
	if got := dueIDs(t, s, "2026-12-07", "2026-12-07"); !contains(got, two.ID) {
		t.Errorf("2/week did not come back next Monday: %v", got)
	}
	// A habit done on an unscheduled day shows on that day.
	done(t, s, mwf.ID, "2026-12-05")
	if got := dueIDs(t, s, "2026-12-05", "2026-12-05"); !contains(got, mwf.ID) {
		t.Errorf("extra check-in on Saturday not shown: %v", got)
	}
	// Archived on 12-03: gone from then on, still there before.
	if _, err := s.ArchiveTask(daily.ID, day("2026-12-03")); err != nil {
		t.Fatal(err)
	}
	if got := dueIDs(t, s, "2026-12-03", "2026-12-03"); contains(got, daily.ID) {
		t.Errorf("archived task still due: %v", got)
	}
	if got := dueIDs(t, s, "2026-12-02", "2026-12-03"); !contains(got, daily.ID) {
		t.Errorf("archived task lost its past days: %v", got)
	}
}

func TestOnceCarryOver(t *testing.T) {
	s := newStore(t)
	a := mustTask(t, s, domain.Task{Title: "a", Competency: "depth", Due: day("2026-11-02")})
	b := mustTask(t, s, domain.Task{Title: "b", Competency: "depth", Due: day("2026-11-05")})
	if got := dueIDs(t, s, "2026-11-04", "2026-11-04"); !reflect.DeepEqual(got, []uint64{a.ID}) {
		t.Errorf("11-04: %v", got)
	}
	if got := dueIDs(t, s, "2026-11-10", "2026-11-10"); !reflect.DeepEqual(got, []uint64{a.ID, b.ID}) {
		t.Errorf("11-10: %v", got)
	}
	// Done late on 11-07: shown from 11-02 to 11-07 when seen from 11-10.
	done(t, s, a.ID, "2026-11-07")
	for d, want := range map[string]bool{"2026-11-01": false, "2026-11-02": true, "2026-11-05": true, "2026-11-07": true, "2026-11-08": false} {
		if got := contains(dueIDs(t, s, d, "2026-11-10"), a.ID); got != want {
			t.Errorf("task done late: shown on %s = %v, want %v", d, got, want)
		}
	}
	// Done early: shown on the day it was done, not after.
	done(t, s, b.ID, "2026-11-03")
	if got := dueIDs(t, s, "2026-11-03", "2026-11-10"); !reflect.DeepEqual(got, []uint64{a.ID, b.ID}) {
		t.Errorf("early done: %v", got)
	}
	if got := dueIDs(t, s, "2026-11-05", "2026-11-10"); !reflect.DeepEqual(got, []uint64{a.ID}) {
		t.Errorf("after early done: %v", got)
	}
	// Checking a one-off task in on another day moves its one check-in.
	done(t, s, b.ID, "2026-11-06")
	if ds, _ := s.TaskCheckIns(b.ID, 1, day("2027-01-01")); len(ds) != 1 || ds[0] != day("2026-11-06") {
		t.Errorf("one-off check-ins = %v", ds)
	}
	// Undone again: carried over once more.
	if _, err := s.SetUndone(a.ID, day("2026-11-07")); err != nil {
		t.Fatal(err)
	}
	if !contains(dueIDs(t, s, "2026-11-20", "2026-11-20"), a.ID) {
		t.Error("undone task not carried over")
	}
	if problems, _ := s.Check(); len(problems) > 0 {
		t.Errorf("Check: %v", problems)
	}
}

func TestLocalTimezoneCreationDay(t *testing.T) {
	saved := time.Local
	defer func() { time.Local = saved }()
	time.Local = time.FixedZone("UTC+9", 9*3600)
	// 20:00 UTC on 11-01 is already 11-02 in UTC+9: the habit starts on 11-02.
	s, err := Open(filepath.Join(t.TempDir(), "c.db"), WithClock(func() time.Time { return time.Date(2026, 11, 1, 20, 0, 0, 0, time.UTC) }))
	if err != nil {
		t.Fatal(err)
	}
	task := mustTask(t, s, domain.Task{Title: "d", Competency: "depth", Repeat: "daily"})
	if got := dueIDs(t, s, "2026-11-01", "2026-11-02"); len(got) != 0 {
		t.Errorf("due before its local creation day: %v", got)
	}
	if got := dueIDs(t, s, "2026-11-02", "2026-11-02"); !reflect.DeepEqual(got, []uint64{task.ID}) {
		t.Errorf("not due on its local creation day: %v", got)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	s := newStore(t)
	if err := s.update(func(tx *bolt.Tx) error { return tx.Bucket(bMeta).Put(kSchema, []byte("99")) }); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(s.Path())
	_, err := Open(s.Path())
	if err == nil || !strings.Contains(err.Error(), "newer coach (schema 99") {
		t.Fatalf("Open of a newer file: %v", err)
	}
	if after, _ := os.ReadFile(s.Path()); string(after) != string(before) {
		t.Error("refusing a newer file changed it")
	}
}

func TestForeignAndEmptyFilesRefused(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	if _, err := Open(empty); err == nil || !strings.Contains(err.Error(), "is empty") {
		t.Errorf("empty file: %v", err)
	}
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, []byte(strings.Repeat("not a database ", 1000)), 0o600)
	if _, err := Open(junk); err == nil || !strings.Contains(err.Error(), "not a valid coach database") {
		t.Errorf("junk file: %v", err)
	}
	foreign := filepath.Join(dir, "other.db")
	db, err := bolt.Open(foreign, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("widgets")); return err })
	db.Close()
	if _, err := Open(foreign); err == nil || !strings.Contains(err.Error(), "another program") {
		t.Errorf("foreign bbolt file: %v", err)
	}
}

func TestBusyFileFailsFast(t *testing.T) {
	s := newStore(t)
	saved := LockTimeout
	LockTimeout = 100 * time.Millisecond
	defer func() { LockTimeout = saved }()
	db, err := s.openDB(false) // hold the lock as another process would
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = s.AddGoal(domain.Goal{Title: "x", Competency: "depth"})
	if !errors.Is(err, ErrBusy) || !strings.Contains(err.Error(), s.Path()) {
		t.Errorf("write while locked: %v", err)
	}
	if b := (*BusyError)(nil); !errors.As(err, &b) || b.Path != s.Path() {
		t.Errorf("the busy error does not name the file: %#v", err)
	}
}

func TestRevBumpsOnEveryWrite(t *testing.T) {
	s := newStore(t)
	r0, _ := s.Rev()
	mustTask(t, s, domain.Task{Title: "x", Competency: "depth", Repeat: "daily"})
	done(t, s, 1, "2026-11-02")
	if r1, _ := s.Rev(); r1 != r0+2 {
		t.Errorf("rev %d → %d after two writes", r0, r1)
	}
}

func TestLoadDumpBackupRestore(t *testing.T) {
	s := newStore(t)
	if _, err := s.AddGoal(domain.Goal{Title: "g", Competency: "learning"}); err != nil {
		t.Fatal(err)
	}
	mustTask(t, s, domain.Task{Title: "t", GoalID: 1, Repeat: "weekdays"})
	mustTask(t, s, domain.Task{Title: "o", Competency: "depth", Due: day("2026-11-03")})
	done(t, s, 1, "2026-11-02")
	done(t, s, 2, "2026-11-04")
	ds, err := s.Dump()
	if err != nil {
		t.Fatal(err)
	}
	other := newStore(t)
	if err := other.Load(ds, false); err != nil {
		t.Fatal(err)
	}
	if err := other.Load(ds, false); err == nil || !strings.Contains(err.Error(), "already holds records") {
		t.Errorf("second load without replace: %v", err)
	}
	ds2, _ := other.Dump()
	if !reflect.DeepEqual(ds, ds2) {
		t.Errorf("dump after load differs:\n%+v\n%+v", ds, ds2)
	}
	if problems, _ := other.Check(); len(problems) > 0 {
		t.Errorf("Check after load: %v", problems)
	}
	if task := mustTask(t, other, domain.Task{Title: "next", Competency: "depth", Repeat: "daily"}); task.ID != 3 {
		t.Errorf("next id after load = %d, want 3", task.ID)
	}
	bad := ds
	bad.CheckIns = append(append([]domain.CheckIn{}, ds.CheckIns...), domain.CheckIn{TaskID: 42, Date: day("2026-11-05")})
	before, _ := os.ReadFile(other.Path())
	if err := other.Load(bad, true); err == nil || !strings.Contains(err.Error(), "task 42 does not exist") {
		t.Errorf("bad load: %v", err)
	}
	if after, _ := os.ReadFile(other.Path()); string(after) != string(before) {
		t.Error("a rejected load changed the file")
	}
	dst := filepath.Join(t.TempDir(), "b.db")
	if err := s.Backup(dst, false); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(dst, false); err == nil {
		t.Error("backup overwrote an existing file")
	}
	b, err := Open(dst)
	if err != nil {
		t.Fatal(err)
	}
	if ds3, _ := b.Dump(); !reflect.DeepEqual(ds, ds3) {
		t.Error("backup differs from the original")
	}
	mustTask(t, s, domain.Task{Title: "after backup", Competency: "depth", Repeat: "daily"})
	kept, err := s.Restore(dst)
	if err != nil {
		t.Fatal(err)
	}
	if ds4, _ := s.Dump(); !reflect.DeepEqual(ds, ds4) {
		t.Error("restore did not bring the backup back")
	}
	if k, err := Open(kept); err != nil {
		t.Errorf("kept file: %v", err)
	} else if ts, _ := k.Tasks(true); len(ts) != 3 {
		t.Errorf("kept file has %d tasks, want 3", len(ts))
	}
}

func TestCheckFindsBrokenIndex(t *testing.T) {
	s := newStore(t)
	mustTask(t, s, domain.Task{Title: "o", Competency: "depth", Due: day("2026-11-03")})
	if err := s.update(func(tx *bolt.Tx) error { return tx.Bucket(bOpen).Delete(dayID(day("2026-11-03"), 1)) }); err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check()
	if err != nil || len(problems) != 1 || !strings.Contains(problems[0], "open index") {
		t.Errorf("Check = %v, %v", problems, err)
	}
}

func TestDailyCopiesKeepTheLastSeven(t *testing.T) {
	now := time.Date(2026, 11, 1, 9, 0, 0, 0, time.Local)
	s, err := Open(filepath.Join(t.TempDir(), "coach.db"), WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(s.BackupDir()); len(entries) != 0 {
		t.Fatalf("creating the database kept %d copies", len(entries))
	}
	for i := 0; i < 9; i++ {
		now = time.Date(2026, 11, 1+i, 9, 0, 0, 0, time.Local)
		// Two writes a day: only the first keeps a copy.
		mustTask(t, s, domain.Task{Title: fmt.Sprintf("day %d", i), Competency: "depth", Repeat: "daily"})
		mustTask(t, s, domain.Task{Title: fmt.Sprintf("day %d again", i), Competency: "depth", Repeat: "daily"})
	}
	entries, err := os.ReadDir(s.BackupDir())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"coach.db-2026-11-03.db", "coach.db-2026-11-04.db", "coach.db-2026-11-05.db", "coach.db-2026-11-06.db",
		"coach.db-2026-11-07.db", "coach.db-2026-11-08.db", "coach.db-2026-11-09.db"}
	if !reflect.DeepEqual(names, want) {
		t.Fatalf("copies = %v, want %v", names, want)
	}
	// The copy of 11-09 holds the database as it was before that day's writes.
	c, err := Open(filepath.Join(s.BackupDir(), "coach.db-2026-11-09.db"))
	if err != nil {
		t.Fatal(err)
	}
	if ts, _ := c.Tasks(true); len(ts) != 16 {
		t.Errorf("copy of 11-09 has %d tasks, want the 16 written before that day", len(ts))
	}
	if fi, _ := os.Stat(filepath.Join(s.BackupDir(), want[0])); fi.Mode().Perm() != 0o600 {
		t.Errorf("copy mode %o, want 600", fi.Mode().Perm())
	}
}

func TestAddPlansIsOneCheckedWrite(t *testing.T) {
	s := newStore(t)
	plans := []GoalPlan{
		{Goal: domain.Goal{Title: "Go runtime", Competency: "depth"}, Tasks: []domain.Task{
			{Title: "Read proc.go", Repeat: "weekdays", Minutes: 30},
			{Title: "Write a scheduler note", Competency: "innovation", Repeat: "once", Due: day("2026-11-02")},
		}},
		{Tasks: []domain.Task{{Title: "Pair weekly", Competency: "collaboration", Repeat: "1/week"}}},
	}
	r0, _ := s.Rev()
	gids, tids, err := s.AddPlans(plans)
	if err != nil {
		t.Fatal(err)
	}
	if r1, _ := s.Rev(); r1 != r0+1 {
		t.Errorf("AddPlans took %d writes, want 1", r1-r0)
	}
	if !reflect.DeepEqual(gids, []uint64{1}) || !reflect.DeepEqual(tids, []uint64{1, 2, 3}) {
		t.Fatalf("ids %v %v", gids, tids)
	}
	task, _ := s.Task(2)
	if task.GoalID != 1 || task.Competency != "depth" {
		t.Errorf("task of a plan: goal %d competency %s, want 1 and the goal's depth", task.GoalID, task.Competency)
	}
	if task, _ := s.Task(3); task.GoalID != 0 || task.Competency != "collaboration" {
		t.Errorf("task without goal: %+v", task)
	}
	if problems, _ := s.Check(); len(problems) > 0 {
		t.Errorf("Check: %v", problems)
	}
	// One bad task rejects the whole plan.
	before, _ := os.ReadFile(s.Path())
	bad := []GoalPlan{{Goal: domain.Goal{Title: "ok", Competency: "depth"}, Tasks: []domain.Task{{Title: " ", Repeat: "daily"}}}}
	if _, _, err := s.AddPlans(bad); err == nil {
		t.Error("a plan with an empty task title was accepted")
	}
	if after, _ := os.ReadFile(s.Path()); string(after) != string(before) {
		t.Error("a rejected plan changed the file")
	}
}

func TestMigrateSchema1(t *testing.T) {
	s := newStore(t)
	if _, err := s.AddGoal(domain.Goal{Title: "g", Competency: "depth"}); err != nil {
		t.Fatal(err)
	}
	mustTask(t, s, domain.Task{Title: "habit", GoalID: 1, Repeat: "daily"})
	mustTask(t, s, domain.Task{Title: "one-off", GoalID: 1, Due: day("2026-11-03")})
	if _, err := s.PutReflection(domain.Reflection{Date: day("2026-11-02"), Rating: 4}); err != nil {
		t.Fatal(err)
	}
	want, _ := s.Dump()
	// Turn the file into what schema 1 wrote: no ratings or goal index.
	if err := s.update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bRatings, bGoalTasks} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		return tx.Bucket(bMeta).Put(kSchema, []byte("1"))
	}); err != nil {
		t.Fatal(err)
	}
	m, err := Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.Path() + ".schema1.bak"); err != nil {
		t.Errorf("no backup before the upgrade: %v", err)
	}
	if problems, err := m.Check(); err != nil || len(problems) > 0 {
		t.Errorf("Check after upgrade: %v %v", problems, err)
	}
	if got, _ := m.Dump(); !reflect.DeepEqual(got, want) {
		t.Error("the upgrade changed the records")
	}
	h, _ := m.History(1)
	if h.Ratings[day("2026-11-02")] != 4 {
		t.Errorf("ratings after upgrade: %v", h.Ratings)
	}
}

// Replacing a journal entry hands back the one it replaced, read in the
// same write, so an undo restores exactly that.
func TestPutReturnsWhatItReplaced(t *testing.T) {
	s := newStore(t)
	first := domain.Reflection{Date: day("2026-11-02"), Learned: "first", Rating: 3, Tags: []string{}}
	if prev, err := s.PutReflection(first); err != nil || prev != nil {
		t.Fatalf("first put: prev %v, err %v", prev, err)
	}
	prev, err := s.PutReflection(domain.Reflection{Date: day("2026-11-02"), Learned: "second", Rating: 4})
	if err != nil || prev == nil || !reflect.DeepEqual(*prev, first) {
		t.Fatalf("second put: prev %+v, err %v; want %+v", prev, err, first)
	}
	w := domain.Review{Week: "2026-W45", WentWell: "a"}
	if prev, err := s.PutReview(w); err != nil || prev != nil {
		t.Fatalf("first review: prev %v, err %v", prev, err)
	}
	if prev, err := s.PutReview(domain.Review{Week: "2026-W45", WentWell: "b"}); err != nil || prev == nil || *prev != w {
		t.Fatalf("second review: prev %+v, err %v", prev, err)
	}
}

// Import with replace keeps the state it replaces, copied in the same
// transaction, and keeps nothing when the import fails.
func TestImportKeepsWhatItReplaces(t *testing.T) {
	s := newStore(t)
	mustTask(t, s, domain.Task{Title: "old", Competency: "depth", Repeat: "daily"})
	before, _ := s.Dump()
	src := newStore(t)
	mustTask(t, src, domain.Task{Title: "new", Competency: "breadth", Repeat: "daily"})
	ds, _ := src.Dump()
	kept, err := s.Import(ds, true)
	if err != nil || kept == "" {
		t.Fatalf("Import: kept %q, err %v", kept, err)
	}
	k, err := Open(kept)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := k.Dump(); !reflect.DeepEqual(got, before) {
		t.Error("the kept copy is not the replaced state")
	}
	if now, _ := s.Dump(); !reflect.DeepEqual(now, ds) {
		t.Error("the import did not replace the records")
	}
	bad := ds
	bad.CheckIns = []domain.CheckIn{{TaskID: 99, Date: day("2026-11-02")}}
	if kept, err := s.Import(bad, true); err == nil || kept != "" {
		t.Errorf("bad import: kept %q, err %v", kept, err)
	}
	matches, _ := filepath.Glob(s.Path() + ".before-import-*")
	if len(matches) != 1 {
		t.Errorf("copies beside the database: %v, want only the first", matches)
	}
}

// Habits reads a habit's check-ins only as far back as its strength looks,
// in order, and leaves one-off tasks out.
func TestHabitsReadsBackToTheHorizon(t *testing.T) {
	s := newStore(t)
	today := day("2026-11-28")
	habit := mustTask(t, s, domain.Task{Title: "Read a paper", Competency: "breadth", Repeat: "daily"})
	once := mustTask(t, s, domain.Task{Title: "Write the design doc", Competency: "collaboration", Due: today})
	since := domain.StrengthSince(habit, today)
	for _, d := range []domain.Date{today, since + 1, since, since - 1, today - 4000} {
		if _, err := s.SetDone(domain.CheckIn{TaskID: habit.ID, Date: d}); err != nil {
			t.Fatal(err)
		}
	}
	done(t, s, once.ID, "2026-11-28")
	h, err := s.Habits(today)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Tasks) != 1 || h.Tasks[0].ID != habit.ID {
		t.Fatalf("Habits.Tasks = %+v, want the habit alone", h.Tasks)
	}
	if want := []domain.Date{since, since + 1, today}; !reflect.DeepEqual(h.Done[habit.ID], want) {
		t.Errorf("Habits.Done = %v, want %v", h.Done[habit.ID], want)
	}
	if _, ok := h.Done[once.ID]; ok {
		t.Errorf("the one-off task's check-in was read")
	}
}

// A first run killed before it could remove its new file leaves
// FILE.new-PID; the next first run removes it, and so does the first write
// of a day, unless that process still runs (another first run at work).
func TestCreateRemovesStrays(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "coach.db")
	gone := exec.Command("true")
	if err := gone.Run(); err != nil {
		t.Skipf("no true(1) to make a finished process: %v", err)
	}
	live := exec.Command("sleep", "30")
	if err := live.Start(); err != nil {
		t.Skipf("no sleep(1) to make a running process: %v", err)
	}
	defer func() { live.Process.Kill(); live.Wait() }()
	files := map[string]bool{ // name: kept
		fmt.Sprintf("coach.db.new-%d", gone.Process.Pid): false,
		fmt.Sprintf("coach.db.new-%d", os.Getpid()):      false,
		fmt.Sprintf("coach.db.new-%d", live.Process.Pid): true,
		"coach.db.new-notapid":                           true,
		"other.db.new-1":                                 true,
	}
	for name := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("half made"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Open(path); err != nil {
		t.Fatal(err)
	}
	for name, kept := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if got := err == nil; got != kept {
			t.Errorf("%s: kept = %v, want %v", name, got, kept)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1+3 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the directory holds %v", names)
	}

	// killed after linking: the database is there, and so is the stray
	stray := filepath.Join(dir, fmt.Sprintf("coach.db.new-%d", gone.Process.Pid))
	if err := os.WriteFile(stray, []byte("linked"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stray); err != nil {
		t.Fatalf("opening an existing database looked for strays: %v", err)
	}
	if _, err := s.AddTask(domain.Task{Title: "Read a paper", Competency: "breadth", Repeat: "daily"}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stray); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the first write of the day kept the stray: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, fmt.Sprintf("coach.db.new-%d", live.Process.Pid))); err != nil {
		t.Errorf("the first write of the day removed a running first run's file: %v", err)
	}
}

// Search matches what the user wrote: characters JSON escapes are found,
// and the JSON's own key names are not.
func TestSearchMatchesTheText(t *testing.T) {
	s := newStore(t)
	r := domain.Reflection{Date: day("2026-11-02"), Learned: "Q&A with <team>", Next: `read "DDIA"`, Rating: 4, Tags: []string{"c++"}}
	if _, err := s.PutReflection(r); err != nil {
		t.Fatal(err)
	}
	for query, want := range map[string]int{
		"q&a": 1, "<team>": 1, `"ddia"`: 1, "C++": 1, "q&a ddia": 1,
		"learned": 0, "rating": 0, "tags": 0, "2026": 0, "q&a absent": 0,
	} {
		if hits, err := s.SearchReflections(query); err != nil || len(hits) != want {
			t.Errorf("search %q found %d (%v), want %d", query, len(hits), err, want)
		}
	}
}
