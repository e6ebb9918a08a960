package tui

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
	"coach/insight"
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
	if !strings.Contains(view, content.Strings(content.ZH).Problems.MinutesNegative) {
		t.Errorf("the minutes error is not in view:\n%s", view)
	}
	if empty, _ := sh.store.IsEmpty(); !empty {
		t.Error("an invalid form was saved")
	}
}

// The form says what is wrong with each field in the interface's language,
// under the field, and saves nothing. (Lengths need no message here: the
// inputs stop at the limit.)
func TestTodayFormErrorsInTheLanguage(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		pui := content.Strings(lang).Problems
		for _, tt := range []struct {
			name   string
			field  int
			text   string
			repeat string
			want   string
		}{
			{"empty title", tfTitle, "   ", "", pui.TitleEmpty},
			{"unknown schedule", tfRepeat, "2/wek", "", fmt.Sprintf(pui.UnknownRepeat, "2/wek")},
			{"nine a week", tfRepeat, "9/week", "", fmt.Sprintf(pui.RepeatPerWeek, "9/week")},
			{"impossible date", tfDue, "2026-02-30", "", fmt.Sprintf(pui.InvalidDate, "2026-02-30")},
			{"minutes in words", tfMinutes, "half", "", fmt.Sprintf(pui.NotNumber, "half")},
			{"a day and more", tfMinutes, "1441", "", fmt.Sprintf(pui.MinutesTooMany, domain.MaxMinutes)},
		} {
			t.Run(string(lang)+"/"+tt.name, func(t *testing.T) {
				sh := testShared(t, lang)
				s := newTestToday(t, sh, 120, 40)
				s = press(t, s, "a")
				if tt.field != tfTitle {
					s = typeText(t, s, "Read the source")
				}
				for range tt.field {
					s = press(t, s, "tab")
				}
				s = typeText(t, s, tt.text)
				s = press(t, s, "enter")
				form := s.(*todayScreen).form
				if form == nil {
					t.Fatal("the form closed on an invalid input")
				}
				if got := form.fields[tt.field].err; got != tt.want {
					t.Errorf("error under the field = %q, want %q", got, tt.want)
				}
				if lang == content.ZH && !strings.ContainsFunc(tt.want, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
					t.Errorf("the Chinese message %q has no Chinese", tt.want)
				}
				if empty, _ := sh.store.IsEmpty(); !empty {
					t.Error("an invalid form was saved")
				}
			})
		}
	}
}

// Ticking a task off and undoing it through the root.
func TestTodayToggleAndUndo(t *testing.T) {
	sh := testShared(t, content.EN)
	if _, err := sh.store.AddTask(domain.Task{Title: "Daily kata", Competency: "learning", Repeat: "daily"}); err != nil {
		t.Fatal(err)
	}
	a := newApp(sh, allScreens(sh))
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

// A task cannot be ticked off on a day still to come: the screen says so
// in the interface's language and nothing is written.
func TestTodayNoTickInTheFuture(t *testing.T) {
	sh := testShared(t, content.ZH)
	if _, err := sh.store.AddTask(domain.Task{Title: "读源码", Competency: "depth", Repeat: "daily"}); err != nil {
		t.Fatal(err)
	}
	s := newTestToday(t, sh, 100, 26)
	s = press(t, s, "l")
	_, cmd := s.Update(keyMsg("space"))
	if cmd == nil {
		t.Fatal("no message for a tick on tomorrow")
	}
	if msg, ok := cmd().(errMsg); !ok || msg.err.Error() != sh.ui.Today.FutureDay {
		t.Errorf("tick on tomorrow gave %#v", cmd())
	}
	if cs, _ := sh.store.CheckInsBetween(testDay, testDay+1); len(cs) != 0 {
		t.Errorf("a check-in was written: %v", cs)
	}
}

// The advice comes with the first load; once a report has come, the report
// brings it, and a reload reads no habits to work it out again.
func TestTodayAdviceFromTheReport(t *testing.T) {
	sh := testShared(t, content.EN)
	if _, err := sh.store.AddTask(domain.Task{Title: "Read the source", Competency: "depth", Repeat: "daily"}); err != nil {
		t.Fatal(err)
	}
	s := newTestToday(t, sh, 100, 26).(*todayScreen)
	if s.advice.Text == "" {
		t.Fatal("no advice with the first load")
	}
	report := reportMsg{report: insight.Report{Suggestions: []insight.Suggestion{{Text: "from the report"}}}}
	runCmd(t, s, func() tea.Msg { return report })
	runCmd(t, s, func() tea.Msg { return dataChangedMsg{} })
	if s.advice.Text != "from the report" {
		t.Errorf("after a reload the advice is %q", s.advice.Text)
	}
	if msg := s.load()().(todayLoadedMsg); len(msg.advices) != 0 || len(msg.items) != 1 {
		t.Errorf("a load after the report: advice %v, %d items", msg.advices, len(msg.items))
	}
}
