package content

// CLIUI is what the command line prints for a person: the lists of today
// and goals, and the line that confirms a change. --json output stays the
// same in every language, for scripts; error lines are said in the
// interface's language from CLIErrors (ui_cli_errors.go).
type CLIUI struct {
	TodayHeader string // "%s %s · %d/%d done": date, weekday, done, due
	NothingDue  string
	NoGoals     string
	OneTask     string // a goal's task count
	Tasks       string // "%d tasks"
	Target      string // " · target %s"
	// A confirmation names a competency by its id (what --competency
	// takes) when false, by its name when true.
	NameCompetencies bool
	DueOn            string // "due %s"
	AddedTask        string // "added task %d: %s (%s, %s)": id, title, competency, schedule
	AddedGoal        string // "added goal %d: %s (%s)"
	GoalIs           string // "goal %d is %s: %s": id, status, title
	EditedGoal       string // "saved goal %d: %s (%s)": id, title, the aside of goalAside
	MeasureAside     string // "target %s": a goal's measurable target, after its competency
	GoalCounted      string // "goal %d: %d of %s": id, reached, the target ("40 problems")
	Done             string // "done: %d %s on %s": id, title, date
	DoneExtraDay     string // "extra: not scheduled on %s": a weekday
	DoneExtraWeek    string // "extra: %d/week already done this week"
	Undone           string // "undone: %d on %s"
	ReflectionSaved  string // "saved the reflection of %s (%s)": the day and RatedOf or "not rated"
	// A reflect on a day that has one: the day, the parts, the rating.
	ReflectionAdded     string // "added to %[2]s of the reflection of %[1]s (%[3]s)"
	ReflectionReplaced  string // "replaced %[2]s of the reflection of %[1]s (%[3]s)"
	RatedOf             string // "rating %d/5"
	ReflectionUnchanged string // "the reflection of %s already holds this: nothing changed"
	ReflectionKept      string // "the earlier text is kept in %s"
	Aside               string // " (%s)": what follows a title in a list
	AsideSep            string // between the parts of an aside
	// The data commands.
	Importing string // "importing %s", the progress bar's title
	Checking  string
	Writing   string
	Finished  string
	Imported  string // "imported %d goals, %d tasks, %d check-ins, %d reflections, %d reviews"
	Kept      string // "kept the previous database as %s"
	BackedUp  string // "backed up %[1]s to %[2]s": the database, the copy
	Restored  string // "restored %[1]s from %[2]s": the database, the backup
	Fine      string // "%s is fine"
	// The reflection template's header in $EDITOR: "Reflection of %[1]s …
	// %[2]s …", the date and the marker of coach's own lines; one line of
	// the template per line. Its keys (rating, tags, ## learned …) stay as
	// they are in every language.
	EditorHeader string
	DemoRemoved  string
	// coach recall.
	RecallNoneDue     string
	RecallHeader      string // "%d cards today (a day holds %d new and %d reviews at most)"
	RecallHeaderOne   string // the same for one card: "… %[2]d new and %[3]d …"
	RecallNew         string // a card never graded, in the list
	RecallReview      string
	RecallCueDay      string // "What did you learn on %s?": a card without a question
	RecallCounter     string // "card %d of %d"
	RecallPressEnter  string
	RecallGradePrompt string
	RecallBadGrade    string
	RecallGraded      string   // "%s: %s; next on %s (in %d days)": card, grade, due, days
	RecallGradedOne   string   // the same, due the next day: card, grade, due
	RecallGrades      []string // again, hard, good, easy
	RecallRetired     string   // "retired the card of %s"
	RecallSummary     string   // "%d graded, %d recalled"
	RecallCapsSet     string   // "recall: %d new cards and %d reviews a day"
	RecallDueLine     string   // coach today's line: "Recall: %d due (coach recall --session)"
	// coach tasks, edit, rm, log, review and status.
	TasksNone      string // no task to list
	TaskGoal       string // "goal %d", in a task's aside
	TaskDoneOn     string // "done %s": a one-off task's day
	TaskArchived   string // an archived task without a day
	TaskArchivedOn string // "archived %s"
	EditedTask     string // "saved task %d: %s (%s, %s)": id, title, competency, schedule
	DeletedTask    string // "deleted task %d: %s (it had no check-ins)"
	ArchivedTask   string // "archived task %d: %s from %s; its check-ins stay"
	LogNone        string // no reflection in the range or for the search
	ReviewNone     string // the week has no review yet: how to write one
	ReviewSaved    string // "saved the review of %s"
	StatusLeft     string // "%d left": tasks still to do today, in the prompt line
	StatusAllDone  string // every task due today is done
	// The weekly review's header in $EDITOR: "Weekly review of %[1]s …
	// %[2]s …", the week and the marker of coach's own lines. Its keys
	// (focus, ## went_well …) stay as they are in every language.
	ReviewEditorHeader string
	ReviewUnchanged    string // "the review of %s is unchanged"
	// coach import --from: the summary of an import from another tool.
	ImportedFrom    string // "%[1]s: added goals: %[2]d, tasks: %[3]d, check-ins: %[4]d" (a count after a label reads right for 1 too)
	WouldImport     string // the same for --dry-run
	ImportedDays    string // "%[1]s: days given a reflection: %[2]d; …: %[3]d"
	WouldImportDays string
	ImportKnown     string // "already imported: %d"
	ImportDayTaken  string
	ImportSkipped   string // "skipped: %d — %s": a count and its reason
	ImportApprox    string // "approximated: %d — %s"
	// The line on stderr when the sync after the app closed fails: "%s",
	// the error, said in this language.
	SyncOnQuitFailed string
	// The line on stderr for a damaged record a read passed over: "%s",
	// the record as the store names it.
	SkippedDamaged string
}

