package domain

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The fuzz targets of the parsers that read user input. Their seed corpora
// are in testdata/fuzz/<FuzzName>/, which every `go test` replays; run one
// for longer with
//
//	go test -run '^$' -fuzz '^FuzzParseRepeat$' -fuzztime 30s ./domain

// oneLineError fails unless err is a one-line, valid UTF-8 message of
// bounded length (it quotes the input, which may be anything).
func oneLineError(t *testing.T, in string, err error) {
	t.Helper()
	msg := err.Error()
	if strings.ContainsAny(msg, "\n\r") || !utf8.ValidString(msg) {
		t.Fatalf("error for %q is not one clean line: %q", in, msg)
	}
	if len(msg) > 200+6*len(in) {
		t.Fatalf("error for %q is %d bytes long", in, len(msg))
	}
}

func FuzzParseRepeat(f *testing.F) {
	for _, s := range []string{"once", "daily", "weekdays", "mon,wed,fri", "3/week", "Sunday, MONDAY", "7/week", "0/week", "mon,,fri", "", "每周 3 次", "周一、三、五", "每周两次", "工作日"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRepeat(s)
		if err != nil {
			oneLineError(t, s, err)
			return
		}
		switch r.Kind {
		case Once, Daily, Weekdays:
			if r.N != 0 || r.CountDays() != 0 {
				t.Fatalf("ParseRepeat(%q) = %+v: stray fields", s, r)
			}
		case OnDays:
			if r.CountDays() == 0 || r.N != 0 {
				t.Fatalf("ParseRepeat(%q) = %+v: a weekday list with no day", s, r)
			}
		case PerWeek:
			if r.N < 1 || r.N > 7 || r.CountDays() != 0 {
				t.Fatalf("ParseRepeat(%q) = %+v: N out of 1…7", s, r)
			}
		default:
			t.Fatalf("ParseRepeat(%q) = %+v: unknown kind", s, r)
		}
		canon := r.String()
		again, err := ParseRepeat(canon)
		if err != nil || again != r {
			t.Fatalf("ParseRepeat(%q) = %+v, whose String %q parses to %+v, %v", s, r, canon, again, err)
		}
		if again.String() != canon {
			t.Fatalf("String of %q is not stable: %q then %q", s, canon, again.String())
		}
		if f := r.Frequency(); f < 0 || f > 1 {
			t.Fatalf("ParseRepeat(%q): frequency %v", s, f)
		}
	})
}

func FuzzParseISODate(f *testing.F) {
	for _, s := range []string{"2026-11-28", "2024-02-29", "2026-02-29", "2026-02-30", "1900-01-01", "9999-12-31", "1899-12-31",
		"2026-1-05", "+026-11-28", "２０２６-11-28"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseISODate(s)
		if err != nil {
			oneLineError(t, s, err)
			return
		}
		if d.String() != s {
			t.Fatalf("ParseISODate(%q) = %s: does not format back", s, d)
		}
		if y := d.Time().Year(); y < 1900 || y > 9999 {
			t.Fatalf("ParseISODate(%q): year %d", s, y)
		}
		if tm, err := time.Parse(time.DateOnly, s); err != nil || DateOf(tm) != d {
			t.Fatalf("ParseISODate(%q) = %s; time.Parse says %v, %v", s, d, tm, err)
		}
		var u Date
		if err := u.UnmarshalText([]byte(s)); err != nil || u != d {
			t.Fatalf("UnmarshalText(%q) = %v, %v", s, u, err)
		}
	})
}

// fuzzToday maps any number to a day the program could take as today.
func fuzzToday(n int32) Date {
	lo, hi := NewDate(1900, 1, 8), NewDate(9999, 12, 24)
	span := int64(hi - lo)
	return lo + Date((int64(n)%span+span)%span)
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"today", "Yesterday", " tomorrow ", "mon", "Sunday", "2026-11-28", "2026-02-30", "fri ", "next week", "ＭＯＮ", "周五", "星期天", "明天", "2026年11月28日", "2026/2/3", "下周五", "本周日"} {
		f.Add(s, int32(46000), true)
		f.Add(s, int32(-1), false)
	}
	f.Fuzz(func(t *testing.T, s string, n int32, future bool) {
		today := fuzzToday(n)
		d, err := ParseDate(s, today, future)
		if err != nil {
			oneLineError(t, s, err)
			return
		}
		v := fold(s)
		step, isWord := dateWords[v]
		weekWD, weeks, inWeek := weekdayOfWeek(v)
		switch wd, isDay := weekdayWord(v); {
		case inWeek:
			if d.Weekday() != weekWD || d.Monday() != today.Monday()+Date(7*weeks) {
				t.Fatalf("ParseDate(%q, %s) = %s (%s)", s, today, d, d.Weekday())
			}
		case isWord:
			if d != today+Date(step) {
				t.Fatalf("ParseDate(%q, %s) = %s, want %s", s, today, d, today+Date(step))
			}
		case isDay:
			diff := int(d - today)
			if d.Weekday() != wd || future && (diff < 0 || diff > 6) || !future && (diff > 0 || diff < -6) {
				t.Fatalf("ParseDate(%q, %s, future=%v) = %s (%s)", s, today, future, d, d.Weekday())
			}
		default:
			iso, err := ParseISODate(isoSpelling(v))
			if err != nil || iso != d || d.String() != isoSpelling(v) {
				t.Fatalf("ParseDate(%q) = %s, but ParseISODate(%q) = %s, %v", s, d, isoSpelling(v), iso, err)
			}
		}
	})
}

func FuzzParseWeek(f *testing.F) {
	for _, s := range []string{"2026-W45", "2026-W53", "2020-W53", "2026-W00", "2026-W1", "2026-w45", "1900-W01", "9999-W52", "-001-W01", "0000-W01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		mon, err := ParseWeek(s)
		if err != nil {
			oneLineError(t, s, err)
			return
		}
		if mon.Weekday() != time.Monday || mon.Week() != s {
			t.Fatalf("ParseWeek(%q) = %s (%s, week %s)", s, mon, mon.Weekday(), mon.Week())
		}
		if _, err := ParseISODate(mon.String()); err != nil {
			t.Fatalf("ParseWeek(%q) = %s, a Monday out of the range of dates: %v", s, mon, err)
		}
	})
}
