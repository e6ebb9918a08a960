package tui

import (
	"strings"
	"testing"

	"coach/content"
	"coach/domain"
)

// seedGoalFigures makes a hand-made history for the goal list: one goal of
// one-off tasks (1 of 3 done), one of a 2/week habit kept 4 of 8 times in
// the last 28 days, and one whose weekdays habit was ticked at weekends
// only.
func seedGoalFigures(t *testing.T, sh *shared) {
	t.Helper()
	st := sh.store
	goal := func(title, comp string) uint64 {
		g, err := st.AddGoal(domain.Goal{Title: title, Competency: comp})
		if err != nil {
			t.Fatal(err)
		}
		return g.ID
	}
	task := func(goal uint64, title, repeat string) uint64 {
		tk, err := st.AddTask(domain.Task{Title: title, GoalID: goal, Repeat: repeat, Due: testDay})
		if err != nil {
			t.Fatal(err)
		}
		return tk.ID
	}
	tick := func(id uint64, days ...string) {
		for _, d := range days {
			date, err := domain.ParseISODate(d)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := st.SetDone(domain.CheckIn{TaskID: id, Date: date}); err != nil {
				t.Fatal(err)
			}
		}
	}
	parser := goal("Ship the parser", domain.Depth)
	tick(task(parser, "Lexer", "once"), "2026-11-20")
	task(parser, "Grammar", "once")
	task(parser, "Error messages", "once")
	pair := goal("Pair with a colleague", domain.Collaboration)
	tick(task(pair, "Pair session", "2/week"), "2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24")
	kata := goal("Keep a kata habit", domain.Learning)
	tick(task(kata, "Kata", "weekdays"), "2026-11-21", "2026-11-22", "2026-11-28")
}

// The goal list shows the figure that fits each goal, labelled, never one
// blended percentage; the detail names both figures.
func TestGoalListShowsNamedFigures(t *testing.T) {
	for _, tc := range []struct {
		lang              content.Lang
		tasks, pair, kata string
		detail            string
	}{
		{content.EN, "1/3 tasks", "habits 50% (28 d)", "habits 0% (28 d)", "Habits kept: 4 of 8 check-ins due in the last 28 days"},
		{content.ZH, "任务 1/3", "习惯 50%（28 天）", "习惯 0%（28 天）", "习惯坚持：最近 28 天应打卡 8 次，完成 4 次"},
	} {
		sh := testShared(t, tc.lang)
		seedGoalFigures(t, sh)
		s := newGoalsScreen(sh)
		s.SetSize(100, 30)
		s = runCmd(t, s, s.Init())
		view := plainView(s)
		for title, want := range map[string]string{"Ship the parser": tc.tasks, "Pair with a colleague": tc.pair, "Keep a kata habit": tc.kata} {
			line := lineWith(view, title)
			if !strings.Contains(line, want) {
				t.Errorf("%s: the line of %q lacks %q:\n%s", tc.lang, title, want, view)
			}
			if strings.Contains(line, "100%") {
				t.Errorf("%s: %q reads 100%%:\n%s", tc.lang, title, line)
			}
		}
		assertFits(t, view, 100)
		// Depth, learning, collaboration: the pair goal is the third row.
		s = press(t, s, "j", "j", "enter")
		if view := plainView(s); !strings.Contains(view, tc.detail) {
			t.Errorf("%s: the detail lacks %q:\n%s", tc.lang, tc.detail, view)
		}
	}
}

func lineWith(view, text string) string {
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	return ""
}
