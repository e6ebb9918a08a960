// Package demo generates a realistic, deterministic dataset of a heavy coach
// user: goals in the six competencies, recurring habits kept up about four
// days in five with good and bad weeks and a holiday a year, about five
// one-off tasks a day, a reflection most evenings and a weekly review most
// weeks. The same options always give the same dataset.
package demo

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

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

// Weekly moods: streaky behaviour comes from a Markov chain over weeks.
const (
	weekGood = iota
	weekOK
	weekBad
)

// Per-competency share of one-off tasks (depth, breadth, learning,
// problem solving, collaboration, innovation).
var onceWeights = [6]float64{0.21, 0.12, 0.15, 0.22, 0.21, 0.09}

type goalInfo struct {
	idx     int         // in ds.Goals
	comp    int         // competency index
	from    domain.Date // created on
	doneOn  domain.Date // zero while active
	starter content.StarterGoal
}

type habit struct {
	idx     int // in ds.Tasks
	rep     domain.Repeat
	from    domain.Date
	until   domain.Date // archived on; zero while active
	base    float64     // how reliably it is kept
	planned int
	comp    int
	small   bool // a few minutes: kept up even on holiday sometimes
	last    bool // done on its last scheduled day
	plan    [7]bool
	extra   [7]bool // a make-up day for a missed N/week day
	week    domain.Date
}

// dayStat is what a day's reflection and its week's review report.
type dayStat struct {
	due, done          int
	habitDue, habitDue0 int // habitDue0: fixed-day habits only
	habitDone          int
	onceDone           int
	minutes            int
	comp               [6]int
	doneTitles         []string
	openTitles         []string
}

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
}

