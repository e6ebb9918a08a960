package domain

// Window is the look-back of goal progress and competency balance.
const Window = 28

// TaskProgress is one task's share of its goal's progress, 0–1: a one-off
// task counts 1 when done; a recurring one counts how well it was kept
// over the last Window days (see HabitKept).
func TaskProgress(t Task, done []Date, today Date) float64 {
	if !t.Schedule().Recurring() {
		if len(done) > 0 {
			return 1
		}
		return 0
	}
	kept, due := HabitKept(t, done, today)
	if due == 0 {
		return 0
	}
	return float64(kept) / float64(due)
}

// HabitKept counts a habit's due check-ins over the last Window days (from
// its creation if later) and how many of them were kept: check-ins on
// scheduled days (any day for N/week), at most the number due. A tick on
// an unscheduled day is extra and never lifts the figure.
func HabitKept(t Task, done []Date, today Date) (kept, due int) {
	r := t.Schedule()
	from := max(today-Window+1, t.CreatedOn())
	due = DueCount(r, from, today)
	for _, d := range done {
		if d >= from && d <= today && (r.Kind == PerWeek || r.ScheduledOn(d)) {
			kept++
		}
	}
	return min(kept, due), due
}

// DueCount is how many check-ins a recurring schedule expects from `from`
// to `to`, both included. N/week expects N for each whole week and a
// proportional share of a partial one.
func DueCount(r Repeat, from, to Date) int {
	if to < from {
		return 0
	}
	if r.Kind == PerWeek {
		days := int(to-from) + 1
		return (days*r.N + 6) / 7
	}
	n := 0
	for d := from; d <= to; d++ {
		if r.ScheduledOn(d) {
			n++
		}
	}
	return n
}

// GoalProgressOf is the progress of a goal as one share, kept for the
// scripts that read `coach goals --json`; a goal marked done is complete
// whatever its tasks say. It weighs two parts equally when a goal has
// both: the share of its one-off tasks done, and the mean adherence of its
// habits over the last Window days (done holds at least those days'
// check-ins). Hundreds of finished one-off tasks must not
// drown out a habit that has stalled, nor the other way round.
func GoalProgressOf(g Goal, habits []Task, done map[uint64][]Date, onceDone, onceTotal int, today Date) float64 {
	if g.Status == StatusDone {
		return 1
	}
	var parts []float64
	if onceTotal > 0 {
		parts = append(parts, float64(onceDone)/float64(onceTotal))
	}
	if len(habits) > 0 {
		sum := 0.0
		for _, t := range habits {
			sum += TaskProgress(t, done[t.ID], today)
		}
		parts = append(parts, sum/float64(len(habits)))
	}
	if len(parts) == 0 {
		return 0
	}
	total := 0.0
	for _, p := range parts {
		total += p
	}
	return total / float64(len(parts))
}

// Which figure a goal's line shows.
const (
	FigureNone   = ""       // the goal has no live task
	FigureTasks  = "tasks"  // one-off tasks done of total
	FigureHabits = "habits" // habits kept over the last Window days
	FigureTarget = "target" // the goal's measurable target
)

// Figures are a goal's progress as named counts, never one blended share.
type Figures struct {
	OnceDone, OnceTotal int // one-off tasks done, and all of them
	Habits              int // live habits
	Kept, Due           int // the habits' check-ins kept and due (HabitKept, summed)
	Measure             Measure
	Reached             int // toward Measure (Measure.Reached)
}

// WithMeasure is f with goal g's measurable target, given the check-ins
// of all of g's tasks and their minutes, archived tasks and all days
// included: work done stays done.
func (f Figures) WithMeasure(g Goal, checkIns, minutes int) Figures {
	f.Measure = g.Measure
	f.Reached = g.Measure.Reached(checkIns, minutes)
	return f
}

// HabitsKept is Kept over Due, 0–1; 0 while nothing is due yet.
func (f Figures) HabitsKept() float64 {
	if f.Due == 0 {
		return 0
	}
	return float64(f.Kept) / float64(f.Due)
}

// Shown is the figure that fits the goal: the target the user set for it,
// else its habits when it has any (the work that goes on), else its
// one-off tasks.
func (f Figures) Shown() string {
	switch {
	case !f.Measure.IsZero():
		return FigureTarget
	case f.Habits > 0:
		return FigureHabits
	case f.OnceTotal > 0:
		return FigureTasks
	}
	return FigureNone
}

// Share is the shown figure as 0–1, for a bar.
func (f Figures) Share() float64 {
	switch f.Shown() {
	case FigureTarget:
		return min(float64(f.Reached)/float64(f.Measure.Target), 1)
	case FigureHabits:
		return f.HabitsKept()
	case FigureTasks:
		return float64(f.OnceDone) / float64(f.OnceTotal)
	}
	return 0
}

// GoalFiguresOf counts a goal's figures from its live habits and its
// one-off counts; done holds at least the last Window days of check-ins.
func GoalFiguresOf(habits []Task, done map[uint64][]Date, onceDone, onceTotal int, today Date) Figures {
	f := Figures{OnceDone: onceDone, OnceTotal: onceTotal, Habits: len(habits)}
	for _, t := range habits {
		k, d := HabitKept(t, done[t.ID], today)
		f.Kept += k
		f.Due += d
	}
	return f
}
