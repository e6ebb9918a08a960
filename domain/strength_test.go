package domain

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

const strengthTol = 1e-9

// refSchedule is the contract's f and n for a schedule, written out by hand.
type refSchedule struct {
	repeat string
	daily  bool
	f      float64 // check-ins expected per day
	n      int     // check-ins due in 14 days
	on     func(Date) bool
}

var refSchedules = []refSchedule{
	{"daily", true, 1, 14, func(Date) bool { return true }},
	{"weekdays", false, 5.0 / 7, 10, func(d Date) bool { wd := d.Weekday(); return wd >= 1 && wd <= 5 }},
	{"mon,wed,fri", false, 3.0 / 7, 6, func(d Date) bool { wd := d.Weekday(); return wd == 1 || wd == 3 || wd == 5 }},
	{"3/week", false, 3.0 / 7, 6, func(Date) bool { return true }},
}

// refStrength is a second, plain implementation of the contract: for every
// day from creation to today, score = score·m + v·(1−m), m = 0.5^(√f/13);
// v is 1/0 for daily, else min(1, R/n) with R the check-ins in the 14 days
// ending that day.
func refStrength(s refSchedule, created, today Date, done []Date) (score float64, recent int) {
	m := math.Pow(0.5, math.Sqrt(s.f)/13)
	for d := created; d <= today; d++ {
		r := 0
		doneToday := false
		for _, c := range done {
			if c == d {
				doneToday = true
			}
			if c >= d-13 && c <= d {
				r++
			}
		}
		var v float64
		if s.daily {
			if doneToday {
				v = 1
			}
		} else {
			v = math.Min(1, float64(r)/float64(s.n))
		}
		score = score*m + v*(1-m)
		recent = r
	}
	return score, recent
}

func TestTaskStrengthClosedForms(t *testing.T) {
	m := math.Pow(0.5, 1.0/13) // daily: f = 1
	created := ruleDay("2026-11-02")
	tests := []struct {
		name  string
		done  []Date
		today Date
		want  float64
	}{
		// 13 days in a row from creation: 1 − m^13 = 1 − 0.5.
		{"13 days done", ruleSpan("2026-11-02", "2026-11-14"), created + 12, 0.5},
		{"26 days done", ruleSpan("2026-11-02", "2026-11-27"), created + 25, 0.75},
		{"once on day 1, after 10 days", ruleDates("2026-11-02"), created + 9, (1 - m) * math.Pow(m, 9)},
		{"once on day 10 of 10", ruleDates("2026-11-11"), created + 9, 1 - m},
		{"never, after 30 days", nil, created + 29, 0},
		{"created today, done", ruleDates("2026-11-02"), created, 1 - m},
		{"created today, open", nil, created, 0},
		{"13 done, then 13 missed", ruleSpan("2026-11-02", "2026-11-14"), created + 25, 0.25},
		{"check-ins before creation do not count for daily", ruleSpan("2026-10-20", "2026-11-01"), created + 5, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := TaskStrength(ruleTask(1, "daily", "2026-11-02"), tt.done, tt.today)
			if math.Abs(got.Score-tt.want) > strengthTol {
				t.Errorf("Score = %.12f, want %.12f", got.Score, tt.want)
			}
		})
	}
}

