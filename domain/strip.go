package domain

import "sort"

// DayMark is how one day of a habit's week strip reads.
type DayMark int

const (
	MarkNone   DayMark = iota // the habit did not exist yet (or was archived), or the day is to come
	MarkRest                  // the schedule asked nothing that day
	MarkDone                  // checked in, asked or not
	MarkMissed                // asked and not done, and the day is over
	MarkOpen                  // asked today and not done yet
)

// StripDays is the length of a week strip.
const StripDays = 7

// WeekStrip marks the seven days ending on d, oldest first, of the
// recurring task t as of today; done is its sorted check-in days. A day
// with a check-in is done even before the habit was created (back-filled).
// A fixed-day habit misses a scheduled day once it is over. An N/week
// habit asks for no particular day: its undone days are rest while the
// week can still be made, and missed once the week closed short of N.
func WeekStrip(t Task, done []Date, d, today Date) [StripDays]DayMark {
	var out [StripDays]DayMark
	r := t.Schedule()
	if !r.Recurring() {
		return out
	}
	for i := range out {
		x := d - Date(StripDays-1-i)
		switch {
		case x > today:
			out[i] = MarkNone
		case doneOn(done, x):
			out[i] = MarkDone
		case !t.ActiveOn(x):
			out[i] = MarkNone
		case r.Kind == PerWeek:
			out[i] = MarkRest
			if x.Monday()+6 < today && countIn(done, x.Monday(), x.Monday()+6) < r.N {
				out[i] = MarkMissed
			} else if x == today && habitDueOn(t, done, x) {
				out[i] = MarkOpen
			}
		case !r.ScheduledOn(x):
			out[i] = MarkRest
		case x == today:
			out[i] = MarkOpen
		default:
			out[i] = MarkMissed
		}
	}
	return out
}

// countIn is how many of the sorted days fall from `from` to `to`.
func countIn(done []Date, from, to Date) int {
	i := sort.Search(len(done), func(i int) bool { return done[i] >= from })
	j := sort.Search(len(done), func(i int) bool { return done[i] > to })
	return j - i
}

// Risk is a habit's streak as today begins, and whether today decides it.
type Risk struct {
	Streak int  // periods kept in a row before today: days, or weeks for N/week
	Weeks  bool // the streak counts weeks
	AtRisk bool // not done today, and the streak breaks unless it is
}

// StreakRisk reads the streak of the recurring task t as today begins
// (done sorted, today's check-in ignored for the count) and whether today
// decides it: a fixed-day habit scheduled today and not yet done; an
// N/week habit whose week can only still be made by checking in on every
// day left, today included.
func StreakRisk(t Task, done []Date, today Date) Risk {
	r := t.Schedule()
	if !r.Recurring() || !t.ActiveOn(today) {
		return Risk{}
	}
	before := done[:sort.Search(len(done), func(i int) bool { return done[i] >= today })]
	risk := Risk{Streak: TaskStreak(t, before, today).Current, Weeks: r.Kind == PerWeek}
	if doneOn(done, today) {
		return risk
	}
	if r.Kind == PerWeek {
		need := r.N - countIn(done, today.Monday(), today-1)
		left := int(today.Monday()+6-today) + 1
		risk.AtRisk = need > 0 && need == left
	} else {
		risk.AtRisk = r.ScheduledOn(today)
	}
	return risk
}
