package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"coach/cli"
	"coach/content"
	"coach/domain"
)

// The review list offers the last eight weeks, so a missed review can be
// written; those without a review say so.
func TestReviewListOffersMissedWeeks(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 100, 40)
	if _, err := sh.store.PutReview(domain.Review{Week: "2026-W30", WentWell: "old"}); err != nil {
		t.Fatal(err)
	}
	s = rfRun(t, s, func() tea.Msg { return dataChangedMsg{} })
	ws := s.reviewView.weeks()
	want := []string{"2026-W48", "2026-W47", "2026-W46", "2026-W45", "2026-W44", "2026-W43", "2026-W42", "2026-W41", "2026-W40", "2026-W30"}
	if strings.Join(ws, " ") != strings.Join(want, " ") {
		t.Fatalf("weeks %v, want %v", ws, want)
	}
	s = rfPress(t, s, "w")
	view := plainView(s)
	if !strings.Contains(view, "2026-W47  not written") || strings.Contains(view, "2026-W30  not written") {
		t.Errorf("the list does not mark missed weeks:\n%s", view)
	}
	// Open a missed week and write it.
	s = rfPress(t, s, "j", "e")
	if s.form == nil || s.form.week != "2026-W47" {
		t.Fatalf("e on a missed week opened %+v", s.form)
	}
	s = rfType(t, s, "Caught up")
	s = rfPress(t, s, "ctrl+s")
	if r, found, _ := sh.store.Review("2026-W47"); !found || r.WentWell != "Caught up" {
		t.Errorf("the missed review was not saved: %+v %v", r, found)
	}
}

// On Monday Today says last week's review is missing; w opens it in
// Reflect; once written the line goes.
func TestTodayMissedReviewOnMonday(t *testing.T) {
	m, opts := mondayApp(t)
	want := fmt.Sprintf(content.Strings(content.EN).Today.ReviewMissing, "2026-W48")
	if !strings.Contains(viewOf(m), want) {
		t.Fatalf("Monday does not name the missing review:\n%s", viewOf(m))
	}
	m = pressModel(t, m, "w")
	a := m.(*app)
	rs := a.screens[2].(*reflectScreen)
	if a.active != 2 || rs.form == nil || rs.form.week != "2026-W48" {
		t.Fatalf("w: screen %d, form %+v\n%s", a.active, rs.form, viewOf(m))
	}
	m = pressModel(t, m, "W", "ctrl+s")
	if _, found, _ := opts.Store.Review("2026-W48"); !found {
		t.Fatal("the review was not saved")
	}
	m = pressModel(t, m, "1")
	m = runModel(t, m, func() tea.Msg { return dataChangedMsg{} })
	if strings.Contains(viewOf(m), want) {
		t.Errorf("the written review is still called missing:\n%s", viewOf(m))
	}
}

// D dismisses the line; the week stays unreviewed.
func TestTodayMissedReviewDismissed(t *testing.T) {
	opts := fixtureOptions(t, content.ZH, true)
	opts.Today = func() domain.Date { return domain.NewDate(2026, 12, 2) } // Wednesday
	m := New(opts)
	m = runModel(t, m, m.Init())
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	want := fmt.Sprintf(content.Strings(content.ZH).Today.ReviewMissing, "2026-W48")
	if !strings.Contains(viewOf(m), want) {
		t.Fatalf("no missing review line:\n%s", viewOf(m))
	}
	m = pressModel(t, m, "D")
	m = runModel(t, m, func() tea.Msg { return dataChangedMsg{} })
	if strings.Contains(viewOf(m), want) || m.(*app).active != 0 {
		t.Errorf("D did not dismiss the line:\n%s", viewOf(m))
	}
	if _, found, _ := opts.Store.Review("2026-W48"); found {
		t.Error("dismissing wrote a review")
	}
}

// Weeks before the journal began are not offered: a user who started on
// Monday of W48 sees this week and no empty weeks before it.
func TestReviewListStartsWithTheJournal(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 100, 40)
	mon, _ := domain.ParseWeek("2026-W47")
	if _, err := sh.store.PutReflection(domain.Reflection{Date: mon + 2, Rating: 3, Learned: "first day"}); err != nil {
		t.Fatal(err)
	}
	s = rfRun(t, s, func() tea.Msg { return dataChangedMsg{} })
	if ws := strings.Join(s.reviewView.weeks(), " "); ws != "2026-W48 2026-W47" {
		t.Errorf("weeks %s, want 2026-W48 2026-W47", ws)
	}
}

// mondayApp is the fixture's app at 100×30 on Monday 2026-11-30, the day
// after a week with check-ins and no review, and the options it runs on.
func mondayApp(t *testing.T) (tea.Model, cli.TUIOptions) {
	t.Helper()
	opts := fixtureOptions(t, content.EN, true)
	monday := domain.NewDate(2026, 11, 30)
	opts.Today = func() domain.Date { return monday }
	m := New(opts)
	m = runModel(t, m, m.Init())
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	return m, opts
}