var cliEN = CLIUI{
	RecallNoneDue:       "Nothing to recall today.",
	RecallHeader:        "%d cards to recall today (at most %d new and %d reviews a day)",
	RecallHeaderOne:     "1 card to recall today (at most %[2]d new and %[3]d reviews a day)",
	RecallNew:           "new",
	RecallReview:        "review",
	RecallCueDay:        "What did you learn on %s?",
	RecallCounter:       "card %d of %d",
	RecallPressEnter:    "Recall it, then press Enter to see your note… ",
	RecallGradePrompt:   "1 again · 2 hard · 3 good · 4 easy · s retire · q stop: ",
	RecallBadGrade:      "Type 1, 2, 3 or 4 (or again, hard, good, easy), s or q.",
	RecallGraded:        "%s: %s; next on %s (in %d days)",
	RecallGradedOne:     "%s: %s; next tomorrow, %s",
	RecallGrades:        []string{"again", "hard", "good", "easy"},
	RecallRetired:       "retired the card of %s",
	RecallSummary:       "%d graded, %d recalled",
	RecallCapsSet:       "recall: at most %d new cards and %d reviews a day",
	RecallDueLine:       "Recall: %d due (coach recall --session)",
	TodayHeader:         "%s %s · %d/%d done",
	NothingDue:          "Nothing due. Add a task: coach add \"Read the net/http source\" --repeat weekdays",
	NoGoals:             "No goals yet. Add one: coach goal add \"Understand the Go scheduler\" --competency depth",
	OneTask:             "1 task",
	Tasks:               "%d tasks",
	Target:              " · target %s",
	NameCompetencies:    false,
	DueOn:               "due %s",
	AddedTask:           "added task %d: %s (%s, %s)",
	AddedGoal:           "added goal %d: %s (%s)",
	GoalIs:              "goal %d is %s: %s",
	EditedGoal:          "saved goal %d: %s (%s)",
	MeasureAside:        "target %s",
	GoalCounted:         "goal %d: %d of %s",
	Done:                "done: %d %s on %s",
	DoneExtraDay:        "extra: not scheduled on %s, counted apart from what is due",
	DoneExtraWeek:       "extra: %d/week already done this week, counted apart from what is due",
	Undone:              "undone: %d on %s",
	ReflectionSaved:     "saved the reflection of %s (%s)",
	ReflectionAdded:     "added to %[2]s of the reflection of %[1]s (%[3]s)",
	ReflectionReplaced:  "replaced %[2]s of the reflection of %[1]s (%[3]s)",
	RatedOf:             "rating %d/5",
	ReflectionUnchanged: "the reflection of %s already holds this: nothing changed",
	ReflectionKept:      "the earlier text is kept in %s",
	Aside:               " (%s)",
	AsideSep:            ", ",
	Importing:           "importing %s",
	Checking:            "checking…",
	Writing:             "writing…",
	Finished:            "done",
	Imported:            "imported %d goals, %d tasks, %d check-ins, %d reflections, %d reviews",
	Kept:                "kept the previous database as %s",
	BackedUp:            "backed up %[1]s to %[2]s",
	Restored:            "restored %[1]s from %[2]s",
	Fine:                "%s is fine",
	EditorHeader:        "Reflection of %[1]s. Write under each ## heading: everything you write is kept as it is.\nLines that start with %[2]s are coach's own; leave those marks as they are.",
	DemoRemoved:         "coach demo: the temporary demo database was removed; your own data was not touched",
	TasksNone:           "No tasks to do. Add one: coach add \"Read the net/http source\" --repeat weekdays (--all also lists done and archived tasks)",
	TaskGoal:            "goal %d",
	TaskDoneOn:          "done %s",
	TaskArchived:        "archived",
	TaskArchivedOn:      "archived %s",
	EditedTask:          "saved task %d: %s (%s, %s)",
	DeletedTask:         "deleted task %d: %s (it had no check-ins)",
	ArchivedTask:        "archived task %d: %s from %s on; its check-ins stay",
	LogNone:             "No reflections found.",
	ReviewNone:          "No review of this week yet: coach review --went-well \"…\" --adjust \"…\" --focus depth",
	ReviewSaved:         "saved the review of %s",
	StatusLeft:          "%d left",
	StatusAllDone:       "all done",
	ReviewEditorHeader:  "Weekly review of %[1]s. Write under each ## heading; focus takes a competency (depth, breadth, learning, problem-solving, collaboration, innovation) or none.\nLines that start with %[2]s are coach's own; leave those marks as they are.",
	ReviewUnchanged:     "the review of %s is unchanged",
	ImportedFrom:        "%[1]s: added goals: %[2]d, tasks: %[3]d, check-ins: %[4]d",
	WouldImport:         "%[1]s (dry run, nothing written): would add goals: %[2]d, tasks: %[3]d, check-ins: %[4]d",
	ImportedDays:        "%[1]s: days given a reflection: %[2]d (not rated: %[1]s has no rating); reflections already here that gained text: %[3]d",
	WouldImportDays:     "%[1]s (dry run, nothing written): days that would get a reflection: %[2]d; reflections already here that would gain text: %[3]d",
	ImportKnown:         "already imported: %d (a second import adds nothing)",
	ImportDayTaken:      "one-off tasks already done on another day, check-in left out: %d",
	ImportSkipped:       "skipped: %d — %s",
	ImportApprox:        "approximated: %d — %s",
	SyncOnQuitFailed:    "coach: sync on quit: %s (your changes are kept here; run coach sync later)",
	SkippedDamaged:      "coach: skipped a damaged record, %s: run coach check",
}

