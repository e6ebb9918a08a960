package demo

import (
	"slices"

	"coach/content"
	"coach/domain"
)

// goalInfo is a goal and the days it was active.
type goalInfo struct {
	idx     int         // in ds.Goals
	comp    int         // competency index
	from    domain.Date // created on
	doneOn  domain.Date // zero while active
	starter content.StarterGoal
}

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
