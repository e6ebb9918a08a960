package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
)

func newTestToday(t *testing.T, sh *shared, w, h int) screen {
	t.Helper()
	s := newTodayScreen(sh)
	s.SetSize(w, h)
	return runCmd(t, s, s.Init())
}

// Quick add on a past day back-fills: the task is due on the day shown.
func TestTodayQuickAddOnTheDayShown(t *testing.T) {
	sh := testShared(t, content.EN)
	s := newTestToday(t, sh, 100, 26)
	s = press(t, s, "h", "a")
	s = typeText(t, s, "Write the postmortem")
	s = press(t, s, "enter")
	s = runCmd(t, s, func() tea.Msg { return dataChangedMsg{} }) // the root's reload after a write
	ts, err := sh.store.Tasks(false)
	if err != nil || len(ts) != 1 {
		t.Fatalf("tasks %v, %v", ts, err)
	}
	if want := testDay - 1; ts[0].Due != want || ts[0].Repeat != "once" {
		t.Errorf("quick add on %s gave due %s repeat %s", want, ts[0].Due, ts[0].Repeat)
	}
	if !strings.Contains(plainView(s), "Write the postmortem") {
		t.Errorf("the new task is not on the day shown:\n%s", plainView(s))
	}
}

// A form taller than the screen keeps the field in focus, with its error,
// in view; nothing is saved while a field is wrong.
func TestTodayFormScrollsToTheFocusedError(t *testing.T) {
	sh := testShared(t, content.ZH)
	s := newTestToday(t, sh, 80, 20)
	s = press(t, s, "a")
	s = typeText(t, s, "读源码")
	for range tfMinutes {
		s = press(t, s, "tab")
	}
	s = typeText(t, s, "-5")
	s = press(t, s, "enter")
	view := plainView(s)
	if got := strings.Count(view, "\n") + 1; got > 20 {
		t.Errorf("form is %d lines on a 20-line body", got)
	}
	assertFits(t, s.View(), 80)
	if !strings.Contains(view, "got -5") {
		t.Errorf("the minutes error is not in view:\n%s", view)
	}
	if empty, _ := sh.store.IsEmpty(); !empty {
		t.Error("an invalid form was saved")
	}
}

// Ticking a task off and undoing it through the root.
func TestTodayToggleAndUndo(t *testing.T) {
	sh := testShared(t, content.EN)
	if _, err := sh.store.AddTask(domain.Task{Title: "Daily kata", Competency: "learning", Repeat: "daily"}); err != nil {
		t.Fatal(err)
	}
	a := newApp(sh, [6]screen{newTodayScreen(sh), newGoalsScreen(sh), newReflectScreen(sh), newProgressScreen(sh), lazy(func() screen { return newGuideScreen(sh) }), lazy(func() screen { return newFAQScreen(sh) })})
	m := runModel(t, a, a.Init())
	m = runModel(t, m, func() tea.Msg { return tea.WindowSizeMsg{Width: 100, Height: 30} })
	done := func() bool {
		cs, _ := sh.store.CheckInsBetween(testDay, testDay)
		return len(cs) == 1
	}
	m = pressModel(t, m, "space")
	if !done() || !strings.Contains(viewOf(m), "[x] Daily kata") {
		t.Fatalf("space did not tick the task off:\n%s", viewOf(m))
	}
	m = pressModel(t, m, "u")
	if done() || !strings.Contains(viewOf(m), "[ ] Daily kata") {
		t.Fatalf("u did not undo the tick:\n%s", viewOf(m))
	}
}
