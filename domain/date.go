package domain

import (
	"fmt"
	"strings"
	"time"
)

// Date is a local calendar day, counted in days since 0001-01-01.
// The zero value means "no date", which the export format writes as "".
type Date int32

// epochUnix is the Unix time of 0001-01-01T00:00:00Z; counting from it keeps
// the zero value free to mean "no date".
var epochUnix = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Unix()

// NewDate returns the day y-m-d. Out-of-range parts are normalised the way
// time.Date does; ParseDate rejects them instead.
func NewDate(y int, m time.Month, d int) Date {
	if m >= time.January && m <= time.December && d >= 1 && d <= daysIn(y, m) {
		return Date(daysFromCivil(y, int(m), d) + unixEpochDay)
	}
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
	return Date((u-epochUnix)/86400 + 1)
}

// unixEpochDay is 1970-01-01 as a Date.
var unixEpochDay = int(-epochUnix/86400 + 1)

// daysFromCivil counts days from 1970-01-01 to y-m-d in the proleptic
// Gregorian calendar (Howard Hinnant's algorithm), without time.Time.
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// MinDate and MaxDate bound every date coach keeps: the years ParseISODate
// reads, so that whatever is stored can be exported and imported back.
// A date word or a step that leaves them is refused, never stored.
const (
	MinDate Date = 693596  // 1900-01-01
	MaxDate Date = 3652059 // 9999-12-31
)

// InRange reports whether d is a date coach can keep.
func (d Date) InRange() bool { return d >= MinDate && d <= MaxDate }

// CheckDate refuses a date outside MinDate to MaxDate.
func CheckDate(d Date) error {
	if d.InRange() {
		return nil
	}
	return &Problem{Rule: DateOutOfRange, Value: d.String()}
}

// Step moves n days like AddDays but stops at the first or last date coach
// keeps: for paging through days.
func (d Date) Step(n int) Date {
	return min(max(d+Date(n), MinDate), MaxDate)
}

// Stamp is the creation time a record gets at now: UTC, to the second, and
// within the days coach keeps, so that the export can write it (a clock
// moved to 9999-12-31 may be in the year 10000 in UTC).
func Stamp(now time.Time) time.Time {
	lo, hi := MinDate.Time(), (MaxDate + 1).Time().Add(-time.Second)
	t := now.UTC().Truncate(time.Second)
	if t.Before(lo) {
		return lo
	}
	if t.After(hi) {
		return hi
	}
	return t
}

// IsZero reports whether d is "no date".
func (d Date) IsZero() bool { return d == 0 }

// Time is midnight UTC of the day; use it only for calendar arithmetic.
func (d Date) Time() time.Time {
	return time.Unix(epochUnix+int64(d-1)*86400, 0).UTC()
}

// AddDays moves n days forward (or back when n < 0).
func (d Date) AddDays(n int) Date { return d + Date(n) }

// Weekday of the day. Day 1, 0001-01-01, was a Monday.
func (d Date) Weekday() time.Weekday { return time.Weekday(int(d) % 7) }

// Monday returns the Monday that starts d's ISO week.
func (d Date) Monday() Date {
	wd := int(d.Weekday()+6) % 7 // Monday 0 … Sunday 6
	return d - Date(wd)
}

// String formats as YYYY-MM-DD, or "" for no date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format(time.DateOnly)
}

// Week returns the ISO week of the day as "2026-W45".
func (d Date) Week() string {
	y, w := d.Time().ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// MarshalText writes YYYY-MM-DD, or "" for no date.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText accepts YYYY-MM-DD or "".
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = 0
		return nil
	}
	v, err := ParseISODate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseISODate parses a strict YYYY-MM-DD date; impossible days such as
// 2026-02-30 are errors.
func ParseISODate(s string) (Date, error) {
	if d, ok := parseISO(s); ok {
		return d, nil
	}
	if isCalendarDay(s) {
		// a real day, only earlier than coach keeps: say that, not
		// "invalid"
		return 0, &Problem{Rule: DateOutOfRange, Value: strings.Clone(s)}
	}
	// A copy goes into the error, so that s itself never escapes: the
	// store parses index keys with string(key) and no allocation.
	return 0, fmt.Errorf("invalid date %q: want YYYY-MM-DD (a real calendar day)", strings.Clone(s))
}

// isCalendarDay reports a well-formed YYYY-MM-DD of any year from 1 on.
func isCalendarDay(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	y, m, d := digits(s[:4]), digits(s[5:7]), digits(s[8:])
	return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, time.Month(m))
}

