package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// journal writes three reflections: 2026-11-20, 2026-11-25 and today.
func journal(t *testing.T, env *testEnv) {
	t.Helper()
	must(t, env, "reflect", "--date", "2026-11-20", "--rating", "3", "-m", "how the scheduler steals work", "--tag", "go")
	must(t, env, "reflect", "--date", "2026-11-25", "--rating", "5", "-m", "B-trees\n\nsplit pages", "--next", "read bbolt", "--tag", "DB", "--tag", "go")
	must(t, env, "reflect", "--rating", "4", "--solved", "the flaky test", "--tag", "testing")
}

func TestLogPrintsReflectionsNewestFirst(t *testing.T) {
	env := newEnv(t)
	journal(t, env)
	out := must(t, env, "log", "--since", "2026-11-21")
	want := "2026-11-28 · 4/5 · #testing\n" +
		"  What problem did I solve, and how?\n" +
		"    the flaky test\n" +
		"\n" +
		"2026-11-25 · 5/5 · #db #go\n" +
		"  What did I learn today?\n" +
		"    B-trees\n" +
		"\n" + // a blank line stays blank
		"    split pages\n" +
		"  What is the next step tomorrow?\n" +
		"    read bbolt\n"
	if out != want {
		t.Errorf("coach log --since:\n%s\nwant:\n%s", out, want)
	}
	zh := must(t, env, "log", "--until", "2026-11-20", "--lang", "zh")
	if zh != "2026-11-20 · 3/5 · #go\n  今天学到了什么？\n    how the scheduler steals work\n" {
		t.Errorf("coach log --until --lang zh:\n%s", zh)
	}
	if out := must(t, env, "log", "--since", "2026-11-26", "--until", "2026-11-27"); out != "No reflections found.\n" {
		t.Errorf("an empty range: %q", out)
	}
	if out := must(t, env, "log", "--search", "nothing like this", "--lang", "zh"); out != "没有找到反思。\n" {
		t.Errorf("no match in Chinese: %q", out)
	}
}

func TestLogFindsByTagAndSearch(t *testing.T) {
	env := newEnv(t)
	journal(t, env)
	dates := func(args ...string) string {
		t.Helper()
		var rs []struct {
			Date string   `json:"date"`
			Tags []string `json:"tags"`
		}
		if err := json.Unmarshal([]byte(must(t, env, append([]string{"log", "--json"}, args...)...)), &rs); err != nil {
			t.Fatal(err)
		}
		var ds []string
		for _, r := range rs {
			if r.Tags == nil {
				t.Errorf("tags of %s are null in JSON", r.Date)
			}
			ds = append(ds, r.Date)
		}
		return strings.Join(ds, " ")
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "2026-11-28 2026-11-25 2026-11-20"},
		{[]string{"--tag", "go"}, "2026-11-25 2026-11-20"},
		{[]string{"--tag", "#go"}, "2026-11-25 2026-11-20"},
		{[]string{"--tag", "#GO", "--tag", "db"}, "2026-11-25"},
		{[]string{"--tag", "g"}, ""}, // a tag is whole, not a part of one
		{[]string{"--search", "scheduler"}, "2026-11-20"},
		{[]string{"--search", "#go"}, "2026-11-25 2026-11-20"}, // a tag as the log shows it
		{[]string{"--search", "#DB pages"}, "2026-11-25"},
		{[]string{"--search", "#scheduler"}, ""},  // a word of the text is not a tag
		{[]string{"--since", "昨天"}, "2026-11-28"}, // a date word in Chinese
		{[]string{"--search", "go", "--since", "2026-11-21"}, "2026-11-25"},
		{[]string{"--search", "FLAKY", "--tag", "testing", "--until", "today"}, "2026-11-28"},
		{[]string{"--since", "2026-11-25", "--until", "2026-11-25"}, "2026-11-25"},
	} {
		if got := dates(c.args...); got != c.want {
			t.Errorf("coach log --json %q: %q, want %q", c.args, got, c.want)
		}
	}
}

func TestLogBadInput(t *testing.T) {
	env := newEnv(t)
	failsWith(t, env, 1, []string{"does not exist"}, "log")
	journal(t, env)
	failsWith(t, env, 2, []string{"after --until"}, "log", "--since", "2026-11-25", "--until", "2026-11-20")
	failsWith(t, env, 2, nil, "log", "--since", "last spring")
	failsWith(t, env, 2, []string{"--until needs a date"}, "log", "--until", "")
	failsWith(t, env, 2, []string{"--tag needs a tag"}, "log", "--tag", "#")
	failsWith(t, env, 2, []string{"log takes no arguments"}, "log", "go")
}
