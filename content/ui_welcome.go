package content

import "fmt"

// WelcomeUI is the first-start welcome with its pick of starter goals.
type WelcomeUI struct {
	Title    string
	Selected string // "%s and %s selected": the goals and the tasks (Count)
	Added    string // "Added %s and %s"
	// One goal, several goals; one task, several tasks. Chinese says both
	// alike.
	Goal, Goals, Task, Tasks string
	Once                     string // the schedule of a one-off starter task
}

// SelectedText says how many goals and tasks are picked.
func (u WelcomeUI) SelectedText(goals, tasks int) string {
	return fmt.Sprintf(u.Selected, u.goals(goals), u.tasks(tasks))
}

// AddedText says how many goals and tasks the pick added.
func (u WelcomeUI) AddedText(goals, tasks int) string {
	return fmt.Sprintf(u.Added, u.goals(goals), u.tasks(tasks))
}

func (u WelcomeUI) goals(n int) string { return countOf(n, u.Goal, u.Goals) }
func (u WelcomeUI) tasks(n int) string { return countOf(n, u.Task, u.Tasks) }

// countOf is n with the singular form one ("%d goal") or the plural many.
func countOf(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf(one, n)
	}
	return fmt.Sprintf(many, n)
}

var welcomeEN = WelcomeUI{
	Title:    "Getting started",
	Selected: "%s and %s selected",
	Added:    "Added %s and %s",
	Goal:     "%d goal",
	Goals:    "%d goals",
	Task:     "%d task",
	Tasks:    "%d tasks",
	Once:     "once",
}

var welcomeZH = WelcomeUI{
	Title:    "开始使用",
	Selected: "已选 %s、%s",
	Added:    "已添加 %s、%s",
	Goal:     "%d 个目标",
	Goals:    "%d 个目标",
	Task:     "%d 个任务",
	Tasks:    "%d 个任务",
	Once:     "一次",
}
