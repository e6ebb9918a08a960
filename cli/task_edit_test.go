package cli_test

import (
	"strings"
	"testing"

	"coach/domain"
)

func taskByID(t *testing.T, env *testEnv, id uint64) domain.Task {
	t.Helper()
	for _, task := range dump(t, env).Tasks {
		if task.ID == id {
			return task
		}
	}
	t.Fatalf("no task %d", id)
	return domain.Task{}
}

func TestEditChangesOnlyTheFlagsGiven(t *testing.T) {
	env := newEnv(t)
	seed(t, env)
	must(t, env, "add", "Notes", "--competency", "learning", "--notes", "keep me", "--minutes", "20")
	before := taskByID(t, env, 3)
	out := must(t, env, "edit", "3", "--title", "Index cards", "--repeat", "mon,wed,fri")
	if out != "saved task 3: Index cards (learning, mon,wed,fri)\n" {
		t.Errorf("edit said %q", out)
	}
	after := taskByID(t, env, 3)
	if after.Title != "Index cards" || after.Repeat != "mon,wed,fri" || after.Due != 0 ||
		after.Notes != "keep me" || after.Minutes != 20 || after.Competency != "learning" ||
		after.GID != before.GID || !after.Created.Equal(before.Created) {
		t.Errorf("after edit: %+v\nbefore: %+v", after, before)
	}
	// Back to one-off: due today unless --due says otherwise.
	must(t, env, "edit", "3", "--repeat", "once")
	if got := taskByID(t, env, 3); got.Repeat != "once" || got.Due.String() != "2026-11-28" {
		t.Errorf("made one-off: %+v", got)
	}
	must(t, env, "edit", "3", "--due", "friday", "--minutes", "0", "--notes", "")
	if got := taskByID(t, env, 3); got.Due.String() != "2026-12-04" || got.Minutes != 0 || got.Notes != "" {
		t.Errorf("due, minutes and notes: %+v", got)
	}
	// A goal gives its competency; none unlinks and keeps it.
	must(t, env, "edit", "3", "--goal", "1")
	if got := taskByID(t, env, 3); got.GoalID != 1 || got.Competency != "depth" {
		t.Errorf("linked to goal 1: %+v", got)
	}
	failsWith(t, env, 1, []string{"goal 1", "--goal none"}, "edit", "3", "--competency", "breadth")
	must(t, env, "edit", "3", "--goal", "none", "--competency", "breadth")
	if got := taskByID(t, env, 3); got.GoalID != 0 || got.Competency != "breadth" {
		t.Errorf("unlinked: %+v", got)
	}
	// Its check-ins stay.
	must(t, env, "edit", "1", "--minutes", "45")
	if n := len(dump(t, env).CheckIns); n != 1 {
		t.Errorf("%d check-ins after editing task 1, want 1", n)
	}
	must(t, env, "check") // the indexes follow the edits
	zh := must(t, env, "edit", "1", "--title", "读 runtime 源码", "--lang", "zh")
	if zh != "已保存任务 1：读 runtime 源码（技术深度，工作日）\n" {
		t.Errorf("edit in Chinese said %q", zh)
	}
}

func TestEditBadInput(t *testing.T) {
	env := newEnv(t)
	seed(t, env)
	failsWith(t, env, 1, []string{"no task with id 99"}, "edit", "99", "--title", "x")
	failsWith(t, env, 2, []string{"at least one of"}, "edit", "1")
	failsWith(t, env, 2, []string{"invalid id"}, "edit", "x", "--title", "y")
	failsWith(t, env, 2, nil, "edit", "1", "--repeat", "fortnightly")
	failsWith(t, env, 2, nil, "edit", "2", "--due", "someday")
	failsWith(t, env, 2, []string{"--due needs a date"}, "edit", "2", "--due", "")
	failsWith(t, env, 2, nil, "edit", "1", "--minutes", "-5")
	failsWith(t, env, 2, nil, "edit", "1", "--minutes", "lots")
	failsWith(t, env, 2, nil, "edit", "1", "--competency", "cooking")
	failsWith(t, env, 2, []string{"--goal needs a goal id"}, "edit", "1", "--goal", "first")
	failsWith(t, env, 2, []string{"--due is for one-off tasks"}, "edit", "2", "--repeat", "daily", "--due", "friday")
	failsWith(t, env, 1, []string{"repeats", "--repeat once"}, "edit", "1", "--due", "friday")
	failsWith(t, env, 1, []string{"no goal with id 7"}, "edit", "2", "--goal", "7")
	failsWith(t, env, 1, []string{"goal 1 is in depth"}, "edit", "2", "--goal", "1", "--competency", "breadth")
	failsWith(t, env, 1, nil, "edit", "2", "--title", " ")
	if got := taskByID(t, env, 2); got.Title != "Write the design doc" || got.GoalID != 0 || got.Due.String() != "2026-12-04" {
		t.Errorf("a failed edit changed task 2: %+v", got)
	}
}

func TestRmDeletesOrArchivesKeepingHistory(t *testing.T) {
	env := newEnv(t)
	seed(t, env)
	if out := must(t, env, "rm", "2"); out != "deleted task 2: Write the design doc (it had no check-ins)\n" {
		t.Errorf("rm 2 said %q", out)
	}
	if out := must(t, env, "rm", "1"); out != "archived task 1: Read the runtime source from 2026-11-28 on; its check-ins stay\n" {
		t.Errorf("rm 1 said %q", out)
	}
	d := dump(t, env)
	if len(d.Tasks) != 1 || !d.Tasks[0].Archived || d.Tasks[0].ArchivedOn.String() != "2026-11-28" || len(d.CheckIns) != 1 {
		t.Errorf("after rm: tasks %+v, check-ins %+v", d.Tasks, d.CheckIns)
	}
	if out := must(t, env, "today"); strings.Contains(out, "runtime source") || strings.Contains(out, "design doc") {
		t.Errorf("today still shows a removed task:\n%s", out)
	}
	must(t, env, "check")
	failsWith(t, env, 1, []string{"task 1 is already archived"}, "rm", "1")
	failsWith(t, env, 1, []string{"no task with id 2"}, "rm", "2")
	failsWith(t, env, 2, []string{"invalid id"}, "rm", "0")
	failsWith(t, env, 2, []string{"rm needs a task id"}, "rm")

	zh := newEnv(t)
	seed(t, zh)
	if out := must(t, zh, "rm", "2", "--lang", "zh"); out != "已删除任务 2：Write the design doc（它没有打卡记录）\n" {
		t.Errorf("rm 2 in Chinese said %q", out)
	}
	if out := must(t, zh, "rm", "1", "--lang", "zh"); out != "已归档任务 1：Read the runtime source（自 2026-11-28 起），打卡记录保留\n" {
		t.Errorf("rm 1 in Chinese said %q", out)
	}
}
