package domain

import (
	"testing"
	"time"
)

// createdOn is a creation time whose local day is s.
func createdOn(s string) time.Time {
	d := day(s)
	y, m, dd := d.Time().Date()
	return time.Date(y, m, dd, 12, 0, 0, 0, time.Local)
}

func TestOnceDue(t *testing.T) {
	due := day("2026-11-25") // a Wednesday
	open := Task{ID: 1, Repeat: "once", Due: due}
	archived := open
	archived.Archived = true
	archivedOn := open
	archivedOn.Archived, archivedOn.ArchivedOn = true, day("2026-11-27")

	tests := []struct {
		name   string
		task   Task
		d      string
		doneOn string // "" while undone
		want   bool
	}{
		{"before due", open, "2026-11-24", "", false},
		{"on due", open, "2026-11-25", "", true},
		{"carried over", open, "2026-11-26", "", true},
		{"carried over a month", open, "2026-12-25", "", true},

		{"done on due, that day", open, "2026-11-25", "2026-11-25", true},
		{"done on due, day after", open, "2026-11-26", "2026-11-25", false},
		{"done on due, day before", open, "2026-11-24", "2026-11-25", false},

		{"done early, the day it was done", open, "2026-11-23", "2026-11-23", true},
		{"done early, a day between", open, "2026-11-24", "2026-11-23", false},
		{"done early, its due day", open, "2026-11-25", "2026-11-23", false},
		{"done early, later", open, "2026-11-28", "2026-11-23", false},
		{"done early, before it was done", open, "2026-11-22", "2026-11-23", false},

		{"done late, its due day", open, "2026-11-25", "2026-11-27", true},
		{"done late, carried", open, "2026-11-26", "2026-11-27", true},
		{"done late, the day it was done", open, "2026-11-27", "2026-11-27", true},
		{"done late, the day after", open, "2026-11-28", "2026-11-27", false},
		{"done late, before due", open, "2026-11-24", "2026-11-27", false},

		{"archived without a day", archived, "2026-11-25", "", false},
		{"archived without a day, done", archived, "2026-11-25", "2026-11-25", false},
		{"archived later, on due", archivedOn, "2026-11-25", "", true},
		{"archived later, carried", archivedOn, "2026-11-26", "", true},
		{"archived, its archive day", archivedOn, "2026-11-27", "", false},
		{"archived, after", archivedOn, "2026-11-30", "", false},
		{"archived, done the archive day", archivedOn, "2026-11-27", "2026-11-27", false},
	}
	for _, tt := range tests {
		var doneOn Date
		if tt.doneOn != "" {
			doneOn = day(tt.doneOn)
		}
		if got := OnceDue(tt.task, day(tt.d), doneOn); got != tt.want {
			t.Errorf("%s: OnceDue(due %s, day %s, done %q) = %v, want %v", tt.name, tt.task.Due, tt.d, tt.doneOn, got, tt.want)
		}
	}
}

func TestRecurringDue(t *testing.T) {
	created := createdOn("2026-11-01")
	task := func(repeat string) Task {
		return Task{ID: 1, Repeat: repeat, Created: created}
	}
	archived := task("daily")
	archived.Archived = true
	archivedOn := task("daily")
	archivedOn.Archived, archivedOn.ArchivedOn = true, day("2026-11-26")

	sat, mon, wed := "2026-11-28", "2026-11-23", "2026-11-25"
	tests := []struct {
		name      string
		task      Task
		d         string
		weekDone  int
		doneOnDay bool
		want      bool
	}{
		{"daily", task("daily"), sat, 0, false, true},
		{"daily, done", task("daily"), sat, 0, true, true},
		{"daily before it existed", task("daily"), "2026-10-31", 0, false, false},
		{"daily, done before it existed", task("daily"), "2026-10-31", 0, true, false},
		{"daily on its creation day", task("daily"), "2026-11-01", 0, false, true},

		{"weekdays on Monday", task("weekdays"), mon, 0, false, true},
		{"weekdays on Saturday", task("weekdays"), sat, 0, false, false},
		{"weekdays on Saturday, done anyway", task("weekdays"), sat, 0, true, true},
		{"list on a listed day", task("mon,wed,fri"), wed, 1, false, true},
		{"list on another day", task("mon,wed,fri"), "2026-11-24", 0, false, false},
		{"list on another day, done anyway", task("mon,wed,fri"), "2026-11-24", 0, true, true},

		{"3/week, none done", task("3/week"), mon, 0, false, true},
		{"3/week, N-1 done", task("3/week"), sat, 2, false, true},
		{"3/week, N done", task("3/week"), sat, 3, false, false},
		{"3/week, N done and today too", task("3/week"), sat, 3, true, true},
		{"3/week, more than N done", task("3/week"), sat, 5, false, false},
		{"1/week, N-1 done", task("1/week"), sat, 0, false, true},
		{"1/week, N done", task("1/week"), sat, 1, false, false},
		{"7/week, N-1 done", task("7/week"), "2026-11-29", 6, false, true},
		{"7/week, N done", task("7/week"), "2026-11-29", 7, false, false},

		{"archived without a day", archived, sat, 0, false, false},
		{"archived without a day, done", archived, sat, 0, true, false},
		{"archived later, before", archivedOn, wed, 0, false, true},
		{"archived later, its archive day", archivedOn, "2026-11-26", 0, false, false},
		{"archived later, after, done", archivedOn, sat, 0, true, false},
	}
	for _, tt := range tests {
		if got := RecurringDue(tt.task, day(tt.d), tt.weekDone, tt.doneOnDay); got != tt.want {
			t.Errorf("%s: RecurringDue(%s, %s, weekDone %d, done %v) = %v, want %v", tt.name, tt.task.Repeat, tt.d, tt.weekDone, tt.doneOnDay, got, tt.want)
		}
	}
}

func TestActiveOnOnceIgnoresCreation(t *testing.T) {
	// A one-off task may be back-dated: it is active before its creation day.
	tk := Task{Repeat: "once", Due: day("2026-10-01"), Created: createdOn("2026-11-01")}
	if !tk.ActiveOn(day("2026-10-01")) {
		t.Error("a one-off task is not active on a due day before its creation")
	}
	if !OnceDue(tk, day("2026-10-02"), 0) {
		t.Error("a back-dated one-off task is not carried over")
	}
}
