package domain

import (
	"fmt"
	"math"
)

// Recall schedules the user's own learnings with FSRS-5, the algorithm of
// the open-spaced-repetition project, in whole days: a card's memory has a
// stability S (the days after which the chance of recalling it falls to
// 90%) and a difficulty D (1 to 10). Each grade moves both, and the card
// comes back when the predicted recall falls to the desired retention.
// The formulas are the published ones; the code is ours.

// Grade is how a recall went.
type Grade int

// The four grades, as FSRS numbers them.
const (
	Again Grade = 1 + iota // forgotten
	Hard                   // recalled with serious effort
	Good                   // recalled
	Easy                   // recalled at once
)

// Grades lists them in order.
var Grades = []Grade{Again, Hard, Good, Easy}

// String is the grade's name on the command line and in the log.
func (g Grade) String() string {
	switch g {
	case Again:
		return "again"
	case Hard:
		return "hard"
	case Good:
		return "good"
	case Easy:
		return "easy"
	}
	return fmt.Sprintf("grade(%d)", int(g))
}

// ParseGrade reads a grade by name or number (again/1 … easy/4).
func ParseGrade(s string) (Grade, error) {
	switch fold(s) { // the words the recall prompt shows, in either language
	case "again", "1", "忘了":
		return Again, nil
	case "hard", "2", "吃力":
		return Hard, nil
	case "good", "3", "记得":
		return Good, nil
	case "easy", "4", "轻松":
		return Easy, nil
	}
	return 0, fmt.Errorf("unknown grade %q: want again, hard, good or easy (or 1 to 4)", s)
}

// fsrsW are FSRS-5's default weights w0…w18.
var fsrsW = [19]float64{
	0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575,
	0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
}

const (
	fsrsDecay  = -0.5
	fsrsFactor = 19.0 / 81.0 // so that recall is 0.9 when t = S
	// Retention is the chance of recall a card is scheduled for.
	Retention = 0.9
	// MinInterval and MaxInterval bound the days between two reviews.
	MinInterval = 1
	MaxInterval = 365
)

// Memory is a card's state after its grades so far.
type Memory struct {
	Stability  float64 // days
	Difficulty float64 // 1 to 10
	Last       Date    // the day of the last grade; 0 before the first
	Due        Date    // the day the card comes back
	Reviews    int     // grades so far
	Lapses     int     // of them, again after the first
}

// NewMemory is a card's memory before any grade: due the day after the
// reflection it comes from.
func NewMemory(written Date) Memory { return Memory{Due: written + 1} }

// Recall is the predicted chance of recall t days after the last review
// of a memory of stability s.
func Recall(t, s float64) float64 {
	if s <= 0 {
		return 0
	}
	return math.Pow(1+fsrsFactor*max(t, 0)/s, fsrsDecay)
}

// IntervalDays is the whole number of days until the predicted recall of
// a memory of stability s falls to the retention, within the bounds.
func IntervalDays(s float64) int {
	days := s / fsrsFactor * (math.Pow(Retention, 1/fsrsDecay) - 1)
	return min(max(int(math.Round(days)), MinInterval), MaxInterval)
}

// Grade returns the memory after grade g given on day.
func (m Memory) Grade(g Grade, day Date) Memory {
	if m.Reviews == 0 {
		m.Stability = fsrsW[g-1]
		m.Difficulty = clampD(initialD(g))
	} else {
		r := Recall(float64(day-m.Last), m.Stability)
		if g == Again {
			m.Stability = forgetS(m.Difficulty, m.Stability, r)
			m.Lapses++
		} else {
			m.Stability = recallS(m.Difficulty, m.Stability, r, g)
		}
		m.Difficulty = nextD(m.Difficulty, g)
	}
	m.Reviews++
	m.Last = day
	m.Due = day + Date(IntervalDays(m.Stability))
	return m
}

func initialD(g Grade) float64 { return fsrsW[4] - math.Exp(fsrsW[5]*float64(g-1)) + 1 }

func clampD(d float64) float64 { return min(max(d, 1), 10) }

// nextD moves the difficulty by the grade, less the nearer it is to 10,
// then pulls it a little back toward the difficulty of a first "easy".
func nextD(d float64, g Grade) float64 {
	delta := -fsrsW[6] * float64(g-3)
	d2 := d + delta*(10-d)/9
	return clampD(fsrsW[7]*initialD(Easy) + (1-fsrsW[7])*d2)
}

// recallS is the stability after a successful recall (hard, good, easy)
// at predicted recall r.
func recallS(d, s, r float64, g Grade) float64 {
	bonus := 1.0
	switch g {
	case Hard:
		bonus = fsrsW[15]
	case Easy:
		bonus = fsrsW[16]
	}
	return s * (1 + math.Exp(fsrsW[8])*(11-d)*math.Pow(s, -fsrsW[9])*(math.Exp(fsrsW[10]*(1-r))-1)*bonus)
}

// forgetS is the stability after a lapse at predicted recall r; never
// more than before.
func forgetS(d, s, r float64) float64 {
	f := fsrsW[11] * math.Pow(d, -fsrsW[12]) * (math.Pow(s+1, fsrsW[13]) - 1) * math.Exp(fsrsW[14]*(1-r))
	return min(s, f)
}
