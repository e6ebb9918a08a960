package safety

import (
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// One damaged record, written into the file with bbolt itself, no longer
// takes the reading commands down: today, stats, goals and export work and
// show everything else, and say once on stderr which record they skipped
// (export, which reads everything, always does);
// check names it by bucket and key, and only it.
func TestOneBadRecordIsSkippedAndNamed(t *testing.T) {
	dayKey := func(day string, id uint64) []byte { return append([]byte(day), key64(id)...) }
	for _, c := range []struct {
		name   string
		damage func(*bolt.Tx) error
		where  string
	}{
		{"undecodable task", func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("tasks")).Put(key64(1), []byte("{\x1b[31m"))
		}, "tasks 0x0000000000000001 (id 1)"},
		{"undecodable goal", func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("goals")).Put(key64(1), []byte(`{"title":7}`))
		}, "goals 0x0000000000000001 (id 1)"},
		{"task key of the wrong length", func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("tasks")).Put([]byte{1, 2, 3}, []byte(`{}`))
		}, "tasks 0x010203"},
		{"check-in value in a bad format", func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("checkins")).Put(dayKey("2026-11-27", 1), []byte{0x80})
		}, "checkins 0x323032362d31312d32370000000000000001 (2026-11-27, id 1)"},
		{"check-in stored on 10000-01-01", func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("checkins")).Put(append([]byte("10000-01-01"), key64(1)[1:]...), []byte{0})
		}, "checkins 0x31303030302d30312d3031"},
		{"undecodable reflection", func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("reflections")).Put([]byte("2026-11-27"), []byte("nope"))
		}, `reflections "2026-11-27"`},
		{"open entry pointing at nothing", func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("open")).Put(dayKey("2026-11-20", 42), nil)
		}, "open 0x323032362d31312d3230000000000000002a (2026-11-20, id 42)"},
		{"recurring entry pointing at nothing", func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("recurring")).Put(key64(42), nil)
		}, "recurring 0x000000000000002a (id 42)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			u := newUser(t)
			u.must("goal", "add", "a goal", "--competency", "depth")
			u.must("add", "a habit", "--repeat", "daily", "--goal", "1")
			u.must("add", "another habit", "--repeat", "daily")
			u.must("add", "a one-off", "--due", "today")
			u.today = "2026-11-27"
			u.must("done", "1")
			u.must("done", "2")
			u.must("reflect", "--rating", "4", "-m", "a good day")
			u.today = "2026-11-28"
			boltFile(t, u.db, nil, c.damage)

			for _, args := range [][]string{{"today"}, {"today", "--json"}, {"stats"}, {"stats", "--json"}, {"goals"}, {"export"}, {"export", "--format", "markdown"}, {"export", "--format", "csv"}} {
				r := u.run(args...)
				if r.code != 0 {
					t.Errorf("%v", r)
					continue
				}
				// Export reads every record (not the indexes) and meets
				// it; a command that reads less may not. None names it
				// twice.
				want := 0
				index := strings.HasPrefix(c.where, "open") || strings.HasPrefix(c.where, "recurring")
				if args[0] == "export" && !index || strings.Count(r.stderr, c.where) > 0 {
					want = 1
				}
				if strings.Count(r.stderr, c.where) != want || strings.Count(r.stderr, "\n") != want || want == 1 && !strings.Contains(r.stderr, "coach check") {
					t.Errorf("coach %s should name the record %d time(s) on stderr:\n%q", strings.Join(args, " "), want, r.stderr)
				}
				if strings.Contains(r.stdout+r.stderr, "\x1b") {
					t.Errorf("coach %s let an escape through", strings.Join(args, " "))
				}
			}
			if !strings.Contains(u.must("today"), "another habit") {
				t.Error("today lost the sound records")
			}
			ds := u.dump()
			if len(ds.Tasks) < 2 || len(ds.CheckIns) < 1 {
				t.Errorf("export kept %d tasks and %d check-ins", len(ds.Tasks), len(ds.CheckIns))
			}
			r := u.run("check")
			if r.code == 0 || strings.Count(strings.TrimSpace(r.stdout), "\n") != 0 || !strings.HasPrefix(r.stdout, c.where) {
				t.Errorf("check should name only %s: %v", c.where, r)
			}
			u.must("add", "still writes", "--repeat", "daily")
		})
	}
}
