package cli_test

import (
	"encoding/json"
	"testing"
)

func TestStatusIsOneShortLine(t *testing.T) {
	env := newEnv(t)
	seed(t, env) // the habit, done today; the one-off task is due on Friday
	if out := must(t, env, "status"); out != "☑ all done · 🔥 1\n" {
		t.Errorf("all done: %q", out)
	}
	must(t, env, "add", "Answer the review comments", "--competency", "collaboration")
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "☐ 1 left · 🔥 1\n"},
		{[]string{"--ascii"}, "[ ] 1 left * 1\n"},
		{[]string{"--lang", "zh"}, "☐ 剩 1 项 · 🔥 1\n"},
		{[]string{"--format", "{left}/{due} {streak}"}, "1/2 1\n"},
		{[]string{"--format", "#[fg=yellow]{done} done, {recall} to recall {x"}, "#[fg=yellow]1 done, 0 to recall {x\n"},
	} {
		if out := must(t, env, append([]string{"status"}, c.args...)...); out != c.want {
			t.Errorf("coach status %q: %q, want %q", c.args, out, c.want)
		}
	}
	var s map[string]any
	if err := json.Unmarshal([]byte(must(t, env, "status", "--json")), &s); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"date": "2026-11-28", "due": 2.0, "done": 1.0, "left": 1.0, "streak": 1.0, "recall": 0.0}
	if len(s) != len(want) {
		t.Errorf("status --json: %v, want %v", s, want)
	}
	for k, v := range want {
		if s[k] != v {
			t.Errorf("status --json %s: %v, want %v", k, s[k], v)
		}
	}
}

func TestStatusIsEmptyWithNothingToSay(t *testing.T) {
	env := newEnv(t)
	must(t, env, "goal", "add", "Go runtime", "--competency", "depth")
	for _, args := range [][]string{{"status"}, {"status", "--ascii"}, {"status", "--format", "{left} left"}} {
		if out := must(t, env, args...); out != "\n" {
			t.Errorf("coach %q with nothing due and no streak: %q, want an empty line", args, out)
		}
	}
	// Yesterday's check-in keeps a streak with nothing due today.
	must(t, env, "add", "Read a paper", "--due", "yesterday")
	must(t, env, "done", "1", "--date", "yesterday")
	if out := must(t, env, "status"); out != "🔥 1\n" {
		t.Errorf("a streak alone: %q", out)
	}
}

func TestStatusOnlyReads(t *testing.T) {
	env := newEnv(t)
	seed(t, env)
	before := readFile(t, env.db)
	must(t, env, "status", "--json")
	must(t, env, "status")
	sameFile(t, env.db, before, "coach status")
}

func TestStatusBadInput(t *testing.T) {
	env := newEnv(t)
	failsWith(t, env, 1, []string{"does not exist"}, "status")
	seed(t, env)
	failsWith(t, env, 2, []string{"unknown placeholder {lft}", "{left} {due} {done} {streak} {recall}"}, "status", "--format", "{lft}/{due}")
	failsWith(t, env, 2, []string{"status takes no arguments"}, "status", "now")
	failsWith(t, env, 2, nil, "status", "--ascii=sometimes")
}
