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
	task    domain.Task // until addHabit stores it
	idx     int         // in ds.Tasks
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
	due, done  int
	habitDue   int
	habitDone  int
	onceDone   int
	minutes    int
	comp       [6]int
	doneTitles []string
	openTitles []string
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
	// overdue counts the one-off tasks of the last days left open
	overdue int
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
	// The dropped habits are ones whose competency keeps another habit.
	for _, k := range g.r.Perm(len(g.habits)) {
		if archived == 2 || archived == 1 && g.r.IntN(2) == 0 {
			break
		}
		h := &g.habits[k]
		others := 0
		for _, o := range g.habits {
			others += b2i(o.comp == h.comp && o.until.IsZero())
		}
		if h.until.IsZero() && others >= 2 {
			g.archive(h, g.frac(0.3+0.1*g.r.Float64()))
			archived++
		}
	}
	// Two habits begin later: one for the newest goal when it has one, then
	// one for a competency left without a habit, so that each competency
	// ends with a habit where the starter tasks allow.
	var later []habit
	var covered [6]bool
	for _, h := range g.habits {
		covered[h.comp] = covered[h.comp] || h.until.IsZero()
	}
	newest := g.goals[len(g.goals)-1]
	addLater := func(from domain.Date, ok func(content.StarterTask) bool) {
		for i, st := range cands {
			if _, known := g.goalByKey(st.Goal); !used[i] && (st.Goal == "" || known) && ok(st) {
				used[i] = true
				h := g.newHabit(st, from)
				covered[h.comp] = true
				later = append(later, h)
				return
			}
		}
	}
	if newest.from > g.start {
		addLater(newest.from, func(st content.StarterTask) bool { return st.Goal == newest.starter.Key })
	}
	from := g.frac(0.65 + 0.1*g.r.Float64())
	for _, ok := range []func(content.StarterTask) bool{
		func(st content.StarterTask) bool { return !covered[domain.CompetencyIndex(st.Competency)] },
		func(content.StarterTask) bool { return true },
	} {
		for len(later) < 2 {
			before := len(later)
			addLater(from, ok)
			if len(later) == before {
				break
			}
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
	t := domain.Task{
		Title: st.Title, Competency: st.Competency, Repeat: r.String(), Minutes: st.Minutes,
		Created: g.stamp(from, 8*60+30),
	}
	if gi, ok := g.goalByKey(st.Goal); ok && gi.from <= from && (gi.doneOn.IsZero() || from < gi.doneOn) {
		t.GoalID = g.ds.Goals[gi.idx].ID
	}
	return habit{
		task: t, idx: -1, rep: r, from: from, base: 0.82 + 0.05*g.r.Float64(), planned: st.Minutes,
		comp: domain.CompetencyIndex(st.Competency), small: st.Minutes > 0 && st.Minutes <= 10, last: true,
	}
}

// addHabit stores the habit's task with the next id.
func (g *gen) addHabit(h habit) {
	h.task.ID = uint64(len(g.ds.Tasks) + 1)
	h.task.Created = h.task.Created.Add(time.Duration(len(g.habits)) * time.Minute)
	h.idx = len(g.ds.Tasks)
	g.ds.Tasks = append(g.ds.Tasks, h.task)
	g.habits = append(g.habits, h)
}

func (g *gen) archive(h *habit, on domain.Date) {
	on = max(on, h.from.AddDays(1))
	h.until = on
	t := &g.ds.Tasks[h.idx]
	t.Archived, t.ArchivedOn = true, on
}

// planStarterOnce schedules the starter one-off tasks of each goal in the
// weeks after the goal is set.
func (g *gen) planStarterOnce() {
	for _, st := range g.coach.Tasks {
		if st.Repeat != "once" {
			continue
		}
		gi, ok := g.goalByKey(st.Goal)
		if !ok {
			continue
		}
		d := gi.from.AddDays(3 + g.r.IntN(40))
		if !gi.doneOn.IsZero() && d >= gi.doneOn {
			d = gi.from.AddDays(int(gi.doneOn-gi.from) / 2)
		}
		if i := int(d - g.start); i >= 0 && i < g.n && d < g.today {
			g.extra[i] = append(g.extra[i], st)
		}
	}
}

// --- a day ---------------------------------------------------------------

var moodFactor = [3]float64{1.04, 0.97, 0.7}

func (g *gen) doHabits(i int, d domain.Date) {
	mood := g.mood[g.weekIndex(d)]
	st := &g.days[i]
	for k := range g.habits {
		h := &g.habits[k]
		if d < h.from || !h.until.IsZero() && d >= h.until {
			continue
		}
		var scheduled, makeup bool
		slot := int(d - d.Monday())
		if h.rep.Kind == domain.PerWeek {
			if h.week != d.Monday() { // plan the week: N days from the first active one
				h.week, h.plan, h.extra = d.Monday(), [7]bool{}, [7]bool{}
				avail := 7 - slot
				for j, p := range g.r.Perm(avail) {
					if j < h.rep.N {
						h.plan[slot+p] = true
					}
				}
			}
			scheduled, makeup = h.plan[slot], h.extra[slot]
		} else {
			scheduled = h.rep.ScheduledOn(d)
		}
		if !scheduled && !makeup {
			continue
		}
		p := h.base * moodFactor[mood]
		if h.last {
			p += 0.05
		} else {
			p -= 0.12
		}
		switch {
		case g.rest[i]:
			p = 0
			if h.small {
				p = 0.1
			}
		case makeup:
			p *= 0.7
		}
		if d == g.today {
			p *= 0.45 // the day is not over yet
		}
		done := g.r.Float64() < p
		if scheduled {
			h.last = done
			st.habitDue++
			st.due++
			if !done && h.rep.Kind == domain.PerWeek && slot < 6 && g.r.Float64() < 0.45 {
				if j := slot + 1 + g.r.IntN(6-slot); !h.plan[j] {
					h.extra[j] = true
				}
			}
		}
		if done {
			st.habitDone++
			st.done++
			g.checkIn(i, h.idx, d, h.planned, h.comp, "")
		}
	}
}

// checkIn records task idx done on day d (day index i).
func (g *gen) checkIn(i, idx int, d domain.Date, planned, comp int, title string) {
	m := 0
	switch {
	case planned > 0:
		m = int(math.Round(float64(planned) * math.Exp(0.28*g.r.NormFloat64())))
		if m >= 15 {
			m = (m + 2) / 5 * 5
		}
		m = min(max(m, 1), domain.MaxMinutes)
	case g.r.Float64() < 0.4:
		m = 10 + 5*g.r.IntN(7)
	}
	note := ""
	if g.r.Float64() < 0.04 {
		note = g.phrase(g.book.checkNotes, nil)
	}
	g.ds.CheckIns = append(g.ds.CheckIns, domain.CheckIn{TaskID: g.ds.Tasks[idx].ID, Date: d, Minutes: m, Note: note})
	st := &g.days[i]
	st.minutes += m
	st.comp[comp]++
	if title != "" {
		st.doneTitles = append(st.doneTitles, title)
	}
}

var onceMinutes = []int{0, 15, 20, 30, 30, 45, 45, 60, 90}

// doOnce creates the day's one-off tasks and decides when each is done.
func (g *gen) doOnce(i int, d domain.Date) {
	w := g.weekIndex(d)
	mood := g.mood[w]
	count := 0
	switch wd := d.Weekday(); {
	case g.rest[i]:
		count = b2i(g.r.Float64() < 0.2)
	case wd == time.Saturday || wd == time.Sunday:
		count = g.r.IntN(5)
	default:
		count = 3 + g.r.IntN(7)
		if mood == weekBad {
			count--
		}
	}
	type spec struct {
		title   string
		comp    int
		goal    uint64
		minutes int
	}
	var specs []spec
	for _, st := range g.extra[i] {
		gi, _ := g.goalByKey(st.Goal)
		specs = append(specs, spec{st.Title, gi.comp, g.ds.Goals[gi.idx].ID, st.Minutes})
	}
	for range count {
		c := g.pickComp(w)
		s := spec{title: g.phrase(g.book.once[c], nil), comp: c, minutes: onceMinutes[g.r.IntN(len(onceMinutes))]}
		for try := 0; try < 4 && slices.ContainsFunc(specs, func(o spec) bool { return o.title == s.title }); try++ {
			s.title = g.phrase(g.book.once[c], nil)
		}
		if id, ok := g.goalFor(c, d); ok && g.r.Float64() < 0.3 {
			s.goal = id
		}
		specs = append(specs, s)
	}
	for k, s := range specs {
		t := domain.Task{
			ID: uint64(len(g.ds.Tasks) + 1), Title: s.title, GoalID: s.goal, Competency: domain.Competencies[s.comp],
			Repeat: "once", Due: d, Minutes: s.minutes, Created: g.stamp(d, 9*60+k*11+g.r.IntN(10)),
		}
		if g.r.Float64() < 0.04 {
			t.Notes = g.phrase(g.book.taskNotes, nil)
		}
		idx := len(g.ds.Tasks)
		g.ds.Tasks = append(g.ds.Tasks, t)
		g.days[i].due++
		late := 0 // days after due it gets done; -1 never
		x := g.r.Float64()
		switch {
		case d == g.today:
			late = -1
			if x < 0.45 {
				late = 0
			}
		case x < [3]float64{0.87, 0.80, 0.62}[mood]:
		case x < [3]float64{0.96, 0.93, 0.84}[mood]:
			late = 1 + g.r.IntN(3)
		default:
			late = -1
		}
		if late > 0 && d.AddDays(late) == g.today && g.r.IntN(2) == 0 {
			late = -1
		}
		if d < g.today && d >= g.today.AddDays(-3) && g.overdue < 2 {
			late = -1 // a few tasks are always carried over into today
		}
		if late < 0 || d.AddDays(late) > g.today {
			g.days[i].openTitles = append(g.days[i].openTitles, s.title)
			switch {
			case d < g.today.AddDays(-5): // dropped long ago: archived, not carried over for years
				on := min(d.AddDays(1+g.r.IntN(14)), g.today)
				g.ds.Tasks[idx].Archived, g.ds.Tasks[idx].ArchivedOn = true, on
			case d < g.today:
				g.overdue++
			}
			continue
		}
		j := i + late
		if late > 0 {
			g.days[i].openTitles = append(g.days[i].openTitles, s.title)
			g.days[j].due++
		}
		g.days[j].done++
		g.days[j].onceDone++
		g.checkIn(j, idx, d.AddDays(late), s.minutes, s.comp, s.title)
	}
}

func (g *gen) pickComp(week int) int {
	var w [6]float64
	total := 0.0
	for c := range 6 {
		w[c] = onceWeights[c]
		if int(g.boost[week]) == c+1 {
			w[c] *= 1.7
		}
		total += w[c]
	}
	x := g.r.Float64() * total
	for c := range 6 {
		if x < w[c] {
			return c
		}
		x -= w[c]
	}
	return 5
}

// planAhead adds a few one-off tasks due in the coming days.
func (g *gen) planAhead() {
	n := 2 + g.r.IntN(3)
	for k := range n {
		c := g.pickComp(g.weekIndex(g.today))
		g.ds.Tasks = append(g.ds.Tasks, domain.Task{
			ID: uint64(len(g.ds.Tasks) + 1), Title: g.phrase(g.book.once[c], nil), Competency: domain.Competencies[c],
			Repeat: "once", Due: g.today.AddDays(1 + g.r.IntN(5)), Minutes: onceMinutes[g.r.IntN(len(onceMinutes))],
			Created: g.stamp(g.today, 17*60+k*4),
		})
	}
}

// --- the journal ----------------------------------------------------------

func (g *gen) reflect(i int, d domain.Date) {
	mood := g.mood[g.weekIndex(d)]
	p := [3]float64{0.97, 0.95, 0.9}[mood]
	if g.rest[i] {
		p = 0.25
	}
	if g.r.Float64() >= p {
		return
	}
	st := &g.days[i]
	completion := 0.7
	if st.due > 0 {
		completion = min(float64(st.done)/float64(st.due), 1)
	}
	x := 1.6 + 2.3*completion + [3]float64{0.2, 0, -0.3}[mood] + 0.7*g.r.NormFloat64()
	if g.rest[i] {
		x = 3.6 + 0.8*g.r.NormFloat64()
	}
	r := domain.Reflection{Date: d, Rating: min(max(int(math.Round(x)), 1), 5)}
	top, second := topTwo(st.comp)
	if st.comp[top] == 0 {
		top, second = g.r.IntN(6), g.r.IntN(6)
	}
	tags := []string{pickStr(g.r, g.book.tags[top])}
	switch k := g.r.Float64(); {
	case k < 0.35:
	case k < 0.75:
		tags = append(tags, g.secondTag(second, r.Rating))
	default:
		tags = append(tags, g.secondTag(second, r.Rating), pickStr(g.r, g.book.tags[g.r.IntN(6)]))
	}
	r.Tags = dedupe(tags)
	if g.rest[i] {
		r.Learned = g.join(g.distinct(g.book.rest, 2))
		r.Idea = g.phrase(g.book.idea, st)
		r.Next = g.phrase(g.book.restNext, st)
	} else {
		f := g.reflectionText(st)
		r.Learned, r.Solved, r.Collaborated, r.Idea, r.Next = f[0], f[1], f[2], f[3], f[4]
	}
	g.ds.Reflections = append(g.ds.Reflections, r)
}

func (g *gen) secondTag(comp, rating int) string {
	switch {
	case rating >= 5:
		return pickStr(g.r, g.book.mood.good)
	case rating <= 2:
		return pickStr(g.r, g.book.mood.bad)
	}
	return pickStr(g.r, g.book.tags[comp])
}

func topTwo(c [6]int) (int, int) {
	a, b := 0, 1
	if c[b] > c[a] {
		a, b = b, a
	}
	for k := 2; k < 6; k++ {
		switch {
		case c[k] > c[a]:
			a, b = k, a
		case c[k] > c[b]:
			b = k
		}
	}
	return a, b
}

func dedupe(in []string) []string {
	out := in[:0]
	for _, s := range in {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

var fieldWeights = [5]float64{0.28, 0.26, 0.16, 0.10, 0.20}

// reflectionText writes the five fields, about 150 words in all, from the
// phrasebook's fragments.
func (g *gen) reflectionText(st *dayStat) [5]string {
	lists := [5][]string{g.book.learned, g.book.solved, g.book.collaborated, g.book.idea, g.book.next}
	target := min(max(143+22*g.r.NormFloat64(), 90), 220)
	var parts [5][]string
	var used [5]uint64
	length := 0.0
	add := func(f int) {
		list := lists[f]
		for range 6 {
			k := g.r.IntN(len(list))
			if used[f]&(1<<k) != 0 {
				continue
			}
			s, ok := g.fill(list[k], st)
			if !ok {
				continue
			}
			used[f] |= 1 << k
			parts[f] = append(parts[f], s)
			length += g.measure(s)
			return
		}
	}
	for f := range 5 {
		if f != 3 || g.r.Float64() < 0.8 {
			add(f)
		}
	}
	for length < target {
		x := g.r.Float64()
		f := 0
		for f < 4 && x >= fieldWeights[f] {
			x -= fieldWeights[f]
			f++
		}
		before := length
		add(f)
		if length == before && g.r.Float64() < 0.2 { // this field ran out of fresh fragments
			break
		}
	}
	var out [5]string
	for f := range 5 {
		out[f] = g.join(parts[f])
	}
	return out
}

func (g *gen) join(s []string) string { return strings.Join(s, g.book.sep) }

// measure is the length of s in words (Chinese: two characters a word).
func (g *gen) measure(s string) float64 {
	if g.book.words == 1 {
		return float64(strings.Count(s, " ") + 1)
	}
	return float64(utf8.RuneCountInString(s)) / g.book.words
}

// review writes the weekly review of the week that ends on Sunday d.
func (g *gen) review(i int, d domain.Date) {
	from := max(i-6, 0)
	if i-from < 3 {
		return
	}
	w := g.weekIndex(d)
	rest := 0
	var sum dayStat
	for k := from; k <= i; k++ {
		s := &g.days[k]
		rest += b2i(g.rest[k])
		sum.habitDue += s.habitDue
		sum.habitDone += s.habitDone
		sum.onceDone += s.onceDone
		sum.minutes += s.minutes
		for c := range 6 {
			sum.comp[c] += s.comp[c]
		}
	}
	p := [3]float64{0.9, 0.88, 0.65}[g.mood[w]]
	if rest >= 4 {
		p = 0.15
	}
	if g.r.Float64() >= p {
		return
	}
	best, _ := topTwo(sum.comp)
	weak := 0
	for c := range 6 {
		if sum.comp[c] < sum.comp[weak] {
			weak = c
		}
	}
	focus := weak
	if g.r.Float64() < 0.3 {
		focus = g.r.IntN(6)
	}
	if w+1 < len(g.boost) && g.r.Float64() < 0.6 {
		g.boost[w+1] = int8(focus + 1)
	}
	hp := 100
	if sum.habitDue > 0 {
		hp = int(math.Round(100 * float64(min(sum.habitDone, sum.habitDue)) / float64(sum.habitDue)))
	}
	ctx := &slotCtx{
		hd: min(sum.habitDone, sum.habitDue), hs: sum.habitDue, hp: hp, od: sum.onceDone, min: sum.minutes,
		best: content.CompetencyName(g.lang, domain.Competencies[best]),
		weak: content.CompetencyName(g.lang, domain.Competencies[weak]),
	}
	rv := domain.Review{Week: d.Week(), Focus: domain.Competencies[focus]}
	if hp < 70 {
		rv.WentWell = g.phraseCtx(g.book.roughWeek, ctx)
	} else {
		rv.WentWell = g.phraseCtx(g.book.wentWell, ctx)
		if g.r.Float64() < 0.5 {
			rv.WentWell += g.book.sep + pickStr(g.r, g.book.wentWellExtra)
		}
	}
	parts := []string{g.phraseCtx(g.book.adjust, ctx)}
	if hp >= 85 && g.r.Float64() < 0.4 {
		parts[0] = pickStr(g.r, g.book.keepPlan)
	} else if g.r.Float64() < 0.3 {
		if s := g.phraseCtx(g.book.adjust, ctx); s != parts[0] {
			parts = append(parts, s)
		}
	}
	rv.Adjust = g.join(parts)
	if g.r.Float64() < 0.5 {
		rv.Notes = g.phraseCtx(g.book.notes, ctx)
	}
	g.ds.Reviews = append(g.ds.Reviews, rv)
}

// --- templates --------------------------------------------------------------

// slotCtx carries the figures a template may name.
type slotCtx struct {
	day                 *dayStat
	best, weak          string
	hd, hs, hp, od, min int
}

func pickStr(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// distinct picks n different entries of list, in list order.
func (g *gen) distinct(list []string, n int) []string {
	var out []string
	for _, k := range g.r.Perm(len(list))[:min(n, len(list))] {
		s, _ := g.fill(list[k], nil)
		out = append(out, s)
	}
	return out
}

// phrase fills a random template of list that can be filled.
func (g *gen) phrase(list []string, day *dayStat) string {
	return g.phraseCtx(list, &slotCtx{day: day})
}

func (g *gen) phraseCtx(list []string, ctx *slotCtx) string {
	for range 8 {
		if s, ok := g.fillCtx(pickStr(g.r, list), ctx); ok {
			return s
		}
	}
	for _, t := range list { // only templates that need no task
		if s, ok := g.fillCtx(t, ctx); ok {
			return s
		}
	}
	return ""
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool { return r >= 0x3400 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff }

func isLatin(r rune) bool {
	return r < utf8.RuneSelf && (r >= '0' && r <= '9' || r|0x20 >= 'a' && r|0x20 <= 'z')
}

// spaceHan puts a space between Chinese characters and Latin letters or
// digits that meet, as Chinese technical writing does: 降低支付服务的 p99 延迟.
func spaceHan(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	prev := rune(0)
	for _, r := range s {
		if isHan(prev) && isLatin(r) || isLatin(prev) && isHan(r) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func (g *gen) fill(tpl string, day *dayStat) (string, bool) {
	return g.fillCtx(tpl, &slotCtx{day: day})
}

// fillCtx replaces each {slot} of tpl; ok is false when a slot has no value
// (no task done that day, say).
func (g *gen) fillCtx(tpl string, ctx *slotCtx) (string, bool) {
	s, ok := g.expand(tpl, ctx)
	if ok && g.book.words != 1 {
		s = spaceHan(s)
	}
	return s, ok
}

func (g *gen) expand(tpl string, ctx *slotCtx) (string, bool) {
	if strings.IndexByte(tpl, '{') < 0 {
		return tpl, true
	}
	var b strings.Builder
	b.Grow(len(tpl) + 32)
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			return b.String(), true
		}
		j := strings.IndexByte(tpl[i:], '}')
		if j < 0 {
			b.WriteString(tpl)
			return b.String(), true
		}
		b.WriteString(tpl[:i])
		v, ok := g.slot(tpl[i+1:i+j], ctx)
		if !ok {
			return "", false
		}
		b.WriteString(v)
		tpl = tpl[i+j+1:]
	}
}

func (g *gen) slot(name string, ctx *slotCtx) (string, bool) {
	num := func(lo, hi int) (string, bool) { return strconv.Itoa(lo + g.r.IntN(hi-lo+1)), true }
	var day *dayStat
	if ctx != nil {
		day = ctx.day
	}
	switch name {
	case "pr":
		return num(1000, 9999)
	case "n":
		return num(12, 480)
	case "lc":
		return num(1, 2500)
	case "ch":
		return num(1, 12)
	case "pct":
		return num(10, 60)
	case "task":
		if day == nil || len(day.doneTitles) == 0 {
			return "", false
		}
		return pickStr(g.r, day.doneTitles), true
	case "todo":
		if day == nil || len(day.openTitles) == 0 {
			return "", false
		}
		return pickStr(g.r, day.openTitles), true
	case "best", "weak":
		if ctx == nil || ctx.best == "" {
			return "", false
		}
		if name == "best" {
			return ctx.best, true
		}
		return ctx.weak, true
	case "hd", "hs", "hp", "od", "min":
		if ctx == nil || ctx.best == "" {
			return "", false
		}
		v := ctx.min
		switch name {
		case "hd":
			v = ctx.hd
		case "hs":
			v = ctx.hs
		case "hp":
			v = ctx.hp
		case "od":
			v = ctx.od
		}
		return strconv.Itoa(v), true
	}
	list := g.book.vocab[name]
	if len(list) == 0 {
		return "", false
	}
	return pickStr(g.r, list), true
}
