package safety

import (
	"encoding/binary"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"coach/domain"
)

// maxID is the largest id coach keeps: 2^53-1, exact in JavaScript.
const maxID = 1<<53 - 1

func key64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

// An import whose ids could wrap the next one, or that JSON readers in
// JavaScript would round, is refused in one line naming the record.
func TestIDsTooLargeAreRefusedAtImport(t *testing.T) {
	created := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	for name, ds := range map[string]domain.Dataset{
		"goal 2^64-1": {Goals: []domain.Goal{{ID: 1<<64 - 1, Title: "g", Competency: "depth", Created: created}}},
		"task 2^64-1": {Tasks: []domain.Task{{ID: 1<<64 - 1, Title: "t", Competency: "depth", Repeat: "daily", Created: created}}},
		"task 2^53":   {Tasks: []domain.Task{{ID: maxID + 1, Title: "t", Competency: "depth", Repeat: "daily", Created: created}}},
	} {
		t.Run(name, func(t *testing.T) {
			u := newUser(t)
			file := filepath.Join(u.home, "big.json")
			writeExport(t, file, ds)
			r := u.run("import", file)
			if r.code == 0 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || !strings.Contains(r.stderr, "[0]") || !strings.Contains(r.stderr, "9007199254740991") {
				t.Fatalf("want a one-line refusal naming the record and the limit: %v", r)
			}
			if fileSum(t, u.db) != "missing" {
				if got := u.dump(); !got.Empty() {
					t.Errorf("the refused import wrote %d records", got.Len())
				}
			}
		})
	}
}

// At the largest id, the next add is refused in one line and writes
// nothing; the records already there stay whole.
func TestIDsAtTheLimitRefuseTheNextAdd(t *testing.T) {
	u := newUser(t)
	created := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	file := filepath.Join(u.home, "max.json")
	writeExport(t, file, domain.Dataset{
		Goals: []domain.Goal{{ID: maxID, Title: "last goal", Competency: "depth", Created: created}},
		Tasks: []domain.Task{
			{ID: 1, Title: "first", Competency: "depth", Repeat: "daily", Created: created},
			{ID: maxID, Title: "last task", GoalID: maxID, Repeat: "daily", Created: created},
		},
	})
	u.must("import", file)
	before := fileSum(t, u.db)
	for _, args := range [][]string{
		{"add", "one more"},
		{"goal", "add", "one more", "--competency", "depth"},
	} {
		r := u.run(args...)
		if r.code != 1 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || !strings.Contains(r.stderr, "9007199254740991") {
			t.Errorf("want a one-line refusal naming the limit: %v", r)
		}
	}
	if fileSum(t, u.db) != before {
		t.Error("a refused add changed the database")
	}
	ds := u.dump()
	if len(ds.Tasks) != 2 || ds.Tasks[0].Title != "first" || ds.Tasks[1].ID != maxID || len(ds.Goals) != 1 {
		t.Errorf("the records changed: %+v %+v", ds.Goals, ds.Tasks)
	}
	u.checkFine(u.db)
}

// A sequence behind the records (a wrapped one, or one another tool set)
// never lets an add write over a record: the add is refused, and check
// names the keys above the sequence.
func TestIDsNeverOverwriteARecord(t *testing.T) {
	u := newUser(t)
	u.must("goal", "add", "kept goal", "--competency", "depth")
	u.must("add", "kept task", "--repeat", "daily", "--goal", "1")
	u.must("done", "1")
	boltFile(t, u.db, nil, func(tx *bolt.Tx) error {
		for _, b := range []string{"goals", "tasks"} {
			if err := tx.Bucket([]byte(b)).SetSequence(0); err != nil {
				return err
			}
		}
		return nil
	})
	before := fileSum(t, u.db)
	for _, args := range [][]string{{"add", "intruder"}, {"goal", "add", "intruder", "--competency", "depth"}} {
		r := u.run(args...)
		if r.code != 1 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 {
			t.Errorf("want a one-line refusal: %v", r)
		}
	}
	if fileSum(t, u.db) != before {
		t.Error("a refused add changed the database")
	}
	ds := u.dump()
	if len(ds.Tasks) != 1 || ds.Tasks[0].Title != "kept task" || len(ds.Goals) != 1 || ds.Goals[0].Title != "kept goal" {
		t.Errorf("a record was overwritten: %+v %+v", ds.Goals, ds.Tasks)
	}
	r := u.run("check")
	if r.code == 0 || !strings.Contains(r.stdout+r.stderr, "sequence") {
		t.Errorf("check does not see the sequence behind the records: %v", r)
	}
}

// A record that another overwrote shows in check, once, by its bucket and
// key: a stored id that is not its key, a task moved off its goal behind
// its index's back, index entries of no task.
func TestIDsCheckFindsOverwrittenRecords(t *testing.T) {
	for name, c := range map[string]struct {
		damage func(*bolt.Tx) error
		want   string
	}{
		"task stored under another id": {func(tx *bolt.Tx) error {
			return putRaw(tx, "tasks", key64(2), map[string]any{"id": 1, "title": "moved", "competency": "depth", "repeat": "daily"})
		}, "tasks 0x0000000000000002 (id 2): damaged: it holds task 1, not 2"},
		"goal stored under another id": {func(tx *bolt.Tx) error {
			return putRaw(tx, "goals", key64(1), map[string]any{"id": 7, "title": "moved", "competency": "depth", "status": "active"})
		}, "goals 0x0000000000000001 (id 1): damaged: it holds goal 7, not 1"},
		"task overwritten without its goal": {func(tx *bolt.Tx) error {
			// The same task (its global id kept) written again without its goal.
			var old struct{ GID string }
			json.Unmarshal(tx.Bucket([]byte("tasks")).Get(key64(1)), &old)
			return putRaw(tx, "tasks", key64(1), map[string]any{"id": 1, "gid": old.GID, "title": "new", "competency": "depth", "repeat": "daily"})
		}, "goal_tasks 0x00000000000000010000000000000001 (ids 1, 1): points at no matching task"},
		"goal index entry of no task": {func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("goal_tasks")).Put(append(key64(1), key64(9)...), []byte{1})
		}, "goal_tasks 0x00000000000000010000000000000009 (ids 1, 9): points at no matching task"},
		"recurring index entry of no task": {func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("recurring")).Put(key64(9), nil)
		}, "recurring 0x0000000000000009 (id 9): points at no matching task"},
	} {
		t.Run(name, func(t *testing.T) {
			u := newUser(t)
			u.must("goal", "add", "g", "--competency", "depth")
			u.must("add", "h", "--repeat", "daily", "--goal", "1")
			u.must("add", "other", "--repeat", "daily")
			boltFile(t, u.db, nil, c.damage)
			r := u.run("check")
			if r.code == 0 || strings.TrimSpace(r.stdout) != c.want {
				t.Errorf("check should say only %q: %v", c.want, r)
			}
		})
	}
}

// putRaw stores v as JSON at key k of bucket b.
func putRaw(tx *bolt.Tx, b string, k []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return tx.Bucket([]byte(b)).Put(k, data)
}
