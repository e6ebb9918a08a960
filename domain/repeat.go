package domain

import (
	"fmt"
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

// ParseRepeat reads a schedule in either language the app speaks: once,
// daily, weekdays, a list of days (mon,wed,fri; 周一、周三、周五; 周一三五)
// or a count a week (3/week, 3 per week; 每周 3 次, 每周三次). Each way a
// list shows a schedule reads back as that schedule.
func ParseRepeat(s string) (Repeat, error) {
	v := fold(s)
	switch v {
	case "once", "", "一次性", "不重复":
		return Repeat{Kind: Once}, nil
	case "daily", "every day", "everyday", "每天", "每日", "天天":
		return Repeat{Kind: Daily}, nil
	case "weekdays", "every weekday", "工作日", "每个工作日", "工作日每天", "周一至周五", "周一到周五":
		return Repeat{Kind: Weekdays}, nil
	}
	if n, ok := perWeekCount(v); ok {
		if n < 1 || n > 7 {
			return Repeat{}, &Problem{Rule: RepeatPerWeek, Value: s}
		}
		return Repeat{Kind: PerWeek, N: n}, nil
	}
	r := Repeat{Kind: OnDays}
	if !readDays(v, &r.Days) {
		return Repeat{}, &Problem{Rule: UnknownRepeat, Value: s}
	}
	return r, nil
}

// perWeekSuffixes end an English count a week, longest first.
var perWeekSuffixes = []string{" times per week", " times a week", "x per week", " per week", "x a week", " a week", "x/week", "/week"}

// perWeekCount finds the count of a count-a-week schedule: ok when v has
// that shape, n = -1 when its count is not a number.
func perWeekCount(v string) (n int, ok bool) {
	var count string
	for _, suffix := range perWeekSuffixes {
		if c, found := strings.CutSuffix(v, suffix); found {
			count, ok = c, true
			break
		}
	}
	if !ok { // 每周 3 次, 一周两次, 每周 3 天
		rest, found := "", false
		for _, p := range []string{"每周", "一周", "每星期", "每个星期", "每礼拜", "周"} {
			if rest, found = strings.CutPrefix(v, p); found {
				break
			}
		}
		if !found {
			return 0, false
		}
		if count, ok = strings.CutSuffix(rest, "次"); !ok {
			if count, ok = strings.CutSuffix(rest, "天"); !ok {
				return 0, false
			}
		}
		if strings.TrimSpace(count) == "" { // 周天 is Sunday
			return 0, false
		}
	}
	k, isNumber := smallNumber(strings.TrimSpace(count))
	if !isNumber {
		return -1, true
	}
	return k, true
}

// readDays reads a list of weekdays: names parted by commas (either
// width), 、 or spaces, in either language; after one Chinese day the
// next may leave out 周 (周一、三、五).
func readDays(v string, days *[7]bool) bool {
	zh := false
	for _, part := range strings.Split(strings.ReplaceAll(v, "、", ","), ",") {
		words := strings.Fields(part)
		if len(words) == 0 {
			return false // mon,,fri
		}
		for _, w := range words {
			if wd, ok := weekdayNames[w]; ok {
				days[wd] = true
				continue
			}
			w = strings.TrimPrefix(w, "每")
			rest, prefixed := cutWeekPrefix(w)
			if !prefixed && !zh || !zhDays(rest, days) {
				return false
			}
			zh = true
		}
	}
	return true
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
