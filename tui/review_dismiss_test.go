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

// D on last week's missing review is stored: a new app on the same file
// does not bring it back that week, and the next week's comes back.
func TestTodayDismissedReviewLastsTheWeek(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		opts := fixtureOptions(t, lang, true)
		monday := domain.NewDate(2026, 11, 30)
		opts.Today = func() domain.Date { return monday }
		ui := content.Strings(lang).Today
		start := func(today domain.Date) tea.Model {
			st, err := store.Open(opts.Store.Path())
			if err != nil {
				t.Fatal(err)
			}
			o := opts
			o.Store, o.Today = st, func() domain.Date { return today }
			m := New(o)
			m = runModel(t, m, m.Init())
			m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
			return m
		}
		m := start(monday)
		w48 := fmt.Sprintf(ui.ReviewMissing, "2026-W48")
		if !strings.Contains(viewOf(m), w48) {
			t.Fatalf("%s: no missing review line:\n%s", lang, viewOf(m))
		}
		m = pressModel(t, m, "D")
		if view := viewOf(m); strings.Contains(view, w48) || !strings.Contains(view, fmt.Sprintf(ui.ReviewDismiss, "2026-W48")) {
			t.Errorf("%s: after D:\n%s", lang, view)
		}
		for _, d := range []domain.Date{monday, monday + 4} {
			if view := viewOf(start(d)); strings.Contains(view, w48) {
				t.Errorf("%s: a new app on %s brings the dismissed line back:\n%s", lang, d, view)
			}
		}
		if _, found, _ := opts.Store.Review("2026-W48"); found {
			t.Errorf("%s: dismissing wrote a review", lang)
		}
		// A check-in in W49 makes next Monday's reminder about W49.
		ts, _ := opts.Store.Tasks(false)
		if _, err := opts.Store.SetDone(domain.CheckIn{TaskID: ts[0].ID, Date: monday + 2}); err != nil {
			t.Fatal(err)
		}
		if view := viewOf(start(monday + 7)); !strings.Contains(view, fmt.Sprintf(ui.ReviewMissing, "2026-W49")) {
			t.Errorf("%s: next week's reminder is missing:\n%s", lang, view)
		}
	}
}

// D is undoable like any change: u brings the line back and keeps what
// was on the undo stack before it.
func TestTodayDismissIsUndone(t *testing.T) {
	m, opts := mondayApp(t)
	monday := domain.NewDate(2026, 11, 30)
	w48 := fmt.Sprintf(content.Strings(content.EN).Today.ReviewMissing, "2026-W48")
	m = pressModel(t, m, "D")
	if strings.Contains(viewOf(m), w48) || len(m.(*app).undos) != 1 {
		t.Fatalf("after D: %d undos\n%s", len(m.(*app).undos), viewOf(m))
	}
	m = pressModel(t, m, "u")
	if !strings.Contains(viewOf(m), w48) {
		t.Errorf("u did not bring the line back:\n%s", viewOf(m))
	}
	if d, _ := opts.Store.Day(monday, monday); d.UnreviewedWeek != "2026-W48" {
		t.Errorf("the store still has the dismissal: %q", d.UnreviewedWeek)
	}
}
