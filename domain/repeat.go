package domain

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// RepeatKind is the shape of a task's schedule.
type RepeatKind uint8

const (
	Once     RepeatKind = iota // one due date, carried over while undone
	Daily                      // every day
	Weekdays                   // Monday to Friday
	OnDays                     // a fixed list of weekdays
	PerWeek                    // any N days of each calendar week
)

// Repeat is a parsed schedule. Its zero value is Once.
type Repeat struct {
	Kind RepeatKind
	Days [7]bool // by time.Weekday, for OnDays
	N    int     // check-ins a week, for PerWeek
}

var dayAbbrev = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// ParseRepeat reads once, daily, weekdays, a comma list of mon…sun, or N/week.
func ParseRepeat(s string) (Repeat, error) {
	v := strings.ToLower(strings.TrimSpace(s))
	switch v {
	case "once", "":
		return Repeat{Kind: Once}, nil
	case "daily":
		return Repeat{Kind: Daily}, nil
	case "weekdays":
		return Repeat{Kind: Weekdays}, nil
	}
	if n, ok := strings.CutSuffix(v, "/week"); ok {
		k, err := strconv.Atoi(n)
		if err != nil || k < 1 || k > 7 {
			return Repeat{}, &Problem{Rule: RepeatPerWeek, Value: s}
		}
		return Repeat{Kind: PerWeek, N: k}, nil
	}
	r := Repeat{Kind: OnDays}
	for _, part := range strings.Split(v, ",") {
		wd, ok := weekdayNames[strings.TrimSpace(part)]
		if !ok {
			return Repeat{}, &Problem{Rule: UnknownRepeat, Value: s}
		}
		r.Days[wd] = true
	}
	return r, nil
}

// String is the canonical form, which ParseRepeat reads back.
func (r Repeat) String() string {
	switch r.Kind {
	case Daily:
		return "daily"
	case Weekdays:
		return "weekdays"
	case PerWeek:
		return fmt.Sprintf("%d/week", r.N)
	case OnDays:
		var parts []string
		for i := 1; i <= 7; i++ { // Monday first
			if wd := i % 7; r.Days[wd] {
				parts = append(parts, dayAbbrev[wd])
			}
		}
		return strings.Join(parts, ",")
	}
	return "once"
}

// Recurring reports whether the schedule repeats.
func (r Repeat) Recurring() bool { return r.Kind != Once }

// CountDays returns how many weekdays an OnDays schedule has.
func (r Repeat) CountDays() int {
	n := 0
	for _, on := range r.Days {
		if on {
			n++
		}
	}
	return n
}

// Frequency is the expected check-ins per day (Loop Habit Tracker's f).
func (r Repeat) Frequency() float64 {
	switch r.Kind {
	case Daily:
		return 1
	case Weekdays:
		return 5.0 / 7
	case OnDays:
		return float64(r.CountDays()) / 7
	case PerWeek:
		return float64(r.N) / 7
	}
	return 0
}

// ScheduledOn reports whether a fixed-day schedule (daily, weekdays, a
// weekday list) falls on d. PerWeek and Once have no fixed days.
func (r Repeat) ScheduledOn(d Date) bool { return r.onWeekday(d.Weekday()) }

// onWeekday is ScheduledOn for a weekday.
func (r Repeat) onWeekday(wd time.Weekday) bool {
	switch r.Kind {
	case Daily:
		return true
	case Weekdays:
		return wd != time.Saturday && wd != time.Sunday
	case OnDays:
		return r.Days[wd]
	}
	return false
}
