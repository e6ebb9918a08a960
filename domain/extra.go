package domain

// ExtraCheckIn reports whether a check-in of the recurring task t on d is
// extra, one its schedule did not ask for, as Tally counts it: a fixed-day
// habit on a day it skips, or an N/week habit with N check-ins already on
// earlier days of d's week. week holds the task's check-in days in d's
// week (others are ignored). A one-off task is never extra.
func ExtraCheckIn(t Task, week []Date, d Date) bool {
	r := t.Schedule()
	switch {
	case !r.Recurring():
		return false
	case r.Kind == PerWeek:
		n := 0
		for _, x := range week {
			if x >= d.Monday() && x < d {
				n++
			}
		}
		return n >= r.N
	}
	return !r.ScheduledOn(d)
}
