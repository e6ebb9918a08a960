package safety

import (
	"path/filepath"
	"strings"
	"testing"
)

// A date word that would step outside the years coach keeps (1900 to 9999)
// is refused in one line and writes nothing.
func TestEdgeDatesOutsideTheRangeAreRefused(t *testing.T) {
	for _, c := range []struct {
		today string
		args  []string
	}{
		{"9999-12-31", []string{"add", "x", "--due", "tomorrow"}},
		{"9999-12-31", []string{"add", "x", "--due", "sat"}}, // a Friday: the next Saturday is in 10000
		{"9999-12-31", []string{"goal", "add", "g", "--competency", "depth", "--target", "tomorrow"}},
		{"9999-12-31", []string{"today", "--date", "tomorrow"}},
		{"1900-01-01", []string{"add", "x", "--due", "yesterday"}},
		{"1900-01-01", []string{"done", "1", "--date", "yesterday"}},
		{"1900-01-01", []string{"done", "1", "--date", "sun"}}, // a Monday: the Sunday before is in 1899
		{"1900-01-01", []string{"undone", "1", "--date", "yesterday"}},
		{"1900-01-01", []string{"reflect", "--date", "yesterday", "--rating", "3", "-m", "x"}},
		{"1900-01-01", []string{"today", "--date", "yesterday"}},
	} {
		t.Run(c.today+" "+strings.Join(c.args, " "), func(t *testing.T) {
			u := newUser(t)
			u.today = c.today
			u.must("add", "a habit", "--repeat", "daily")
			before := fileSum(t, u.db)
			r := u.run(c.args...)
			if (r.code != 1 && r.code != 2) || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || !strings.Contains(r.stderr, "1900-01-01 to 9999-12-31") {
				t.Fatalf("want a one-line refusal naming the range: %v", r)
			}
			if after := fileSum(t, u.db); after != before {
				t.Error("the refused command changed the database")
			}
		})
	}
}

// COACH_TODAY outside the range is refused as the setting it is.
func TestEdgeDatesTodaySettingOutsideTheRange(t *testing.T) {
	for _, today := range []string{"10000-01-01", "1899-12-31", "0001-01-01"} {
		u := newUser(t)
		u.today = today
		r := u.run("today")
		if r.code != 1 || !strings.Contains(r.stderr, "COACH_TODAY") {
			t.Errorf("COACH_TODAY=%s: %v", today, r)
		}
	}
}

// Records on the first and the last day coach keeps can be read back by
// every reader and survive an export and an import.
func TestEdgeDatesRecordsAtTheEdgesReadBack(t *testing.T) {
	for _, today := range []string{"9999-12-31", "1900-01-01"} {
		t.Run(today, func(t *testing.T) {
			u := newUser(t)
			u.today = today
			u.must("goal", "add", "edge", "--competency", "depth", "--target", "today")
			u.must("add", "habit", "--repeat", "daily", "--goal", "1")
			u.must("add", "weekly", "--repeat", "2/week")
			u.must("add", "once", "--due", "today")
			u.must("done", "1")
			u.must("done", "2")
			u.must("done", "3")
			u.must("reflect", "--rating", "4", "-m", "edges")
			today := u.must("today")
			if !strings.Contains(today, "habit") || !strings.Contains(today, "once") {
				t.Errorf("today misses the tasks:\n%s", today)
			}
			u.must("stats")
			u.must("stats", "--json")
			u.must("goals")
			ds := u.dump()
			if len(ds.CheckIns) != 3 || len(ds.Reflections) != 1 || ds.Reflections[0].Date.String() != u.today {
				t.Errorf("export holds %d check-ins and %+v", len(ds.CheckIns), ds.Reflections)
			}
			for _, f := range []string{"markdown", "csv"} {
				u.must("export", "--format", f)
			}
			file := filepath.Join(u.home, "edge.json")
			u.must("export", "-o", file)
			u.must("import", "--replace", file)
			if again := u.dump(); len(again.CheckIns) != 3 || len(again.Tasks) != 3 || len(again.Goals) != 1 {
				t.Errorf("after the round trip: %d goals, %d tasks, %d check-ins", len(again.Goals), len(again.Tasks), len(again.CheckIns))
			}
			u.checkFine(u.db)
		})
	}
}
