package tui

import (
	"strings"
	"testing"

	"coach/content"
	"coach/domain"
)

// Paging through days stops at the first and last dates coach keeps: the
// screen never shows, nor offers to add a task on, a day it could not store.
func TestTodayDayStepsStayInRange(t *testing.T) {
	for _, c := range []struct {
		today domain.Date
		key   string
	}{{domain.MaxDate, "l"}, {domain.MinDate, "h"}} {
		sh := testShared(t, content.EN)
		sh.today = func() domain.Date { return c.today }
		s := newTestToday(t, sh, 100, 26)
		s = press(t, s, c.key, c.key, c.key)
		if got := s.(*todayScreen).day; got != c.today {
			t.Errorf("from %s, %s three times shows %s", c.today, c.key, got)
		}
		if !strings.Contains(plainView(s), c.today.String()) {
			t.Errorf("the view does not show %s:\n%s", c.today, plainView(s))
		}
	}
}

// The reflection screen stops at the first date too.
func TestReflectDayStepsStayInRange(t *testing.T) {
	sh := testShared(t, content.EN)
	sh.today = func() domain.Date { return domain.MinDate }
	s := newReflectScreen(sh)
	s.SetSize(100, 26)
	sc := runCmd(t, s, s.Init())
	sc = press(t, sc, "h", "h")
	if got := sc.(*reflectScreen).dayView.day; got != domain.MinDate {
		t.Errorf("from %s, h twice shows %s", domain.MinDate, got)
	}
}
