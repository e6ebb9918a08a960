package domain

import (
	"math"
	"testing"
)

func mustRepeat(t *testing.T, s string) Repeat {
	t.Helper()
	r, err := ParseRepeat(s)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestDueCount(t *testing.T) {
	mon, sun := day("2026-11-23"), day("2026-11-29")
	tests := []struct {
		rule     string
		from, to Date
		want     int
	}{
		{"daily", mon, sun, 7},
		{"daily", mon, mon, 1},
		{"daily", sun, mon, 0}, // to before from
		{"daily", day("2026-11-01"), day("2026-11-28"), 28},
		{"weekdays", mon, sun, 5},
		{"weekdays", day("2026-11-28"), sun, 0}, // a weekend
		{"weekdays", day("2026-11-01"), day("2026-11-28"), 20},
		{"mon,wed,fri", mon, sun, 3},
		{"mon,wed,fri", day("2026-11-24"), day("2026-11-25"), 1},
		{"sun", day("2026-11-01"), day("2026-11-30"), 5},
		{"3/week", mon, sun, 3},
		{"3/week", day("2026-11-01"), day("2026-11-28"), 12},
		{"3/week", mon, mon, 1},      // a partial week rounds up
		{"3/week", mon, mon + 2, 2},  // 9/7 → 2
		{"1/week", mon, mon + 13, 2}, // two whole weeks
		{"7/week", mon, mon + 9, 10}, // every day
		{"2/week", day("2026-11-25"), day("2026-11-24"), 0},
		{"once", mon, sun, 0},
	}
	for _, tt := range tests {
		if got := DueCount(mustRepeat(t, tt.rule), tt.from, tt.to); got != tt.want {
			t.Errorf("DueCount(%s, %s, %s) = %d, want %d", tt.rule, tt.from, tt.to, got, tt.want)
		}
	}
}

// days lists n consecutive days from `from`, every `step` days.
func days(from Date, n, step int) []Date {
	var out []Date
	for i := 0; i < n; i++ {
		out = append(out, from+Date(i*step))
	}
	return out
}

func TestTaskProgress(t *testing.T) {
	today := day("2026-11-28") // Saturday
	old := createdOn("2026-01-01")
	window := today - Window + 1 // 2026-11-01
	tests := []struct {
		name string
		task Task
		done []Date
		want float64
	}{
		{"once, undone", Task{Repeat: "once", Due: today, Created: old}, nil, 0},
		{"once, done", Task{Repeat: "once", Due: today, Created: old}, []Date{today - 3}, 1},
		{"once, done long ago", Task{Repeat: "once", Due: day("2025-01-01"), Created: old}, []Date{day("2025-01-02")}, 1},
		{"daily, nothing", Task{Repeat: "daily", Created: old}, nil, 0},
		{"daily, every day", Task{Repeat: "daily", Created: old}, days(window, 28, 1), 1},
		{"daily, half", Task{Repeat: "daily", Created: old}, days(window, 14, 2), 0.5},
		{"daily, old check-ins ignored", Task{Repeat: "daily", Created: old}, append(days(window-30, 30, 1), days(window, 7, 1)...), 0.25},
		{"daily, future check-ins ignored", Task{Repeat: "daily", Created: old}, append(days(window, 7, 1), today+1, today+2), 0.25},
		{"daily, created 10 days ago", Task{Repeat: "daily", Created: createdOn("2026-11-19")}, days(day("2026-11-19"), 5, 2), 0.5},
		{"daily, created today, done", Task{Repeat: "daily", Created: createdOn("2026-11-28")}, []Date{today}, 1},
		{"weekdays, all 20 weekdays", Task{Repeat: "weekdays", Created: old}, weekdaysIn(window, today), 1},
		{"weekdays, 10 of 20", Task{Repeat: "weekdays", Created: old}, weekdaysIn(window, today)[:10], 0.5},
		{"weekdays, done at weekends too, capped", Task{Repeat: "weekdays", Created: old}, days(window, 28, 1), 1},
		{"weekdays, only weekend ticks are extra", Task{Repeat: "weekdays", Created: old}, []Date{day("2026-11-07"), day("2026-11-08"), day("2026-11-21")}, 0},
		{"3/week, 6 of 12", Task{Repeat: "3/week", Created: old}, days(window, 6, 4), 0.5},
		{"created tomorrow", Task{Repeat: "daily", Created: createdOn("2026-11-29")}, []Date{today}, 0},
	}
	for _, tt := range tests {
		if got := TaskProgress(tt.task, tt.done, today); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: TaskProgress = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func weekdaysIn(from, to Date) []Date {
	var out []Date
	for d := from; d <= to; d++ {
		if wd := d.Weekday(); wd >= 1 && wd <= 5 {
			out = append(out, d)
		}
	}
	return out
}

func TestGoalProgress(t *testing.T) {
	today := day("2026-11-28")
	old := createdOn("2026-01-01")
	window := today - Window + 1
	goal := Goal{ID: 1, Status: StatusActive}
	tasks := []Task{
		{ID: 1, GoalID: 1, Repeat: "once", Due: today, Created: old},                 // done: 1
		{ID: 2, GoalID: 1, Repeat: "once", Due: today, Created: old},                 // undone: 0
		{ID: 3, GoalID: 1, Repeat: "daily", Created: old},                            // half: 0.5
		{ID: 4, GoalID: 1, Repeat: "daily", Created: old, Archived: true},            // left out
		{ID: 5, GoalID: 2, Repeat: "once", Due: today, Created: old},                 // another goal
		{ID: 6, GoalID: 0, Repeat: "daily", Created: old},                            // no goal
		{ID: 7, GoalID: 1, Repeat: "once", Due: today, Created: old, Archived: true}, // left out
	}
	done := map[uint64][]Date{
		11: {today}, 12: {today}, 13: {today},
		1: {today},
		3: days(window, 14, 2),
		5: {today},
		6: days(window, 28, 1),
		7: {today},
	}
	tests := []struct {
		name  string
		goal  Goal
		tasks []Task
		want  float64
	}{
		{"mean of its live tasks", goal, tasks, 0.5},
		{"done goal", Goal{ID: 1, Status: StatusDone}, tasks, 1},
		{"done goal without tasks", Goal{ID: 9, Status: StatusDone}, nil, 1},
		{"no tasks", Goal{ID: 9, Status: StatusActive}, tasks, 0},
		{"only archived tasks", goal, []Task{tasks[3], tasks[6]}, 0},
		{"archived goal keeps its figure", Goal{ID: 2, Status: StatusArchived}, tasks, 1},
		// Three one-off tasks done and a habit never kept: the two parts
		// weigh the same, so a stalled habit still shows (0.5, not 0.75).
		{"one-offs and habits weigh the same", Goal{ID: 3, Status: StatusActive}, []Task{
			{ID: 11, GoalID: 3, Repeat: "once", Due: today, Created: old},
			{ID: 12, GoalID: 3, Repeat: "once", Due: today, Created: old},
			{ID: 13, GoalID: 3, Repeat: "once", Due: today, Created: old},
			{ID: 14, GoalID: 3, Repeat: "daily", Created: old},
		}, 0.5},
	}
	for _, tt := range tests {
		if got := GoalProgress(tt.goal, tt.tasks, done, today); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: GoalProgress = %v, want %v", tt.name, got, tt.want)
		}
	}
}
