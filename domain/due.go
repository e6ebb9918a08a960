package domain

// OnceDue reports whether a one-off task shows on day d. It shows from its
// due date on, carried over while undone; once done it shows up to the day it
// was done (even one before its due date) and leaves the days after. doneOn
// is zero while undone.
func OnceDue(t Task, d, doneOn Date) bool {
	if t.Archived && (t.ArchivedOn.IsZero() || d >= t.ArchivedOn) {
		return false
	}
	return doneOn == d || t.Due <= d && (doneOn.IsZero() || doneOn >= d)
}

// RecurringDue reports whether a recurring task shows on day d. weekDone
// counts its check-ins in d's calendar week on days other than d; doneOnDay
// says whether d itself has one. An N/week task shows every day of the week
// until N are done. Any task shows on a day it was done, scheduled or not.
func RecurringDue(t Task, d Date, weekDone int, doneOnDay bool) bool {
	if !t.ActiveOn(d) {
		return false
	}
	if doneOnDay {
		return true
	}
	r := t.Schedule()
	if r.Kind == PerWeek {
		return weekDone < r.N
	}
	return r.ScheduledOn(d)
}