func TestTaskStrengthFields(t *testing.T) {
	today := ruleDay("2026-11-20") // Friday
	tests := []struct {
		repeat   string
		freq     float64
		expected int
		done     []Date
		recent   int
		last     float64
	}{
		{"daily", 1, 14, ruleSpan("2026-11-01", "2026-11-20", "2026-11-19"), 13, 1},
		{"daily", 1, 14, ruleSpan("2026-11-01", "2026-11-19"), 13, 0}, // today open: v = 0
		{"weekdays", 5.0 / 7, 10, ruleDates("2026-11-06", "2026-11-07", "2026-11-13", "2026-11-20"), 3, 0.3},
		{"mon,wed,fri", 3.0 / 7, 6, ruleSpan("2026-11-02", "2026-11-20"), 14, 1},
		{"tue,thu", 2.0 / 7, 4, ruleDates("2026-11-05", "2026-11-10"), 1, 0.25},
		{"sun", 1.0 / 7, 2, ruleDates("2026-11-08", "2026-11-15"), 2, 1},
		{"mon,tue,wed,thu,fri,sat,sun", 1, 14, ruleDates("2026-11-20"), 1, 1.0 / 14},
		{"1/week", 1.0 / 7, 2, ruleDates("2026-11-01", "2026-11-20"), 1, 0.5},
		{"3/week", 3.0 / 7, 6, ruleDates("2026-11-10", "2026-11-11", "2026-11-12"), 3, 0.5},
		{"7/week", 1, 14, ruleDates("2026-11-07"), 1, 1.0 / 14},
	}
	for _, tt := range tests {
		t.Run(tt.repeat, func(t *testing.T) {
			tk := ruleTask(1, tt.repeat, "2026-10-01")
			got := TaskStrength(tk, tt.done, today)
			if math.Abs(got.Frequency-tt.freq) > strengthTol {
				t.Errorf("Frequency = %v, want %v", got.Frequency, tt.freq)
			}
			if wantM := math.Pow(0.5, math.Sqrt(tt.freq)/13); math.Abs(got.Decay-wantM) > strengthTol {
				t.Errorf("Decay = %v, want %v", got.Decay, wantM)
			}
			if got.Expected != tt.expected {
				t.Errorf("Expected = %d, want %d", got.Expected, tt.expected)
			}
			if wantDays := int(today-ruleDay("2026-10-01")) + 1; got.Days != wantDays {
				t.Errorf("Days = %d, want %d", got.Days, wantDays)
			}
			if got.Recent != tt.recent {
				t.Errorf("Recent = %d, want %d", got.Recent, tt.recent)
			}
			if math.Abs(got.Last-tt.last) > strengthTol {
				t.Errorf("Last = %v, want %v", got.Last, tt.last)
			}
			if got.Score < 0 || got.Score > 1 {
				t.Errorf("Score = %v, outside [0, 1]", got.Score)
			}
		})
	}
}

func TestTaskStrengthDecay(t *testing.T) {
	// The decay halves the score in 13 days for a daily habit and in
	// 13/√f days for one with frequency f.
	for _, tt := range []struct {
		repeat string
		f      float64
	}{{"daily", 1}, {"weekdays", 5.0 / 7}, {"mon,wed,fri", 3.0 / 7}, {"2/week", 2.0 / 7}, {"1/week", 1.0 / 7}} {
		s := TaskStrength(ruleTask(1, tt.repeat, "2026-11-01"), nil, ruleDay("2026-11-01"))
		halfLife := 13 / math.Sqrt(tt.f)
		if got := math.Pow(s.Decay, halfLife); math.Abs(got-0.5) > strengthTol {
			t.Errorf("%s: m^(13/√f) = %v, want 0.5", tt.repeat, got)
		}
	}
}

func TestTaskStrengthOnceIsZero(t *testing.T) {
	tk := ruleTask(1, "once", "2026-11-01")
	tk.Due = ruleDay("2026-11-03")
	got := TaskStrength(tk, ruleDates("2026-11-03"), ruleDay("2026-11-20"))
	if got.Score != 0 || got.Decay != 0 || got.Frequency != 0 || got.Days != 0 || got.Recent != 0 || got.Expected != 0 || got.Last != 0 {
		t.Errorf("TaskStrength(once) = %+v, want zero", got)
	}
}

func TestTaskStrengthNotYetCreated(t *testing.T) {
	got := TaskStrength(ruleTask(1, "daily", "2026-11-21"), ruleDates("2026-11-20"), ruleDay("2026-11-20"))
	if got.Score != 0 || got.Days != 0 {
		t.Errorf("TaskStrength before creation = %+v, want score 0 over 0 days", got)
	}
}