// parseISO is ParseISODate without the error.
func parseISO(s string) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, m, d := digits(s[:4]), digits(s[5:7]), digits(s[8:])
	if y < 1900 || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return 0, false
	}
	return NewDate(y, time.Month(m), d), true
}

// digits reads a decimal number, or -1 if part holds anything else.
func digits(part string) int {
	n := 0
	for i := 0; i < len(part); i++ {
		c := part[i]
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// daysIn is the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
	"sun":      time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// dateWords are the days named relative to today, in either language.
var dateWords = map[string]int{
	"today": 0, "yesterday": -1, "tomorrow": 1,
	"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "明天": 1, "明日": 1, "前天": -2, "后天": 2,
}

// ParseDate reads a date as forms and the command line accept it, in
// either language: YYYY-MM-DD (also 2026/11/28 and 2026年11月28日), today,
// yesterday, tomorrow (今天, 昨天, 明天, 前天, 后天) or a weekday (fri,
// Friday, 周五, 星期五). A weekday alone means the nearest such day at or
// before today, or at or after today when future is set (a due date);
// 本周五 and 下周五 are this week's and next week's (weeks start on Monday).
func ParseDate(s string, today Date, future bool) (Date, error) {
	v := fold(s)
	if n, ok := dateWords[v]; ok {
		return today + Date(n), CheckDate(today + Date(n))
	}
	if wd, weeks, ok := weekdayOfWeek(v); ok {
		d := today.Monday() + Date(7*weeks+(int(wd)+6)%7)
		return d, CheckDate(d)
	}
	if wd, ok := weekdayWord(v); ok {
		diff := int(wd) - int(today.Weekday())
		d := today - Date((7-diff)%7)
		if future {
			d = today + Date((diff+7)%7)
		}
		return d, CheckDate(d)
	}
	d, err := ParseISODate(isoSpelling(v))
	if err != nil {
		return 0, &Problem{Rule: InvalidDate, Value: s}
	}
	return d, nil
}

// weekdayOfWeek reads 本周五 and 这周五 (weeks 0) and 下周五 (weeks 1): a
// weekday of this week or the next, in Chinese.
func weekdayOfWeek(v string) (wd time.Weekday, weeks int, ok bool) {
	for prefix, n := range map[string]int{"本": 0, "这": 0, "下": 1} {
		rest, found := strings.CutPrefix(v, prefix)
		if _, zh := cutWeekPrefix(rest); found && zh {
			wd, ok = weekdayWord(rest)
			return wd, n, ok
		}
	}
	return 0, 0, false
}

// isoSpelling rewrites 2026/11/28, 2026.11.28 and 2026年11月28日 (months and
// days of one digit too) as 2026-11-28; anything else is returned as it is.
func isoSpelling(v string) string {
	v = strings.NewReplacer("年", "-", "月", "-", "/", "-", ".", "-").Replace(strings.TrimSuffix(v, "日"))
	parts := strings.Split(v, "-")
	if len(parts) != 3 || len(parts[0]) != 4 {
		return v
	}
	for i := 1; i < 3; i++ {
		if len(parts[i]) == 1 {
			parts[i] = "0" + parts[i]
		}
	}
	return strings.Join(parts, "-")
}

// ParseWeek parses an ISO week "2026-W45" and returns its Monday.
func ParseWeek(s string) (Date, error) {
	var y, w int
	if n, err := fmt.Sscanf(s, "%4d-W%2d", &y, &w); n != 2 || err != nil || len(s) != 8 {
		return 0, fmt.Errorf("invalid week %q: want YYYY-Www", s)
	}
	if y < 1900 || y > 9999 { // the years ParseISODate accepts
		return 0, fmt.Errorf("invalid week %q: the year must be 1900 to 9999", s)
	}
	// 4 January is always in ISO week 1.
	jan4 := NewDate(y, time.January, 4)
	mon := jan4.Monday() + Date(7*(w-1))
	if w < 1 || mon.Week() != s {
		return 0, fmt.Errorf("invalid week %q: year %d has no week %d", s, y, w)
	}
	return mon, nil
}

// Today returns the program's idea of today: COACH_TODAY when set (as
// YYYY-MM-DD), otherwise the local date of now.
func Today(getenv func(string) string, now time.Time) (Date, error) {
	if v := getenv("COACH_TODAY"); v != "" {
		d, err := ParseISODate(v)
		if err != nil {
			return 0, fmt.Errorf("COACH_TODAY: %w", err)
		}
		return d, nil
	}
	d := DateOf(now)
	if err := CheckDate(d); err != nil {
		return 0, fmt.Errorf("the clock: %w", err)
	}
	return d, nil
}
