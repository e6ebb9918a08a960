package demo

import (
	"cmp"
	"slices"
	"time"

	"coach/content"
	"coach/domain"
)

// habit is a recurring task and how the user keeps it up.
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

// moodFactor scales how reliably habits are kept in good, ordinary and bad
// weeks.
var moodFactor = [3]float64{1.04, 0.97, 0.7}

// doHabits decides which habits due on day d (day index i) are kept.
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
