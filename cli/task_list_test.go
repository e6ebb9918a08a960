package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// taskFixture is seed plus a one-off task done today (3) and an archived
// habit with a check-in (4).
func taskFixture(t *testing.T, env *testEnv) {
	t.Helper()
	seed(t, env)
	must(t, env, "add", "Pair on the parser", "--competency", "collaboration")
	must(t, env, "done", "3")
	must(t, env, "add", "Write a blog post", "--competency", "innovation", "--repeat", "3/week")
	must(t, env, "done", "4")
	must(t, env, "rm", "4")
}

func TestTasksListsWhatIsLeftToDoGroupedByCompetency(t *testing.T) {
	env := newEnv(t)
	taskFixture(t, env)
	out := must(t, env, "tasks")
	want := "Technical depth\n" +
		"     1 [ ] Read the runtime source (weekdays, 30m, goal 1)\n" +
		"     2 [ ] Write the design doc (due 2026-12-04)\n"
	if out != want {
		t.Errorf("coach tasks:\n%s\nwant:\n%s", out, want)
	}
	all := must(t, env, "tasks", "--all")
	for _, w := range []string{
		"     3 [x] Pair on the parser (due 2026-11-28, done 2026-11-28)",
		"     4 [x] Write a blog post (3/week, archived 2026-11-28)",
		"Communication & collaboration\n",
	} {
		if !strings.Contains(all, w) {
			t.Errorf("coach tasks --all does not show %q:\n%s", w, all)
		}
	}
	if i, j := strings.Index(all, "Pair on"), strings.Index(all, "Write a blog"); i > j {
		t.Errorf("collaboration comes after innovation:\n%s", all)
	}
	zh := must(t, env, "tasks", "--all", "--lang", "zh")
	for _, w := range []string{"技术深度\n", "（工作日，30 分钟，目标 1）", "（截止 2026-11-28，2026-11-28 完成）", "2026-11-28 归档"} {
		if !strings.Contains(zh, w) {
			t.Errorf("coach tasks --all --lang zh does not show %q:\n%s", w, zh)
		}
	}
}

func TestTasksJSONHasEveryTaskWithItsState(t *testing.T) {
	env := newEnv(t)
	taskFixture(t, env)
	var rows []map[string]any
	if err := json.Unmarshal([]byte(must(t, env, "tasks", "--all", "--json")), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 {
		t.Fatalf("%d tasks, want 4: %v", len(rows), rows)
	}
	state := map[float64]string{}
	for _, r := range rows {
		state[r["id"].(float64)] = r["state"].(string)
	}
	want := map[float64]string{1: "active", 2: "active", 3: "done", 4: "archived"}
	for id, s := range want {
		if state[id] != s {
			t.Errorf("task %v is %q, want %q", id, state[id], s)
		}
	}
	first := rows[0]
	if first["repeat"] != "weekdays" || first["goal_id"] != 1.0 || first["minutes"] != 30.0 || first["competency"] != "depth" || first["due"] != "" {
		t.Errorf("task 1 in JSON: %v", first)
	}
	if rows[2]["done_on"] != "2026-11-28" || rows[3]["archived_on"] != "2026-11-28" {
		t.Errorf("days of done and archived tasks: %v, %v", rows[2], rows[3])
	}
	var active []map[string]any
	if err := json.Unmarshal([]byte(must(t, env, "tasks", "--json")), &active); err != nil || len(active) != 2 {
		t.Errorf("coach tasks --json: %d tasks (%v), want the 2 still to do", len(active), err)
	}
	empty := newEnv(t)
	must(t, empty, "goal", "add", "x", "--competency", "depth")
	if out := must(t, empty, "tasks", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("no tasks in JSON: %q, want []", out)
	}
	if out := must(t, empty, "tasks"); !strings.HasPrefix(out, "No tasks to do.") {
		t.Errorf("no tasks: %q", out)
	}
	if out := must(t, empty, "tasks", "--lang", "zh"); !strings.HasPrefix(out, "没有待做的任务") {
		t.Errorf("no tasks in Chinese: %q", out)
	}
}

func TestTasksBadInput(t *testing.T) {
	env := newEnv(t)
	failsWith(t, env, 1, []string{"does not exist"}, "tasks")
	failsWith(t, env, 2, []string{"tasks takes no arguments"}, "tasks", "3")
	failsWith(t, env, 2, nil, "tasks", "--all=maybe")
}
