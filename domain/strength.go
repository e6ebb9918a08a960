package domain

import "math"

// StrengthWindow is the look-back of a non-daily habit's daily value.
const StrengthWindow = 14

// StrengthHorizon is how many days back the score's recurrence starts, at
// most. The recurrence forgets geometrically: whatever the score was h days
// ago weighs m^h today, and at the slowest decay a schedule can have (one
// check-in a week, m = 0.5^(√(1/7)/13)) m^1096 < 3e-10. Starting from 0 at
// the horizon rather than at creation therefore moves no score by more than
// that, and keeps the work, and the check-ins a caller must read, the same
// for a habit of three years and one of thirty.
const StrengthHorizon = 1096

// StrengthSince is the first day whose check-ins can change the task's
// score on today: the horizon and the look-back before it.
func StrengthSince(t Task, today Date) Date {
	return lastDay(t, today) - StrengthHorizon + 1 - StrengthWindow
}

// Strength is a habit's score, 0–1, with what it was computed from, so the
// screen can explain it.
type Strength struct {
	Score     float64
	Decay     float64 // m = 0.5^(√f/13): the share of yesterday's score kept each day
	Frequency float64 // f, check-ins expected per day
	Days      int     // the habit's age in days, creation and today included
	Recent    int     // check-ins in the last 14 days
	Expected  int     // check-ins due in 14 days
	Last      float64 // today's value v
}

// NewHabitDays is the age, in days, from which a habit's strength is
// shown: younger, the score is still climbing from 0 and says nothing yet.
const NewHabitDays = 14

// New reports whether the habit is younger than NewHabitDays.
func (s Strength) New() bool { return s.Days < NewHabitDays }

// Expected14 is n, the check-ins a schedule expects in 14 days.
func Expected14(r Repeat) int {
	switch r.Kind {
	case Daily:
		return 14
	case Weekdays:
		return 10
	case OnDays:
		return 2 * r.CountDays()
	case PerWeek:
		return 2 * r.N
	}
	return 0
}

// TaskStrength is Loop Habit Tracker's score: for every day from the task's
// creation to today, score = previous·m + v·(1−m), m = 0.5^(√f/13),
// starting from 0. v is 1 or 0 for a daily habit (done that day or not);
// for the others v = min(1, R/n), R the check-ins in the 14 days ending that
// day and n the number due in 14 days. For a habit older than
// StrengthHorizon days the recurrence starts at the horizon (see there), so
// check-ins before StrengthSince are not needed. done must be sorted.
func TaskStrength(t Task, done []Date, today Date) Strength {
	r := t.Schedule()
	s := Strength{Frequency: r.Frequency(), Expected: Expected14(r)}
	if !r.Recurring() || s.Frequency == 0 {
		return s
	}
	s.Decay = math.Pow(0.5, math.Sqrt(s.Frequency)/13)
	start, end := t.CreatedOn(), lastDay(t, today)
	if end < start {
		return s
	}
	s.Days = int(end-start) + 1
	start = max(start, end-StrengthHorizon+1)
	// One flag a day from start-14 to end: a year of a daily habit is
	// scored without a map lookup a day.
	lo := start - StrengthWindow
	set := make([]bool, int(end-lo)+1)
	for _, d := range done {
		if d >= lo && d <= end {
			set[d-lo] = true
		}
	}
	// window holds the check-ins in (d-14, d]. Seed it with the 14 days
	// before start, [start-14, start): the first step adds start and drops
	// start-14, which must therefore have been counted.
	window := 0
	for i := 0; i < StrengthWindow; i++ {
		if set[i] {
			window++
		}
	}
	for d := start; d <= end; d++ {
		i := int(d - lo)
		if set[i] {
			window++
		}
		if set[i-StrengthWindow] {
			window--
		}
		v := 0.0
		if r.Kind == Daily {
			if set[i] {
				v = 1
			}
		} else {
			v = math.Min(1, float64(window)/float64(s.Expected))
		}
		s.Score = s.Score*s.Decay + v*(1-s.Decay)
		s.Last = v
	}
	s.Recent = window
	return s
}
