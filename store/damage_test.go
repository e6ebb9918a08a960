package store

import (
	"strings"
	"testing"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// damagedStore is a store with a little of everything: a goal with a habit
// and a one-off task, check-ins, a reflection and a review; then damage
// writes raw bytes into the file with bbolt itself.
func damagedStore(t *testing.T, damage func(*bolt.Tx) error) *Store {
	t.Helper()
	s := newStore(t)
	g, err := s.AddGoal(domain.Goal{Title: "g", Competency: "depth"})
	if err != nil {
		t.Fatal(err)
	}
	habit := mustTask(t, s, domain.Task{Title: "habit", Competency: "depth", Repeat: "daily", GoalID: g.ID})
	once := mustTask(t, s, domain.Task{Title: "once", Competency: "depth", Due: day("2026-11-20"), GoalID: g.ID})
	mustTask(t, s, domain.Task{Title: "open", Competency: "depth", Due: day("2026-11-21")})
	for _, d := range []string{"2026-11-20", "2026-11-21", "2026-11-22"} {
		done(t, s, habit.ID, d)
	}
	done(t, s, once.ID, "2026-11-22")
	if _, err := s.PutReflection(domain.Reflection{Date: day("2026-11-22"), Rating: 4, Learned: "x"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutReview(domain.Review{Week: "2026-W47", Notes: "n"}); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(s.Path(), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(damage); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return s
}

func putBytes(bucket string, k, v []byte) func(*bolt.Tx) error {
	return func(tx *bolt.Tx) error { return tx.Bucket([]byte(bucket)).Put(k, v) }
}

// One damaged record, of any kind, is skipped by every read and named once
// (bucket and key); everything else still reads, exports and shows. Check
// names it exactly, and only it: nothing that points at it is reported
// again.
func TestOneDamagedRecordIsSkippedAndNamed(t *testing.T) {
	for _, c := range []struct {
		name   string
		damage func(*bolt.Tx) error
		where  string // the Damaged's bucket and key, as check names it too
		lost   func(domain.Dataset) bool
	}{
		{"task JSON", putBytes("tasks", be64(1), []byte("{not json")), "tasks 0x0000000000000001 (id 1)",
			func(d domain.Dataset) bool { return len(d.Tasks) == 2 && len(d.CheckIns) == 4 }},
		{"goal JSON", putBytes("goals", be64(1), []byte(`{"id":"one"}`)), "goals 0x0000000000000001 (id 1)",
			func(d domain.Dataset) bool { return len(d.Goals) == 0 && len(d.Tasks) == 3 }},
		{"task key of the wrong length", putBytes("tasks", []byte("xyz"), []byte(`{}`)), `tasks "xyz"`,
			func(d domain.Dataset) bool { return len(d.Tasks) == 3 }},
		{"check-in minutes", putBytes("checkins", dayID(day("2026-11-21"), 1), []byte{0xff, 0xff, 0xff}), "checkins 0x323032362d31312d32310000000000000001 (2026-11-21, id 1)",
			func(d domain.Dataset) bool { return len(d.CheckIns) == 3 && len(d.Tasks) == 3 }},
		{"check-in key of the wrong length", putBytes("checkins", []byte("2026-11-21x"), []byte{0}), `checkins "2026-11-21x"`,
			func(d domain.Dataset) bool { return len(d.CheckIns) == 4 }},
		{"check-in dated 10000-01-01", putBytes("checkins", append([]byte("10000-01-01"), be64(1)[1:]...), []byte{0}), "checkins 0x31303030302d30312d3031",
			func(d domain.Dataset) bool { return len(d.CheckIns) == 4 }},
		{"reflection JSON", putBytes("reflections", []byte("2026-11-22"), []byte("[")), `reflections "2026-11-22"`,
			func(d domain.Dataset) bool { return len(d.Reflections) == 0 && len(d.Reviews) == 1 }},
		{"review JSON", putBytes("reviews", []byte("2026-W47"), []byte("nope")), `reviews "2026-W47"`,
			func(d domain.Dataset) bool { return len(d.Reviews) == 0 && len(d.Reflections) == 1 }},
		{"open entry of no task", putBytes("open", dayID(day("2026-11-19"), 99), nil), "open 0x323032362d31312d31390000000000000063 (2026-11-19, id 99)",
			func(d domain.Dataset) bool { return len(d.Tasks) == 3 }},
		{"recurring entry of no task", putBytes("recurring", be64(99), nil), "recurring 0x0000000000000063 (id 99)",
			func(d domain.Dataset) bool { return len(d.Tasks) == 3 }},
		{"goal entry of no task", putBytes("goal_tasks", append(be64(1), be64(99)...), []byte{gtRecurring}), "goal_tasks 0x00000000000000010000000000000063 (ids 1, 99)",
			func(d domain.Dataset) bool { return len(d.Tasks) == 3 }},
		{"by-task entry that is not a day", putBytes("task_days", append(be64(1), "2026-13-01"...), nil), "task_days 0x0000000000000001323032362d31332d3031 (id 1, 2026-13-01)",
			func(d domain.Dataset) bool { return len(d.CheckIns) == 4 }},
		{"rating key that is not a day", putBytes("ratings", []byte("yesterday"), []byte{3}), `ratings "yesterday"`,
			func(d domain.Dataset) bool { return len(d.Reflections) == 1 }},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := damagedStore(t, c.damage)
			today := day("2026-11-22")
			var heard []Damaged
			s = At(s.Path(), WithClock(s.now), WithDamaged(func(d Damaged) { heard = append(heard, d) }))
			d, err := s.Dump()
			if err != nil {
				t.Fatalf("Dump: %v", err)
			}
			if !c.lost(d) {
				t.Errorf("Dump kept %d goals, %d tasks, %d check-ins, %d reflections, %d reviews",
					len(d.Goals), len(d.Tasks), len(d.CheckIns), len(d.Reflections), len(d.Reviews))
			}
			for name, read := range map[string]func() error{
				"Day":           func() error { _, err := s.Day(today, today); return err },
				"FirstDay":      func() error { _, _, err := s.FirstDay(today-2, today); return err },
				"History":       func() error { _, err := s.History(1); return err },
				"History(from)": func() error { _, err := s.History(today - 1); return err },
				"Habits":        func() error { _, err := s.Habits(today); return err },
				"GoalSummaries": func() error { _, _, err := s.GoalSummaries(today-27, today); return err },
				"Goals":         func() error { _, err := s.Goals(); return err },
				"Tasks":         func() error { _, err := s.Tasks(true); return err },
				"Reflections":   func() error { _, err := s.Reflections(today-30, today); return err },
				"Search":        func() error { _, err := s.SearchReflections(""); return err },
				"Reviews":       func() error { _, err := s.Reviews(); return err },
				"CheckIns":      func() error { _, err := s.CheckInsBetween(1, domain.MaxDate); return err },
				"TaskCheckIns":  func() error { _, err := s.TaskCheckIns(1, 1, domain.MaxDate); return err },
			} {
				if err := read(); err != nil {
					t.Errorf("%s: %v", name, err)
				}
			}
			// Habits and the due list read only what they need; the
			// whole-history reads meet every damaged record.
			if _, err := s.History(1); err != nil {
				t.Fatal(err)
			}
			if len(heard) != 1 || !strings.HasPrefix(heard[0].String(), c.where) {
				t.Errorf("heard %q, want once %q", heard, c.where)
			}
			problems, err := s.Check()
			if err != nil {
				t.Fatal(err)
			}
			if len(problems) != 1 || !strings.HasPrefix(problems[0], c.where) {
				t.Errorf("Check = %q, want one problem naming %s", problems, c.where)
			}
			// Writes still work beside the damage.
			if _, err := s.AddTask(domain.Task{Title: "new", Competency: "depth", Repeat: "daily"}); err != nil {
				t.Errorf("AddTask beside the damage: %v", err)
			}
		})
	}
}
