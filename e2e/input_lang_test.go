package e2e

import (
	"errors"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// runFailing runs a command of the binary that has to fail and returns
// its stderr and exit status.
func runFailing(t *testing.T, env []string, args ...string) (string, int) {
	t.Helper()
	stdout, stderr, err := execCLI(env, args...)
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Fatalf("coach %s: %v, want a failure\n%s", strings.Join(args, " "), err, stdout)
	}
	if stdout != "" {
		t.Errorf("coach %s printed %q on stdout", strings.Join(args, " "), stdout)
	}
	return stderr, exit.ExitCode()
}

// The real binary says its errors in the interface's language, with the
// exit status English gets: a usage mistake, an input rule, an id not
// found and the flag parser's own complaint.
func TestErrorsInTheInterfaceLanguage(t *testing.T) {
	dir := t.TempDir()
	runCLI(t, dir, "add", "Read", "--competency", "depth", "--repeat", "daily")
	zhEnv := append(appEnv(dir), "COACH_LANG=zh")
	for _, c := range []struct {
		args   []string
		code   int
		en, zh string
	}{
		{[]string{"done", "abc"}, 2, "coach: invalid id \"abc\": want a positive number\n", "coach: 无效的编号 \"abc\"：应为正整数\n"},
		{[]string{"done", "99"}, 1, "coach: no task with id 99\n", "coach: 没有编号为 99 的任务\n"},
		{[]string{"add", "x", "--repeat", "9/week"}, 1, "coach: invalid repeat \"9/week\": N/week needs 1 ≤ N ≤ 7\n", "coach: 无效的重复规则 \"9/week\"：每周的次数应在 1 到 7 之间\n"},
		{[]string{"add", "--nope"}, 2, "coach: unknown flag: --nope\n", "coach: 未知选项：--nope\n"},
	} {
		if got, code := runFailing(t, appEnv(dir), c.args...); got != c.en || code != c.code {
			t.Errorf("coach %q: %q, exit %d; want %q, exit %d", c.args, got, code, c.en, c.code)
		}
		if got, code := runFailing(t, zhEnv, c.args...); got != c.zh || code != c.code {
			t.Errorf("COACH_LANG=zh coach %q: %q, exit %d; want %q, exit %d", c.args, got, code, c.zh, c.code)
		}
		if got, code := runFailing(t, appEnv(dir), append([]string{"--lang", "zh"}, c.args...)...); got != c.zh || code != c.code {
			t.Errorf("coach --lang zh %q: %q, exit %d; want %q, exit %d", c.args, got, code, c.zh, c.code)
		}
	}
}

// A Chinese user types the schedule as the list shows it, in the task
// form; it is stored in the one form every language reads.
func TestTaskFormTakesChineseWords(t *testing.T) {
	dir := t.TempDir()
	runCLI(t, dir, "add", "读源码", "--competency", "depth", "--repeat", "daily")
	a := startAppEnv(t, append(appEnv(dir), "COACH_LANG=zh"))
	a.waitText(t, 10*time.Second, "读源码")
	a.press(t, "a")
	a.waitText(t, 5*time.Second, "新任务")
	a.press(t, "刷题")
	a.waitText(t, 5*time.Second, "刷题")
	a.press(t, "\t\t\t每周2次")
	a.waitText(t, 5*time.Second, "每周2次")
	a.press(t, "\r")
	a.waitText(t, 5*time.Second, "刷题  每周 2 次")
	a.press(t, "q")
	a.waitExit(t, 5*time.Second)
	if out := runCLI(t, dir, "tasks", "--json"); !strings.Contains(out, `"repeat": "2/week"`) {
		t.Errorf("the task typed as 每周2次 is stored as:\n%s", out)
	}
}
