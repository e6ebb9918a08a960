package domain

import (
	"slices"
	"testing"
	"time"
)

// Helpers shared by the coaching-rule tests (streak, strength, rating,
// suggest). Their names start with "rule" so they cannot clash with the
// helpers of the other test files in this package.

// ruleDay parses a YYYY-MM-DD date written in a table.
func ruleDay(s string) Date {
	d, err := ParseISODate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// ruleTask is a task with the given schedule whose local creation day is
// created (noon local time, so CreatedOn is that day in any time zone).
func ruleTask(id uint64, repeat, created string) Task {
	y, m, d := ruleDay(created).Time().Date()
	return Task{ID: id, Title: "task", Competency: Depth, Repeat: repeat,
		Created: time.Date(y, m, d, 12, 0, 0, 0, time.Local)}
}

// ruleDates parses a list of dates and sorts it.
func ruleDates(ss ...string) []Date {
	out := make([]Date, 0, len(ss))
	for _, s := range ss {
		out = append(out, ruleDay(s))
	}
	slices.Sort(out)
	return out
}

// ruleSpan lists every day from `from` to `to`, both included, except the
// ones in skip.
func ruleSpan(from, to string, skip ...string) []Date {
	var out []Date
	for d := ruleDay(from); d <= ruleDay(to); d++ {
		if !slices.Contains(skip, d.String()) {
			out = append(out, d)
		}
	}
	return out
}

// ruleJoin concatenates date lists and sorts the result.
func ruleJoin(lists ...[]Date) []Date {
	var out []Date
	for _, l := range lists {
		out = append(out, l...)
	}
	slices.Sort(out)
	return out
}

func TestRuleCalendar(t *testing.T) {
	// The tables below rely on these weekdays.
	for s, wd := range map[string]time.Weekday{
		"2026-11-01": time.Sunday, "2026-11-02": time.Monday, "2026-11-06": time.Friday,
		"2026-11-08": time.Sunday, "2026-11-30": time.Monday, "2028-02-29": time.Tuesday,
	} {
		if got := ruleDay(s).Weekday(); got != wd {
			t.Fatalf("%s is a %s, want %s", s, got, wd)
		}
	}
}

func TestTaskStreak(t *testing.T) {
	archived := func(tk Task, on string) Task {
		tk.Archived, tk.ArchivedOn = true, ruleDay(on)
		return tk
	}
	// November 2026: Mondays are the 2nd, 9th, 16th, 23rd and 30th.
	tests := []struct {
		name  string
		task  Task
		done  []Date
		today string
		want  Streak
	}{
		// daily
		{"daily, no check-ins", ruleTask(1, "daily", "2026-11-02"), nil, "2026-11-10", Streak{0, 0}},
		{"daily, with a gap", ruleTask(1, "daily", "2026-11-02"),
			ruleSpan("2026-11-02", "2026-11-10", "2026-11-07"), "2026-11-10", Streak{3, 5}},
		{"daily, two gaps, best in the middle", ruleTask(1, "daily", "2026-11-02"),
			ruleSpan("2026-11-02", "2026-11-10", "2026-11-03", "2026-11-09"), "2026-11-10", Streak{1, 5}},
		{"daily, today open does not break", ruleTask(1, "daily", "2026-11-02"),
			ruleSpan("2026-11-02", "2026-11-09"), "2026-11-10", Streak{8, 8}},
		{"daily, done today counts", ruleTask(1, "daily", "2026-11-02"),
			ruleSpan("2026-11-02", "2026-11-10"), "2026-11-10", Streak{9, 9}},
		{"daily, yesterday missed breaks, today done restarts", ruleTask(1, "daily", "2026-11-02"),
			ruleSpan("2026-11-02", "2026-11-10", "2026-11-09"), "2026-11-10", Streak{1, 7}},
		{"daily, yesterday missed and today open", ruleTask(1, "daily", "2026-11-02"),
			ruleSpan("2026-11-02", "2026-11-08"), "2026-11-10", Streak{0, 7}},
		{"daily, created today and open", ruleTask(1, "daily", "2026-11-10"), nil, "2026-11-10", Streak{0, 0}},
		{"daily, created today and done", ruleTask(1, "daily", "2026-11-10"),
			ruleDates("2026-11-10"), "2026-11-10", Streak{1, 1}},
		{"daily, created in the future", ruleTask(1, "daily", "2026-11-12"), nil, "2026-11-10", Streak{0, 0}},

		// weekdays
		{"weekdays, Friday then Monday keeps the streak over the weekend", ruleTask(1, "weekdays", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-09"),
			"2026-11-10", Streak{6, 6}},
		{"weekdays, Saturday today: the weekend is not open, just unscheduled", ruleTask(1, "weekdays", "2026-11-02"),
			ruleSpan("2026-11-02", "2026-11-06"), "2026-11-07", Streak{5, 5}},
		{"weekdays, Friday missed breaks", ruleTask(1, "weekdays", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-09"),
			"2026-11-10", Streak{1, 4}},
		{"weekdays, a Saturday check-in neither counts nor mends a missed Friday", ruleTask(1, "weekdays", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-07", "2026-11-09"),
			"2026-11-09", Streak{1, 4}},
		{"weekdays, weekend check-ins do not count", ruleTask(1, "weekdays", "2026-11-02"),
			ruleSpan("2026-11-02", "2026-11-09"), "2026-11-09", Streak{6, 6}},
		{"weekdays, created on a Sunday", ruleTask(1, "weekdays", "2026-11-01"),
			ruleSpan("2026-11-02", "2026-11-06"), "2026-11-07", Streak{5, 5}},
		{"weekdays, created on a Sunday, Monday open", ruleTask(1, "weekdays", "2026-11-01"),
			ruleSpan("2026-11-02", "2026-11-06"), "2026-11-09", Streak{5, 5}},
		{"weekdays, created on a Sunday, nothing scheduled yet", ruleTask(1, "weekdays", "2026-11-01"),
			nil, "2026-11-01", Streak{0, 0}},
		{"weekdays, created on a Sunday, done that Sunday", ruleTask(1, "weekdays", "2026-11-01"),
			ruleDates("2026-11-01"), "2026-11-02", Streak{0, 0}},

		// a weekday list
		{"mon,wed,fri, all kept, today Friday open", ruleTask(1, "mon,wed,fri", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-04", "2026-11-06", "2026-11-09", "2026-11-11"),
			"2026-11-13", Streak{5, 5}},
		{"mon,wed,fri, all kept, today Friday done", ruleTask(1, "mon,wed,fri", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-04", "2026-11-06", "2026-11-09", "2026-11-11", "2026-11-13"),
			"2026-11-13", Streak{6, 6}},
		{"mon,wed,fri, a missed Wednesday breaks", ruleTask(1, "mon,wed,fri", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-04", "2026-11-06", "2026-11-09", "2026-11-13"),
			"2026-11-13", Streak{1, 4}},
		{"mon,wed,fri, check-ins on Tuesday and Sunday change nothing", ruleTask(1, "mon,wed,fri", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-06", "2026-11-08", "2026-11-09", "2026-11-11"),
			"2026-11-13", Streak{5, 5}},
		{"mon,wed,fri, an unscheduled Thursday does not replace Wednesday", ruleTask(1, "mon,wed,fri", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-05", "2026-11-06"), "2026-11-06", Streak{1, 1}},
		{"mon,wed,fri, today Thursday (unscheduled) after a kept Wednesday", ruleTask(1, "mon,wed,fri", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-04"), "2026-11-05", Streak{2, 2}},

		// N/week: calendar weeks Monday to Sunday
		{"2/week, Sunday and Monday fall in different weeks", ruleTask(1, "2/week", "2026-11-02"),
			ruleDates("2026-11-07", "2026-11-08", "2026-11-09", "2026-11-10"), "2026-11-15", Streak{2, 2}},
		{"2/week, a Sunday+Monday pair straddles two weeks and keeps neither", ruleTask(1, "2/week", "2026-11-02"),
			ruleDates("2026-11-08", "2026-11-09"), "2026-11-16", Streak{0, 0}},
		{"2/week, a missed week breaks; the open week short of N does not", ruleTask(1, "2/week", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-05", // week 1 kept
				"2026-11-10", "2026-11-14", // week 2 kept
				"2026-11-18",               // week 3 short: breaks
				"2026-11-23", "2026-11-29", // week 4 kept
				"2026-11-30"), // week 5 open, one so far
			"2026-12-01", Streak{1, 2}},
		{"2/week, the open week counts once kept", ruleTask(1, "2/week", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-05", "2026-11-10", "2026-11-14", "2026-11-18",
				"2026-11-23", "2026-11-29", "2026-11-30", "2026-12-01"),
			"2026-12-01", Streak{2, 2}},
		{"2/week, the open week short, today is its Sunday", ruleTask(1, "2/week", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-03", "2026-11-12"), "2026-11-15", Streak{1, 1}},
		{"2/week, more than N in a week is one kept week", ruleTask(1, "2/week", "2026-11-02"),
			ruleSpan("2026-11-02", "2026-11-08"), "2026-11-09", Streak{1, 1}},
		{"2/week, a week with nothing breaks", ruleTask(1, "2/week", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-03", "2026-11-16", "2026-11-17"), "2026-11-18", Streak{1, 1}},
		{"3/week, three kept weeks", ruleTask(1, "3/week", "2026-11-02"),
			ruleDates("2026-11-02", "2026-11-04", "2026-11-08",
				"2026-11-13", "2026-11-14", "2026-11-15",
				"2026-11-16", "2026-11-17", "2026-11-18"),
			"2026-11-19", Streak{3, 3}},

		// archived: periods end the day before ArchivedOn
		{"archived daily, kept to the end, nothing after counts as missed",
			archived(ruleTask(1, "daily", "2026-11-02"), "2026-11-10"),
			ruleSpan("2026-11-02", "2026-11-09"), "2026-11-20", Streak{8, 8}},
		{"archived daily, the day before archiving missed",
			archived(ruleTask(1, "daily", "2026-11-02"), "2026-11-10"),
			ruleSpan("2026-11-02", "2026-11-08"), "2026-11-20", Streak{0, 7}},
		{"archived daily, check-ins on and after the archive day ignored",
			archived(ruleTask(1, "daily", "2026-11-02"), "2026-11-10"),
			ruleSpan("2026-11-02", "2026-11-15"), "2026-11-20", Streak{8, 8}},
		{"archived 2/week, the week before archiving kept",
			archived(ruleTask(1, "2/week", "2026-11-02"), "2026-11-16"),
			ruleDates("2026-11-02", "2026-11-03", "2026-11-09", "2026-11-10"), "2026-11-30", Streak{2, 2}},
		{"archived 2/week, later weeks are not missed",
			archived(ruleTask(1, "2/week", "2026-11-02"), "2026-11-09"),
			ruleDates("2026-11-02", "2026-11-03"), "2026-11-30", Streak{1, 1}},

		// leap day
		{"daily across 2028-02-29", ruleTask(1, "daily", "2028-02-25"),
			ruleSpan("2028-02-25", "2028-03-02"), "2028-03-02", Streak{7, 7}},
		{"daily, 2028-02-29 missed breaks", ruleTask(1, "daily", "2028-02-25"),
			ruleSpan("2028-02-25", "2028-03-02", "2028-02-29"), "2028-03-02", Streak{2, 4}},
		{"weekdays across 2028-02-29 (Tuesday)", ruleTask(1, "weekdays", "2028-02-24"),
			ruleDates("2028-02-24", "2028-02-25", "2028-02-28", "2028-02-29", "2028-03-01"), "2028-03-01", Streak{5, 5}},

		// once tasks have no streak
		{"once", ruleTask(1, "once", "2026-11-02"), ruleDates("2026-11-02"), "2026-11-10", Streak{0, 0}},

		// back-filled check-ins before the creation day start the periods
		// earlier (documented in TaskStreak: history can be back-filled).
		{"daily, back-filled before creation", ruleTask(1, "daily", "2026-11-05"),
			ruleSpan("2026-11-02", "2026-11-06"), "2026-11-06", Streak{5, 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := TaskStreak(tt.task, tt.done, ruleDay(tt.today))
			if got != tt.want {
				t.Errorf("TaskStreak(%s) = %+v, want %+v", tt.task.Repeat, got, tt.want)
			}
			if got.Current > got.Best {
				t.Errorf("current %d > best %d", got.Current, got.Best)
			}
		})
	}
}

// With every check-in made up to yesterday, the period still open today never
// breaks the streak, and ticking today off adds at most one period.
func TestTaskStreakOpenPeriodNeverBreaks(t *testing.T) {
	for _, rule := range []string{"daily", "weekdays", "mon,wed,fri", "tue,sat", "2/week", "5/week"} {
		tk := ruleTask(1, rule, "2026-11-02")
		done := ruleSpan("2026-11-02", "2026-12-31")
		for today := ruleDay("2026-11-02"); today <= ruleDay("2026-12-31"); today++ {
			// All done up to yesterday, today still open.
			open := TaskStreak(tk, done[:today-ruleDay("2026-11-02")], today)
			closed := TaskStreak(tk, done[:today-ruleDay("2026-11-02")+1], today)
			if open.Current == 0 && today-ruleDay("2026-11-02") >= 7 {
				t.Errorf("%s on %s: open period broke the streak: %+v", rule, today, open)
			}
			if closed.Current < open.Current || closed.Current > open.Current+1 {
				t.Errorf("%s on %s: done today gives %+v, open %+v", rule, today, closed, open)
			}
		}
	}
}

// The schedule stored with a task applies to its whole history: coach keeps
// no record of earlier schedules. A task switched from daily to mon,wed,fri
// is judged on Mondays, Wednesdays and Fridays only, also for the weeks it
// was daily; one switched from mon,wed,fri to daily is judged every day,
// also for the weeks it was mon,wed,fri. The result is exactly what a task
// that always had the current schedule would get.
func TestTaskStreakScheduleChangedMidHistory(t *testing.T) {
	today := ruleDay("2026-11-20") // Friday
	tests := []struct {
		name string
		now  string
		done []Date
		want Streak
	}{
		{"daily for a week, then mon,wed,fri",
			"mon,wed,fri",
			ruleJoin(ruleSpan("2026-11-02", "2026-11-08"),
				ruleDates("2026-11-09", "2026-11-11", "2026-11-13", "2026-11-16", "2026-11-18", "2026-11-20")),
			Streak{9, 9}}, // Mon 2, Wed 4, Fri 6, then 9…20: the daily extras neither count nor break
		{"mon,wed,fri for two weeks, then daily",
			"daily",
			ruleJoin(ruleDates("2026-11-02", "2026-11-04", "2026-11-06", "2026-11-09", "2026-11-11", "2026-11-13"),
				ruleSpan("2026-11-14", "2026-11-20")),
			Streak{8, 8}}, // 13…20; the unticked Tuesdays and Thursdays of the old schedule count as misses
		{"weekdays, then 2/week",
			"2/week",
			ruleJoin(ruleSpan("2026-11-02", "2026-11-06"), ruleDates("2026-11-10", "2026-11-12", "2026-11-17")),
			Streak{2, 2}}, // weeks of the 2nd and 9th kept; the week of the 16th open
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tk := ruleTask(1, tt.now, "2026-11-02")
			got := TaskStreak(tk, tt.done, today)
			if got != tt.want {
				t.Errorf("TaskStreak = %+v, want %+v", got, tt.want)
			}
			// Consistent: any task with this schedule and history gets the
			// same result; nothing else about the task matters.
			again := ruleTask(2, tt.now, "2026-11-02")
			again.Title = "other"
			if got2 := TaskStreak(again, tt.done, today); got2 != got {
				t.Errorf("same schedule and history gave %+v and %+v", got, got2)
			}
			// And the streak only depends on the check-ins on scheduled days
			// (or in weeks, for N/week): dropping the unscheduled ones
			// changes nothing.
			r := tk.Schedule()
			if r.Kind != PerWeek {
				var onSchedule []Date
				for _, d := range tt.done {
					if r.ScheduledOn(d) {
						onSchedule = append(onSchedule, d)
					}
				}
				if got3 := TaskStreak(tk, onSchedule, today); got3 != got {
					t.Errorf("without unscheduled check-ins: %+v, with: %+v", got3, got)
				}
			}
		})
	}
}

func TestTally(t *testing.T) {
	// A week from Monday 2 to Sunday 8 November 2026, today Sunday.
	a := ruleTask(1, "daily", "2026-11-02")
	b := ruleTask(2, "daily", "2026-11-02")
	late := ruleTask(3, "once", "2026-11-01") // due Tue, done Wed: carried over one day
	late.Due = ruleDay("2026-11-03")
	early := ruleTask(4, "once", "2026-11-01") // due Fri, done Thu
	early.Due = ruleDay("2026-11-06")
	onTime := ruleTask(5, "once", "2026-11-01") // due and done Sat
	onTime.Due = ruleDay("2026-11-07")
	open := ruleTask(6, "once", "2026-11-01") // due Sat, never done: carried over to today
	open.Due = ruleDay("2026-11-07")
	future := ruleTask(7, "once", "2026-11-01") // due next week
	future.Due = ruleDay("2026-11-10")
	tasks := []Task{a, b, late, early, onTime, open, future}
	done := map[uint64][]Date{
		1: ruleSpan("2026-11-02", "2026-11-08"),
		2: ruleSpan("2026-11-02", "2026-11-07"), // not yet today
		3: ruleDates("2026-11-04"),
		4: ruleDates("2026-11-05"),
		5: ruleDates("2026-11-07"),
	}
	today := ruleDay("2026-11-08")
	want := map[Date]DayTally{
		ruleDay("2026-11-02"): {2, 2, 0},
		ruleDay("2026-11-03"): {2, 2, 0}, // the late one counts where it was done
		ruleDay("2026-11-04"): {3, 3, 0}, // the late one, done
		ruleDay("2026-11-05"): {3, 3, 0}, // the early one, done
		ruleDay("2026-11-06"): {2, 2, 0}, // the early one is no longer due on its due day
		ruleDay("2026-11-07"): {4, 3, 0}, // on time done, open due
		ruleDay("2026-11-08"): {2, 1, 0}, // a done, b open; the open one-off counted once, on Saturday
	}
	got := Tally(tasks, done, ruleDay("2026-11-01"), today)
	if len(got) != len(want) {
		t.Errorf("Tally has %d days, want %d: %v", len(got), len(want), got)
	}
	for d, w := range want {
		if got[d] != w {
			t.Errorf("Tally[%s] = %+v, want %+v", d, got[d], w)
		}
	}

	// The range is respected: nothing before from or after today.
	got = Tally(tasks, done, ruleDay("2026-11-05"), ruleDay("2026-11-06"))
	wantPart := map[Date]DayTally{ruleDay("2026-11-05"): {3, 3, 0}, ruleDay("2026-11-06"): {2, 2, 0}}
	if len(got) != len(wantPart) || got[ruleDay("2026-11-05")] != wantPart[ruleDay("2026-11-05")] ||
		got[ruleDay("2026-11-06")] != wantPart[ruleDay("2026-11-06")] {
		t.Errorf("Tally(5…6) = %v, want %v", got, wantPart)
	}

}

func TestTallyWeekdayListAndPerWeek(t *testing.T) {
	mwf := ruleTask(1, "mon,wed,fri", "2026-11-02")
	two := ruleTask(2, "2/week", "2026-11-02")
	done := map[uint64][]Date{
		1: ruleDates("2026-11-02", "2026-11-03", "2026-11-06"), // Tue extra, Wed missed
		2: ruleDates("2026-11-04", "2026-11-10"),               // week 1 short by one
	}
	got := Tally([]Task{mwf, two}, done, ruleDay("2026-11-01"), ruleDay("2026-11-11"))
	want := map[Date]DayTally{
		ruleDay("2026-11-02"): {1, 1, 0},
		ruleDay("2026-11-03"): {0, 0, 1}, // an unscheduled check-in is extra, never due
		ruleDay("2026-11-04"): {2, 1, 0}, // Wednesday missed, 2/week done
		ruleDay("2026-11-06"): {1, 1, 0},
		ruleDay("2026-11-08"): {1, 0, 0}, // the finished week short of 2: one missing on its Sunday
		ruleDay("2026-11-09"): {1, 0, 0},
		ruleDay("2026-11-10"): {1, 1, 0},
		ruleDay("2026-11-11"): {1, 0, 0}, // today, the open week adds nothing
	}
	if len(got) != len(want) {
		t.Errorf("Tally has %d days, want %d: %v", len(got), len(want), got)
	}
	for d, w := range want {
		if got[d] != w {
			t.Errorf("Tally[%s] = %+v, want %+v", d, got[d], w)
		}
	}
}

func TestDayTallyLevel(t *testing.T) {
	for _, tt := range []struct {
		t    DayTally
		want int
	}{{DayTally{}, 0}, {DayTally{Due: 3}, 1}, {DayTally{Due: 5, Done: 2}, 2}, {DayTally{Due: 4, Done: 2}, 3}, {DayTally{Due: 4, Done: 4}, 4}, {DayTally{Due: 2, Done: 3}, 4}, {DayTally{Extra: 1}, 4}, {DayTally{Due: 2, Extra: 1}, 1}} {
		if got := tt.t.Level(); got != tt.want {
			t.Errorf("%+v.Level() = %d, want %d", tt.t, got, tt.want)
		}
	}
}
