package domain

import (
	"math"
	"testing"
)

// A goal's figures are named, each from its own rule, on a hand-made
// history: one-off tasks done of total, and habits kept over the last 28
// days (check-ins on scheduled days over due days, each habit capped).
func TestGoalFigures(t *testing.T) {
	today := day("2026-11-28") // Saturday
	old := createdOn("2026-01-01")
	window := today - Window + 1 // Sunday 2026-11-01
	weekdays := Task{ID: 1, Repeat: "weekdays", Created: old}
	twice := Task{ID: 2, Repeat: "2/week", Created: createdOn("2026-11-22")} // a week old
	mwf := Task{ID: 3, Repeat: "mon,wed,fri", Created: old}
	tests := []struct {
		name      string
		habits    []Task
		done      map[uint64][]Date
		once, of  int
		kept, due int
		shown     string
		keptShare float64
	}{
		{"nothing", nil, nil, 0, 0, 0, 0, FigureNone, 0},
		{"one-offs only", nil, nil, 3, 5, 0, 0, FigureTasks, 0},
		// The case of the issue: a 2/week habit kept for its first week
		// reads as that habit kept, not as the goal complete.
		{"a week-old 2/week habit kept", []Task{twice}, map[uint64][]Date{2: {today - 5, today - 2}}, 0, 0, 2, 2, FigureHabits, 1},
		{"weekend ticks of a weekdays habit do not count",
			[]Task{weekdays}, map[uint64][]Date{1: append(weekdaysIn(window, today)[:10], day("2026-11-07"), day("2026-11-08"), day("2026-11-14"))},
			0, 0, 10, 20, FigureHabits, 0.5},
		{"check-ins older than 28 days or in the future do not count",
			[]Task{weekdays}, map[uint64][]Date{1: {window - 1, window - 3, day("2026-11-02"), today + 2}},
			0, 0, 1, 20, FigureHabits, 0.05},
		{"a habit over its due count is capped, and does not hide another",
			[]Task{twice, mwf}, map[uint64][]Date{2: days(today-6, 7, 1), 3: nil},
			0, 0, 2, 2 + 12, FigureHabits, 2.0 / 14},
		{"habits and one-offs: the list shows habits",
			[]Task{mwf}, map[uint64][]Date{3: {day("2026-11-27"), day("2026-11-25")}},
			1, 4, 2, 12, FigureHabits, 2.0 / 12},
		{"a habit created today and not yet due", []Task{{ID: 4, Repeat: "sun", Created: createdOn("2026-11-28")}}, nil,
			0, 0, 0, 0, FigureHabits, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := GoalFiguresOf(tt.habits, tt.done, tt.once, tt.of, today)
			if f.OnceDone != tt.once || f.OnceTotal != tt.of || f.Habits != len(tt.habits) {
				t.Errorf("one-offs %d/%d habits %d, want %d/%d %d", f.OnceDone, f.OnceTotal, f.Habits, tt.once, tt.of, len(tt.habits))
			}
			if f.Kept != tt.kept || f.Due != tt.due {
				t.Errorf("habits kept %d of %d due, want %d of %d", f.Kept, f.Due, tt.kept, tt.due)
			}
			if got := f.HabitsKept(); math.Abs(got-tt.keptShare) > 1e-9 {
				t.Errorf("HabitsKept = %v, want %v", got, tt.keptShare)
			}
			if got := f.Shown(); got != tt.shown {
				t.Errorf("Shown = %q, want %q", got, tt.shown)
			}
			if f.HabitsKept() > 1 {
				t.Errorf("habits kept above 100%%: %v", f.HabitsKept())
			}
		})
	}
}

// GoalFigures reads a goal's live tasks from a full task list: archived
// tasks and other goals' tasks are left out.
func TestGoalFiguresFromTasks(t *testing.T) {
	today := day("2026-11-28")
	old := createdOn("2026-01-01")
	tasks := []Task{
		{ID: 1, GoalID: 1, Repeat: "once", Due: today, Created: old},
		{ID: 2, GoalID: 1, Repeat: "once", Due: today, Created: old},
		{ID: 3, GoalID: 1, Repeat: "daily", Created: old},
		{ID: 4, GoalID: 1, Repeat: "daily", Created: old, Archived: true},
		{ID: 5, GoalID: 2, Repeat: "once", Due: today, Created: old},
		{ID: 6, GoalID: 1, Repeat: "once", Due: today, Created: old, Archived: true},
	}
	done := map[uint64][]Date{1: {today}, 3: {today, today - 1}, 4: {today}, 5: {today}, 6: {today}}
	f := GoalFigures(Goal{ID: 1, Status: StatusActive}, tasks, done, today)
	want := Figures{OnceDone: 1, OnceTotal: 2, Habits: 1, Kept: 2, Due: 28}
	if f != want {
		t.Errorf("GoalFigures = %+v, want %+v", f, want)
	}
}
