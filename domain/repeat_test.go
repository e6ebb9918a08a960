package domain

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestParseRepeat(t *testing.T) {
	days := func(wds ...time.Weekday) [7]bool {
		var d [7]bool
		for _, wd := range wds {
			d[wd] = true
		}
		return d
	}
	tests := []struct {
		in        string
		want      Repeat
		canonical string
	}{
		{"once", Repeat{Kind: Once}, "once"},
		{"", Repeat{Kind: Once}, "once"},
		{" Once ", Repeat{Kind: Once}, "once"},
		{"daily", Repeat{Kind: Daily}, "daily"},
		{"DAILY", Repeat{Kind: Daily}, "daily"},
		{"weekdays", Repeat{Kind: Weekdays}, "weekdays"},
		{"mon", Repeat{Kind: OnDays, Days: days(time.Monday)}, "mon"},
		{"Fri,MON, wed", Repeat{Kind: OnDays, Days: days(time.Monday, time.Wednesday, time.Friday)}, "mon,wed,fri"},
		{"sunday,saturday", Repeat{Kind: OnDays, Days: days(time.Saturday, time.Sunday)}, "sat,sun"},
		{"sun,mon,tue,wed,thu,fri,sat", Repeat{Kind: OnDays, Days: days(0, 1, 2, 3, 4, 5, 6)}, "mon,tue,wed,thu,fri,sat,sun"},
		{"tue,tue", Repeat{Kind: OnDays, Days: days(time.Tuesday)}, "tue"},
		{"1/week", Repeat{Kind: PerWeek, N: 1}, "1/week"},
		{"3/week", Repeat{Kind: PerWeek, N: 3}, "3/week"},
		{"7/Week", Repeat{Kind: PerWeek, N: 7}, "7/week"},
		// the words the app shows in Chinese, and the ways people type them
		{"每天", Repeat{Kind: Daily}, "daily"},
		{"工作日", Repeat{Kind: Weekdays}, "weekdays"},
		{"周一至周五", Repeat{Kind: Weekdays}, "weekdays"},
		{"every day", Repeat{Kind: Daily}, "daily"},
		{"每周 3 次", Repeat{Kind: PerWeek, N: 3}, "3/week"},
		{"每周3次", Repeat{Kind: PerWeek, N: 3}, "3/week"},
		{"每周３次", Repeat{Kind: PerWeek, N: 3}, "3/week"}, // a full-width digit
		{"每周两次", Repeat{Kind: PerWeek, N: 2}, "2/week"},
		{"一周五次", Repeat{Kind: PerWeek, N: 5}, "5/week"},
		{"每周 4 天", Repeat{Kind: PerWeek, N: 4}, "4/week"},
		{"３／week", Repeat{Kind: PerWeek, N: 3}, "3/week"},
		{"3 per week", Repeat{Kind: PerWeek, N: 3}, "3/week"},
		{"3 times a week", Repeat{Kind: PerWeek, N: 3}, "3/week"},
		{"周一、周三、周五", Repeat{Kind: OnDays, Days: days(time.Monday, time.Wednesday, time.Friday)}, "mon,wed,fri"},
		{"周一三五", Repeat{Kind: OnDays, Days: days(time.Monday, time.Wednesday, time.Friday)}, "mon,wed,fri"},
		{"每周一三五", Repeat{Kind: OnDays, Days: days(time.Monday, time.Wednesday, time.Friday)}, "mon,wed,fri"},
		{"周一、三、五", Repeat{Kind: OnDays, Days: days(time.Monday, time.Wednesday, time.Friday)}, "mon,wed,fri"},
		{"周一 周三 周五", Repeat{Kind: OnDays, Days: days(time.Monday, time.Wednesday, time.Friday)}, "mon,wed,fri"},
		{"周一，周三", Repeat{Kind: OnDays, Days: days(time.Monday, time.Wednesday)}, "mon,wed"},
		{"星期六、星期天", Repeat{Kind: OnDays, Days: days(time.Saturday, time.Sunday)}, "sat,sun"},
		{"周日", Repeat{Kind: OnDays, Days: days(time.Sunday)}, "sun"},
		{"周天", Repeat{Kind: OnDays, Days: days(time.Sunday)}, "sun"},
		{"mon fri", Repeat{Kind: OnDays, Days: days(time.Monday, time.Friday)}, "mon,fri"},
		{"Mon, Wed, Fri", Repeat{Kind: OnDays, Days: days(time.Monday, time.Wednesday, time.Friday)}, "mon,wed,fri"},
	}
	for _, tt := range tests {
		got, err := ParseRepeat(tt.in)
		if err != nil {
			t.Errorf("ParseRepeat(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseRepeat(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
		if s := got.String(); s != tt.canonical {
			t.Errorf("ParseRepeat(%q).String() = %q, want %q", tt.in, s, tt.canonical)
		}
		back, err := ParseRepeat(got.String())
		if err != nil || back != got {
			t.Errorf("ParseRepeat(%q) does not read its String %q back: %+v, %v", tt.in, got.String(), back, err)
		}
		if got.Recurring() != (tt.want.Kind != Once) {
			t.Errorf("ParseRepeat(%q).Recurring() = %v", tt.in, got.Recurring())
		}
	}
}

func TestParseRepeatRejects(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"0/week", "N/week needs 1 ≤ N ≤ 7"},
		{"8/week", "N/week needs 1 ≤ N ≤ 7"},
		{"-1/week", "N/week needs 1 ≤ N ≤ 7"},
		{"x/week", "N/week needs 1 ≤ N ≤ 7"},
		{"/week", "N/week needs 1 ≤ N ≤ 7"},
		{"funday", "unknown repeat rule"},
		{"mon,,fri", "unknown repeat rule"},
		{"mon,", "unknown repeat rule"},
		{",mon", "unknown repeat rule"},
		{"mon;fri", "unknown repeat rule"},
		{"weekly", "unknown repeat rule"},
		{"每周 0 次", "N/week needs 1 ≤ N ≤ 7"},
		{"每周八次", "N/week needs 1 ≤ N ≤ 7"},
		{"每周几次", "N/week needs 1 ≤ N ≤ 7"},
		{"每周", "unknown repeat rule"},
		{"三五", "unknown repeat rule"}, // days without 周 first
		{"周八", "unknown repeat rule"},
		{"周一,,周三", "unknown repeat rule"},
		{"每月", "unknown repeat rule"},
	}
	for _, tt := range tests {
		got, err := ParseRepeat(tt.in)
		if err == nil {
			t.Errorf("ParseRepeat(%q) = %+v, want an error", tt.in, got)
			continue
		}
		if !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), "\""+tt.in+"\"") {
			t.Errorf("ParseRepeat(%q) error = %q, want it to say %q and quote the input", tt.in, err, tt.msg)
		}
	}
}