// Check-ins back-filled before the creation day are check-ins: for a
// non-daily habit they count in the 14-day window of the first days, and
// one exactly 14 days before a day is outside that day's window.
func TestTaskStrengthWindowAtCreation(t *testing.T) {
	created := ruleDay("2026-11-16")
	s := refSchedules[1] // weekdays, n = 10
	m := math.Pow(0.5, math.Sqrt(s.f)/13)
	tests := []struct {
		name  string
		done  []Date
		today Date
	}{
		{"14 days before creation is out of the window", []Date{created - 14}, created},
		{"13 days before creation is in the window", []Date{created - 13}, created},
		{"both", []Date{created - 14, created - 13}, created + 3},
		{"a fortnight before creation, every day", ruleSpan("2026-10-30", "2026-11-15"), created + 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := TaskStrength(ruleTask(1, "weekdays", "2026-11-16"), tt.done, tt.today)
			want, recent := refStrength(s, created, tt.today, tt.done)
			if math.Abs(got.Score-want) > strengthTol {
				t.Errorf("Score = %.12f, want %.12f", got.Score, want)
			}
			if got.Recent != recent {
				t.Errorf("Recent = %d, want %d", got.Recent, recent)
			}
			if got.Score < 0 || got.Last < 0 {
				t.Errorf("negative strength: %+v", got)
			}
		})
	}
	// Written out: one check-in 13 days before creation, scored on the
	// creation day alone: v = 1/10.
	got := TaskStrength(ruleTask(1, "weekdays", "2026-11-16"), []Date{created - 13}, created)
	if want := 0.1 * (1 - m); math.Abs(got.Score-want) > strengthTol {
		t.Errorf("Score = %.12f, want %.12f", got.Score, want)
	}
	got = TaskStrength(ruleTask(1, "weekdays", "2026-11-16"), []Date{created - 14}, created)
	if got.Score != 0 || got.Recent != 0 || got.Last != 0 {
		t.Errorf("a check-in 14 days before creation counted: %+v", got)
	}
}

// Random but fixed histories of about 120 days for each kind of schedule,
// compared with the reference implementation.
func TestTaskStrengthMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(2026, 11))
	created := ruleDay("2026-07-01")
	for _, s := range refSchedules {
		for trial := range 5 {
			today := created + Date(110+rng.IntN(20))
			var done []Date
			// Some back-filled days before creation, then a habit kept
			// with a probability that drifts, so the score rises and falls.
			p := 0.2 + 0.6*rng.Float64()
			for d := created - 20; d <= today; d++ {
				if d%30 == 0 {
					p = rng.Float64()
				}
				keep := rng.Float64() < p
				if s.on != nil && !s.on(d) && rng.Float64() < 0.7 {
					keep = false // mostly on schedule, sometimes off it
				}
				if keep {
					done = append(done, d)
				}
			}
			want, recent := refStrength(s, created, today, done)
			got := TaskStrength(ruleTask(1, s.repeat, "2026-07-01"), done, today)
			if math.Abs(got.Score-want) > strengthTol {
				t.Errorf("%s #%d: Score = %.12f, want %.12f", s.repeat, trial, got.Score, want)
			}
			if got.Recent != recent {
				t.Errorf("%s #%d: Recent = %d, want %d", s.repeat, trial, got.Recent, recent)
			}
			if got.Days != int(today-created)+1 {
				t.Errorf("%s #%d: Days = %d, want %d", s.repeat, trial, got.Days, int(today-created)+1)
			}
			if got.Expected != s.n {
				t.Errorf("%s #%d: Expected = %d, want %d", s.repeat, trial, got.Expected, s.n)
			}
			if math.Abs(got.Frequency-s.f) > strengthTol {
				t.Errorf("%s #%d: Frequency = %v, want %v", s.repeat, trial, got.Frequency, s.f)
			}
			if got.Score <= 0 || got.Score >= 1 {
				t.Errorf("%s #%d: Score = %v, want strictly inside (0, 1) for this history", s.repeat, trial, got.Score)
			}
		}
	}
}

