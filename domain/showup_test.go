package domain

import "testing"

// ruleShown is the set of the given days lists.
func ruleShown(lists ...[]Date) map[Date]bool {
	out := map[Date]bool{}
	for _, l := range lists {
		for _, d := range l {
			out[d] = true
		}
	}
	return out
}

func TestShowUpStreak(t *testing.T) {
	daily := ruleTask(1, "daily", "2026-11-02")
	weekdays := ruleTask(2, "weekdays", "2026-11-02")
	two := ruleTask(3, "2/week", "2026-11-02")
	once := ruleTask(4, "once", "2026-11-02")
	once.Due = ruleDay("2026-11-02") // never done
	tests := []struct {
		name  string
		tasks []Task
		done  map[uint64][]Date
		shown map[Date]bool // besides the check-ins in done
		today string
		want  int
	}{
		{"nothing", nil, nil, nil, "2026-11-08", 0},
		{"every day, an open one-off does not matter", []Task{daily, once},
			map[uint64][]Date{1: ruleSpan("2026-11-02", "2026-11-08")}, nil, "2026-11-08", 7},
		{"today open does not break", []Task{daily},
			map[uint64][]Date{1: ruleSpan("2026-11-02", "2026-11-07")}, nil, "2026-11-08", 6},
		{"today counts once shown up by a reflection", []Task{daily},
			map[uint64][]Date{1: ruleSpan("2026-11-02", "2026-11-07")}, ruleShown(ruleDates("2026-11-08")), "2026-11-08", 7},
		{"a reflection alone keeps a day", []Task{daily},
			map[uint64][]Date{1: ruleSpan("2026-11-02", "2026-11-08", "2026-11-05")}, ruleShown(ruleDates("2026-11-05")), "2026-11-08", 7},
		{"a day without either breaks", []Task{daily},
			map[uint64][]Date{1: ruleSpan("2026-11-02", "2026-11-08", "2026-11-05")}, nil, "2026-11-08", 3},
		{"an unfinished habit still shows up", []Task{daily, weekdays},
			map[uint64][]Date{1: ruleSpan("2026-11-02", "2026-11-08")}, nil, "2026-11-08", 7},
		{"a weekend with only weekday habits is rest", []Task{weekdays},
			map[uint64][]Date{2: ruleJoin(ruleSpan("2026-11-02", "2026-11-06"), ruleSpan("2026-11-09", "2026-11-10"))},
			nil, "2026-11-10", 7},
		{"a check-in on a rest day counts", []Task{weekdays},
			map[uint64][]Date{2: ruleSpan("2026-11-02", "2026-11-10")}, nil, "2026-11-10", 9},
		{"a weekday without a check-in breaks", []Task{weekdays},
			map[uint64][]Date{2: ruleJoin(ruleSpan("2026-11-02", "2026-11-05"), ruleSpan("2026-11-09", "2026-11-10"))},
			nil, "2026-11-10", 2},
		{"2/week: days after the week is kept are rest", []Task{two},
			map[uint64][]Date{3: ruleDates("2026-11-02", "2026-11-03", "2026-11-09")}, nil, "2026-11-09", 3},
		{"2/week: a day while the week is short breaks", []Task{two},
			map[uint64][]Date{3: ruleDates("2026-11-02", "2026-11-09")}, nil, "2026-11-09", 1},
		{"no habits: every day asks to show up", []Task{once}, nil,
			ruleShown(ruleDates("2026-11-02", "2026-11-03", "2026-11-05", "2026-11-06")), "2026-11-06", 2},
		{"an archived habit asks nothing after", []Task{func() Task {
			tk := daily
			tk.Archived, tk.ArchivedOn = true, ruleDay("2026-11-05")
			return tk
		}(), weekdays}, map[uint64][]Date{1: ruleSpan("2026-11-02", "2026-11-04"), 2: ruleSpan("2026-11-05", "2026-11-06")},
			nil, "2026-11-09", 5}, // Mon 2 … Fri 6, the weekend rest, Monday 9 open
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shown := ruleShown()
			for d := range tt.shown {
				shown[d] = true
			}
			for _, ds := range tt.done {
				for _, d := range ds {
					shown[d] = true
				}
			}
			if got := ShowUpStreak(tt.tasks, tt.done, shown, ruleDay(tt.today)); got != tt.want {
				t.Errorf("ShowUpStreak = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestShownDays(t *testing.T) {
	got := ShownDays([]CheckIn{{TaskID: 1, Date: ruleDay("2026-11-02")}, {TaskID: 2, Date: ruleDay("2026-11-09")}},
		map[Date]int{ruleDay("2026-11-03"): 0, ruleDay("2026-11-10"): 4}, ruleDay("2026-11-09"))
	want := ruleShown(ruleDates("2026-11-02", "2026-11-03", "2026-11-09"))
	if len(got) != len(want) {
		t.Fatalf("ShownDays = %v, want %v", got, want)
	}
	for d := range want {
		if !got[d] {
			t.Errorf("ShownDays lacks %s", d)
		}
	}
}

func TestPerfectDays(t *testing.T) {
	daily := func(id uint64) Task { return ruleTask(id, "daily", "2026-11-02") }
	once := ruleTask(9, "once", "2026-11-01")
	once.Due = ruleDay("2026-11-03") // never done: never counts against a day
	mwf := ruleTask(1, "mon,wed,fri", "2026-11-02")
	two := ruleTask(2, "2/week", "2026-11-02")
	tests := []struct {
		name  string
		tasks []Task
		done  map[uint64][]Date
		today string
		want  Perfect
	}{
		{"no tasks", nil, nil, "2026-11-08", Perfect{}},
		{"one-offs only", []Task{once}, map[uint64][]Date{9: ruleDates("2026-11-03")}, "2026-11-08", Perfect{}},
		{"all habits every day, an open one-off", []Task{daily(1), daily(2), once},
			map[uint64][]Date{1: ruleSpan("2026-11-02", "2026-11-08"), 2: ruleSpan("2026-11-02", "2026-11-08")},
			"2026-11-08", Perfect{7, 7}},
		{"today open does not break", []Task{daily(1), daily(2)},
			map[uint64][]Date{1: ruleSpan("2026-11-02", "2026-11-08"), 2: ruleSpan("2026-11-02", "2026-11-07")},
			"2026-11-08", Perfect{6, 6}},
		{"one habit missed on Wednesday breaks", []Task{daily(1), daily(2)},
			map[uint64][]Date{1: ruleSpan("2026-11-02", "2026-11-08"), 2: ruleSpan("2026-11-02", "2026-11-08", "2026-11-04")},
			"2026-11-08", Perfect{4, 6}},
		{"days with nothing due are skipped", []Task{mwf},
			map[uint64][]Date{1: ruleDates("2026-11-02", "2026-11-04", "2026-11-06", "2026-11-09")},
			"2026-11-10", Perfect{4, 4}},
		{"a missed scheduled day breaks", []Task{mwf},
			map[uint64][]Date{1: ruleDates("2026-11-02", "2026-11-06", "2026-11-09")},
			"2026-11-10", Perfect{2, 3}},
		{"an N/week tick makes a day count, a missing one never counts against", []Task{mwf, two},
			map[uint64][]Date{1: ruleDates("2026-11-02", "2026-11-04", "2026-11-06"), 2: ruleDates("2026-11-07")},
			"2026-11-08", Perfect{4, 4}}, // Mon, Wed, Fri, and Saturday's 2/week tick
		{"the 28 days end today", []Task{daily(1)},
			map[uint64][]Date{1: ruleSpan("2026-11-02", "2026-12-10")}, "2026-12-10", Perfect{39, 28}},
		{"archived habit: no longer due after archiving", []Task{func() Task {
			tk := daily(1)
			tk.Archived, tk.ArchivedOn = true, ruleDay("2026-11-05")
			return tk
		}(), daily(2)},
			map[uint64][]Date{1: ruleSpan("2026-11-02", "2026-11-04"), 2: ruleSpan("2026-11-02", "2026-11-09")},
			"2026-11-09", Perfect{8, 8}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PerfectDays(tt.tasks, tt.done, ruleDay(tt.today)); got != tt.want {
				t.Errorf("PerfectDays = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// Each one-off counts once and a habit by its schedule, so a week's done
// never exceeds its due; moving a date does not rewrite the past.
func TestTallyCountsOnce(t *testing.T) {
	sum := func(m map[Date]DayTally, to Date) (s DayTally) {
		for d, t := range m {
			if d > to {
				continue
			}
			s.Due += t.Due
			s.Done += t.Done
			s.Extra += t.Extra
		}
		return s
	}
	once := func(id uint64, due string) Task {
		tk := ruleTask(id, "once", "2026-10-20")
		tk.Due = ruleDay(due)
		return tk
	}
	weekOf := func(mon string) (Date, Date) { return ruleDay(mon), ruleDay(mon) + 6 }
	today := ruleDay("2026-11-15")
	tests := []struct {
		name string
		task Task
		done []Date
		mon  string
		want DayTally
	}{
		{"open, carried over all week: due once", once(1, "2026-11-02"), nil, "2026-11-02", DayTally{Due: 1}},
		{"open, carried into the next week: not due there", once(1, "2026-11-02"), nil, "2026-11-09", DayTally{}},
		{"done late: in the week it was done", once(1, "2026-11-04"), ruleDates("2026-11-10"), "2026-11-09", DayTally{1, 1, 0}},
		{"done late: not in the week it was due", once(1, "2026-11-04"), ruleDates("2026-11-10"), "2026-11-02", DayTally{}},
		{"done, then its date moved later: stays where done", once(1, "2026-11-12"), ruleDates("2026-11-03"), "2026-11-02", DayTally{1, 1, 0}},
		{"done, then its date moved later: not in the new week", once(1, "2026-11-12"), ruleDates("2026-11-03"), "2026-11-09", DayTally{}},
		{"archived open one-off: not due", func() Task {
			tk := once(1, "2026-11-03")
			tk.Archived, tk.ArchivedOn = true, ruleDay("2026-11-05")
			return tk
		}(), nil, "2026-11-02", DayTally{}},
		{"weekdays with a Saturday tick: 5 due, the Saturday extra", ruleTask(2, "weekdays", "2026-11-01"),
			ruleJoin(ruleSpan("2026-11-02", "2026-11-05"), ruleDates("2026-11-07")), "2026-11-02", DayTally{5, 4, 1}},
		{"Tuesday and Wednesday for a Wednesday habit: 1/1 and one extra", ruleTask(2, "wed", "2026-11-01"),
			ruleDates("2026-11-03", "2026-11-04"), "2026-11-02", DayTally{1, 1, 1}},
		{"2/week ticked four times: 2/2 and two extra", ruleTask(3, "2/week", "2026-11-01"),
			ruleDates("2026-11-02", "2026-11-03", "2026-11-05", "2026-11-07"), "2026-11-02", DayTally{2, 2, 2}},
		{"2/week ticked once in a finished week: 1/2", ruleTask(3, "2/week", "2026-11-01"),
			ruleDates("2026-11-05"), "2026-11-02", DayTally{2, 1, 0}},
		{"back-filled before creation on its day counts", ruleTask(2, "daily", "2026-11-04"),
			ruleDates("2026-11-03"), "2026-11-02", DayTally{6, 1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, to := weekOf(tt.mon)
			// as the weekly review does: the days up to today, the week's summed
			got := sum(Tally([]Task{tt.task}, map[uint64][]Date{tt.task.ID: tt.done}, from, today), to)
			if got != tt.want {
				t.Errorf("week of %s = %+v, want %+v", tt.mon, got, tt.want)
			}
			if got.Done > got.Due {
				t.Errorf("more done than due: %+v", got)
			}
		})
	}
}
