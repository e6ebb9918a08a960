package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestRecallCommands(t *testing.T) {
	env := newEnv(t)
	for _, d := range []string{"2026-11-10", "2026-11-12", "2026-11-15"} {
		env.vars["COACH_TODAY"] = d
		must(t, env, "reflect", "-m", "lesson of "+d, "--rating", "4")
	}
	env.vars["COACH_TODAY"] = "2026-11-15"
	must(t, env, "reflect", "--ask", "Why does a P steal half?")
	env.vars["COACH_TODAY"] = "2026-11-16"

	out := must(t, env, "recall")
	for _, want := range []string{"3 cards to recall today", "2026-11-10  new     What did you learn on 2026-11-10?", "2026-11-15  new     Why does a P steal half?"} {
		if !strings.Contains(out, want) {
			t.Errorf("recall lacks %q:\n%s", want, out)
		}
	}
	var doc struct {
		Due   int
		Cards []struct {
			Card, Ask, Learned string
			New                bool
		}
	}
	if err := json.Unmarshal([]byte(must(t, env, "recall", "--json")), &doc); err != nil || doc.Due != 3 || len(doc.Cards) != 3 || doc.Cards[2].Ask == "" {
		t.Fatalf("recall --json: %+v %v", doc, err)
	}

	if out := must(t, env, "recall", "grade", "2026-11-10", "good"); !strings.Contains(out, "2026-11-10: good; next on 2026-11-19 (in 3 days)") {
		t.Errorf("grade: %q", out)
	}
	if out := must(t, env, "recall", "grade", "2026-11-12", "1"); !strings.Contains(out, "next tomorrow, 2026-11-17") {
		t.Errorf("grade again: %q", out)
	}
	for _, bad := range [][]string{{"recall", "grade", "2026-11-10", "meh"}, {"recall", "grade", "2026-11-10"}, {"recall", "--set-new", "-1"}} {
		if _, errOut, code := run(t, env, bad...); code != 2 || strings.Count(errOut, "\n") != 1 {
			t.Errorf("coach %v: exit %d, %q", bad, code, errOut)
		}
	}
	if _, errOut, code := run(t, env, "recall", "grade", "2026-11-11", "good"); code != 1 || !strings.Contains(errOut, "no recall card") {
		t.Errorf("grading a day without a card: exit %d, %q", code, errOut)
	}

	// A session from standard input: the cue, Enter, a grade; s retires.
	env.stdin = "\nx\n4\n\ns\n"
	out = must(t, env, "recall", "--session")
	for _, want := range []string{"card 1 of 1", "Why does a P steal half?", "lesson of 2026-11-15", "Type 1, 2, 3 or 4", "easy; next on 2026-12-02 (in 16 days)", "1 graded, 1 recalled"} {
		if !strings.Contains(out, want) {
			t.Errorf("session lacks %q:\n%s", want, out)
		}
	}
	env.stdin = ""
	if out := must(t, env, "recall"); !strings.Contains(out, "Nothing to recall today.") {
		t.Errorf("after the session: %q", out)
	}
	must(t, env, "recall", "retire", "2026-11-10")
	env.vars["COACH_TODAY"] = "2026-11-30"
	if out := must(t, env, "recall"); strings.Contains(out, "2026-11-10") || !strings.Contains(out, "2026-11-12") {
		t.Errorf("a retired card came back, or a due one did not: %q", out)
	}
	if out := must(t, env, "recall", "--set-new", "2", "--set-reviews", "30"); !strings.Contains(out, "at most 2 new cards and 30 reviews") {
		t.Errorf("caps: %q", out)
	}
	env.vars["COACH_LANG"] = "zh"
	if out := must(t, env, "recall"); !strings.Contains(out, "今天有 1 张卡片要回想（每天最多 2 张新卡、30 次复习）") {
		t.Errorf("zh: %q", out)
	}
}

// A card of the last day coach keeps is never due: there is no later day
// to grade it on. One of the first day is graded as any other.
func TestRecallAtTheEndsOfTheCalendar(t *testing.T) {
	env := newEnv(t)
	env.vars["COACH_TODAY"] = "9999-12-31"
	must(t, env, "reflect", "-m", "the end", "--rating", "3")
	if out := must(t, env, "recall"); !strings.Contains(out, "Nothing to recall today.") {
		t.Errorf("on 9999-12-31: %q", out)
	}
	if _, errOut, code := run(t, env, "recall", "grade", "9999-12-31", "good"); code != 1 || strings.Count(errOut, "\n") != 1 {
		t.Errorf("grading it: exit %d, %q", code, errOut)
	}
	env2 := newEnv(t)
	env2.vars["COACH_TODAY"] = "1900-01-01"
	must(t, env2, "reflect", "-m", "the start", "--rating", "3")
	env2.vars["COACH_TODAY"] = "1900-01-02"
	if out := must(t, env2, "recall"); !strings.Contains(out, "1 card to recall today") {
		t.Errorf("on 1900-01-02: %q", out)
	}
	if out := must(t, env2, "recall", "grade", "1900-01-01", "easy"); !strings.Contains(out, "next on 1900-01-18 (in 16 days)") {
		t.Errorf("grading it: %q", out)
	}
}
