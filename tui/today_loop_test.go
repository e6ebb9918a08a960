package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
	"coach/insight"
	"coach/store"
)

// longAdvice is a suggestion wider than one line at 100 and 120 columns.
var longAdvice = insight.Suggestion{
	Kind: domain.SuggestWeakest, Competency: domain.Collaboration,
	Text: "Communication & collaboration is behind your other competencies: strength 47% against 71% on average. Try: Pair programming with a colleague on a hard bug",
	Task: "Pair programming with a colleague on a hard bug",
}

func withAdvice(t *testing.T, s screen, sg insight.Suggestion) screen {
	t.Helper()
	return runCmd(t, s, func() tea.Msg {
		return reportMsg{report: insight.Report{Suggestions: []insight.Suggestion{sg}}}
	})
}

func seedTask(t *testing.T, st *store.Store, tk domain.Task) domain.Task {
	t.Helper()
	tk, err := st.AddTask(tk)
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

// At 100 and 120 columns the coach's line wraps onto a second line and
// ends without "…": the whole advice is on screen.
func TestTodayAdviceWrapsInTwoLines(t *testing.T) {
	for _, w := range []int{100, 120} {
		sh := testShared(t, content.EN)
		seedTask(t, sh.store, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"})
		s := withAdvice(t, newTestToday(t, sh, w, 26), longAdvice)
		view := plainView(s)
		assertFits(t, s.View(), w)
		if strings.Contains(view, "…") {
			t.Errorf("%d columns: the advice is cut:\n%s", w, view)
		}
		flat := strings.Join(strings.Fields(view), " ")
		if !strings.Contains(flat, longAdvice.Text) {
			t.Errorf("%d columns: the whole advice is not shown:\n%s", w, view)
		}
	}
}

// Longer than two lines, the advice is cut on the second; s shows all of
// it, esc closes it and does nothing else.
func TestTodayAdviceKeyShowsAllOfIt(t *testing.T) {
	sh := testShared(t, content.ZH)
	seedTask(t, sh.store, domain.Task{Title: "读源码", Competency: domain.Depth, Repeat: "daily"})
	long := longAdvice
	long.Text = strings.Repeat("每天读一段源码，写下一个问题。", 12) + "结尾"
	s := withAdvice(t, newTestToday(t, sh, 80, 24), long)
	view := plainView(s)
	if strings.Contains(view, "结尾") || !strings.Contains(view, "…") {
		t.Fatalf("a long advice is not cut on the second line:\n%s", view)
	}
	if n := strings.Count(view, "每天读一段源码"); n < 2 || n > 6 {
		t.Errorf("the advice takes %d pieces, want two lines' worth:\n%s", n, view)
	}
	s = press(t, s, "s")
	if !s.Capturing() || !strings.Contains(plainView(s), "结尾") {
		t.Fatalf("s does not show the whole advice:\n%s", plainView(s))
	}
	assertFits(t, s.View(), 80)
	s = press(t, s, "esc")
	ts := s.(*todayScreen)
	if ts.Capturing() || ts.form != nil || ts.day != testDay {
		t.Errorf("esc did more than close: capturing %v, form %v, day %s", ts.Capturing(), ts.form != nil, ts.day)
	}
	if tasks, _ := sh.store.Tasks(false); len(tasks) != 1 {
		t.Errorf("esc changed the tasks: %v", tasks)
	}
}

// a on the whole advice opens the task form filled with its task, in its
// competency, due today; enter adds it.
func TestTodayAdviceTaskAddsInOneKey(t *testing.T) {
	sh := testShared(t, content.EN)
	seedTask(t, sh.store, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"})
	s := withAdvice(t, newTestToday(t, sh, 100, 26), longAdvice)
	s = press(t, s, "s", "a")
	ts := s.(*todayScreen)
	if ts.form == nil {
		t.Fatalf("a did not open the form:\n%s", plainView(s))
	}
	s = press(t, s, "enter")
	tasks, _ := sh.store.Tasks(false)
	if len(tasks) != 2 {
		t.Fatalf("tasks after adding the advice: %v", tasks)
	}
	got := tasks[1]
	if got.Title != longAdvice.Task || got.Competency != domain.Collaboration || got.Due != testDay || got.Repeat != "once" {
		t.Errorf("added %+v", got)
	}
}

// Advice without a task says so on a; nothing opens or changes.
func TestTodayAdviceWithoutTask(t *testing.T) {
	sh := testShared(t, content.EN)
	seedTask(t, sh.store, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"})
	s := withAdvice(t, newTestToday(t, sh, 100, 26), insight.Suggestion{Kind: domain.SuggestTip, Text: "Tip: rest"})
	s = press(t, s, "s")
	_, cmd := s.Update(keyMsg("a"))
	if msg, ok := cmd().(errMsg); !ok || msg.err.Error() != sh.ui.Today.NoAdviceTask {
		t.Errorf("a on advice without a task gave %#v", cmd())
	}
	if s.(*todayScreen).form != nil {
		t.Error("a form opened")
	}
}

// The next step written yesterday heads today; n turns it into a task due
// today. On a day shown with ←, the step is the one of the day before it.
func TestTodayNextStepFromYesterday(t *testing.T) {
	sh := testShared(t, content.EN)
	seedTask(t, sh.store, domain.Task{Title: "Read", Competency: domain.Breadth, Repeat: "daily"})
	for d, next := range map[domain.Date]string{testDay - 1: "Read the log\ncompaction section", testDay - 3: "Older step"} {
		if _, err := sh.store.PutReflection(domain.Reflection{Date: d, Next: next, Rating: 3}); err != nil {
			t.Fatal(err)
		}
	}
	s := newTestToday(t, sh, 100, 26)
	if view := plainView(s); !strings.Contains(view, "Next step: Read the log compaction section") {
		t.Fatalf("no next step on today:\n%s", view)
	}
	s = press(t, s, "n")
	if s.(*todayScreen).form == nil {
		t.Fatal("n opened no form")
	}
	s = press(t, s, "enter")
	tasks, _ := sh.store.Tasks(false)
	if len(tasks) != 2 || tasks[1].Title != "Read the log compaction section" || tasks[1].Due != testDay || tasks[1].Competency != domain.Breadth {
		t.Fatalf("tasks after n: %+v", tasks)
	}
	s = press(t, s, "h")
	if view := plainView(s); strings.Contains(view, "Next step") {
		t.Errorf("the day before shows a next step it does not have:\n%s", view)
	}
	s = press(t, s, "h")
	if view := plainView(s); !strings.Contains(view, "Next step: Older step") {
		t.Errorf("two days back does not show the step of the day before it:\n%s", view)
	}
	// n on a past day adds the step from today on, not in the past.
	s = press(t, s, "n", "enter")
	tasks, _ = sh.store.Tasks(false)
	if len(tasks) != 3 || tasks[2].Due != testDay {
		t.Errorf("a past day's step: %+v", tasks)
	}
}

// No next step, no line and n does nothing.
func TestTodayNoNextStep(t *testing.T) {
	sh := testShared(t, content.EN)
	seedTask(t, sh.store, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"})
	if _, err := sh.store.PutReflection(domain.Reflection{Date: testDay - 1, Learned: "x", Rating: 3}); err != nil {
		t.Fatal(err)
	}
	s := press(t, newTestToday(t, sh, 100, 26), "n")
	if strings.Contains(plainView(s), "Next step") || s.(*todayScreen).form != nil {
		t.Errorf("a next step without one:\n%s", plainView(s))
	}
}

// m on a done task records its minutes and note, and Today shows them in
// place of the planned minutes.
func TestTodayMinutesAndNoteOfATick(t *testing.T) {
	sh := testShared(t, content.EN)
	tk := seedTask(t, sh.store, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily", Minutes: 30})
	s := newTestToday(t, sh, 100, 26)
	s = press(t, s, "m")
	if s.(*todayScreen).logForm != nil {
		t.Fatal("m opened the form on a task not done")
	}
	s = press(t, s, "space", "m")
	if s.(*todayScreen).logForm == nil {
		t.Fatalf("m did not open the form:\n%s", plainView(s))
	}
	for range 2 {
		s = press(t, s, "backspace")
	}
	s = typeText(t, s, "45")
	s = press(t, s, "tab")
	s = typeText(t, s, "chapter 5")
	s = press(t, s, "enter")
	s = runCmd(t, s, func() tea.Msg { return dataChangedMsg{} })
	cs, _ := sh.store.CheckInsBetween(testDay, testDay)
	if len(cs) != 1 || cs[0].TaskID != tk.ID || cs[0].Minutes != 45 || cs[0].Note != "chapter 5" {
		t.Fatalf("check-ins %+v", cs)
	}
	view := plainView(s)
	if !strings.Contains(view, "45m") || !strings.Contains(view, "“chapter 5”") {
		t.Errorf("the minutes and note are not shown:\n%s", view)
	}
	if strings.Contains(view, "30m") {
		t.Errorf("a done task shows its planned minutes:\n%s", view)
	}
	// A note from the shell, over lines and with an escape, is one line
	// on screen and cannot colour it.
	if _, err := sh.store.SetDone(domain.CheckIn{TaskID: tk.ID, Date: testDay, Note: "line one\nline two\x1b[31m"}); err != nil {
		t.Fatal(err)
	}
	s = runCmd(t, s, func() tea.Msg { return dataChangedMsg{} })
	if view := s.View(); strings.Contains(view, "\x1b[31m") || !strings.Contains(plainView(s), "line one line two") {
		t.Errorf("a note from the shell is not neutralised:\n%q", plainView(s))
	}
}

// Bad minutes keep the form open with an error and write nothing.
func TestTodayMinutesRefused(t *testing.T) {
	sh := testShared(t, content.ZH)
	seedTask(t, sh.store, domain.Task{Title: "读", Competency: domain.Depth, Repeat: "daily", Minutes: 30})
	s := press(t, newTestToday(t, sh, 80, 24), "space", "m")
	for range 2 {
		s = press(t, s, "backspace")
	}
	s = typeText(t, s, "abc")
	s = press(t, s, "enter")
	if s.(*todayScreen).logForm == nil {
		t.Fatal("bad minutes closed the form")
	}
	if cs, _ := sh.store.CheckInsBetween(testDay, testDay); len(cs) != 1 || cs[0].Minutes != 30 {
		t.Errorf("check-ins after bad minutes: %+v", cs)
	}
	s = press(t, s, "esc")
	if s.Capturing() {
		t.Error("esc did not close the form")
	}
}
