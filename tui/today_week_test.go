package tui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
	"coach/insight"
	"coach/store"
)

// stripOf is the week strip drawn on the view's line holding title.
func stripOf(t *testing.T, view, title string) string {
	t.Helper()
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, "] "+title+"  ") {
			l = strings.TrimRight(l, " ")
			if len([]rune(l)) < 13 {
				return ""
			}
			r := []rune(l)
			return string(r[len(r)-13:])
		}
	}
	t.Fatalf("no line with %q:\n%s", title, view)
	return ""
}

// From 100 columns each habit shows its last seven days under weekday
// letters; a back-fill with h shows at once, and the strip follows the day
// shown. Below 100 columns the list keeps the room.
func TestTodayWeekStrip(t *testing.T) {
	sh := testShared(t, content.EN)
	daily := seedTask(t, sh.store, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"})
	seedTask(t, sh.store, domain.Task{Title: "Pair", Competency: domain.Collaboration, Repeat: "2/week"})
	seedTask(t, sh.store, domain.Task{Title: "Ship it", Competency: domain.Innovation, Repeat: "once", Due: testDay})
	for _, d := range []domain.Date{testDay - 6, testDay - 4, testDay - 2} { // Sun, Tue, Thu
		if _, err := sh.store.SetDone(domain.CheckIn{TaskID: daily.ID, Date: d}); err != nil {
			t.Fatal(err)
		}
	}
	s := newTestToday(t, sh, 100, 30)
	view := plainView(s)
	assertFits(t, s.View(), 100)
	// Saturday 28 Nov: Sun … Sat.
	if !strings.Contains(view, "S M T W T F S\n") {
		t.Errorf("no weekday letters over the strip:\n%s", view)
	}
	if got := stripOf(t, view, "Read"); got != "✓ ✗ ✓ ✗ ✓ ✗ ○" {
		t.Errorf("daily strip %q", got)
	}
	// The 2/week habit: the week of 16 Nov closed with nothing (its
	// Sunday is missed); the week of 23 Nov is still open.
	if got := stripOf(t, view, "Pair"); got != "✗ · · · · · ○" {
		t.Errorf("2/week strip %q", got)
	}
	if l := stripOf(t, view, "Ship it"); strings.ContainsAny(l, "✓✗○") {
		t.Errorf("a one-off task has a strip: %q", l)
	}
	// Back-fill Friday: h, then space on the daily habit.
	s = press(t, s, "h", "space")
	s = runCmd(t, s, func() tea.Msg { return dataChangedMsg{} })
	view = plainView(s)
	if !strings.Contains(view, "S S M T W T F\n") {
		t.Errorf("the strip does not end on Friday:\n%s", view)
	}
	if got := stripOf(t, view, "Read"); got != "✗ ✓ ✗ ✓ ✗ ✓ ✓" || stripOf(t, view, "Pair") != "✗ ✗ · · · · ·" {
		t.Errorf("Friday's strip after the back-fill %q", got)
	}
	s = press(t, s, "t")
	if got := stripOf(t, plainView(s), "Read"); got != "✓ ✗ ✓ ✗ ✓ ✓ ○" {
		t.Errorf("today's strip after the back-fill %q", got)
	}
	// At 80 columns: no strip, the titles keep the room.
	s.SetSize(80, 24)
	view = plainView(s)
	if strings.Contains(view, "✓") || strings.Contains(view, "S M T W") {
		t.Errorf("a strip at 80 columns:\n%s", view)
	}
}

// From 27 rows of body (a 30-row terminal) a line says whether the day's reflection and its week's
// review are written.
func TestTodayDayLine(t *testing.T) {
	for _, lang := range content.Langs() {
		sh := testShared(t, lang)
		ui := sh.ui.Today
		seedTask(t, sh.store, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"})
		s := newTestToday(t, sh, 100, 27)
		want := ui.Reflection + ui.Unreflected + " · " + fmt.Sprintf(ui.ReviewOf, testDay.Week()) + ui.ReviewDueOn
		if !strings.Contains(plainView(s), want) {
			t.Errorf("%s: no day line %q:\n%s", lang, want, plainView(s))
		}
		if _, err := sh.store.PutReflection(domain.Reflection{Date: testDay, Rating: 4}); err != nil {
			t.Fatal(err)
		}
		if _, err := sh.store.PutReview(domain.Review{Week: testDay.Week()}); err != nil {
			t.Fatal(err)
		}
		s = runCmd(t, s, func() tea.Msg { return dataChangedMsg{} })
		want = ui.Reflection + ui.Reflected + " · " + fmt.Sprintf(ui.ReviewOf, testDay.Week()) + ui.Reviewed
		if !strings.Contains(plainView(s), want) {
			t.Errorf("%s: day line after writing both, want %q:\n%s", lang, want, plainView(s))
		}
		s.SetSize(100, 26)
		if strings.Contains(plainView(s), ui.Reflection) {
			t.Errorf("%s: the day line shows at 26 rows:\n%s", lang, plainView(s))
		}
	}
}

// / filters the list as the user types (title or competency, any case),
// the filter on screen; enter keeps it and the list's keys act on what it
// shows; esc clears it.
func TestTodayFilter(t *testing.T) {
	sh := testShared(t, content.EN)
	seedTask(t, sh.store, domain.Task{Title: "Read the scheduler", Competency: domain.Depth, Repeat: "daily"})
	seedTask(t, sh.store, domain.Task{Title: "Pair on a bug", Competency: domain.Collaboration, Repeat: "daily"})
	seedTask(t, sh.store, domain.Task{Title: "Read a paper", Competency: domain.Learning, Repeat: "daily"})
	s := newTestToday(t, sh, 80, 24)
	s = press(t, s, "/")
	if !s.Capturing() {
		t.Fatal("the filter field does not have the keys")
	}
	s = typeText(t, s, "READ")
	view := plainView(s)
	if !strings.Contains(view, "filter: READ") || !strings.Contains(view, "2 of 3") || strings.Contains(view, "Pair on a bug") {
		t.Errorf("typing READ:\n%s", view)
	}
	s = press(t, s, "enter")
	if s.Capturing() {
		t.Fatal("enter did not give the keys back to the list")
	}
	view = plainView(s)
	if !strings.Contains(view, "filter: READ") || strings.Contains(view, "Pair on a bug") {
		t.Errorf("the kept filter is not shown, or the list not filtered:\n%s", view)
	}
	// j moves to the second match, space ticks it: "Read a paper".
	s = press(t, s, "j", "space")
	s = runCmd(t, s, func() tea.Msg { return dataChangedMsg{} })
	items := s.(*todayScreen).items
	for _, it := range items {
		if it.Done != (it.Task.Title == "Read a paper") {
			t.Errorf("after j, space on the filtered list: %q done %v", it.Task.Title, it.Done)
		}
	}
	// A competency's name matches too; nothing matching says so.
	s = press(t, s, "/")
	for range "READ" {
		s = press(t, s, "backspace")
	}
	s = typeText(t, s, "collab")
	if view := plainView(s); !strings.Contains(view, "Pair on a bug") || strings.Contains(view, "Read a paper") {
		t.Errorf("filter by competency:\n%s", view)
	}
	s = typeText(t, s, "zzz")
	if view := plainView(s); !strings.Contains(view, fmt.Sprintf(sh.ui.Today.FilterNone, "collabzzz")) {
		t.Errorf("no match does not say so:\n%s", view)
	}
	if _, ok := s.(*todayScreen).selected(); ok {
		t.Error("a task is selected while none is shown")
	}
	s = press(t, s, "esc")
	view = plainView(s)
	if s.Capturing() || strings.Contains(view, "filter:") || !strings.Contains(view, "Pair on a bug") || !strings.Contains(view, "Read a paper") {
		t.Errorf("esc did not clear the filter:\n%s", view)
	}
	// esc after enter clears a kept filter too.
	s = press(t, s, "/")
	s = typeText(t, s, "pair")
	s = press(t, s, "enter", "esc")
	if view := plainView(s); strings.Contains(view, "filter:") || !strings.Contains(view, "Read a paper") {
		t.Errorf("esc on a kept filter:\n%s", view)
	}
}

// The Chinese filter matches Chinese titles and competency names, and
// digits and q are text while it has the keys.
func TestTodayFilterZH(t *testing.T) {
	sh := testShared(t, content.ZH)
	seedTask(t, sh.store, domain.Task{Title: "读调度器源码 2 页", Competency: domain.Depth, Repeat: "daily"})
	seedTask(t, sh.store, domain.Task{Title: "结对排查", Competency: domain.Collaboration, Repeat: "daily"})
	s := newTestToday(t, sh, 80, 24)
	s = press(t, s, "/")
	s = typeText(t, s, "沟通")
	if view := plainView(s); !strings.Contains(view, "结对排查") || strings.Contains(view, "读调度器") || !strings.Contains(view, "筛选：沟通") {
		t.Errorf("filter by competency name:\n%s", view)
	}
	s = press(t, s, "esc", "/")
	s = typeText(t, s, "2q")
	if view := plainView(s); !strings.Contains(view, "读调度器源码 2 页") || strings.Contains(view, "结对排查") {
		// "2q" matches nothing; what matters is that it was typed, not taken as keys.
		if !strings.Contains(view, "筛选：2q") {
			t.Errorf("2q was not typed into the filter:\n%s", view)
		}
	}
}

// On Sunday Today reminds of this week's review, in place of the advice's
// review line, until it is written.
func TestTodayReviewDueOnSunday(t *testing.T) {
	for _, lang := range content.Langs() {
		sh := testShared(t, lang)
		sunday := testDay + 1
		sh.today = func() domain.Date { return sunday }
		tk := seedTask(t, sh.store, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"})
		if _, err := sh.store.SetDone(domain.CheckIn{TaskID: tk.ID, Date: sunday - 2}); err != nil {
			t.Fatal(err)
		}
		s := newTestToday(t, sh, 100, 30)
		s = runCmd(t, s, func() tea.Msg {
			return reportMsg{report: insight.Report{Suggestions: []insight.Suggestion{
				{Kind: domain.SuggestReview, Text: sh.ui.Coach.Review}, {Kind: domain.SuggestTip, Text: "tip text"}}}}
		})
		want := fmt.Sprintf(sh.ui.Today.ReviewDue, sunday.Week())
		view := plainView(s)
		if !strings.Contains(view, want) || strings.Contains(view, sh.ui.Coach.Review) || !strings.Contains(view, "tip text") {
			t.Errorf("%s: Sunday's reminder %q, the advice's review line gone, the next advice shown:\n%s", lang, want, view)
		}
		if _, err := sh.store.PutReview(domain.Review{Week: sunday.Week()}); err != nil {
			t.Fatal(err)
		}
		s = runCmd(t, s, func() tea.Msg { return dataChangedMsg{} })
		if strings.Contains(plainView(s), want) {
			t.Errorf("%s: the written review is still due:\n%s", lang, plainView(s))
		}
	}
}

// A tall screen lists the coach's next suggestions under a list that
// leaves room; never the review (it has its own line), never on a short
// screen or a filtered list.
func TestTodayMoreAdvice(t *testing.T) {
	for _, lang := range content.Langs() {
		sh := testShared(t, lang)
		seedTask(t, sh.store, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"})
		s := newTestToday(t, sh, 120, 37)
		s = runCmd(t, s, func() tea.Msg {
			return reportMsg{report: insight.Report{Suggestions: []insight.Suggestion{
				{Kind: domain.SuggestReview, Text: "review text"}, {Kind: domain.SuggestAtRisk, Text: "first text"},
				{Kind: domain.SuggestFocus, Text: "second text"}, {Kind: domain.SuggestTip, Text: "tip text"}}}}
		})
		view := plainView(s)
		head := strings.Index(view, sh.ui.Today.MoreAdvice)
		if head < 0 || strings.Index(view, "first text") > head || !strings.Contains(view[head:], "· second text\n  · tip text") ||
			strings.Contains(view, "review text") {
			t.Errorf("%s: the next suggestions under the list:\n%s", lang, view)
		}
		s = press(t, s, "/")
		s = typeText(t, s, "rea")
		if strings.Contains(plainView(s), sh.ui.Today.MoreAdvice) {
			t.Errorf("%s: more advice under a filtered list:\n%s", lang, plainView(s))
		}
		s = press(t, s, "esc")
		s.SetSize(80, 21)
		if strings.Contains(plainView(s), sh.ui.Today.MoreAdvice) {
			t.Errorf("%s: more advice at 80×24:\n%s", lang, plainView(s))
		}
	}
}

// A next suggestion longer than the line wraps under its bullet, on two
// lines at most, rather than being cut on the first.
func TestTodayMoreAdviceWraps(t *testing.T) {
	sh := testShared(t, content.EN)
	seedTask(t, sh.store, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"})
	s := newTestToday(t, sh, 80, 37)
	long := strings.Repeat("word ", 20) + "END"
	longer := strings.Repeat("more ", 60) + "LOST"
	s = runCmd(t, s, func() tea.Msg {
		return reportMsg{report: insight.Report{Suggestions: []insight.Suggestion{
			{Kind: domain.SuggestAtRisk, Text: "first"}, {Kind: domain.SuggestFocus, Text: long},
			{Kind: domain.SuggestTip, Text: longer}}}}
	})
	view := plainView(s)
	if !strings.Contains(view, "  · word word") || !strings.Contains(view, "\n    word") || !strings.Contains(view, "END") {
		t.Errorf("the long suggestion does not wrap under its bullet:\n%s", view)
	}
	if strings.Contains(view, "LOST") || !strings.Contains(view, "…") {
		t.Errorf("a suggestion past two lines is not cut on its second:\n%s", view)
	}
	assertFits(t, s.View(), 80)
}

// On the first days coach keeps, the strip's letters still name the days
// before them (1899-12-29 was a Friday), not Monday seven times.
func TestTodayWeekStripLettersAtTheFirstDay(t *testing.T) {
	sh := testShared(t, content.EN)
	first := domain.MinDate + 3 // Thursday 1900-01-04
	sh.today = func() domain.Date { return first }
	st, err := store.Open(filepath.Join(t.TempDir(), "1900.db"), store.WithClock(func() time.Time { return domain.MinDate.Time() }))
	if err != nil {
		t.Fatal(err)
	}
	sh.store = st
	seedTask(t, sh.store, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"})
	s := newTestToday(t, sh, 120, 40)
	if !strings.Contains(plainView(s), "F S S M T W T") {
		t.Errorf("the strip's letters at 1900-01-04:\n%s", plainView(s))
	}
}
