package domain

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of a goal's measurable target.
const (
	MeasureCheckIns = "checkins" // check-ins of the goal's tasks
	MeasureMinutes  = "minutes"  // minutes logged on the goal's tasks
	MeasureAmount   = "amount"   // a count the user keeps by hand: problems, pages, talks
)

// Limits of a measurable target.
const (
	MaxMeasure = 1_000_000 // the largest target or amount
	MaxUnit    = 30        // characters of an amount's unit
)

// Measure is a goal's measurable target: Target check-ins or minutes of
// the goal's tasks, or Target of Unit, of which the user has counted
// Amount so far. The zero Measure is no target.
type Measure struct {
	Kind   string `json:"kind"`
	Target int    `json:"target"`
	Unit   string `json:"unit,omitempty"`   // amount only: "problems"
	Amount int    `json:"amount,omitempty"` // amount only: counted so far
}

// IsZero reports whether m is no target.
func (m Measure) IsZero() bool { return m == Measure{} }

// Reached is how far the goal has come toward m, given the number of
// check-ins of its tasks and their minutes: for an amount, what the user
// counted. It may pass the target; Share stops at 1.
func (m Measure) Reached(checkIns, minutes int) int {
	switch m.Kind {
	case MeasureCheckIns:
		return checkIns
	case MeasureMinutes:
		return minutes
	case MeasureAmount:
		return m.Amount
	}
	return 0
}

// CleanMeasure checks a measure: a known kind, a target of 1 to
// MaxMeasure, a one-line unit of at most MaxUnit characters that only an
// amount has, and an amount from 0 to MaxMeasure.
func CleanMeasure(m Measure) (Measure, error) {
	if m.IsZero() {
		return m, nil
	}
	switch m.Kind {
	case MeasureCheckIns, MeasureMinutes:
		m.Unit, m.Amount = "", 0
	case MeasureAmount:
		u, err := cleanText("unit", m.Unit, MaxUnit)
		if err != nil {
			return m, err
		}
		if u == "" || strings.ContainsAny(u, "\n\r") {
			return m, &Problem{Rule: MeasureUnit, Value: u}
		}
		m.Unit = u
		if m.Amount < 0 || m.Amount > MaxMeasure {
			return m, &Problem{Rule: MeasureRange, Field: "amount", Got: m.Amount, Limit: MaxMeasure}
		}
	default:
		return m, &Problem{Rule: MeasureKind, Value: m.Kind}
	}
	if m.Target < 1 || m.Target > MaxMeasure {
		return m, &Problem{Rule: MeasureRange, Got: m.Target, Limit: MaxMeasure}
	}
	return m, nil
}

// measureWords are the words that name the counted kinds, in both
// languages, as ParseMeasure reads them after the number.
var measureWords = map[string]string{
	"check-ins": MeasureCheckIns, "check-in": MeasureCheckIns, "checkins": MeasureCheckIns,
	"checkin": MeasureCheckIns, "ticks": MeasureCheckIns, "次打卡": MeasureCheckIns, "次": MeasureCheckIns,
	"打卡":      MeasureCheckIns,
	"minutes": MeasureMinutes, "minute": MeasureMinutes, "min": MeasureMinutes, "mins": MeasureMinutes,
	"分钟": MeasureMinutes,
}

// hourWords are units ParseMeasure turns into minutes.
var hourWords = map[string]bool{"hours": true, "hour": true, "h": true, "hrs": true, "小时": true, "个小时": true}

// ParseMeasure reads a target as the user types it: a whole number and
// what it counts. "40 check-ins" and "600 minutes" (or 次打卡, 分钟) are
// counted from the goal's check-ins; any other word is an amount the user
// keeps, as in "40 graph problems" or "12 本书". An empty string is no
// target. Hours become minutes. The amount counted so far starts at 0.
func ParseMeasure(s string) (Measure, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Measure{}, nil
	}
	i := strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != ',' })
	if i < 0 {
		i = len(s)
	}
	number, unit := s[:i], strings.TrimSpace(s[i:])
	if first, _ := utf8.DecodeRuneInString(unit); !grouped(number) || !unicode.IsLetter(first) {
		// no number first, a fraction, stray commas, or no word after it
		return Measure{}, &Problem{Rule: MeasureSyntax, Value: s}
	}
	digits := strings.ReplaceAll(number, ",", "")
	n, err := strconv.Atoi(digits)
	if err != nil || n > MaxMeasure*60 {
		// too large even before hours turn into minutes
		return Measure{}, &Problem{Rule: MeasureRange, Value: digits, Limit: MaxMeasure}
	}
	kind, counted := measureWords[strings.ToLower(unit)]
	if per := hourWords[strings.ToLower(unit)]; per {
		kind, counted, n = MeasureMinutes, true, n*60
	}
	if n < 1 || n > MaxMeasure {
		return Measure{}, &Problem{Rule: MeasureRange, Got: n, Limit: MaxMeasure}
	}
	if counted {
		return Measure{Kind: kind, Target: n}, nil
	}
	return CleanMeasure(Measure{Kind: MeasureAmount, Target: n, Unit: unit})
}

// grouped reports whether number is digits, bare or in groups of three
// after commas: 40, 1000, 1,000, not ,5 or 1,00.
func grouped(number string) bool {
	groups := strings.Split(number, ",")
	for i, g := range groups {
		if g == "" || strings.Trim(g, "0123456789") != "" || len(groups) > 1 && (i > 0 && len(g) != 3 || i == 0 && len(g) > 3) {
			return false
		}
	}
	return true
}

// FormatMeasure writes m so that ParseMeasure reads it back, with the
// words of the counted kinds given by the caller (its language's).
func FormatMeasure(m Measure, checkIns, minutes string) string {
	n := strconv.Itoa(m.Target)
	switch m.Kind {
	case MeasureCheckIns:
		return n + spaceBefore(checkIns) + checkIns
	case MeasureMinutes:
		return n + spaceBefore(minutes) + minutes
	case MeasureAmount:
		return n + spaceBefore(m.Unit) + m.Unit
	}
	return ""
}

// spaceBefore is the space between a number and word: none before a
// Chinese word, as "40次打卡" is written.
func spaceBefore(word string) string {
	r, _ := utf8.DecodeRuneInString(word)
	if unicode.Is(unicode.Han, r) {
		return ""
	}
	return " "
}
