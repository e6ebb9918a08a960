package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// askedBy runs cmd and returns the question it asks.
func askedBy(t *testing.T, cmd tea.Cmd) askMsg {
	t.Helper()
	for _, msg := range mdCollect(t, cmd) {
		if q, ok := msg.(askMsg); ok {
			return q
		}
	}
	t.Fatal("no question asked")
	return askMsg{}
}

// dueToday is how many tasks the store has due on the test day.
func dueToday(t *testing.T, st *store.Store) int {
	t.Helper()
	items, err := st.DueOn(testDay, testDay)
	if err != nil {
		t.Fatal(err)
	}
	return len(items)
}

// statusOf is the status line of the root's frame, above the help.
// statusOf is the status line, a question wrapped over several lines
// joined back into one.
func statusOf(m tea.Model) string {
	a := m.(*app)
	lines := strings.Split(viewOf(m), "\n")
	helpLines := strings.Count(a.helpView(), "\n") + 1
	var parts []string
	for _, l := range lines[len(lines)-a.footerHeight() : len(lines)-helpLines] {
		parts = append(parts, strings.TrimSpace(l))
	}
	return strings.Join(parts, " ")
}

// While a question is open a key other than y only closes it: it does not
// tick, move, switch screens, open help or quit. Mouse clicks do nothing.
func TestAskOtherKeyDoesNothingElse(t *testing.T) {
	model, st := openApp(t)
	done, due := doneToday(t, st), dueToday(t, st)
	ts := model.(*app).screens[0].(*todayScreen)
	it, _ := ts.selected()
	question := fmt.Sprintf(ts.sh.ui.Today.DeleteConfirm, it.Task.Title)
	for _, k := range []string{"n", "esc", "space", "x", "j", "2", "tab", "?", "q", "a", "enter", "d"} {
		model = pressModel(t, model, "d")
		a := model.(*app)
		if a.asking == nil || !strings.Contains(statusOf(a), question) {
			t.Fatalf("d did not ask %q on the status line:\n%s", question, viewOf(a))
		}
		// A click on the second tab while asking.
		model, _ = model.Update(tea.MouseClickMsg{X: 12, Y: 0, Button: tea.MouseLeft})
		if a.active != 0 || a.asking == nil {
			t.Fatalf("a click while asking switched to %d or closed the question", a.active)
		}
		var cmd tea.Cmd
		model, cmd = model.Update(keyMsg(k))
		if cmd != nil {
			t.Fatalf("%s answered the question with a command", k)
		}
		switch {
		case a.asking != nil:
			t.Fatalf("%s left the question open", k)
		case a.active != 0:
			t.Fatalf("%s closed the question and switched to screen %d", k, a.active)
		case a.help.ShowAll:
			t.Fatalf("%s closed the question and opened the help", k)
		case ts.cursor != 0 || ts.form != nil:
			t.Fatalf("%s closed the question and moved (%d) or opened a form", k, ts.cursor)
		case doneToday(t, st) != done || dueToday(t, st) != due:
			t.Fatalf("%s closed the question and ticked or deleted a task", k)
		case strings.Contains(viewOf(a), question):
			t.Fatalf("%s left the question on screen:\n%s", k, viewOf(a))
		}
	}
}

// y runs the answer once: one task is deleted, and a second y does not
// delete another. Y answers too.
func TestAskYesRunsOnce(t *testing.T) {
	model, st := openApp(t)
	due := dueToday(t, st)
	model = pressModel(t, model, "d", "y")
	if got := dueToday(t, st); got != due-1 {
		t.Fatalf("d y left %d tasks due, was %d", got, due)
	}
	if v := viewOf(model); !strings.Contains(v, "Deleted") {
		t.Errorf("no status after the delete:\n%s", v)
	}
	model = pressModel(t, model, "y")
	if got := dueToday(t, st); got != due-1 {
		t.Fatalf("a second y deleted again: %d tasks due, was %d", got, due)
	}

	a := model.(*app)
	runs := 0
	model = runModel(t, a, ask("Go on?", func() tea.Cmd { runs++; return nil }))
	if !strings.Contains(statusOf(model), "Go on?") {
		t.Fatalf("the question is not on the status line:\n%s", viewOf(model))
	}
	model = pressModel(t, model, "Y", "y")
	if runs != 1 {
		t.Fatalf("Y then y ran the answer %d times", runs)
	}
}

// The question takes the status line and leaves the frame its size, at
// 80×24 and in either language; a 20-column window shows the too-small
// note and keeps the question for when the window grows.
func TestAskFitsTheWindow(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		a := sizeModel(t, lang, nil, fixture)
		ts := a.screens[0].(*todayScreen)
		for i, it := range ts.items { // the longest title: the question is wider than 80
			if len(it.Task.Title) > len(ts.items[ts.cursor].Task.Title) {
				ts.cursor = i
			}
		}
		m := runModel(t, a, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 24} })
		m = pressModel(t, m, "d")
		ui := a.sh.ui.Today
		tail := ui.DeleteConfirm[strings.Index(ui.DeleteConfirm, "%s")+2:]
		check := func(w, h int) {
			t.Helper()
			view := m.View().Content
			if lines := strings.Split(view, "\n"); len(lines) != h && w >= minWidth || len(lines) > h {
				t.Errorf("%s %d×%d: %d lines", lang, w, h, len(lines))
			}
			assertFits(t, view, w)
		}
		check(80, 24)
		if s := statusOf(m); !strings.Contains(s, tail) {
			t.Errorf("%s: the status line cuts the question: %q", lang, s)
		}
		m = runModel(t, m, func() tea.Msg { return tea.WindowSizeMsg{Width: 20, Height: 24} })
		check(20, 24)
		m = runModel(t, m, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 24} })
		if a.asking == nil || !strings.Contains(statusOf(m), tail) {
			t.Errorf("%s: the question is gone after the resize:\n%s", lang, viewOf(m))
		}
		check(80, 24)
	}
}

// A screen's number while asking only closes the question: Goals stays,
// and the goal is not archived; y archives it.
func TestAskTabKeyOnlyCancels(t *testing.T) {
	model, st := openApp(t)
	model = pressModel(t, model, "2")
	a := model.(*app)
	gs := a.screens[1].(*goalsScreen)
	r, _ := gs.selected()
	model = pressModel(t, model, "d", "3")
	if a.active != 1 || a.asking != nil {
		t.Fatalf("3 while asking: screen %d, question open %v", a.active, a.asking != nil)
	}
	if g, _ := st.Goal(r.goal.ID); g.Status != domain.StatusActive {
		t.Fatalf("3 while asking archived the goal (%s)", g.Status)
	}
	pressModel(t, model, "d", "y")
	if g, _ := st.Goal(r.goal.ID); g.Status != domain.StatusArchived {
		t.Fatalf("d y left the goal %s", g.Status)
	}
}
