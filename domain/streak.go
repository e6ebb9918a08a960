package domain

// Streak is a run of scheduled periods kept: days for daily, weekday and
// weekday-list habits, calendar weeks for N/week ones.
type Streak struct {
	Current int
	Best    int
}

// lastDay is the last day a task counts: the day before it was archived,
// else today.
func lastDay(t Task, today Date) Date {
	if t.Archived && !t.ArchivedOn.IsZero() && t.ArchivedOn <= today {
		return t.ArchivedOn - 1
	}
	return today
}

// TaskStreak computes a recurring task's current and best streak from the
// days it was done. A period that is still open (today, or this week) counts
// once kept and never breaks the streak while open. Check-ins on days the
// schedule skips neither count nor break. The current schedule applies to
// the whole history: coach keeps no record of earlier schedules.
func TaskStreak(t Task, done []Date, today Date) Streak {
	r := t.Schedule()
	if !r.Recurring() {
		return Streak{}
	}
	start, end := t.CreatedOn(), lastDay(t, today)
	if len(done) > 0 && done[0] < start {
		start = done[0] // back-filled before creation
	}
	if end < start {
		return Streak{}
	}
	// One flag a day over the whole weeks the history spans: no map
	// lookup a day, and no calendar arithmetic in the loop.
	lo, hi := start.Monday(), end.Monday()+6
	set := make([]bool, int(hi-lo)+1)
	for _, d := range done {
		if d >= lo && d <= hi {
			set[d-lo] = true
		}
	}
	var run, best int
	kept := func(ok, open bool) {
		switch {
		case ok:
			run++
			best = max(best, run)
		case !open:
			run = 0
		}
	}
	if r.Kind == PerWeek {
		for mon := lo; mon <= end; mon += 7 {
			n := 0
			for i := int(mon - lo); i < int(mon-lo)+7; i++ {
				if set[i] {
					n++
				}
			}
			kept(n >= r.N, mon+6 >= today)
		}
		return Streak{Current: run, Best: best}
	}
	wd := start.Weekday()
	for d := start; d <= end; d++ {
		if r.onWeekday(wd) {
			kept(set[d-lo], d == today)
		}
		wd = (wd + 1) % 7
	}
	return Streak{Current: run, Best: best}
}

// DayTally is how many tasks were due on a day and how many of those were
// done.
type DayTally struct{ Due, Done int }

// Complete reports whether every task due was done (and something was).
func (t DayTally) Complete() bool { return t.Due > 0 && t.Done >= t.Due }

// Level grades a day for a heat-map, 0 to 4: nothing due, nothing done,
// less than half done, more than half, all.
func (t DayTally) Level() int {
	switch {
	case t.Due == 0:
		return 0
	case t.Done == 0:
		return 1
	case t.Done*2 < t.Due:
		return 2
	case t.Done < t.Due:
		return 3
	}
	return 4
}

// Tally counts, for every day from `from` to today, the tasks due and done.
// One-off tasks are due from their due date until done (carried over) and
// on the day they were done; fixed-day habits on their scheduled days and on
// any day they were done. N/week habits count each check-in on its day, and
// a finished week short of N adds the missing ones, undone, on its Sunday.
// done maps a task id to the sorted days it was done.
func Tally(tasks []Task, done map[uint64][]Date, from, today Date) map[Date]DayTally {
	out := map[Date]DayTally{}
	add := func(d Date, isDone bool) {
		if d < from || d > today {
			return
		}
		t := out[d]
		t.Due++
		if isDone {
			t.Done++
		}
		out[d] = t
	}
	for _, t := range tasks {
		days := done[t.ID]
		set := make(map[Date]bool, len(days))
		for _, d := range days {
			set[d] = true
		}
		r := t.Schedule()
		switch {
		case !r.Recurring():
			last := lastDay(t, today)
			if len(days) > 0 {
				add(days[0], true)
				last = min(last, days[0]-1)
			} else if t.Archived {
				continue
			}
			for d := max(t.Due, from); d <= last; d++ {
				add(d, false)
			}
		case r.Kind == PerWeek:
			end := lastDay(t, today)
			for mon := max(t.CreatedOn(), from).Monday(); mon <= end; mon += 7 {
				n := 0
				for d := mon; d < mon+7; d++ {
					if set[d] {
						n++
						add(d, true)
					}
				}
				if sun := mon + 6; sun < today && sun <= end && sun >= t.CreatedOn() {
					for ; n < r.N; n++ {
						add(sun, false)
					}
				}
			}
		default:
			for d := max(t.CreatedOn(), from); d <= lastDay(t, today); d++ {
				if set[d] || r.ScheduledOn(d) {
					add(d, set[d])
				}
			}
		}
	}
	return out
}

// DayStreak counts consecutive days, up to today, on which every task due
// was done. Today counts once complete and never breaks the streak while
// open; days with nothing due are skipped.
func DayStreak(tasks []Task, done map[uint64][]Date, today Date) int {
	n, _ := DayStreakFrom(tasks, done, 1, today)
	return n
}

// DayStreakFrom is DayStreak looking no further back than `from`. atFrom
// reports that the streak reached `from` unbroken, so it may be longer.
func DayStreakFrom(tasks []Task, done map[uint64][]Date, from, today Date) (streak int, atFrom bool) {
	if len(tasks) == 0 {
		return 0, false
	}
	earliest := today
	for _, t := range tasks {
		earliest = min(earliest, t.CreatedOn())
		if !t.Due.IsZero() {
			earliest = min(earliest, t.Due)
		}
	}
	start := max(earliest, from)
	tally := Tally(tasks, done, start, today)
	for d := today; d >= start; d-- {
		t, ok := tally[d]
		switch {
		case !ok:
		case t.Complete():
			streak++
		case d == today:
		default:
			return streak, false
		}
	}
	return streak, start > earliest
}
