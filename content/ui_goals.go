package content

import (
	"fmt"
	"math"

	"coach/domain"
)

// GoalsUI is the Goals screen, the goal form and a goal's detail.
type GoalsUI struct {
	Empty          string
	NewGoal        string
	EditGoal       string
	Title          string
	Competency     string
	Why            string
	Target         string
	Measure        string // the form's field of the measurable target
	MeasureHint    string
	CheckInsWord   string // what a target of check-ins counts: "40 check-ins"
	MinutesWord    string // what a target of minutes counts: "600 minutes"
	FigTarget      string // "%d/%s": reached of the target, "17/40 problems"
	TargetLine     string // "Target: %d of %s (%d%%)" in a goal's detail
	Counted        string // "%s: %d of %s", after + or - on a counted target
	NoMeasure      string // + or - on a goal without a target: "%s" is its title
	CountsCheckIns string // + or - on a target of check-ins: "%s" is its title
	CountsMinutes  string // + or - on a target of minutes: "%s" is its title
	UndoArchived   string // undo of an add that found tasks: "%s" is its title
	Resources      string
	ResourcesHint  string
	Status         [3]string // active, done, archived
	DaysLeft       string    // "%d days left"
	Overdue        string    // "%d days past target"
	OneDayLeft     string    // the target is tomorrow
	OneDayOverdue  string    // the target was yesterday
	TargetToday    string    // the target is today
	NoTarget       string
	Tasks          string
	NoTasks        string
	OnceDone       string // "%d of %d one-off tasks done"
	FigTasks       string // "%d/%d tasks": one-off tasks done of total
	FigHabits      string // "habits %d%% (28 d)": habits kept over 28 days
	FigNone        string // a goal without live tasks
	HabitsKept     string // "Habits kept: %d of %d check-ins due in the last 28 days"
	Recent         string // "Last 28 days"
	Added          string
	Edited         string
	Completed      string
	Archived       string
	Reopened       string
	ArchiveConfirm string
	ShowAll        string
}

var goalsEN = GoalsUI{
	Empty:          "No goals yet. Press a to add one, or o to pick starter goals.",
	NewGoal:        "New goal",
	EditGoal:       "Edit goal",
	Title:          "Title",
	Competency:     "Competency",
	Why:            "Why",
	Target:         "Target date",
	Measure:        "Measurable target",
	MeasureHint:    "optional: 40 problems, 30 check-ins, 600 minutes",
	CheckInsWord:   "check-ins",
	MinutesWord:    "minutes",
	FigTarget:      "%d/%s",
	TargetLine:     "Target: %d of %s (%d%%)",
	Counted:        "%s: %d of %s",
	NoMeasure:      "“%s” has no target to count: press e to set one, such as 40 problems.",
	CountsCheckIns: "“%s” counts its tasks' check-ins itself: tick them on Today.",
	CountsMinutes:  "“%s” counts its tasks' minutes itself: press m on a ticked task on Today.",
	UndoArchived:   "“%s” has tasks now, so it was archived instead of removed.",
	Resources:      "Resources",
	ResourcesHint:  "one per line: books, courses, repos",
	Status:         [3]string{"active", "done", "archived"},
	DaysLeft:       "%d days left",
	Overdue:        "%d days past target",
	OneDayLeft:     "1 day left",
	OneDayOverdue:  "1 day past target",
	TargetToday:    "target today",
	NoTarget:       "no target date",
	Tasks:          "Tasks",
	NoTasks:        "No tasks yet: press a on Today and pick this goal.",
	OnceDone:       "%d of %d one-off tasks done",
	FigTasks:       "%d/%d tasks",
	FigHabits:      "habits %d%% (28 d)",
	FigNone:        "no tasks",
	HabitsKept:     "Habits kept: %d of %d check-ins due in the last 28 days",
	Recent:         "Last 28 days",
	Added:          "Added goal: %s",
	Edited:         "Saved goal: %s",
	Completed:      "Completed: %s",
	Archived:       "Archived: %s",
	Reopened:       "Reopened: %s",
	ArchiveConfirm: "Archive “%s”? Press y to confirm.",
	ShowAll:        "showing done and archived goals too",
}

