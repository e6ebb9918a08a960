package demo

import (
	"time"

	"coach/domain"
)

// Weekly moods: streaky behaviour comes from a Markov chain over weeks.
const (
	weekGood = iota
	weekOK
	weekBad
)

func (g *gen) weekIndex(d domain.Date) int { return int(d.Monday()-g.start.Monday()) / 7 }

func (g *gen) planWeeks() {
	weeks := g.weekIndex(g.today) + 2
	g.mood = make([]int8, weeks)
	g.boost = make([]int8, weeks)
	m := int8(weekOK)
	focus := int8(0)
	for w := range weeks {
		x := g.r.Float64()
		switch m {
		case weekGood:
			m = pick3(x, 0.62, 0.30, weekGood, weekOK, weekBad)
		case weekOK:
			m = pick3(x, 0.25, 0.58, weekGood, weekOK, weekBad)
		default:
			m = pick3(x, 0.2, 0.45, weekGood, weekOK, weekBad)
		}
		g.mood[w] = m
		if w%13 == 0 { // a new focus each quarter
			focus = int8(1 + g.r.IntN(6))
		}
		g.boost[w] = focus
	}
}

func pick3(x, p1, p2 float64, a, b, c int8) int8 {
	switch {
	case x < p1:
		return a
	case x < p1+p2:
		return b
	}
	return c
}

// planHolidays puts a break of one or two weeks in each year, away from
// both ends of the period.
func (g *gen) planHolidays() {
	g.rest = make([]bool, g.n)
	years := g.n / 365
	if g.r.Float64() < float64(g.n%365)/365 {
		years++
	}
	for y := range years {
		lo, hi := y*365+10, min((y+1)*365, g.n-14)
		length := 7 + g.r.IntN(8)
		if hi-lo < length {
			continue
		}
		from := lo + g.r.IntN(hi-lo-length+1)
		for i := from; i < from+length; i++ {
			g.rest[i] = true
		}
	}
}

// stamp is a creation time on day d at hour:minute local time, in UTC.
func (g *gen) stamp(d domain.Date, minuteOfDay int) time.Time {
	y, m, day := d.Time().Date()
	return time.Date(y, m, day, 0, minuteOfDay, 0, 0, g.loc).UTC()
}

func (g *gen) frac(f float64) domain.Date { return g.start.AddDays(int(f * float64(g.n))) }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