// Generate builds the dataset. It never reads the clock and iterates no
// map, so equal options give equal datasets.
func Generate(opts Options) domain.Dataset {
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

// --- calendar ---------------------------------------------------------

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
			m = pick3(x, 0.15, 0.45, weekGood, weekOK, weekBad)
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

// --- goals and habits ---------------------------------------------------

func (g *gen) makeGoals() {
	var byComp [6][]content.StarterGoal
	for _, sg := range g.coach.Goals {
		if c := domain.CompetencyIndex(sg.Competency); c >= 0 {
			byComp[c] = append(byComp[c], sg)
		}
	}
	for c := range 6 {
		if len(byComp[c]) > 0 {
			g.addGoal(byComp[c][g.r.IntN(len(byComp[c]))], c, g.start)
		}
	}
	if g.n < 28 || len(g.goals) == 0 {
		return
	}
	// One goal is reached about halfway; a new goal in the same competency
	// follows a little later.
	done := &g.goals[g.r.IntN(len(g.goals))]
	done.doneOn = g.frac(0.5 + 0.1*g.r.Float64())
	gl := &g.ds.Goals[done.idx]
	gl.Status = domain.StatusDone
	gl.Target = done.doneOn.AddDays(g.r.IntN(21))
	var next []content.StarterGoal
	for _, sg := range byComp[done.comp] {
		if sg.Key != done.starter.Key {
			next = append(next, sg)
		}
	}
	if len(next) > 0 {
		from := min(done.doneOn.AddDays(3+g.r.IntN(10)), g.today)
		g.addGoal(next[g.r.IntN(len(next))], done.comp, from)
	}
	// Two active goals have a target date ahead.
	for _, k := range g.r.Perm(len(g.goals))[:2] {
		if gi := g.goals[k]; gi.doneOn.IsZero() {
			g.ds.Goals[gi.idx].Target = g.today.AddDays(30 + g.r.IntN(150))
		}
	}
}

func (g *gen) addGoal(sg content.StarterGoal, comp int, from domain.Date) {
	id := uint64(len(g.ds.Goals) + 1)
	g.ds.Goals = append(g.ds.Goals, domain.Goal{
		ID: id, Title: sg.Title, Competency: domain.Competencies[comp], Why: sg.Why,
		Resources: slices.Clone(sg.Resources), Status: domain.StatusActive,
		Created: g.stamp(from, 8*60+int(id)*3),
	})
	g.goals = append(g.goals, goalInfo{idx: len(g.ds.Goals) - 1, comp: comp, from: from, starter: sg})
}

// goalFor is the id of the goal a task of competency comp created on d
// belongs to, or 0.
func (g *gen) goalFor(comp int, d domain.Date) (uint64, bool) {
	for i := len(g.goals) - 1; i >= 0; i-- {
		gi := g.goals[i]
		if gi.comp == comp && gi.from <= d && (gi.doneOn.IsZero() || d < gi.doneOn) {
			return g.ds.Goals[gi.idx].ID, true
		}
	}
	return 0, false
}

func (g *gen) goalByKey(key string) (goalInfo, bool) {
	for _, gi := range g.goals {
		if key != "" && gi.starter.Key == key {
			return gi, true
		}
	}
	return goalInfo{}, false
}

// makeHabits creates about eight habits at the start, chosen from the
// starter tasks with every kind of schedule, and returns the habits that
// begin later. One or two habits are archived midway.
func (g *gen) makeHabits() []habit {
	var cands []content.StarterTask
	for _, st := range g.coach.Tasks {
		if r, err := domain.ParseRepeat(st.Repeat); err == nil && r.Recurring() && domain.CompetencyIndex(st.Competency) >= 0 {
			cands = append(cands, st)
		}
	}
	g.r.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	linked := func(st content.StarterTask) bool {
		gi, ok := g.goalByKey(st.Goal)
		return ok && gi.from == g.start
	}
	slices.SortStableFunc(cands, func(a, b content.StarterTask) int {
		return cmp.Compare(b2i(!linked(a)), b2i(!linked(b)))
	})
	used := make([]bool, len(cands))
	var chosen []int
	take := func(ok func(content.StarterTask) bool) {
		for i, st := range cands {
			if !used[i] && ok(st) {
				used[i] = true
				chosen = append(chosen, i)
				return
			}
		}
	}
	for _, kind := range []domain.RepeatKind{domain.Daily, domain.Weekdays, domain.OnDays, domain.PerWeek} {
		take(func(st content.StarterTask) bool { r, _ := domain.ParseRepeat(st.Repeat); return r.Kind == kind })
	}
	var comps [6]int
	for _, i := range chosen {
		comps[domain.CompetencyIndex(cands[i].Competency)]++
	}
	for len(chosen) < 8 && len(chosen) < len(cands) { // cover the competencies first
		before := len(chosen)
		take(func(st content.StarterTask) bool { return comps[domain.CompetencyIndex(st.Competency)] == 0 })
		if len(chosen) == before {
			take(func(content.StarterTask) bool { return true })
		}
		comps[domain.CompetencyIndex(cands[chosen[len(chosen)-1]].Competency)]++
	}
	for _, i := range chosen {
		g.addHabit(g.newHabit(cands[i], g.start))
	}
	if g.n < 28 {
		return nil
	}
	// Archive the habits of the goal that gets done, on that day, and drop
	// one more habit about a third of the way in.
	archived := 0
	for k := range g.habits {
		h := &g.habits[k]
		gid := g.ds.Tasks[h.idx].GoalID
		for _, gi := range g.goals {
			if !gi.doneOn.IsZero() && g.ds.Goals[gi.idx].ID == gid && archived < 2 {
				g.archive(h, gi.doneOn)
				archived++
			}
		}
	}
	for archived < 2 {
		k := g.r.IntN(len(g.habits))
		if g.habits[k].until.IsZero() {
			g.archive(&g.habits[k], g.frac(0.3+0.1*g.r.Float64()))
			archived++
		}
		if archived == 1 && g.r.IntN(2) == 0 {
			break
		}
	}
	// Two habits begin later: one for the newest goal when it has one.
	var later []habit
	newest := g.goals[len(g.goals)-1]
	addLater := func(st content.StarterTask, from domain.Date) {
		later = append(later, g.newHabit(st, from))
	}
	for i, st := range cands {
		if !used[i] && newest.from > g.start && st.Goal == newest.starter.Key {
			used[i] = true
			addLater(st, newest.from)
			break
		}
	}
	for i, st := range cands {
		if len(later) == 2 {
			break
		}
		if _, ok := g.goalByKey(st.Goal); !used[i] && (st.Goal == "" || ok) {
			used[i] = true
			addLater(st, g.frac(0.65+0.1*g.r.Float64()))
		}
	}
	slices.SortStableFunc(later, func(a, b habit) int { return cmp.Compare(a.from, b.from) })
	return later
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (g *gen) newHabit(st content.StarterTask, from domain.Date) habit {
	r, _ := domain.ParseRepeat(st.Repeat)
	comp := domain.CompetencyIndex(st.Competency)
	t := domain.Task{
		Title: st.Title, Competency: st.Competency, Repeat: r.String(), Minutes: st.Minutes,
		Created: g.stamp(from, 8*60+30),
	}
	if gi, ok := g.goalByKey(st.Goal); ok && gi.from <= from && (gi.doneOn.IsZero() || from < gi.doneOn) {
		t.GoalID = g.ds.Goals[gi.idx].ID
	}
	g.ds.Tasks = append(g.ds.Tasks, t) // placeholder; addHabit assigns the id
	g.ds.Tasks = g.ds.Tasks[:len(g.ds.Tasks)-1]
	return habit{
		idx: -1, rep: r, from: from, base: 0.84 + 0.11*g.r.Float64(), planned: st.Minutes, comp: comp,
		small: st.Minutes > 0 && st.Minutes <= 10, last: true, pendingTask: t,
	}
}
