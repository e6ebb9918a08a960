package domain

// Window is the look-back of goal progress and competency balance.
const Window = 28

// TaskProgress is one task's share of its goal's progress, 0–1: a one-off
// task counts 1 when done; a recurring one counts its adherence over the
// last Window days (check-ins over scheduled days, at most 1).
func TaskProgress(t Task, done []Date, today Date) float64 {
	r := t.Schedule()
	if !r.Recurring() {
		if len(done) > 0 {
			return 1
		}
		return 0
	}
	from := max(today-Window+1, t.CreatedOn())
	due := DueCount(r, from, today)
	if due == 0 {
		return 0
	}
	n := 0
	for _, d := range done {
		if d >= from && d <= today {
			n++
		}
	}
	return min(1, float64(n)/float64(due))
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

// GoalProgress is the mean progress of a goal's tasks, archived ones left
// out; a goal marked done is complete whatever its tasks say.
func GoalProgress(g Goal, tasks []Task, doneByTask map[uint64][]Date, today Date) float64 {
	var habits []Task
	onceDone, onceTotal := 0, 0
	for _, t := range tasks {
		if t.GoalID != g.ID || t.Archived {
			continue
		}
		if t.Schedule().Recurring() {
			habits = append(habits, t)
			continue
		}
		onceTotal++
		if len(doneByTask[t.ID]) > 0 {
			onceDone++
		}
	}
	return GoalProgressOf(g, habits, doneByTask, onceDone, onceTotal, today)
}

// GoalProgressOf is GoalProgress from counts. It weighs two parts equally
// when a goal has both: the share of its one-off tasks done, and the mean
// adherence of its habits over the last Window days (done holds at least
// those days' check-ins). Hundreds of finished one-off tasks must not
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
