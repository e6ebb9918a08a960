package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// reviewWeek fills week 2026-W48 (Mon 23 to Sun 29 November; today is
// Saturday 28): a daily depth habit from the week before, done every day
// but Thursday 26, and a breadth one-off task due on 25, done on 26; two
// rated reflections.
func reviewWeek(t *testing.T, env *testEnv) {
	t.Helper()
	env.vars["COACH_TODAY"] = "2026-11-16"
	must(t, env, "add", "Read the runtime source", "--competency", "depth", "--repeat", "daily", "--minutes", "30")
	must(t, env, "add", "Try Zig", "--competency", "breadth", "--due", "2026-11-25")
	env.vars["COACH_TODAY"] = "2026-11-28"
	for _, d := range []string{"2026-11-23", "2026-11-24", "2026-11-25", "2026-11-27", "2026-11-28"} {
		must(t, env, "done", "1", "--date", d)
	}
	must(t, env, "done", "2", "--date", "2026-11-26", "--minutes", "40")
	must(t, env, "reflect", "--date", "2026-11-24", "--rating", "4", "-m", "a")
	must(t, env, "reflect", "--date", "2026-11-25", "--rating", "5", "-m", "b")
}

type reviewOut struct {
	Week  string `json:"week"`
	From  string `json:"from"`
	To    string `json:"to"`
	Comps []struct {
		ID      string `json:"id"`
		Done    int    `json:"done"`
		Due     int    `json:"due"`
		Extra   int    `json:"extra"`
		Minutes int    `json:"minutes"`
	} `json:"competencies"`
	Rating    *float64 `json:"rating_mean"`
	DayStreak int      `json:"day_streak"`
	Perfect   int      `json:"perfect_days"`
	Review    *struct {
		WentWell string `json:"went_well"`
		Adjust   string `json:"adjust"`
		Focus    string `json:"focus"`
		Notes    string `json:"notes"`
	} `json:"review"`
	Saved bool `json:"saved"`
}

func reviewJSON(t *testing.T, env *testEnv, args ...string) reviewOut {
	t.Helper()
	var r reviewOut
	if err := json.Unmarshal([]byte(must(t, env, append([]string{"review", "--json"}, args...)...)), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestReviewPrintsTheWeeksFigures(t *testing.T) {
	env := newEnv(t)
	reviewWeek(t, env)
	r := reviewJSON(t, env)
	if r.Week != "2026-W48" || r.From != "2026-11-23" || r.To != "2026-11-28" || r.Review != nil || r.Saved {
		t.Errorf("this week: %+v", r)
	}
	if len(r.Comps) != 6 || r.Comps[0].ID != "depth" || r.Comps[1].ID != "breadth" {
		t.Fatalf("competencies: %+v", r.Comps)
	}
	if c := r.Comps[0]; c.Done != 5 || c.Due != 6 || c.Minutes != 150 || c.Extra != 0 {
		t.Errorf("depth: %+v, want 5/6 done, 150 min", c)
	}
	if c := r.Comps[1]; c.Done != 1 || c.Due != 1 || c.Minutes != 40 {
		t.Errorf("breadth: %+v, want 1/1 done, 40 min", c)
	}
	if r.Rating == nil || *r.Rating != 4.5 || r.DayStreak != 6 || r.Perfect != 5 {
		t.Errorf("rating %v, streak %d, perfect %d; want 4.5, 6, 5", r.Rating, r.DayStreak, r.Perfect)
	}
	out := must(t, env, "review")
	for _, w := range []string{
		"Weekly review · 2026-W48 (2026-11-23 – 2026-11-29)\n\nThe week in figures\n",
		"  Technical depth               ███████░ 5/6 done · 150 min\n",
		"  mean rating 4.50 · day streak 6 at the end of the week · 5 perfect days\n",
		"No review of this week yet: coach review",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("coach review does not say %q:\n%s", w, out)
		}
	}
	zh := must(t, env, "review", "--lang", "zh")
	for _, w := range []string{"每周回顾 · 2026-W48", "  技术深度     ███████░ 完成 5/6 · 150 分钟\n", "平均评分 4.50", "这周还没有每周回顾"} {
		if !strings.Contains(zh, w) {
			t.Errorf("coach review --lang zh does not say %q:\n%s", w, zh)
		}
	}
	// A past week: whole, to its Sunday.
	if p := reviewJSON(t, env, "--week", "2026-w47"); p.Week != "2026-W47" || p.To != "2026-11-22" || p.Comps[0].Due != 7 || p.Comps[0].Done != 0 {
		t.Errorf("last week: %+v", p)
	}
}

func TestReviewSavesOnlyThePartsGiven(t *testing.T) {
	env := newEnv(t)
	reviewWeek(t, env)
	out := must(t, env, "review", "--went-well", "five days of reading", "--focus", "Breadth")
	if !strings.HasSuffix(out, "\nsaved the review of 2026-W48\n") ||
		!strings.Contains(out, "What went well this week?\n  five days of reading\n") ||
		!strings.Contains(out, "Which competency gets the focus next week?\n  Technical breadth\n") ||
		!strings.Contains(out, "Anything else worth noting?\n  —\n") {
		t.Errorf("saving a review:\n%s", out)
	}
	r := reviewJSON(t, env, "--adjust", "read on Thursday too", "--week", "2026-W48")
	if !r.Saved || r.Review == nil || r.Review.WentWell != "five days of reading" || r.Review.Adjust != "read on Thursday too" || r.Review.Focus != "breadth" {
		t.Errorf("a second save: %+v", r.Review)
	}
	must(t, env, "review", "--focus", "none", "--notes", "")
	if r := reviewJSON(t, env); r.Review.Focus != "" || r.Review.WentWell == "" {
		t.Errorf("--focus none: %+v", r.Review)
	}
	d := dump(t, env)
	if len(d.Reviews) != 1 || d.Reviews[0].Week != "2026-W48" {
		t.Errorf("reviews stored: %+v", d.Reviews)
	}
	zh := must(t, env, "review", "--week", "2026-W47", "--notes", "上周", "--lang", "zh")
	if !strings.HasSuffix(zh, "\n已保存 2026-W47 的每周回顾\n") || !strings.Contains(zh, "还有什么要记下的？\n  上周\n") {
		t.Errorf("saving in Chinese:\n%s", zh)
	}
}

func TestReviewBadInput(t *testing.T) {
	env := newEnv(t)
	failsWith(t, env, 1, []string{"does not exist"}, "review")
	reviewWeek(t, env)
	failsWith(t, env, 2, []string{"invalid week"}, "review", "--week", "48")
	failsWith(t, env, 2, []string{"has no week 54"}, "review", "--week", "2026-W54")
	failsWith(t, env, 2, []string{"has not started"}, "review", "--week", "2026-W49", "--notes", "x")
	failsWith(t, env, 2, nil, "review", "--focus", "cooking")
	failsWith(t, env, 2, []string{"review takes no arguments"}, "review", "2026-W48")
	if d := dump(t, env); len(d.Reviews) != 0 {
		t.Errorf("a failed review saved %+v", d.Reviews)
	}
}
