package domain

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// day is a short way to write a date in a table.
func day(s string) Date {
	d, err := ParseISODate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestNewDateStringRoundTrip(t *testing.T) {
	tests := []struct {
		y    int
		m    time.Month
		d    int
		want string
	}{
		{1, time.January, 1, "0001-01-01"},
		{1970, time.January, 1, "1970-01-01"},
		{2026, time.November, 28, "2026-11-28"},
		{2028, time.February, 29, "2028-02-29"},
		{9999, time.December, 31, "9999-12-31"},
		// NewDate normalises like time.Date.
		{2026, time.February, 30, "2026-03-02"},
		{2026, time.December, 32, "2027-01-01"},
	}
	for _, tt := range tests {
		d := NewDate(tt.y, tt.m, tt.d)
		if d.IsZero() {
			t.Errorf("NewDate(%d, %d, %d) is the zero date", tt.y, tt.m, tt.d)
		}
		if got := d.String(); got != tt.want {
			t.Errorf("NewDate(%d, %d, %d).String() = %q, want %q", tt.y, tt.m, tt.d, got, tt.want)
		}
		back, err := ParseISODate(tt.want)
		if tt.y >= 1900 {
			if err != nil || back != d {
				t.Errorf("ParseISODate(%q) = %v, %v; want %v", tt.want, back, err, d)
			}
		}
		if y, m, dd := d.Time().Date(); d.String() != time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Format(time.DateOnly) {
			t.Errorf("%v.Time() = %v disagrees with String", d, d.Time())
		}
	}
	if got := Date(0).String(); got != "" {
		t.Errorf("zero Date String() = %q, want empty", got)
	}
	if d := NewDate(2026, time.November, 28); d.AddDays(3).String() != "2026-12-01" || d.AddDays(-28).String() != "2026-10-31" {
		t.Errorf("AddDays: got %s and %s", d.AddDays(3), d.AddDays(-28))
	}
	if got := DateOf(time.Date(2026, 11, 28, 23, 59, 0, 0, time.FixedZone("X", -10*3600))); got.String() != "2026-11-28" {
		t.Errorf("DateOf uses the time's own location: got %s", got)
	}
}

func TestParseISODate(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" means an error
	}{
		{"2026-11-28", "2026-11-28"},
		{"2028-02-29", "2028-02-29"},
		{"2000-02-29", "2000-02-29"},
		{"1900-01-01", "1900-01-01"},
		{"2026-02-30", ""},
		{"2027-02-29", ""},
		{"2100-02-29", ""},
		{"2026-13-01", ""},
		{"2026-00-10", ""},
		{"2026-04-31", ""},
		{"2026-1-1", ""},
		{"2026-01-1", ""},
		{"26-01-01", ""},
		{"2026/01/01", ""},
		{"1899-12-31", ""},
		{"", ""},
		{"today", ""},
		{" 2026-11-28", ""},
	}
	for _, tt := range tests {
		got, err := ParseISODate(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("ParseISODate(%q) = %s, want an error", tt.in, got)
			} else if !strings.Contains(err.Error(), tt.in) {
				t.Errorf("ParseISODate(%q) error %q does not name the input", tt.in, err)
			}
			continue
		}
		if err != nil || got.String() != tt.want {
			t.Errorf("ParseISODate(%q) = %s, %v; want %s", tt.in, got, err, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	sat := day("2026-11-28") // a Saturday
	wed := day("2026-11-25")
	tests := []struct {
		in     string
		today  Date
		future bool
		want   string // "" means an error
	}{
		{"today", sat, false, "2026-11-28"},
		{"today", sat, true, "2026-11-28"},
		{"TODAY", sat, false, "2026-11-28"},
		{" yesterday ", sat, false, "2026-11-27"},
		{"yesterday", sat, true, "2026-11-27"},
		{"tomorrow", sat, false, "2026-11-29"},
		{"tomorrow", day("2026-12-31"), true, "2027-01-01"},
		{"monday", sat, false, "2026-11-23"},
		{"monday", sat, true, "2026-11-30"},
		{"Mon", sat, false, "2026-11-23"},
		{"saturday", sat, false, "2026-11-28"},
		{"saturday", sat, true, "2026-11-28"},
		{"sat", sat, true, "2026-11-28"},
		{"friday", sat, false, "2026-11-27"},
		{"friday", sat, true, "2026-12-04"},
		{"sunday", sat, false, "2026-11-22"},
		{"sunday", sat, true, "2026-11-29"},
		{"wednesday", wed, false, "2026-11-25"},
		{"tuesday", wed, false, "2026-11-24"},
		{"tuesday", wed, true, "2026-12-01"},
		{"thu", wed, true, "2026-11-26"},
		{"thu", wed, false, "2026-11-19"},
		{"2026-02-28", sat, false, "2026-02-28"},
		{"2030-01-01", sat, true, "2030-01-01"},
		{"2026-02-30", sat, false, ""},
		{"someday", sat, false, ""},
		{"", sat, false, ""},
		{"mondays", sat, false, ""},
		// the words the app shows in Chinese, and dates as people write them
		{"今天", sat, false, "2026-11-28"},
		{"昨天", sat, true, "2026-11-27"},
		{"明天", sat, false, "2026-11-29"},
		{"前天", sat, false, "2026-11-26"},
		{"后天", sat, true, "2026-11-30"},
		{"周五", sat, true, "2026-12-04"},
		{"星期五", sat, false, "2026-11-27"},
		{"礼拜天", sat, true, "2026-11-29"},
		{"周日", sat, false, "2026-11-22"},
		{"ＦＲＩ", sat, true, "2026-12-04"},
		{"2026年12月4日", sat, true, "2026-12-04"},
		{"2026年2月3日", sat, true, "2026-02-03"},
		{"2026/2/3", sat, true, "2026-02-03"},
		{"２０２６－１２－０４", sat, true, "2026-12-04"},
		{"2026-2-3", sat, true, "2026-02-03"},
		{"2026年2月30日", sat, true, ""},
		{"下周五", sat, true, "2026-12-04"},
		{"下周一", sat, false, "2026-11-30"},
		{"下星期天", wed, true, "2026-12-06"},
		{"本周一", sat, true, "2026-11-23"}, // this week's, though past
		{"这周日", wed, false, "2026-11-29"},
		{"下mon", sat, true, ""},
		{"周八", sat, true, ""},
		{"周一三", sat, true, ""}, // one day, not a list
		{"2026//2/3", sat, true, ""},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in, tt.today, tt.future)
		if tt.want == "" {
			if err == nil {
				t.Errorf("ParseDate(%q, %s, %v) = %s, want an error", tt.in, tt.today, tt.future, got)
			} else if !strings.Contains(err.Error(), "invalid date") {
				t.Errorf("ParseDate(%q) error = %q, want it to say invalid date", tt.in, err)
			}
			continue
		}
		if err != nil || got.String() != tt.want {
			t.Errorf("ParseDate(%q, %s, future=%v) = %s, %v; want %s", tt.in, tt.today, tt.future, got, err, tt.want)
		}
	}
}

func TestParseDateWeekdaysStayWithinAWeek(t *testing.T) {
	names := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for start := day("2026-11-23"); start < day("2026-11-30"); start++ {
		for i, n := range names {
			past, err := ParseDate(n, start, false)
			if err != nil {
				t.Fatal(err)
			}
			fut, err := ParseDate(n, start, true)
			if err != nil {
				t.Fatal(err)
			}
			if past.Weekday() != time.Weekday(i) || fut.Weekday() != time.Weekday(i) {
				t.Errorf("%s from %s: got %s (%s) and %s (%s)", n, start, past, past.Weekday(), fut, fut.Weekday())
			}
			if past > start || start-past > 6 {
				t.Errorf("%s from %s (past) = %s, want within the last 6 days", n, start, past)
			}
			if fut < start || fut-start > 6 {
				t.Errorf("%s from %s (future) = %s, want within the next 6 days", n, start, fut)
			}
		}
	}
}

func TestMonday(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2026-11-23", "2026-11-23"}, // a Monday
		{"2026-11-28", "2026-11-23"}, // Saturday
		{"2026-11-29", "2026-11-23"}, // Sunday belongs to the week before
		{"2026-11-30", "2026-11-30"},
		{"2026-12-02", "2026-11-30"}, // across a month boundary
		{"2027-01-01", "2026-12-28"}, // across a year boundary
		{"2027-01-03", "2026-12-28"},
		{"2027-01-04", "2027-01-04"},
		{"2028-03-01", "2028-02-28"}, // leap year
	}
	for _, tt := range tests {
		got := day(tt.in).Monday()
		if got.String() != tt.want {
			t.Errorf("%s.Monday() = %s, want %s", tt.in, got, tt.want)
		}
		if got.Weekday() != time.Monday {
			t.Errorf("%s.Monday() is a %s", tt.in, got.Weekday())
		}
	}
}