var goalsZH = GoalsUI{
	Empty:          "还没有目标。按 a 添加，或按 o 选择入门目标。",
	NewGoal:        "新目标",
	EditGoal:       "编辑目标",
	Title:          "标题",
	Competency:     "能力",
	Why:            "为什么",
	Target:         "目标日期",
	Measure:        "衡量指标",
	MeasureHint:    "可选：40 道题、30次打卡、600分钟",
	CheckInsWord:   "次打卡",
	MinutesWord:    "分钟",
	FigTarget:      "%d/%s",
	TargetLine:     "指标：%[2]s，已达 %[1]d（%[3]d%%）",
	Counted:        "%s：%d / %s",
	NoMeasure:      "“%s”没有可计数的指标：按 e 设置，如 40 道题。",
	CountsCheckIns: "“%s”自动统计任务打卡：请在今日页勾选任务。",
	CountsMinutes:  "“%s”自动统计任务用时：在今日页对已完成任务按 m。",
	UndoArchived:   "“%s”已有任务，因此改为归档，没有删除。",
	Resources:      "资源",
	ResourcesHint:  "每行一个：书、课程、代码库",
	Status:         [3]string{"进行中", "已完成", "已归档"},
	DaysLeft:       "还剩 %d 天",
	Overdue:        "已超期 %d 天",
	OneDayLeft:     "还剩 1 天",
	OneDayOverdue:  "已超期 1 天",
	TargetToday:    "今天到期",
	NoTarget:       "无目标日期",
	Tasks:          "任务",
	NoTasks:        "还没有任务：在今日页按 a，并选择这个目标。",
	OnceDone:       "一次性任务已完成 %d / %d",
	FigTasks:       "任务 %d/%d",
	FigHabits:      "习惯 %d%%（28 天）",
	FigNone:        "无任务",
	HabitsKept:     "习惯坚持：最近 28 天应打卡 %[2]d 次，完成 %[1]d 次",
	Recent:         "最近 28 天",
	Added:          "已添加目标：%s",
	Edited:         "已保存目标：%s",
	Completed:      "已完成：%s",
	Archived:       "已归档：%s",
	Reopened:       "已重新打开：%s",
	ArchiveConfirm: "归档“%s”？按 y 确认。",
	ShowAll:        "同时显示已完成和已归档的目标",
}

// StatusName is a goal status (domain.StatusActive, …) as the interface
// says it.
func (ui GoalsUI) StatusName(status string) string {
	switch status {
	case domain.StatusDone:
		return ui.Status[1]
	case domain.StatusArchived:
		return ui.Status[2]
	}
	return ui.Status[0]
}

// FormatMeasure is a goal's target in the interface's words, as the goal
// form shows it and reads it back: "40 problems", "30次打卡".
func (ui GoalsUI) FormatMeasure(m domain.Measure) string {
	return domain.FormatMeasure(m, ui.CheckInsWord, ui.MinutesWord)
}

// Figure is the figure that fits a goal, labelled: "17/40 problems",
// "3/5 tasks" or "habits 80% (28 d)".
func (ui GoalsUI) Figure(f domain.Figures) string {
	switch f.Shown() {
	case domain.FigureTarget:
		return fmt.Sprintf(ui.FigTarget, f.Reached, ui.FormatMeasure(f.Measure))
	case domain.FigureHabits:
		return fmt.Sprintf(ui.FigHabits, int(math.Round(f.HabitsKept()*100)))
	case domain.FigureTasks:
		return fmt.Sprintf(ui.FigTasks, f.OnceDone, f.OnceTotal)
	}
	return ui.FigNone
}
