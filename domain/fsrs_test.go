package domain

import (
	"math"
	"math/rand/v2"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 5e-5 }

// The values were worked out from the published FSRS-5 formulas and
// default weights, apart from this code.
func TestFSRSFirstGrades(t *testing.T) {
	for _, c := range []struct {
		g    Grade
		s, d float64
		days int
	}{
		{Again, 0.40255, 7.19490, 1},
		{Hard, 1.18385, 6.48831, 1},
		{Good, 3.17300, 5.28243, 3},
		{Easy, 15.69105, 3.22450, 16},
	} {
		m := NewMemory(100).Grade(c.g, 101)
		if !near(m.Stability, c.s) || !near(m.Difficulty, c.d) || m.Due != Date(101+c.days) || m.Reviews != 1 {
			t.Errorf("first %v: S %.5f D %.5f due +%d; want %.5f %.5f +%d", c.g, m.Stability, m.Difficulty, m.Due-101, c.s, c.d, c.days)
		}
	}
	if m := NewMemory(100); m.Due != 101 {
		t.Errorf("a new card is due on %d, want the day after its reflection", m.Due)
	}
}

func TestFSRSReviews(t *testing.T) {
	// Good, then good each time it is due.
	m := NewMemory(0).Grade(Good, 0)
	for _, want := range []struct {
		s, d float64
		days int
	}{{10.73893, 5.27297, 11}, {34.57762, 5.26354, 35}, {100.74831, 5.25417, 101}} {
		day := m.Due
		m = m.Grade(Good, day)
		if !near(m.Stability, want.s) || !near(m.Difficulty, want.d) || m.Due != day+Date(want.days) {
			t.Fatalf("good at its due day %d: S %.5f D %.5f interval %d; want %.5f %.5f %d", day, m.Stability, m.Difficulty, m.Due-day, want.s, want.d, want.days)
		}
	}
	// After a first good, at day 3: again, hard, easy.
	first := NewMemory(0).Grade(Good, 0)
	for _, c := range []struct {
		g    Grade
		s, d float64
		days int
	}{{Again, 1.05556, 6.79693, 1}, {Hard, 4.92451, 6.03495, 5}, {Easy, 25.79361, 4.51099, 26}} {
		m := first.Grade(c.g, 3)
		if !near(m.Stability, c.s) || !near(m.Difficulty, c.d) || m.Due != Date(3+c.days) {
			t.Errorf("%v after 3 days: S %.5f D %.5f interval %d; want %.5f %.5f %d", c.g, m.Stability, m.Difficulty, m.Due-3, c.s, c.d, c.days)
		}
	}
	if m := first.Grade(Again, 3); m.Lapses != 1 {
		t.Errorf("lapses after again: %d", m.Lapses)
	}
}

// Properties over random histories: successive goods lengthen the
// interval, again shortens it, the predicted recall on the due day is the
// retention (before rounding to days), and intervals stay within 1–365.
func TestFSRSProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 9))
	for range 500 {
		m := NewMemory(0)
		day := Date(1)
		for range 1 + rng.IntN(12) {
			m = m.Grade(Grades[rng.IntN(4)], day)
			day = m.Due + Date(rng.IntN(5)) - 2 // early, on time or late
			day = max(day, m.Last+1)
		}
		if got := Recall(m.Stability, m.Stability); !near(got, Retention) {
			t.Fatalf("recall at t = S is %.5f", got)
		}
		interval := int(m.Due - m.Last)
		if interval < MinInterval || interval > MaxInterval {
			t.Fatalf("interval %d out of bounds", interval)
		}
		if m.Difficulty < 1 || m.Difficulty > 10 {
			t.Fatalf("difficulty %.3f out of bounds", m.Difficulty)
		}
		at := m.Due
		good, again := m.Grade(Good, at), m.Grade(Again, at)
		if good.Due-at < Date(interval) && interval < MaxInterval {
			t.Fatalf("a good on time shortened the interval: %d → %d", interval, good.Due-at)
		}
		if again.Stability > m.Stability || again.Due-at > Date(interval) {
			t.Fatalf("again lengthened the memory: S %.3f → %.3f", m.Stability, again.Stability)
		}
	}
}

func TestParseGrade(t *testing.T) {
	for s, want := range map[string]Grade{"again": Again, "2": Hard, " GOOD ": Good, "easy": Easy, "忘了": Again, "吃力": Hard, "记得": Good, "轻松": Easy, "３": Good} {
		if g, err := ParseGrade(s); err != nil || g != want {
			t.Errorf("ParseGrade(%q) = %v, %v", s, g, err)
		}
	}
	for _, bad := range []string{"", "0", "5", "okay", "记"} {
		if _, err := ParseGrade(bad); err == nil {
			t.Errorf("ParseGrade(%q) accepted", bad)
		}
	}
}
