package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestImportFromOtherTools(t *testing.T) {
	env := newEnv(t)
	tw := filepath.Join("..", "importer", "testdata", "taskwarrior", "export.json")
	harsh := filepath.Join("..", "importer", "testdata", "harsh")

	// A dry run on a journal that does not exist says what it would add
	// and creates nothing.
	out := must(t, env, "import", "--from", "taskwarrior", tw, "--dry-run")
	if !strings.Contains(out, "would add goals: 4, tasks: 12, check-ins: 4") || !strings.Contains(out, "skipped: 1 — deleted task") {
		t.Errorf("dry run: %s", out)
	}
	if _, err := os.Stat(env.db); !os.IsNotExist(err) {
		t.Fatalf("a dry run created the database: %v", err)
	}
	if out := must(t, env, "import", "--from", "taskwarrior", tw); !strings.Contains(out, "taskwarrior: added goals: 4, tasks: 12, check-ins: 4") {
		t.Errorf("import: %s", out)
	}
	if out := must(t, env, "import", "--from", "TaskWarrior", tw); !strings.Contains(out, "added goals: 0, tasks: 0, check-ins: 0") || !strings.Contains(out, "already imported: 20") {
		t.Errorf("the same import again: %s", out)
	}
	if out := must(t, env, "import", "--from", "harsh", harsh, "--competency", "depth"); !strings.Contains(out, "harsh: added goals: 2, tasks: 13, check-ins: 9") || !strings.Contains(out, "approximated: 1 — every 2 days became 4/week") {
		t.Errorf("harsh: %s", out)
	}
	loop := filepath.Join("..", "importer", "testdata", "loop")
	if out := must(t, env, "import", "--from", "loop", loop); !strings.Contains(out, "loop: added goals: 0, tasks: 6, check-ins: 12") || !strings.Contains(out, "approximated: 1 — 2 times in 5 days became 3/week") {
		t.Errorf("loop: %s", out)
	}
	if out := must(t, env, "import", "--from", "loop", loop); !strings.Contains(out, "added goals: 0, tasks: 0, check-ins: 0") {
		t.Errorf("loop again: %s", out)
	}
	goals := must(t, env, "goals", "--json")
	if !strings.Contains(goals, `"competency": "depth"`) || strings.Count(goals, `"id":`) != 6 {
		t.Errorf("goals after both imports: %s", goals)
	}
	env.vars["COACH_LANG"] = "zh"
	if out := must(t, env, "import", "--from", "harsh", harsh); !strings.Contains(out, "harsh：新增 0 个目标、0 个任务、0 次打卡") {
		t.Errorf("zh: %s", out)
	}
	delete(env.vars, "COACH_LANG")
	if out := must(t, env, "check"); !strings.Contains(out, "is fine") {
		t.Errorf("check: %s", out)
	}
	for _, bad := range [][]string{
		{"import", "--from", "dayone", tw},
		{"import", "--from", "harsh", harsh, "--replace"},
		{"import", "--from", "harsh", harsh, "--competency", "cooking"},
		{"import", tw, "--dry-run"},
	} {
		if _, errOut, code := run(t, env, bad...); code != 2 || strings.Count(errOut, "\n") != 1 {
			t.Errorf("coach %v: exit %d, %q", bad, code, errOut)
		}
	}
	if _, errOut, code := run(t, env, "import", "--from", "harsh", filepath.Join(t.TempDir(), "none")); code != 1 || !strings.Contains(errOut, "nothing was imported") {
		t.Errorf("a missing folder: exit %d, %q", code, errOut)
	}
}

