package cli_test

import (
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
	if !strings.Contains(out, "would add 4 goals, 12 tasks, 4 check-ins") || !strings.Contains(out, "skipped: 1 — deleted task") {
		t.Errorf("dry run: %s", out)
	}
	if _, err := os.Stat(env.db); !os.IsNotExist(err) {
		t.Fatalf("a dry run created the database: %v", err)
	}
	if out := must(t, env, "import", "--from", "taskwarrior", tw); !strings.Contains(out, "taskwarrior: added 4 goals, 12 tasks, 4 check-ins") {
		t.Errorf("import: %s", out)
	}
	if out := must(t, env, "import", "--from", "TaskWarrior", tw); !strings.Contains(out, "added 0 goals, 0 tasks, 0 check-ins") || !strings.Contains(out, "already imported: 20") {
		t.Errorf("the same import again: %s", out)
	}
	if out := must(t, env, "import", "--from", "harsh", harsh, "--competency", "depth"); !strings.Contains(out, "harsh: added 2 goals, 13 tasks, 9 check-ins") || !strings.Contains(out, "approximated: 1 — every 2 days became 4/week") {
		t.Errorf("harsh: %s", out)
	}
	loop := filepath.Join("..", "importer", "testdata", "loop")
	if out := must(t, env, "import", "--from", "loop", loop); !strings.Contains(out, "loop: added 0 goals, 6 tasks, 12 check-ins") || !strings.Contains(out, "approximated: 1 — 2 times in 5 days became 3/week") {
		t.Errorf("loop: %s", out)
	}
	if out := must(t, env, "import", "--from", "loop", loop); !strings.Contains(out, "added 0 goals, 0 tasks, 0 check-ins") {
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
		{"import", "--from", "jrnl", tw},
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
