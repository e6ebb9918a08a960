package store

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"coach/domain"
	"coach/exchange"

	bolt "go.etcd.io/bbolt"
)

// The journals under testdata were written by older builds of coach with
// make-journal.sh (README.md there says which and how). Each comes with
// the export the same old build made of it: what that build read back.
// Upgrading must keep exactly those records.
var oldJournals = []struct {
	name   string
	schema int
}{
	{"schema1-jsoncheckins-990a87e", 1},                     // check-ins stored as JSON
	{"schema1-d79e359", 1},                                  // compact check-ins, no indexes
	{"schema2-b41a3a1", 2},                                  // the last schema 2 build
	{"schema2-jsoncheckins-990a87e-upgraded-by-b41a3a1", 2}, // JSON check-ins left by the 1 → 2 step
	{"schema3-5354e7d", 3},                                  // the last schema 3 build: no global ids
	{"schema4-5625252", 4},                                  // the last schema 4 build: no recall
	{"schema5-f3a1940", 5},                                  // the last schema 5 build: no import origins
	{"schema6-fb744ef", 6},                                  // the last schema 6 build: every reflection rated
}

// copyJournal copies a journal from testdata into a temporary folder, as
// opening upgrades it in place.
func copyJournal(t *testing.T, name string) string {
	t.Helper()
	src, err := os.Open(filepath.Join("testdata", name+".db"))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	path := filepath.Join(t.TempDir(), "coach.db")
	dst, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func oldExport(t *testing.T, name string) domain.Dataset {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := exchange.ReadJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func fileSchema(t *testing.T, path string) int {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v int
	if err := db.View(func(tx *bolt.Tx) (err error) { v, err = readSchema(tx, path); return err }); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestUpgradeKeepsJournalsOfOlderBuilds(t *testing.T) {
	for _, j := range oldJournals {
		t.Run(j.name, func(t *testing.T) {
			path := copyJournal(t, j.name)
			if got := fileSchema(t, path); got != j.schema {
				t.Fatalf("fixture has schema %d, want %d", got, j.schema)
			}
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := fileSchema(t, path); got != SchemaVersion {
				t.Errorf("schema after opening: %d, want %d", got, SchemaVersion)
			}
			backup := strings.Replace(path, ".db", ".db.schema", 1) + string(rune('0'+j.schema)) + ".bak"
			if got := fileSchema(t, backup); got != j.schema {
				t.Errorf("backup %s has schema %d, want the old file's %d", backup, got, j.schema)
			}
			got, err := s.Dump()
			if err != nil {
				t.Fatal(err)
			}
			want := oldExport(t, j.name)
			keptGIDs(t, got, want)
			takeGIDs(t, &got)
			blankGIDs(&want)
			exportShape(&got)
			exportShape(&want)
			if !reflect.DeepEqual(got.CheckIns, want.CheckIns) {
				t.Errorf("check-ins after upgrade:\n got %+v\nwant %+v", got.CheckIns, want.CheckIns)
			}
			for name, pair := range map[string][2]any{
				"goals": {got.Goals, want.Goals}, "tasks": {got.Tasks, want.Tasks},
				"reflections": {got.Reflections, want.Reflections},
			} {
				// As JSON: a time read from text and one read from the
				// file differ only in their Location pointer.
				g, _ := json.Marshal(pair[0])
				w, _ := json.Marshal(pair[1])
				if string(g) != string(w) {
					t.Errorf("%s after upgrade:\n got %s\nwant %s", name, g, w)
				}
			}
			if problems, err := s.Check(); err != nil || len(problems) > 0 {
				t.Errorf("check after upgrade: %v %v", problems, err)
			}
			// The upgraded file takes the new fields and keeps them.
			g, err := s.UpdateGoal(withMeasure(want.Goals[1], domain.Measure{Kind: domain.MeasureAmount, Target: 40, Unit: "problems"}))
			if err != nil {
				t.Fatal(err)
			}
			if g, err = s.CountGoal(g.ID, 3, false); err != nil || g.Measure.Amount != 3 {
				t.Fatalf("count: %+v %v", g.Measure, err)
			}
			again, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			if back, _ := again.Goal(g.ID); back.Measure != g.Measure {
				t.Errorf("measure after reopening: %+v, want %+v", back.Measure, g.Measure)
			}
		})
	}
}

// exportShape writes empty lists as the export does, where the store
// keeps nil.
// keptGIDs checks that a journal that had global ids kept them.
func keptGIDs(t *testing.T, got, want domain.Dataset) {
	t.Helper()
	for i, g := range want.Goals {
		if g.GID != "" && (i >= len(got.Goals) || got.Goals[i].GID != g.GID) {
			t.Errorf("goal %d lost its global id %s", g.ID, g.GID)
		}
	}
	for i, x := range want.Tasks {
		if x.GID != "" && (i >= len(got.Tasks) || got.Tasks[i].GID != x.GID) {
			t.Errorf("task %d lost its global id %s", x.ID, x.GID)
		}
	}
}

// takeGIDs checks that every goal and task has a global id of its own
// after the upgrade, then blanks them to compare with the old build's
// export (which, before schema 4, had none).
func takeGIDs(t *testing.T, ds *domain.Dataset) {
	t.Helper()
	seen := map[string]bool{}
	check := func(kind string, id uint64, gid string) {
		if !domain.ValidGID(gid) || seen[gid] {
			t.Errorf("%s %d has gid %q after the upgrade: want a new, unique one", kind, id, gid)
		}
		seen[gid] = true
	}
	for i := range ds.Goals {
		check("goal", ds.Goals[i].ID, ds.Goals[i].GID)
		ds.Goals[i].GID = ""
	}
	for i := range ds.Tasks {
		check("task", ds.Tasks[i].ID, ds.Tasks[i].GID)
		ds.Tasks[i].GID = ""
	}
}

func blankGIDs(ds *domain.Dataset) {
	for i := range ds.Goals {
		ds.Goals[i].GID = ""
	}
	for i := range ds.Tasks {
		ds.Tasks[i].GID = ""
	}
}

func exportShape(ds *domain.Dataset) {
	for i := range ds.Goals {
		if ds.Goals[i].Resources == nil {
			ds.Goals[i].Resources = []string{}
		}
	}
	for i := range ds.Reflections {
		if ds.Reflections[i].Tags == nil {
			ds.Reflections[i].Tags = []string{}
		}
	}
}

func withMeasure(g domain.Goal, m domain.Measure) domain.Goal {
	g.Measure = m
	return g
}

// A compact check-in of 123 minutes starts with "{", as JSON does: the
// upgrade must leave it alone unless the whole value is the old JSON.
func TestJSONCheckInIsReadStrictly(t *testing.T) {
	k := dayID(day("2026-11-17"), 1)
	for _, tc := range []struct {
		v    string
		json bool
	}{
		{`{"task_id":1,"date":"2026-11-17","minutes":30,"note":"x"}`, true},
		{"{" + `"task_id":1,"date":"2026-11-17"}`, false},                                   // 123 min, a note that ends an object
		{`{"task_id":2,"date":"2026-11-17","minutes":30,"note":"x"}`, false},                // another task
		{`{"task_id":1,"date":"2026-11-18","minutes":30,"note":"x"}`, false},                // another day
		{`{"task_id":1,"date":"2026-11-17","minutes":30,"note":"x","more":1}`, false},       // a field too many
		{`{"task_id":1,"date":"2026-11-17","minutes":99999,"note":"x"}`, false},             // not a valid check-in
		{"{" + `"task_id":1,"date":"2026-11-17","minutes":30,"note":"x"`, false},            // not JSON
		{string(encodeCheckIn(domain.CheckIn{TaskID: 1, Minutes: 123, Note: "{}"})), false}, // compact
	} {
		if _, got := jsonCheckIn(k, []byte(tc.v)); got != tc.json {
			t.Errorf("jsonCheckIn(%q) = %v, want %v", tc.v, got, tc.json)
		}
	}
}
