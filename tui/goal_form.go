package tui

import (
	"errors"
	"strings"

	"coach/content"
	"coach/domain"
	"coach/sanitize"
)

// Field positions of the goal form.
const (
	gfTitle = iota
	gfCompetency
	gfWhy
	gfTarget
	gfMeasure
	gfResources
)

// goalForm edits a goal; goal.ID is 0 for a new one.
type goalForm struct {
	*form
	goal domain.Goal
	kept []string // the resources behind the field's lines, as stored
}

func newGoalForm(sh *shared, g domain.Goal) *goalForm {
	ui := sh.ui.Goals
	title := ui.NewGoal
	if g.ID != 0 {
		title = ui.EditGoal
	}
	comps := content.CompetencyNames(sh.lang)
	f := newForm(sh, title,
		newTextField(ui.Title, g.Title, "", domain.MaxTitle),
		newChoiceField(ui.Competency, comps, domain.CompetencyIndex(g.Competency)),
		newAreaField(ui.Why, g.Why, "", 0),
		newDateField(ui.Target, g.Target.String(), "YYYY-MM-DD"),
		newTextField(ui.Measure, ui.FormatMeasure(g.Measure), ui.MeasureHint, measureChars),
		newAreaField(ui.Resources, strings.Join(shownResources(g.Resources), "\n"), ui.ResourcesHint, 0),
	)
	return &goalForm{form: f, goal: g, kept: g.Resources}
}

// result reads the form into a goal, setting each field's error.
func (gf *goalForm) result(today domain.Date) (domain.Goal, bool) {
	f := gf.form
	g := gf.goal
	pui := gf.sh.ui.Problems
	f.clearErrors()
	var err error
	if g.Title, err = domain.CleanTitle(f.fields[gfTitle].value()); err != nil {
		f.fields[gfTitle].err = explain(pui, err, nil)
	}
	g.Competency = domain.Competencies[f.choice(gfCompetency)]
	g.Why = f.fields[gfWhy].value()
	g.Target = 0
	if v := strings.TrimSpace(f.fields[gfTarget].value()); v != "" {
		if g.Target, err = domain.ParseDate(v, today, true); err != nil {
			f.fields[gfTarget].err = explain(pui, err, nil)
		}
	}
	if g.Measure, err = gf.measure(); err != nil {
		f.fields[gfMeasure].err = explain(pui, err, nil)
	}
	g.Resources = gf.resources()
	if _, err := domain.CleanGoal(g); err != nil && !f.hasErrors() {
		// a limit of the why or the resources shows under that field
		var p *domain.Problem
		switch {
		case errors.As(err, &p) && p.Rule == domain.TooLong && p.Field == "why":
			f.fields[gfWhy].err = explain(pui, err, nil)
		case errors.As(err, &p) && (p.Rule == domain.TooManyResources || p.Rule == domain.TooLong && p.Field == "resource"):
			f.fields[gfResources].err = explain(pui, err, nil)
		case errors.As(err, &p) && (p.Field == "unit" || p.Field == "amount" || isMeasureRule(p.Rule)):
			f.fields[gfMeasure].err = explain(pui, err, nil)
		default:
			f.err = explain(pui, err, nil)
		}
	}
	return g, !f.hasErrors()
}

// measureChars bounds the target field: a number, a space and a unit.
const measureChars = 10 + domain.MaxUnit

// measure reads the target field; empty clears the target. (An amount
// target keeps what was counted so far: store.UpdateGoal sees to it.)
func (gf *goalForm) measure() (domain.Measure, error) {
	m, err := domain.ParseMeasure(gf.fields[gfMeasure].value())
	if err != nil {
		return domain.Measure{}, err
	}
	return m, nil
}

// isMeasureRule reports whether rule is one of a measurable target's.
func isMeasureRule(rule domain.Rule) bool {
	switch rule {
	case domain.MeasureSyntax, domain.MeasureRange, domain.MeasureUnit, domain.MeasureKind:
		return true
	}
	return false
}

// shownResources is each resource as one line, as the form shows it.
func shownResources(rs []string) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = inputSafe(sanitize.Line(r), false)
	}
	return out
}

// resources reads the resources field, one per line. A line the user left
// as it was shown is the stored resource, line breaks and all.
func (gf *goalForm) resources() []string {
	area := gf.fields[gfResources].input.(*areaInput)
	if area.untouched() {
		return gf.kept
	}
	stored := map[string][]string{}
	for i, shown := range shownResources(gf.kept) {
		stored[shown] = append(stored[shown], gf.kept[i])
	}
	var out []string
	for _, line := range strings.Split(area.state(), "\n") {
		if raws := stored[line]; len(raws) > 0 {
			out, stored[line] = append(out, raws[0]), raws[1:]
		} else if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}
