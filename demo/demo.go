// Package demo generates a realistic, deterministic dataset of a heavy coach
// user: goals in the six competencies, recurring habits kept up about four
// days in five with good and bad weeks and a holiday a year, about five
// one-off tasks a day, a reflection most evenings and a weekly review most
// weeks. The same options always give the same dataset.
//
// Generation runs in phases, each in its own file:
//
//   - calendar.go plans the period: a mood for each week (a Markov chain,
//     so good and bad weeks come in runs), a focus competency each quarter
//     and a holiday each year.
//   - goals.go picks a starter goal in each competency, reaches one about
//     halfway and sets a new one after it, and dates the starter one-off
//     tasks of each goal.
//   - habits.go picks the recurring tasks, archives one or two and starts
//     two later, and decides each day which of them are kept.
//   - tasks.go writes each day's one-off tasks, when each is done or left
//     open, and the check-ins; it records what each day achieved.
//   - reflect.go writes the evening reflection from the day's figures, and
//     review.go the weekly review on Sundays from the week's.
//   - english.go and chinese.go are the phrasebooks: sentences with slots
//     ({concept}, {task}). phrasebook.go compiles and checks them when the
//     package loads, so a misspelled slot stops the program instead of
//     dropping its sentence, and phrase.go fills them.
//
// Every random choice is drawn from one generator in a fixed order, so a
// change that draws one number more or less, or in another place, changes
// the data: testdata/datasets.sha256 pins it.
package demo

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"coach/content"
	"coach/domain"
)

// Options describe the dataset to generate.
type Options struct {
	// Days is the length of the period, ending today (included). When it is
	// 0, Years decides (365.25 days a year); when both are 0, one year.
	Days  int
	Years float64
	// Seed picks the random choices; the same seed gives the same data.
	Seed int64
	// Today is the last day of the period. Zero means 2026-01-01 (the
	// generator never reads the clock).
	Today domain.Date
	// Lang is the language of titles and text (content.EN or content.ZH).
	Lang content.Lang
	// Loc is the time zone of creation times (a task created on a day is
	// created on that local day); nil means time.Local.
	Loc *time.Location
}

// MaxDays is the longest period Generate makes (100 years).
const MaxDays = 36525

// PeriodDays is the number of days the options ask for, within 1…MaxDays.
func (o Options) PeriodDays() int {
	n := o.Days
	if n <= 0 {
		n = 365
		if o.Years > 0 {
			n = int(math.Round(o.Years * 365.25))
		}
	}
	return min(max(n, 1), MaxDays)
}

// gen is one generation under way: the plan, the dataset so far and what
// each day achieved.
type gen struct {
	r      *rand.Rand
	book   *phrasebook
	coach  content.Coach
	lang   content.Lang
	loc    *time.Location
	start  domain.Date
	today  domain.Date
	n      int
	ds     domain.Dataset
	goals  []goalInfo
	habits []habit
	days   []dayStat
	mood   []int8 // by week index
	boost  []int8 // competency index+1 that the week favours, by week index
	rest   []bool // holiday, by day index
	extra  [][]content.StarterTask
	// overdue counts the one-off tasks of the last days left open
	overdue int
}

// Generate builds the dataset. It never reads the clock and iterates no
// map, so equal options give equal datasets.
func Generate(opts Options) domain.Dataset {
	compileOnce()
	g := &gen{
		r:     rand.New(rand.NewPCG(uint64(opts.Seed), 0x636f616368646d6f)), // "coachdmo"
		book:  english,
		lang:  opts.Lang,
		loc:   opts.Loc,
		today: opts.Today,
		n:     opts.PeriodDays(),
	}
	if opts.Lang == content.ZH {
		g.book = chinese
	} else {
		g.lang = content.EN
	}
	if g.loc == nil {
		g.loc = time.Local
	}
	if g.today.IsZero() {
		g.today = domain.NewDate(2026, time.January, 1)
	}
	g.coach = content.CoachData(g.lang)
	g.start = g.today.AddDays(1 - g.n)
	g.days = make([]dayStat, g.n+1)
	g.extra = make([][]content.StarterTask, g.n)
	g.run()
	g.recallHistory(opts.Seed)
	return g.ds
}

func (g *gen) run() {
	g.planWeeks()
	g.planHolidays()
	g.makeGoals()
	later := g.makeHabits()
	g.planStarterOnce()
	for i := range g.n {
		d := g.start.AddDays(i)
		for _, h := range later {
			if h.from == d {
				g.addHabit(h)
			}
		}
		g.doHabits(i, d)
		g.doOnce(i, d)
		if d < g.today {
			g.reflect(i, d)
			if d.Weekday() == time.Sunday {
				g.review(i, d)
			}
		}
	}
	g.planAhead()
	slices.SortFunc(g.ds.CheckIns, func(a, b domain.CheckIn) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.TaskID, b.TaskID))
	})
}
