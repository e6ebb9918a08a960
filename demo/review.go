package demo

import (
	"math"

	"coach/content"
	"coach/domain"
)

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
	ctx := slotCtx{week: &weekFigures{
		habitsDone: min(sum.habitDone, sum.habitDue), habitsDue: sum.habitDue, habitsPct: hp,
		onceDone: sum.onceDone, minutesPractice: sum.minutes,
		best: content.CompetencyName(g.lang, domain.Competencies[best]),
		weak: content.CompetencyName(g.lang, domain.Competencies[weak]),
	}}
	rv := domain.Review{Week: d.Week(), Focus: domain.Competencies[focus]}
	if hp < 70 {
		rv.WentWell = g.phrase(g.book.roughWeek, ctx)
	} else {
		rv.WentWell = g.phrase(g.book.wentWell, ctx)
		if g.r.Float64() < 0.5 {
			rv.WentWell += g.book.sep + pickStr(g.r, g.book.wentWellExtra)
		}
	}
	parts := []string{g.phrase(g.book.adjust, ctx)}
	if hp >= 85 && g.r.Float64() < 0.4 {
		parts[0] = pickStr(g.r, g.book.keepPlan)
	} else if g.r.Float64() < 0.3 {
		if s := g.phrase(g.book.adjust, ctx); s != parts[0] {
			parts = append(parts, s)
		}
	}
	rv.Adjust = g.join(parts)
	if g.r.Float64() < 0.5 {
		rv.Notes = g.phrase(g.book.notes, ctx)
	}
	g.ds.Reviews = append(g.ds.Reviews, rv)
}
