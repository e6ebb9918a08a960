package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// historyApp is the app on the fixture with the history of the habit the
// Progress cursor reaches after downs, at 100×30.
func historyApp(t *testing.T, lang content.Lang, downs int) (*app, *store.Store) {
	t.Helper()
	opts := fixtureOptions(t, lang, true)
	m := tea.Model(New(opts))
	m = runModel(t, m, m.Init())
	m, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m = runModel(t, m, cmd)
	keys := []string{"4"}
	for range downs {
		keys = append(keys, "j")
	}
	return pressModel(t, m, append(keys, "enter")...).(*app), opts.Store
}

func TestHistoryOpensFromProgress(t *testing.T) {
	a, _ := historyApp(t, content.EN, 1)
	v := viewOf(a)
	for _, want := range []string{"History of Rustlings exercises", "Nov 2026", "Mo  Tu  We", "Streak ", "Notes", "› Sa 2026-11-28"} {
		if !strings.Contains(v, want) {
			t.Errorf("the history lacks %q:\n%s", want, v)
		}
	}
	a = pressModel(t, a, "esc").(*app)
	if v := viewOf(a); !strings.Contains(v, "Day streak:") {
		t.Errorf("esc does not return to Progress:\n%s", v)
	}
}

// A past day toggled in the history is a check-in in the store, and u
// takes it back.
func TestHistoryTogglePastDayAndUndo(t *testing.T) {
	a, st := historyApp(t, content.EN, 1) // Rustlings, weekdays
	id := a.screens[3].(*progressScreen).habit.task.ID
	day := testDay - 7 // the Saturday before: not scheduled, so extra
	before, _ := st.TaskCheckIns(id, day, day)
	if len(before) != 0 {
		t.Fatalf("the fixture already has %s: %v", day, before)
	}
	a = pressModel(t, a, "k", "space").(*app)
	if got, _ := st.TaskCheckIns(id, day, day); len(got) != 1 {
		t.Fatalf("space on %s wrote %v", day, got)
	}
	if v := viewOf(a); !strings.Contains(v, "extra (not scheduled)") {
		t.Errorf("the cursor's day does not say extra:\n%s", v)
	}
	a = pressModel(t, a, "u").(*app)
	if got, _ := st.TaskCheckIns(id, day, day); len(got) != 0 {
		t.Errorf("undo left %v", got)
	}
	// Untick a done day, and undo brings its check-in back whole.
	friday := testDay - 1
	prev, _ := st.CheckInsBetween(friday, friday)
	a = pressModel(t, a, "j", "h", "x").(*app)
	if got, _ := st.TaskCheckIns(id, friday, friday); len(got) != 0 {
		t.Fatalf("x on a done Friday left %v", got)
	}
	pressModel(t, a, "u")
	if got, _ := st.CheckInsBetween(friday, friday); len(got) != len(prev) {
		t.Errorf("undo restored %v, want %v", got, prev)
	}
}

// The cursor never reaches a day to come, and a toggle there writes nothing.
func TestHistoryRefusesFutureDay(t *testing.T) {
	a, st := historyApp(t, content.EN, 0)
	h := a.screens[3].(*progressScreen).habit
	a = pressModel(t, a, "l", "j").(*app)
	if h.cursor != testDay {
		t.Errorf("the cursor moved to %s, past today", h.cursor)
	}
	h.cursor = testDay + 1 // as a stale cursor after midnight would be
	var cmd tea.Cmd
	_, cmd = a.Update(keyMsg("space"))
	a = runModel(t, a, cmd).(*app)
	if got, _ := st.TaskCheckIns(h.task.ID, testDay+1, testDay+1); len(got) != 0 {
		t.Errorf("a future day was ticked: %v", got)
	}
	if !a.isErr {
		t.Errorf("no error for a future day; status %q", a.status)
	}
}

// The marks on a hand-made history: a mon,wed,fri habit created on
// Monday 2026-11-02, done Mon, Fri and the Saturday (extra), missed Wed.
func TestHistoryMarks(t *testing.T) {
	sh := testShared(t, content.EN)
	task := domain.Task{ID: 1, Title: "Pair", Repeat: "mon,wed,fri", Created: time.Date(2026, 11, 2, 9, 0, 0, 0, time.Local)}
	d := func(n int) domain.Date { return domain.NewDate(2026, 11, n) }
	h := store.History{Tasks: []domain.Task{task}, CheckIns: []domain.CheckIn{
		{TaskID: 1, Date: d(2)}, {TaskID: 1, Date: d(6), Note: "good\x1b[31m talk", Minutes: 20}, {TaskID: 1, Date: d(7)}, {TaskID: 2, Date: d(4)},
	}}
	v := newHabitHistory(sh, task, h)
	for day, want := range map[int]dayState{
		1: dayBefore, 2: dayDone, 3: dayUnscheduled, 4: dayMissed, 6: dayDone, 7: dayExtra, 9: dayMissed, 28: dayOpen,
	} {
		if got := v.state(d(day)); got != want {
			t.Errorf("2026-11-%02d is %d, want %d", day, got, want)
		}
	}
	if got := v.state(d(29)); got != dayToCome {
		t.Errorf("tomorrow is %d", got)
	}
	v.SetSize(100, 30)
	out := ansi.Strip(v.View())
	// The week of 2 November: Mon done, Wed missed, Fri done, Sat extra.
	if !strings.Contains(out, "  2✓  3·  4✗  5·  6✓  7+  8·") {
		t.Errorf("the week of 2 Nov is drawn wrong:\n%s", out)
	}
	if !strings.Contains(out, "28◆") {
		t.Errorf("today is not marked:\n%s", out)
	}
	if !strings.Contains(out, "2026-11-06  20 min   good") || strings.Contains(v.View(), "\x1b[31m talk") {
		t.Errorf("the note is not listed neutralised with its minutes:\n%q", out)
	}
	// Mon and Fri kept around a missed Wed, then every day due missed.
	if !strings.Contains(out, "Streak 0 · best 1") {
		t.Errorf("streaks wrong:\n%s", out)
	}
}
