package content

// TodayUI is the Today screen and the task form.
type TodayUI struct {
	Progress      string // "%d of %d done"
	Carried       string // "from %s"
	EmptyFirst    [3]string
	EmptyDay      string
	DeleteConfirm string // "Delete “%s”? y to confirm, any other key to cancel"
	FutureDay     string // ticking a task off on a day still to come
	Toggled       string // "Done: %s"
	Untoggled     string // "Not done: %s"
	Added         string // "Added: %s"
	Edited        string // "Saved: %s"
	Deleted       string // "Deleted: %s (history kept)"
	Coach         string // label before the suggestion, with its colon
	NewTask       string
	EditTask      string
	Title         string
	Competency    string
	Goal          string
	NoGoal        string
	Schedule      string
	Due           string
	Minutes       string
	Notes         string
	Weekdays      [7]string // Sun … Sat, short
	ScheduleHint  string
	DueHint       string
	// How a task's schedule and minutes read in a list.
	Daily        string
	EveryWeekday string
	PerWeek      string    // "%d/week"
	ScheduleDays [7]string // Sun … Sat, as a list of days shows them
	DaySep       string    // between the days of a list
	MinutesShort string    // "%dm"
	// The loop around the day: advice, next step, a tick's record, review.
	AdviceTitle    string // heading of the whole advice
	NextStep       string // label before the day before's next step, with its colon
	NextStepHint   string // after the step: the key that makes it a task
	AdviceMore     string // after advice cut short: the key that shows it all
	ReviewMissing  string // "Last week's review (%s) is not written yet: w …, D …"
	ReviewDismiss  string // "%s: the reminder is dismissed for the week …"
	CheckInTitle   string // "Minutes and note: %s"
	CheckInMinutes string
	CheckInNote    string
	CheckInSaved   string // "Minutes and note saved: %s"
	NotTicked      string // the minutes and note of a task not done that day
	NoAdviceTask   string // the advice proposes no task
	// The filter of the list (/).
	Filter      string // prompt of the filter field, with its colon
	FilterHint  string // placeholder of the filter field
	FilterCount string // "%d of %d": tasks shown of the day's
	FilterClear string // after a kept filter: the key that clears it
	FilterNone  string // "No task matches “%s”."
	// Beside the list when the screen has the room.
	StripDays   [7]string // Sun … Sat, one letter (or one wide character) over the week strip
	Reflection  string    // label of the day's reflection state, with its colon
	Reflected   string    // the day's reflection is written
	Unreflected string    // not yet
	ReviewOf    string    // "Weekly review %s: ", label of the week's review state
	Reviewed    string    // written
	ReviewDueOn string    // not yet, the week still running: due on Sunday
	ReviewToday string    // not yet, and today is Sunday
	ReviewLate  string    // not yet, the week over
	ReviewDue   string    // Sunday's reminder: "This week's review (%s) is due today: w …, D …"
	MoreAdvice  string    // heading of the coach's next suggestions, under the list
}