var cliZH = CLIUI{
	RecallNoneDue:       "今天没有要回想的卡片。",
	RecallHeader:        "今天有 %d 张卡片要回想（每天最多 %d 张新卡、%d 次复习）",
	RecallHeaderOne:     "今天有 1 张卡片要回想（每天最多 %[2]d 张新卡、%[3]d 次复习）",
	RecallNew:           "新卡",
	RecallReview:        "复习",
	RecallCueDay:        "%s 那天你学到了什么？",
	RecallCounter:       "第 %d 张，共 %d 张",
	RecallPressEnter:    "先在心里回想，然后按回车看你的笔记… ",
	RecallGradePrompt:   "1 忘了 · 2 吃力 · 3 记得 · 4 轻松 · s 不再回想 · q 停止：",
	RecallBadGrade:      "请输入 1、2、3 或 4（或 忘了、吃力、记得、轻松），s 或 q。",
	RecallGraded:        "%s：%s；下次在 %s（%d 天后）",
	RecallGradedOne:     "%s：%s；明天（%s）再来",
	RecallGrades:        []string{"忘了", "吃力", "记得", "轻松"},
	RecallRetired:       "已不再回想 %s 的卡片",
	RecallSummary:       "已评 %d 张，想起 %d 张",
	RecallCapsSet:       "回想：每天最多 %d 张新卡、%d 次复习",
	RecallDueLine:       "回想：%d 张到期（coach recall --session）",
	TodayHeader:         "%s %s · 已完成 %d/%d",
	NothingDue:          "今天没有待办。添加一个：coach add \"读 net/http 源码\" --repeat 工作日",
	NoGoals:             "还没有目标。添加一个：coach goal add \"搞懂 Go 调度器\" --competency 深度",
	OneTask:             "1 个任务",
	Tasks:               "%d 个任务",
	Target:              " · 目标日期 %s",
	NameCompetencies:    true,
	DueOn:               "截止 %s",
	AddedTask:           "已添加任务 %d：%s（%s，%s）",
	AddedGoal:           "已添加目标 %d：%s（%s）",
	GoalIs:              "目标 %d %s：%s",
	EditedGoal:          "已保存目标 %d：%s（%s）",
	MeasureAside:        "衡量指标 %s",
	GoalCounted:         "目标 %d：已完成 %d / %s",
	Done:                "已完成：%d %s（%s）",
	DoneExtraDay:        "计划外：%s 没有安排，单独计为额外打卡",
	DoneExtraWeek:       "计划外：本周已完成每周 %d 次，单独计为额外打卡",
	Undone:              "已取消完成：%d（%s）",
	ReflectionSaved:     "已保存 %s 的反思（%s）",
	ReflectionAdded:     "已在 %[1]s 的反思中补充 %[2]s（%[3]s）",
	ReflectionReplaced:  "已替换 %[1]s 的反思中的 %[2]s（%[3]s）",
	RatedOf:             "评分 %d/5",
	ReflectionUnchanged: "%s 的反思里已经有这些内容，没有改动",
	ReflectionKept:      "原来的文字保存在 %s",
	Aside:               "（%s）",
	AsideSep:            "，",
	Importing:           "正在导入 %s",
	Checking:            "检查中…",
	Writing:             "写入中…",
	Finished:            "完成",
	Imported:            "已导入 %d 个目标、%d 个任务、%d 次打卡、%d 篇反思、%d 篇每周回顾",
	Kept:                "原数据库已保留为 %s",
	BackedUp:            "已将 %[1]s 备份到 %[2]s",
	Restored:            "已用 %[2]s 恢复 %[1]s",
	Fine:                "%s 完好无损",
	EditorHeader:        "%[1]s 的反思。请写在各个 ## 标题下面：你写的内容都会原样保存。\n以 %[2]s 开头的行属于 coach，请保留这些标记，rating、tags 和标题名也请保持原样。",
	DemoRemoved:         "coach demo：临时演示数据库已删除，你自己的数据没有被动过",
	TasksNone:           "没有待做的任务。添加一个：coach add \"读 net/http 源码\" --repeat 工作日（加 --all 还会列出已完成和已归档的任务）",
	TaskGoal:            "目标 %d",
	TaskDoneOn:          "%s 完成",
	TaskArchived:        "已归档",
	TaskArchivedOn:      "%s 归档",
	EditedTask:          "已保存任务 %d：%s（%s，%s）",
	DeletedTask:         "已删除任务 %d：%s（它没有打卡记录）",
	ArchivedTask:        "已归档任务 %d：%s（自 %s 起），打卡记录保留",
	LogNone:             "没有找到反思。",
	ReviewNone:          "这周还没有每周回顾：coach review --went-well \"…\" --adjust \"…\" --focus 深度",
	ReviewSaved:         "已保存 %s 的每周回顾",
	StatusLeft:          "剩 %d 项",
	StatusAllDone:       "全部完成",
	ReviewEditorHeader:  "%[1]s 的每周回顾。请写在各个 ## 标题下面；focus 填一项能力（深度、广度、学习、问题解决、沟通协作、创新，或 depth、breadth 等英文名）或 无。\n以 %[2]s 开头的行属于 coach，请保留这些标记，focus 和标题名也请保持原样。",
	ReviewUnchanged:     "%s 的每周回顾没有改动",
	ImportedFrom:        "%[1]s：新增 %[2]d 个目标、%[3]d 个任务、%[4]d 次打卡",
	WouldImport:         "%[1]s（试运行，未写入）：将新增 %[2]d 个目标、%[3]d 个任务、%[4]d 次打卡",
	ImportedDays:        "%[1]s：%[2]d 天新增了反思（未评分：%[1]s 没有评分），%[3]d 篇已有的反思补入了内容",
	WouldImportDays:     "%[1]s（试运行，未写入）：将为 %[2]d 天新增反思，为 %[3]d 篇已有的反思补入内容",
	ImportKnown:         "已导入过：%d 条（再次导入不会重复添加）",
	ImportDayTaken:      "一次性任务已在别的日子完成，未加打卡：%d 次",
	ImportSkipped:       "跳过：%d 条 — %s",
	ImportApprox:        "近似对应：%d 条 — %s",
	SyncOnQuitFailed:    "coach: 退出时同步失败：%s（改动已保存在本机，稍后可运行 coach sync）",
	SkippedDamaged:      "coach: 跳过了一条损坏的记录（%s）：请运行 coach check",
}
