package safety

import (
	"encoding/json"
	"strings"
	"testing"
)

// `coach goals` shows each goal's figure by name, and --json gives both
// figures beside the fields scripts already read.
func TestGoalsShowNamedFigures(t *testing.T) {
	u := newUser(t)
	u.today = "2026-11-01" // everything is made on a Sunday, 28 days before
	u.must("goal", "add", "Ship the parser", "--competency", "depth")
	u.must("goal", "add", "Pair with a colleague", "--competency", "collaboration")
	u.must("goal", "add", "Keep a kata habit", "--competency", "learning")
	u.must("add", "Lexer", "--goal", "1", "--due", "2026-11-20")
	u.must("add", "Grammar", "--goal", "1", "--due", "2026-11-21")
	u.must("add", "Error messages", "--goal", "1", "--due", "2026-11-22")
	u.must("add", "Pair session", "--goal", "2", "--repeat", "2/week")
	u.must("add", "Kata", "--goal", "3", "--repeat", "weekdays")
	u.today = "2026-11-28"
	u.must("done", "1", "--date", "2026-11-20")
	for _, d := range []string{"2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24"} {
		u.must("done", "4", "--date", d)
	}
	for _, d := range []string{"2026-11-21", "2026-11-22", "2026-11-28"} { // weekends: extra, not kept
		u.must("done", "5", "--date", d)
	}

	out := u.must("goals")
	for title, want := range map[string]string{"Ship the parser": "1/3 tasks", "Pair with a colleague": "habits 50% (28 d)", "Keep a kata habit": "habits 0% (28 d)"} {
		line := ""
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, title) {
				line = l
			}
		}
		if !strings.Contains(line, want) {
			t.Errorf("the line of %q lacks %q:\n%s", title, want, out)
		}
	}
	if zh := u.must("goals", "--lang", "zh"); !strings.Contains(zh, "任务 1/3") || !strings.Contains(zh, "习惯 50%（28 天）") {
		t.Errorf("goals in Chinese:\n%s", zh)
	}

	var rows []map[string]any
	if err := json.Unmarshal([]byte(u.must("goals", "--json")), &rows); err != nil {
		t.Fatal(err)
	}
	byTitle := map[string]map[string]any{}
	for _, r := range rows {
		byTitle[r["title"].(string)] = r
	}
	check := func(title, field string, want any) {
		t.Helper()
		if got := byTitle[title][field]; got != want {
			t.Errorf("%s: %s = %#v, want %#v", title, field, got, want)
		}
	}
	check("Ship the parser", "figure", "tasks")
	check("Ship the parser", "once_done", 1.0)
	check("Ship the parser", "once_total", 3.0)
	check("Ship the parser", "habits_kept_28d", nil)
	check("Ship the parser", "tasks", 3.0)
	check("Pair with a colleague", "figure", "habits")
	check("Pair with a colleague", "habits", 1.0)
	check("Pair with a colleague", "habits_kept_28d", 0.5)
	check("Pair with a colleague", "checkins_kept_28d", 4.0)
	check("Pair with a colleague", "checkins_due_28d", 8.0)
	check("Keep a kata habit", "habits_kept_28d", 0.0)
	for _, r := range rows { // the fields scripts already read are still there
		for _, f := range []string{"id", "title", "competency", "status", "progress", "tasks"} {
			if _, ok := r[f]; !ok {
				t.Errorf("goals --json row lacks %q: %v", f, r)
			}
		}
	}
}