var todayEN = TodayUI{
	Progress: "%d of %d done",
	Carried:  "from %s",
	EmptyFirst: [3]string{
		"Nothing here yet. Press a to add your first task for today,",
		"2 to set goals in the six competencies,",
		"or 5 to read the guide on building lasting competitiveness.",
	},
	EmptyDay:      "Nothing due on this day. Press a to add a task.",
	FutureDay:     "This day has not come yet: tick tasks off today or earlier.",
	DeleteConfirm: "Delete “%s”? Press y to confirm, any other key to keep it.",
	Toggled:       "Done: %s",
	Untoggled:     "Not done: %s",
	Added:         "Added: %s",
	Edited:        "Saved: %s",
	Deleted:       "Deleted: %s (history kept)",
	Coach:         "Coach: ",
	NewTask:       "New task",
	EditTask:      "Edit task",
	Title:         "Title",
	Competency:    "Competency",
	Goal:          "Goal",
	NoGoal:        "none",
	Schedule:      "Repeat",
	Due:           "Due",
	Minutes:       "Minutes",
	Notes:         "Notes",
	Weekdays:      [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
	ScheduleHint:  "once, daily, weekdays, mon,wed,fri or 3/week",
	DueHint:       "YYYY-MM-DD, today, tomorrow or fri",
	Daily:         "daily",
	EveryWeekday:  "weekdays",
	PerWeek:       "%d/week",
	ScheduleDays:  [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"},
	DaySep:        ",",
	MinutesShort:  "%dm",

	AdviceTitle:    "The coach suggests",
	NextStep:       "Next step: ",
	NextStepHint:   "n: add as a task",
	AdviceMore:     "s: read all",
	ReviewMissing:  "Last week's review (%s) is not written yet: w writes it, D dismisses this.",
	ReviewDismiss:  "No more reminders about the review of %s; Reflect can still write it.",
	CheckInTitle:   "Minutes and note: %s",
	CheckInMinutes: "Minutes spent",
	CheckInNote:    "Note",
	CheckInSaved:   "Minutes and note saved: %s",
	NotTicked:      "Tick the task off first: minutes and a note belong to a done task.",
	NoAdviceTask:   "This advice proposes no task to add.",

	Filter:      "filter: ",
	FilterHint:  "title or competency",
	FilterCount: "%d of %d",
	FilterClear: "esc: show all",
	FilterNone:  "No task on this day matches “%s”. esc shows them all.",

	StripDays:   [7]string{"S", "M", "T", "W", "T", "F", "S"},
	Reflection:  "Reflection: ",
	Reflected:   "written",
	Unreflected: "not written yet",
	ReviewOf:    "Weekly review %s: ",
	Reviewed:    "written",
	ReviewDueOn: "due on Sunday",
	ReviewToday: "due today",
	ReviewLate:  "not written",
	ReviewDue:   "This week's review (%s) is due today: w writes it, D dismisses this.",
	MoreAdvice:  "The coach also suggests:",
}

var todayZH = TodayUI{
	Progress: "已完成 %d / %d",
	Carried:  "自 %s 顺延",
	EmptyFirst: [3]string{
		"这里还没有任务。按 a 添加今天的第一个任务，",
		"按 2 为六项能力设定目标，",
		"或按 5 阅读如何建立长期竞争力的指南。",
	},
	EmptyDay:      "这一天没有任务。按 a 添加。",
	FutureDay:     "这一天还没到：只能勾选今天或之前的任务。",
	DeleteConfirm: "删除“%s”？按 y 确认，按其他键保留。",
	Toggled:       "已完成：%s",
	Untoggled:     "未完成：%s",
	Added:         "已添加：%s",
	Edited:        "已保存：%s",
	Deleted:       "已删除：%s（历史保留）",
	Coach:         "教练：",
	NewTask:       "新任务",
	EditTask:      "编辑任务",
	Title:         "标题",
	Competency:    "能力",
	Goal:          "目标",
	NoGoal:        "无",
	Schedule:      "重复",
	Due:           "截止",
	Minutes:       "分钟",
	Notes:         "备注",
	Weekdays:      [7]string{"周日", "周一", "周二", "周三", "周四", "周五", "周六"},
	ScheduleHint:  "一次性、每天、工作日、周一三五 或 每周 3 次",
	DueHint:       "YYYY-MM-DD、今天、明天 或 周五",
	Daily:         "每天",
	EveryWeekday:  "工作日",
	PerWeek:       "每周 %d 次",
	ScheduleDays:  [7]string{"周日", "周一", "周二", "周三", "周四", "周五", "周六"},
	DaySep:        "、",
	MinutesShort:  "%d 分钟",

	AdviceTitle:    "教练建议",
	NextStep:       "下一步：",
	NextStepHint:   "n：设为任务",
	AdviceMore:     "s：看全文",
	ReviewMissing:  "上周（%s）的每周回顾还没写：按 w 补写，按 D 忽略。",
	ReviewDismiss:  "不再提醒 %s 的每周回顾；仍可在「反思」页补写。",
	CheckInTitle:   "用时与备注：%s",
	CheckInMinutes: "实际用时（分钟）",
	CheckInNote:    "备注",
	CheckInSaved:   "用时与备注已保存：%s",
	NotTicked:      "请先勾选完成：用时和备注属于已完成的任务。",
	NoAdviceTask:   "这条建议没有可添加的任务。",

	Filter:      "筛选：",
	FilterHint:  "标题或能力",
	FilterCount: "%d / %d",
	FilterClear: "esc：显示全部",
	FilterNone:  "这一天没有任务包含“%s”。按 esc 显示全部。",

	StripDays:   [7]string{"日", "一", "二", "三", "四", "五", "六"},
	Reflection:  "反思：",
	Reflected:   "已写",
	Unreflected: "还没写",
	ReviewOf:    "每周回顾 %s：",
	Reviewed:    "已写",
	ReviewDueOn: "周日到期",
	ReviewToday: "今天该写了",
	ReviewLate:  "未写",
	ReviewDue:   "本周（%s）的每周回顾今天该写了：按 w 去写，按 D 忽略。",
	MoreAdvice:  "教练还建议：",
}
