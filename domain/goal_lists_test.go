package domain

// The whole-list forms of GoalProgressOf and GoalFiguresOf, which the
// tests use to state a goal's tasks plainly; the program reads the counts
// from the store's goal index instead.

// GoalProgress is GoalProgressOf from a full task list, archived tasks
// left out.
func GoalProgress(g Goal, tasks []Task, doneByTask map[uint64][]Date, today Date) float64 {
	habits, onceDone, onceTotal := goalTasks(g, tasks, doneByTask)
	return GoalProgressOf(g, habits, doneByTask, onceDone, onceTotal, today)
}

// goalTasks splits goal g's live tasks into its habits and the counts of
// its one-off tasks, done and all.
func goalTasks(g Goal, tasks []Task, done map[uint64][]Date) (habits []Task, onceDone, onceTotal int) {
	for _, t := range tasks {
		if t.GoalID != g.ID || t.Archived {
			continue
		}
		if t.Schedule().Recurring() {
			habits = append(habits, t)
			continue
		}
		onceTotal++
		if len(done[t.ID]) > 0 {
			onceDone++
		}
	}
	return habits, onceDone, onceTotal
}

// GoalFigures counts the figures of goal g from a full task list, archived
// tasks left out.
func GoalFigures(g Goal, tasks []Task, done map[uint64][]Date, today Date) Figures {
	habits, onceDone, onceTotal := goalTasks(g, tasks, done)
	return GoalFiguresOf(habits, done, onceDone, onceTotal, today)
}
