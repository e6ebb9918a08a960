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

// DayTally is a day's tasks: how many were due, how many of those were
// done, and the extra check-ins (a habit ticked on a day its schedule does
// not ask for, or beyond N in an N/week habit's week). Extra never counts
// as due, so Done/Due stays at most 1.
type DayTally struct{ Due, Done, Extra int }

// Level grades a day for a heat-map, 0 to 4: nothing due, nothing done,
// less than half done, more than half, all (or only extra check-ins).
func (t DayTally) Level() int {
	switch {
	case t.Due == 0 && t.Extra > 0:
		return 4
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

// Tally counts, for every day from `from` to today, the tasks due, done
// and extra. A one-off task counts once: on the day it was done, or, while
// open, on its due day (not on every day it is carried over), so moving an
// open task's date moves it and a done one stays where it was done.
// Fixed-day habits are due on their scheduled days; a check-in on another
// day is extra. N/week habits count their first N check-ins of a week as
// due and done, later ones as extra, and a finished week short of N adds
// the missing ones, undone, on its Sunday. done maps a task id to the
// sorted days it was done.
func Tally(tasks []Task, done map[uint64][]Date, from, today Date) map[Date]DayTally {
	out := map[Date]DayTally{}
	add := func(d Date, due, isDone, extra int) {
		if d < from || d > today {
			return
		}
		t := out[d]
		t.Due += due
		t.Done += isDone
		t.Extra += extra
		out[d] = t
	}
	for _, t := range tasks {
		days := done[t.ID]
		r := t.Schedule()
		switch {
		case !r.Recurring():
			if len(days) > 0 {
				add(days[0], 1, 1, 0)
			} else if !t.Archived && !t.Due.IsZero() {
				add(t.Due, 1, 0, 0)
			}
		case r.Kind == PerWeek:
			end := lastDay(t, today)
			start := max(t.CreatedOn(), from)
			if len(days) > 0 {
				start = min(start, max(days[0], from))
			}
			i := 0
			for mon := start.Monday(); mon <= end; mon += 7 {
				n := 0
				for ; i < len(days) && days[i] < mon+7; i++ {
					if days[i] < mon {
						continue
					}
					if n < r.N {
						add(days[i], 1, 1, 0)
					} else {
						add(days[i], 0, 0, 1)
					}
					n++
				}
				if sun := mon + 6; sun < today && sun <= end && sun >= t.CreatedOn() {
					for ; n < r.N; n++ {
						add(sun, 1, 0, 0)
					}
				}
			}
		default:
			start, end := t.CreatedOn(), lastDay(t, today)
			if len(days) > 0 {
				start = min(start, days[0]) // back-filled before creation
			}
			set := make(map[Date]bool, len(days))
			for _, d := range days {
				set[d] = true
				if !r.ScheduledOn(d) || d > end {
					add(d, 0, 0, 1)
				}
			}
			for d := max(start, from); d <= end; d++ {
				if r.ScheduledOn(d) {
					add(d, 1, b2i(set[d]), 0)
				}
			}
		}
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
