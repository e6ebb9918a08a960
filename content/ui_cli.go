package content

// CLIUI is what the command line prints for a person: the lists of today
// and goals, and the line that confirms a change. --json output and error
// lines stay the same in every language, for scripts.
type CLIUI struct {
	TodayHeader string // "%s %s · %d/%d done": date, weekday, done, due
	NothingDue  string
	NoGoals     string
	OneTask     string // a goal's task count
	Tasks       string // "%d tasks"
	Target      string // " · target %s"
	Status      map[string]string
	// A confirmation names a competency by its id (what --competency
	// takes) when false, by its name when true.
	NameCompetencies bool
	DueOn            string // "due %s"
	AddedTask        string // "added task %d: %s (%s, %s)": id, title, competency, schedule
	AddedGoal        string // "added goal %d: %s (%s)"
	GoalIs           string // "goal %d is %s: %s": id, status, title
	Done             string // "done: %d %s on %s": id, title, date
	Undone           string // "undone: %d on %s"
	ReflectionSaved  string // "saved the reflection of %s (rating %d/5)"
	Aside            string // " (%s)": what follows a title in a list
	AsideSep         string // between the parts of an aside
}

var cliEN = CLIUI{
	TodayHeader:      "%s %s · %d/%d done",
	NothingDue:       "Nothing due. Add a task: coach add \"Read the net/http source\" --repeat weekdays",
	NoGoals:          "No goals yet. Add one: coach goal add \"Understand the Go scheduler\" --competency depth",
	OneTask:          "1 task",
	Tasks:            "%d tasks",
	Target:           " · target %s",
	Status:           map[string]string{"active": "active", "done": "done", "archived": "archived"},
	NameCompetencies: false,
	DueOn:            "due %s",
	AddedTask:        "added task %d: %s (%s, %s)",
	AddedGoal:        "added goal %d: %s (%s)",
	GoalIs:           "goal %d is %s: %s",
	Done:             "done: %d %s on %s",
	Undone:           "undone: %d on %s",
	ReflectionSaved:  "saved the reflection of %s (rating %d/5)",
	Aside:            " (%s)",
	AsideSep:         ", ",
}

var cliZH = CLIUI{
	TodayHeader:      "%s %s · 已完成 %d/%d",
	NothingDue:       "今天没有待办。添加一个：coach add \"读 net/http 源码\" --repeat weekdays",
	NoGoals:          "还没有目标。添加一个：coach goal add \"搞懂 Go 调度器\" --competency depth",
	OneTask:          "1 个任务",
	Tasks:            "%d 个任务",
	Target:           " · 目标日期 %s",
	Status:           map[string]string{"active": "进行中", "done": "已完成", "archived": "已归档"},
	NameCompetencies: true,
	DueOn:            "截止 %s",
	AddedTask:        "已添加任务 %d：%s（%s，%s）",
	AddedGoal:        "已添加目标 %d：%s（%s）",
	GoalIs:           "目标 %d %s：%s",
	Done:             "已完成：%d %s（%s）",
	Undone:           "已取消完成：%d（%s）",
	ReflectionSaved:  "已保存 %s 的反思（评分 %d/5）",
	Aside:            "（%s）",
	AsideSep:         "，",
}
