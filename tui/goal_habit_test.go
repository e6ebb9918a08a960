package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"coach/content"
	"coach/domain"
)

// A goal's detail has a cursor over its tasks: enter on a habit opens its
// history, esc comes back to the detail; enter on a one-off does nothing.
func TestGoalDetailOpensHabitHistory(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		sh, s, gs := goalsWith(t, lang, domain.Goal{Title: "Learn Raft", Competency: domain.Depth})
		habit, err := sh.store.AddTask(domain.Task{Title: "Read a section", GoalID: gs[0].ID, Repeat: "daily"})
		if err != nil {
			t.Fatal(err)
		}
		once, _ := sh.store.AddTask(domain.Task{Title: "Write the summary", GoalID: gs[0].ID, Repeat: "once", Due: testDay})
		if _, err := sh.store.SetDone(domain.CheckIn{TaskID: habit.ID, Date: testDay - 1, Note: "log replication"}); err != nil {
			t.Fatal(err)
		}
		s = runCmd(t, s, func() tea.Msg { return dataChangedMsg{} })
		title := fmt.Sprintf(sh.ui.History.Title, habit.Title)

		s = press(t, s, "enter")
		view := plainView(s)
		if !strings.Contains(view, "› "+habit.Title) || strings.Contains(view, "› "+once.Title) {
			t.Fatalf("%s: the cursor is not on the first task:\n%s", lang, view)
		}
		s = press(t, s, "j")
		if view := plainView(s); !strings.Contains(view, "› "+once.Title) {
			t.Errorf("%s: j did not move to the one-off:\n%s", lang, view)
		}
		s = press(t, s, "j", "enter") // past the last, then enter on a one-off
		gsc := s.(*goalsScreen)
		if gsc.habit != nil || !gsc.detail || gsc.task != 1 {
			t.Errorf("%s: enter on a one-off: habit %v, detail %v, cursor %d", lang, gsc.habit != nil, gsc.detail, gsc.task)
		}
		s = press(t, s, "k", "enter")
		view = plainView(s)
		if !strings.Contains(view, title) || !strings.Contains(view, "log replication") {
			t.Fatalf("%s: enter on the habit did not open its history:\n%s", lang, view)
		}
		// a toggle there writes, and the reload keeps the history open
		s = press(t, s, "space")
		s = runCmd(t, s, func() tea.Msg { return dataChangedMsg{} })
		if done, _ := sh.store.TaskCheckIns(habit.ID, testDay, testDay); len(done) != 1 {
			t.Errorf("%s: space in the history did not tick today: %v", lang, done)
		}
		if !strings.Contains(plainView(s), title) {
			t.Errorf("%s: the history closed on the reload:\n%s", lang, plainView(s))
		}
		s = press(t, s, "esc")
		view = plainView(s)
		if strings.Contains(view, title) || !strings.Contains(view, "› "+habit.Title) {
			t.Errorf("%s: esc did not come back to the detail:\n%s", lang, view)
		}
		s = press(t, s, "esc")
		if s.(*goalsScreen).detail {
			t.Errorf("%s: esc did not close the detail", lang)
		}
	}
}

// The history of the fixture's first goal's habit, opened from Goals at
// 100×30.
func TestGoldenGoalHabitHistory(t *testing.T) {
	const w, h = 100, 30
	tm := teatest.NewTestModel(t, New(fixtureOptions(t, content.EN, true)),
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ASCII)))
	scr := newTestScreen(t, w, h)
	scr.waitFor(t, tm, settledEN...)
	tm.Type("2")
	scr.waitFor(t, tm, "读懂分布式共识", "Ship a small open-source CLI")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	scr.waitFor(t, tm, "Last 28 days")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	scr.waitFor(t, tm, "History of ", "Notes")
	tm.Type("q")
	view := tm.FinalModel(t, teatest.WithFinalTimeout(goldenWait)).View().Content
	assertFits(t, view, w)
	golden.RequireEqual(t, ansi.Strip(view))
}

// A goal with more tasks than the screen has rows: the detail follows the
// cursor down to the last task and back up to the title.
func TestGoalDetailScrollsToTheCursor(t *testing.T) {
	sh, s, gs := goalsWith(t, content.EN, domain.Goal{Title: "Learn Raft", Competency: domain.Depth})
	for i := range 30 {
		if _, err := sh.store.AddTask(domain.Task{Title: fmt.Sprintf("Habit %02d", i), GoalID: gs[0].ID, Repeat: "daily"}); err != nil {
			t.Fatal(err)
		}
	}
	s.SetSize(100, 15)
	s = runCmd(t, s, func() tea.Msg { return dataChangedMsg{} })
	s = press(t, s, "enter")
	if view := plainView(s); !strings.Contains(view, "Learn Raft") || strings.Count(view, "\n") >= 15 {
		t.Fatalf("detail at the top:\n%s", view)
	}
	for range 29 {
		s = press(t, s, "j")
	}
	view := plainView(s)
	if !strings.Contains(view, "› Habit 29") || strings.Count(view, "\n") >= 15 {
		t.Errorf("the cursor on the last task is out of view:\n%s", view)
	}
	for range 29 {
		s = press(t, s, "k")
	}
	if view := plainView(s); !strings.Contains(view, "› Habit 00") {
		t.Errorf("back on the first task:\n%s", view)
	}
}

// With a report at hand, a habit's history opens from its history at once,
// without reading the store, and the next report brings its new data.
func TestGoalHabitHistoryComesFromTheReport(t *testing.T) {
	sh, s, gs := goalsWith(t, content.EN, domain.Goal{Title: "Learn Raft", Competency: domain.Depth})
	habit, err := sh.store.AddTask(domain.Task{Title: "Read a section", GoalID: gs[0].ID, Repeat: "daily"})
	if err != nil {
		t.Fatal(err)
	}
	report := func() reportMsg {
		h, err := sh.store.History(testDay - domain.Window)
		if err != nil {
			t.Fatal(err)
		}
		return reportMsg{history: h}
	}
	s = runCmd(t, s, func() tea.Msg { return dataChangedMsg{} })
	s, _ = s.Update(report())
	s = press(t, s, "enter")
	s, cmd := s.Update(keyMsg("enter"))
	if s.(*goalsScreen).habit == nil || cmd != nil {
		t.Fatalf("the history did not open at once from the report (command %v)", cmd != nil)
	}
	if _, err := sh.store.SetDone(domain.CheckIn{TaskID: habit.ID, Date: testDay - 1, Note: "log replication"}); err != nil {
		t.Fatal(err)
	}
	s, _ = s.Update(report())
	if view := plainView(s); !strings.Contains(view, "log replication") {
		t.Errorf("the next report did not reach the open history:\n%s", view)
	}
}