// A jrnl journal becomes unrated reflections: a day coach already has a
// reflection for keeps it and gains the text; means leave the unrated days
// out; a second import adds nothing; the journal exports and imports back.
func TestImportFromJrnl(t *testing.T) {
	env := newEnv(t)
	jrnl := filepath.Join("..", "importer", "testdata", "jrnl", "export.json")
	must(t, env, "reflect", "--date", "2026-11-02", "--rating", "4", "-m", "my own words", "--tag", "go")

	env.vars["COACH_LANG"] = "zh"
	out := must(t, env, "import", "--from", "jrnl", jrnl, "--dry-run")
	for _, want := range []string{"jrnl（试运行，未写入）：将为 2 天新增反思，为 1 篇已有的反思补入内容", "跳过：1 条 — 日期在今天之后的条目", "近似对应：1 条 — 星标改为标签 starred"} {
		if !strings.Contains(out, want) {
			t.Errorf("zh dry run lacks %q:\n%s", want, out)
		}
	}
	delete(env.vars, "COACH_LANG")
	out = must(t, env, "import", "--from", "jrnl", jrnl)
	for _, want := range []string{"jrnl: days given a reflection: 2", "reflections already here that gained text: 1", "skipped: 1 — duplicate entry", "skipped: 1 — entry dated after today"} {
		if !strings.Contains(out, want) {
			t.Errorf("import lacks %q:\n%s", want, out)
		}
	}
	if out := must(t, env, "import", "--from", "jrnl", jrnl); !strings.Contains(out, "days given a reflection: 0") || !strings.Contains(out, "already imported: 4") {
		t.Errorf("the same import again:\n%s", out)
	}

	log := must(t, env, "log", "--since", "2026-11-01", "--json")
	var rs []struct {
		Date    string   `json:"date"`
		Learned string   `json:"learned"`
		Rating  int      `json:"rating"`
		Tags    []string `json:"tags"`
	}
	if err := json.Unmarshal([]byte(log), &rs); err != nil {
		t.Fatalf("log --json: %v\n%s", err, log)
	}
	byDay := map[string]int{}
	for i, r := range rs {
		byDay[r.Date] = i
	}
	if len(rs) != 3 {
		t.Fatalf("%d reflections, want 3: %s", len(rs), log)
	}
	own := rs[byDay["2026-11-02"]]
	if own.Rating != 4 || !strings.HasPrefix(own.Learned, "my own words\n\nMorning: paired on the flaky test.\n\nRead the scheduler chapter.") ||
		strings.Join(own.Tags, ",") != "go,work,starred" {
		t.Errorf("the day written in coach: %+v", own)
	}
	if r := rs[byDay["2026-11-03"]]; r.Rating != 0 || !strings.HasPrefix(r.Learned, "今天学了 context") {
		t.Errorf("an imported day: %+v", r)
	}
	if out := must(t, env, "log", "--since", "2026-11-03", "--until", "2026-11-03"); !strings.Contains(out, "2026-11-03 · not rated · #学习") {
		t.Errorf("log shows an imported day as unrated:\n%s", out)
	}
	if out := must(t, env, "stats", "--json"); !strings.Contains(out, `"30d": 4,`) {
		t.Errorf("the mean of the last 30 days is the one rated day's 4:\n%s", out)
	}
	if out := must(t, env, "check"); !strings.Contains(out, "is fine") {
		t.Errorf("check: %s", out)
	}

	// coach reflect adds to an imported day without asking for a rating;
	// a day with no reflection still needs one.
	if out := must(t, env, "reflect", "--date", "2026-11-03", "--idea", "write it up"); !strings.Contains(out, "added to idea of the reflection of 2026-11-03 (not rated)") {
		t.Errorf("adding to an imported day: %s", out)
	}
	if _, errOut, code := run(t, env, "reflect", "--date", "2026-11-10", "-m", "x"); code != 2 || !strings.Contains(errOut, "--rating") {
		t.Errorf("a new day without a rating: exit %d, %q", code, errOut)
	}

	export := filepath.Join(env.dir, "out.json")
	must(t, env, "export", "-o", export)
	other := newEnv(t)
	must(t, other, "import", export)
	if a, b := must(t, env, "log", "--json"), must(t, other, "log", "--json"); a != b {
		t.Errorf("the journal after an export and an import:\n%s\nwant\n%s", b, a)
	}
}