func TestWeek(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2026-11-02", "2026-W45"},
		{"2026-11-28", "2026-W48"},
		{"2026-12-28", "2026-W53"},
		{"2026-12-31", "2026-W53"},
		{"2027-01-01", "2026-W53"},
		{"2027-01-03", "2026-W53"},
		{"2027-01-04", "2027-W01"},
		{"2025-12-29", "2026-W01"}, // a December day in next year's week 1
		{"2026-01-01", "2026-W01"},
		{"2027-12-31", "2027-W52"},
	}
	for _, tt := range tests {
		if got := day(tt.in).Week(); got != tt.want {
			t.Errorf("%s.Week() = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestParseWeek(t *testing.T) {
	good := []struct{ in, monday string }{
		{"2026-W45", "2026-11-02"},
		{"2026-W01", "2025-12-29"},
		{"2026-W53", "2026-12-28"},
		{"2027-W01", "2027-01-04"},
		{"2027-W52", "2027-12-27"},
		{"2020-W53", "2020-12-28"},
	}
	for _, tt := range good {
		got, err := ParseWeek(tt.in)
		if err != nil || got.String() != tt.monday {
			t.Errorf("ParseWeek(%q) = %s, %v; want %s", tt.in, got, err, tt.monday)
			continue
		}
		if back := got.Week(); back != tt.in {
			t.Errorf("ParseWeek(%q).Week() = %s, want the input back", tt.in, back)
		}
	}
	// Every week of a few years round-trips through its days.
	for d := day("2025-12-01"); d < day("2028-02-01"); d++ {
		mon, err := ParseWeek(d.Week())
		if err != nil || mon != d.Monday() {
			t.Fatalf("ParseWeek(%s.Week() = %s) = %s, %v; want %s", d, d.Week(), mon, err, d.Monday())
		}
	}
	bad := []string{"2027-W53", "2026-W00", "2026W45", "2026-W5", "2026-W054", "2026-w45", "26-W45", "", "2026-W-1", "2026-W+5", "2026-W99", "abcd-W01"}
	for _, in := range bad {
		if got, err := ParseWeek(in); err == nil {
			t.Errorf("ParseWeek(%q) = %s, want an error", in, got)
		} else if !strings.Contains(err.Error(), "invalid week") {
			t.Errorf("ParseWeek(%q) error = %q, want it to say invalid week", in, err)
		}
	}
}

func TestToday(t *testing.T) {
	now := time.Date(2026, 11, 28, 22, 30, 0, 0, time.FixedZone("X", 9*3600))
	env := func(m map[string]string) func(string) string {
		return func(k string) string { return m[k] }
	}
	got, err := Today(env(map[string]string{"COACH_TODAY": "2027-01-04"}), now)
	if err != nil || got.String() != "2027-01-04" {
		t.Errorf("Today with COACH_TODAY=2027-01-04 = %s, %v", got, err)
	}
	got, err = Today(env(nil), now)
	if err != nil || got.String() != "2026-11-28" {
		t.Errorf("Today without COACH_TODAY = %s, %v; want the day of now, 2026-11-28", got, err)
	}
	for _, bad := range []string{"2026-02-30", "tomorrow", "28.11.2026"} {
		got, err = Today(env(map[string]string{"COACH_TODAY": bad}), now)
		if err == nil {
			t.Errorf("Today with COACH_TODAY=%q = %s, want an error", bad, got)
			continue
		}
		if !strings.Contains(err.Error(), "COACH_TODAY") || !strings.Contains(err.Error(), bad) {
			t.Errorf("Today with COACH_TODAY=%q: error %q should name the variable and the value", bad, err)
		}
	}
}

func TestDateJSON(t *testing.T) {
	b, err := json.Marshal(Date(0))
	if err != nil || string(b) != `""` {
		t.Errorf("json of the zero Date = %s, %v; want \"\"", b, err)
	}
	b, err = json.Marshal(struct {
		D Date `json:"d"`
	}{day("2026-11-28")})
	if err != nil || string(b) != `{"d":"2026-11-28"}` {
		t.Errorf("json of a Date = %s, %v", b, err)
	}
	var v struct{ D Date }
	if err := json.Unmarshal([]byte(`{"D":"2028-02-29"}`), &v); err != nil || v.D.String() != "2028-02-29" {
		t.Errorf("unmarshal 2028-02-29 = %s, %v", v.D, err)
	}
	v.D = day("2026-01-01")
	if err := json.Unmarshal([]byte(`{"D":""}`), &v); err != nil || !v.D.IsZero() {
		t.Errorf("unmarshal \"\" = %s, %v; want the zero date", v.D, err)
	}
	if err := json.Unmarshal([]byte(`{"D":"2026-02-30"}`), &v); err == nil {
		t.Errorf("unmarshal 2026-02-30 succeeded with %s", v.D)
	}
}