// More check-ins never make a habit weaker, and the score stays in [0, 1].
func TestTaskStrengthMonotone(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	created := ruleDay("2026-01-01")
	today := created + 90
	for _, s := range refSchedules {
		set := map[Date]bool{}
		var prev float64
		for range 120 {
			set[created-10+Date(rng.IntN(101))] = true
			var done []Date
			for d := created - 10; d <= today; d++ {
				if set[d] {
					done = append(done, d)
				}
			}
			got := TaskStrength(ruleTask(1, s.repeat, "2026-01-01"), done, today).Score
			if got < prev-strengthTol || got < 0 || got > 1 {
				t.Fatalf("%s: score %v after adding a check-in, was %v", s.repeat, got, prev)
			}
			prev = got
		}
	}
}

func TestExpected14(t *testing.T) {
	for _, tt := range []struct {
		repeat string
		want   int
	}{
		{"once", 0}, {"daily", 14}, {"weekdays", 10}, {"mon", 2}, {"mon,wed,fri", 6},
		{"sat,sun", 4}, {"1/week", 2}, {"2/week", 4}, {"7/week", 14},
	} {
		r, err := ParseRepeat(tt.repeat)
		if err != nil {
			t.Fatal(err)
		}
		if got := Expected14(r); got != tt.want {
			t.Errorf("Expected14(%s) = %d, want %d", tt.repeat, got, tt.want)
		}
	}
}

// Ten years of history: the score from the horizon on is the score of the
// contract, from creation on, within the test's tolerance, for every kind
// of schedule and the slowest decay there is (one check-in a week); and
// check-ins before StrengthSince change nothing.
func TestTaskStrengthHorizon(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 28))
	created := ruleDay("2016-12-01")
	today := ruleDay("2026-11-28")
	schedules := append(slices.Clone(refSchedules),
		refSchedule{"1/week", false, 1.0 / 7, 2, func(Date) bool { return true }},
		refSchedule{"sun", false, 1.0 / 7, 2, func(d Date) bool { return d.Weekday() == 0 }})
	for _, s := range schedules {
		var done []Date
		p := 0.5
		for d := created; d <= today; d++ {
			if d%90 == 0 {
				p = rng.Float64()
			}
			if s.on(d) && rng.Float64() < p {
				done = append(done, d)
			}
		}
		tk := ruleTask(1, s.repeat, "2016-12-01")
		got := TaskStrength(tk, done, today)
		want, recent := refStrength(s, created, today, done)
		if math.Abs(got.Score-want) > strengthTol {
			t.Errorf("%s: Score = %.12f, want %.12f", s.repeat, got.Score, want)
		}
		if got.Recent != recent || got.Days != int(today-created)+1 {
			t.Errorf("%s: Recent, Days = %d, %d, want %d, %d", s.repeat, got.Recent, got.Days, recent, int(today-created)+1)
		}
		since := StrengthSince(tk, today)
		i, _ := slices.BinarySearch(done, since)
		if i == 0 {
			t.Fatalf("%s: no check-in before %s: the test does not reach past the horizon", s.repeat, since)
		}
		if short := TaskStrength(tk, done[i:], today); short != got {
			t.Errorf("%s: without the check-ins before %s: %+v, with them %+v", s.repeat, since, short, got)
		}
	}
	// An archived habit is scored up to its archiving, and its horizon
	// counts back from there.
	tk := ruleTask(1, "daily", "2016-12-01")
	tk.Archived, tk.ArchivedOn = true, ruleDay("2020-01-01")
	if got, want := StrengthSince(tk, today), ruleDay("2019-12-31")-StrengthHorizon+1-StrengthWindow; got != want {
		t.Errorf("StrengthSince of an archived habit = %s, want %s", got, want)
	}
}
