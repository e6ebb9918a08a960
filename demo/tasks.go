package demo

import (
	"math"
	"slices"
	"time"

	"coach/domain"
)

// Per-competency share of one-off tasks (depth, breadth, learning,
// problem solving, collaboration, innovation).
var onceWeights = [6]float64{0.21, 0.12, 0.15, 0.22, 0.21, 0.09}

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
		note = g.phrase(g.book.checkNotes, slotCtx{})
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
		s := spec{title: g.phrase(g.book.once[c], slotCtx{}), comp: c, minutes: onceMinutes[g.r.IntN(len(onceMinutes))]}
		for try := 0; try < 4 && slices.ContainsFunc(specs, func(o spec) bool { return o.title == s.title }); try++ {
			s.title = g.phrase(g.book.once[c], slotCtx{})
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
			t.Notes = g.phrase(g.book.taskNotes, slotCtx{})
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
			ID: uint64(len(g.ds.Tasks) + 1), Title: g.phrase(g.book.once[c], slotCtx{}), Competency: domain.Competencies[c],
			Repeat: "once", Due: g.today.AddDays(1 + g.r.IntN(5)), Minutes: onceMinutes[g.r.IntN(len(onceMinutes))],
			Created: g.stamp(g.today, 17*60+k*4),
		})
	}
}