func TestFrequency(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"once", 0},
		{"daily", 1},
		{"weekdays", 5.0 / 7},
		{"mon,wed,fri", 3.0 / 7},
		{"sat", 1.0 / 7},
		{"1/week", 1.0 / 7},
		{"3/week", 3.0 / 7},
		{"7/week", 1},
	}
	for _, tt := range tests {
		r, err := ParseRepeat(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Frequency(); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: Frequency() = %v, want %v", tt.in, got, tt.want)
		}
	}
	if n := (Repeat{Kind: OnDays, Days: [7]bool{true, false, true}}).CountDays(); n != 2 {
		t.Errorf("CountDays = %d, want 2", n)
	}
}

func TestScheduledOn(t *testing.T) {
	// The week of Monday 2026-11-23, Monday first.
	week := []Date{}
	for d := day("2026-11-23"); d <= day("2026-11-29"); d++ {
		week = append(week, d)
	}
	tests := []struct {
		rule string
		want string // one letter a day, Monday first: x scheduled, . not
	}{
		{"once", "......."},
		{"daily", "xxxxxxx"},
		{"weekdays", "xxxxx.."},
		{"mon,wed,fri", "x.x.x.."},
		{"sun", "......x"},
		{"sat,sun", ".....xx"},
		{"3/week", "......."}, // no fixed days
		{"7/week", "......."},
	}
	for _, tt := range tests {
		r, err := ParseRepeat(tt.rule)
		if err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		for _, d := range week {
			if r.ScheduledOn(d) {
				got.WriteByte('x')
			} else {
				got.WriteByte('.')
			}
		}
		if got.String() != tt.want {
			t.Errorf("%s scheduled on Mon…Sun = %s, want %s", tt.rule, got.String(), tt.want)
		}
	}
}
