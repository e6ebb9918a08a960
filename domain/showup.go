package domain

import "sort"

// A user "shows up" on a day with at least one check-in or that day's
// reflection. The day streak counts those days; it asks nothing of the
// tasks, so one unfinished task can never hold it at 0. Perfect days are
// the stricter, separate figure: every habit due that day done.

// habitDueOn reports whether the recurring task t asks for a check-in on
// d: a fixed-day habit on its scheduled days, an N/week habit on every day
// of its week until N are done before d (as Today shows it). done is sorted.
func habitDueOn(t Task, done []Date, d Date) bool {
	if !t.ActiveOn(d) {
		return false
	}
	r := t.Schedule()
	if r.Kind != PerWeek {
		return r.ScheduledOn(d)
	}
	return countIn(done, d.Monday(), d-1) < r.N
}

// restDay reports whether d asked nothing of the user: habits existed and
// none was due. A day without any active habit is no rest day.
func restDay(habits []Task, done map[uint64][]Date, d Date) bool {
	active := false
	for _, t := range habits {
		if !t.ActiveOn(d) {
			continue
		}
		active = true
		if habitDueOn(t, done[t.ID], d) {
			return false
		}
	}
	return active
}

// recurring returns the recurring tasks of tasks.
func recurring(tasks []Task) []Task {
	var out []Task
	for _, t := range tasks {
		if t.Schedule().Recurring() {
			out = append(out, t)
		}
	}
	return out
}

// ShowUpStreak counts the days in a row, up to today, on which the user
// showed up (shown holds those days). Today counts once shown up and never
// breaks the streak while open; a rest day (habits, none due) without a
// check-in neither counts nor breaks it. done maps a task id to its sorted
// check-in days.
func ShowUpStreak(tasks []Task, done map[uint64][]Date, shown map[Date]bool, today Date) int {
	if len(shown) == 0 {
		return 0
	}
	first := today
	for d := range shown {
		first = min(first, d)
	}
	habits := recurring(tasks)
	n := 0
	for d := today; d >= first; d-- {
		switch {
		case shown[d]:
			n++
		case d == today, restDay(habits, done, d):
		default:
			return n
		}
	}
	return n
}

// ShownDays is the set of days with a check-in or a reflection (the days
// of ratings, which every reflection has), up to today.
func ShownDays(checkIns []CheckIn, reflected map[Date]int, today Date) map[Date]bool {
	out := make(map[Date]bool, len(reflected))
	for _, c := range checkIns {
		if c.Date <= today {
			out[c.Date] = true
		}
	}
	for d := range reflected {
		if d <= today {
			out[d] = true
		}
	}
	return out
}

// Perfect is the perfect-day figure: the run of perfect days up to today
// and how many of the last 28 days were perfect.
type Perfect struct {
	Streak int
	Days28 int
}

// perfectDay judges d: judged when a fixed-day habit was due or an N/week
// habit was ticked; perfect when every fixed-day habit due was done. An
// N/week habit is kept by the week (its own streak), so it never counts
// against a day, and one-off tasks never do either.
func perfectDay(habits []Task, done map[uint64][]Date, d Date) (judged, perfect bool) {
	perfect = true
	for _, t := range habits {
		if !t.ActiveOn(d) && !doneOn(done[t.ID], d) {
			continue
		}
		r := t.Schedule()
		did := doneOn(done[t.ID], d)
		switch {
		case r.Kind == PerWeek:
			judged = judged || did
		case r.ScheduledOn(d) && t.ActiveOn(d):
			judged = true
			perfect = perfect && did
		}
	}
	return judged, judged && perfect
}

func doneOn(days []Date, d Date) bool {
	i := sort.Search(len(days), func(i int) bool { return days[i] >= d })
	return i < len(days) && days[i] == d
}

// PerfectDays computes the perfect-day figure for today. Days nothing
// judges are skipped; today counts once perfect and never breaks the run
// while open.
func PerfectDays(tasks []Task, done map[uint64][]Date, today Date) Perfect {
	habits := recurring(tasks)
	var p Perfect
	if len(habits) == 0 {
		return p
	}
	first := today
	for _, t := range habits {
		first = min(first, t.CreatedOn())
		if ds := done[t.ID]; len(ds) > 0 {
			first = min(first, ds[0])
		}
	}
	p.Days28 = CountPerfect(tasks, done, max(today-Window+1, first), today)
	for d := today; d >= first; d-- {
		judged, ok := perfectDay(habits, done, d)
		switch {
		case ok:
			p.Streak++
		case !judged, d == today:
		default:
			return p
		}
	}
	return p
}

// CountPerfect counts the perfect days from `from` to `to`.
func CountPerfect(tasks []Task, done map[uint64][]Date, from, to Date) int {
	habits := recurring(tasks)
	n := 0
	for d := from; d <= to; d++ {
		if _, ok := perfectDay(habits, done, d); ok {
			n++
		}
	}
	return n
}
