package domain

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// The range's ends are the first and last days ParseISODate reads.
func TestDateRangeEnds(t *testing.T) {
	if MinDate != NewDate(1900, time.January, 1) || MinDate.String() != "1900-01-01" {
		t.Errorf("MinDate is %s", MinDate)
	}
	if MaxDate != NewDate(9999, time.December, 31) || MaxDate.String() != "9999-12-31" {
		t.Errorf("MaxDate is %s", MaxDate)
	}
	for _, d := range []Date{MinDate, MaxDate} {
		if back, err := ParseISODate(d.String()); err != nil || back != d {
			t.Errorf("%s does not read back: %v", d, err)
		}
	}
	for _, d := range []Date{MinDate - 1, MaxDate + 1} {
		if _, err := ParseISODate(d.String()); err == nil {
			t.Errorf("%s reads back though it is out of range", d)
		}
		if d.InRange() || CheckDate(d) == nil {
			t.Errorf("%s is taken as in range", d)
		}
	}
}

// Every date word that lands outside the range is refused with the range's
// rule; the same words inside it still work.
func TestParseDateStaysInRange(t *testing.T) {
	for _, c := range []struct {
		word   string
		today  Date
		future bool
	}{
		{"tomorrow", MaxDate, true},
		{"yesterday", MinDate, false},
		{"sat", MaxDate, true},  // 9999-12-31 is a Friday
		{"sun", MinDate, false}, // 1900-01-01 is a Monday
		{"friday", MinDate, false},
		{"thursday", MaxDate, true},
	} {
		d, err := ParseDate(c.word, c.today, c.future)
		var p *Problem
		if !errors.As(err, &p) || p.Rule != DateOutOfRange {
			t.Errorf("%s on %s: got %s, %v", c.word, c.today, d, err)
		}
	}
	for _, c := range []struct {
		word   string
		today  Date
		future bool
		want   Date
	}{
		{"today", MaxDate, true, MaxDate},
		{"friday", MaxDate, true, MaxDate},
		{"yesterday", MaxDate, false, MaxDate - 1},
		{"monday", MinDate, false, MinDate},
		{"tomorrow", MinDate, true, MinDate + 1},
	} {
		if d, err := ParseDate(c.word, c.today, c.future); err != nil || d != c.want {
			t.Errorf("%s on %s: got %s, %v; want %s", c.word, c.today, d, err, c.want)
		}
	}
}

// A step stops at the range's edges instead of leaving it.
func TestStepStopsAtTheEdges(t *testing.T) {
	if d := MaxDate.Step(1); d != MaxDate {
		t.Errorf("MaxDate.Step(1) = %s", d)
	}
	if d := MinDate.Step(-1); d != MinDate {
		t.Errorf("MinDate.Step(-1) = %s", d)
	}
	if d := MinDate.Step(3); d != MinDate+3 {
		t.Errorf("MinDate.Step(3) = %s", d)
	}
}

// No record can hold a date outside the range, whichever field it is in.
func TestCleanRefusesDatesOutOfRange(t *testing.T) {
	out := []Date{MinDate - 1, MaxDate + 1}
	for _, d := range out {
		task := Task{Title: "x", Competency: Depth, Repeat: "once", Due: d}
		if _, err := CleanTask(task); err == nil {
			t.Errorf("task due %s accepted", d)
		}
		task.Due, task.Archived, task.ArchivedOn = MinDate, true, d
		if _, err := CleanTask(task); err == nil {
			t.Errorf("task archived on %s accepted", d)
		}
		if _, err := CleanGoal(Goal{Title: "g", Competency: Depth, Target: d}); err == nil {
			t.Errorf("goal target %s accepted", d)
		}
		if _, err := CleanCheckIn(CheckIn{TaskID: 1, Date: d}); err == nil {
			t.Errorf("check-in on %s accepted", d)
		}
		if _, err := CleanReflection(Reflection{Date: d, Rating: 3}); err == nil {
			t.Errorf("reflection on %s accepted", d)
		}
	}
}

// A task created before 1900 (an import's zero time) counts from the first
// day coach keeps, so no history is walked from year 1.
func TestCreatedOnStaysInRange(t *testing.T) {
	if d := (Task{}).CreatedOn(); d != MinDate {
		t.Errorf("zero creation time: CreatedOn = %s", d)
	}
}

// COACH_TODAY is read within the range, and a clock outside it is refused.
func TestTodayStaysInRange(t *testing.T) {
	none := func(string) string { return "" }
	if _, err := Today(none, time.Date(10000, 1, 1, 12, 0, 0, 0, time.UTC)); err == nil {
		t.Error("a clock in the year 10000 is taken as today")
	}
	set := func(string) string { return "9999-12-31" }
	if d, err := Today(set, time.Now()); err != nil || d != MaxDate {
		t.Errorf("COACH_TODAY=9999-12-31: %s, %v", d, err)
	}
}

// A creation time is stamped within the days coach keeps, in UTC.
func TestStampStaysInRange(t *testing.T) {
	west := time.FixedZone("west", -10*3600)
	late := time.Date(9999, 12, 31, 20, 0, 0, 5, west) // 10000-01-01 in UTC
	if got := Stamp(late); got.Year() != 9999 || got.Location() != time.UTC {
		t.Errorf("Stamp(%v) = %v", late, got)
	}
	early := time.Date(1899, 12, 31, 12, 0, 0, 0, time.UTC)
	if got := Stamp(early); DateOf(got) != MinDate {
		t.Errorf("Stamp(%v) = %v", early, got)
	}
	now := time.Date(2026, 11, 28, 9, 30, 15, 999, west)
	if got := Stamp(now); !got.Equal(now.Truncate(time.Second)) || got.Location() != time.UTC {
		t.Errorf("Stamp(%v) = %v", now, got)
	}
}

// A real day before 1900 is out of range, not invalid: the message says
// what coach keeps.
func TestParseISODateBeforeTheRange(t *testing.T) {
	for s, want := range map[string]string{
		"1899-12-31": "date 1899-12-31 is out of range: coach keeps dates from 1900-01-01 to 9999-12-31",
		"0001-01-01": "date 0001-01-01 is out of range",
		"1899-02-29": `invalid date "1899-02-29"`,
		"0000-01-01": `invalid date "0000-01-01"`,
	} {
		if _, err := ParseISODate(s); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseISODate(%q) = %v, want %q", s, err, want)
		}
	}
}
