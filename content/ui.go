package content

// UI holds every interface string of the full-screen app, one struct per
// screen, so that nothing on screen is hard-coded English. Each screen's
// strings live in a file of their own (ui_*.go) with both languages side by
// side; a test checks that no Chinese string is left empty.
type UI struct {
	Common   CommonUI
	Keys     KeysUI
	Today    TodayUI
	Goals    GoalsUI
	Reflect  ReflectUI
	Guide    GuideUI
	Coach    CoachUI
	Advice   AdviceUI
	Welcome  WelcomeUI
	Problems ProblemsUI
	CLI      CLIUI
	History  HistoryUI
	Sync     SyncUI
	Recall   RecallUI
}

// Strings returns the interface strings of a language (English for an
// unknown one).
func Strings(l Lang) UI {
	if l == ZH {
		return UI{Common: commonZH, Keys: keysZH, Today: todayZH, Goals: goalsZH, Reflect: reflectZH, Guide: guideZH, Coach: coachZH, Advice: adviceZH, Welcome: welcomeZH, Problems: problemsZH, CLI: cliZH, History: historyZH, Sync: syncZH, Recall: recallZH}
	}
	return UI{Common: commonEN, Keys: keysEN, Today: todayEN, Goals: goalsEN, Reflect: reflectEN, Guide: guideEN, Coach: coachEN, Advice: adviceEN, Welcome: welcomeEN, Problems: problemsEN, CLI: cliEN, History: historyEN, Sync: syncEN, Recall: recallEN}
}

// CommonUI is the frame around the screens: tabs, status, errors.
type CommonUI struct {
	Tabs        [6]string // Today, Goals, Reflect, Progress, Guide, FAQ
	Streak      string    // "%d-day streak"
	TooSmall    string    // "Terminal too small: %d×%d, need at least %d×%d"
	Undone      string    // "Undone: %s"
	NothingUndo string
	UndoCleared string // after a status line: the change cannot be undone, nor anything before it
	Saved       string
	Loading     string
	DataChanged string // shown when another process changed the data
	Error       string // prefix of an error on the status line
	Colon       string // after a label: ": " or "："

	// Drafts: form text not saved when the app was stopped.
	QuitDrafts      string // "Press y to quit and lose …: %s" (the drafts)
	DraftsBack      string // "Unsaved text from last time is back: %s."
	DraftTask       string
	DraftGoal       string
	DraftReflection string // "the reflection of %s"
	DraftReview     string // "the review of %s"
	Stopped         string // "stopped by %s"
	StoppedKept     string // "stopped by %s; … kept in %s …"
	ListSep         string // between the names of drafts: ", " or "、"
}

var commonEN = CommonUI{
	Tabs:        [6]string{"Today", "Goals", "Reflect", "Progress", "Guide", "FAQ"},
	Streak:      "%d-day streak",
	TooSmall:    "Terminal too small: %d×%d. coach needs at least %d×%d.",
	Undone:      "Undone: %s",
	NothingUndo: "Nothing to undo",
	UndoCleared: " (this cannot be undone, nor what came before)",
	Saved:       "Saved",
	Loading:     "Loading…",
	DataChanged: "Updated from another coach",
	Error:       "Error",
	Colon:       ": ",

	QuitDrafts:      "Press y to quit and lose the unsaved drafts, any other key to stay: %s",
	DraftsBack:      "Unsaved text from last time is back: %s.",
	DraftTask:       "a task",
	DraftGoal:       "a goal",
	DraftReflection: "the reflection of %s",
	DraftReview:     "the review of %s",
	Stopped:         "stopped by %s",
	StoppedKept:     "stopped by %s; the unsaved text is kept in %s and comes back at the next start",
	ListSep:         ", ",
}

var commonZH = CommonUI{
	Tabs:        [6]string{"今日", "目标", "反思", "进展", "指南", "问答"},
	Streak:      "连续 %d 天",
	TooSmall:    "终端太小：%d×%d。coach 至少需要 %d×%d。",
	Undone:      "已撤销：%s",
	NothingUndo: "没有可撤销的操作",
	UndoCleared: "（此操作及之前的操作都无法撤销）",
	Saved:       "已保存",
	Loading:     "加载中…",
	DataChanged: "已同步其他窗口的修改",
	Error:       "错误",
	Colon:       "：",

	QuitDrafts:      "按 y 退出并丢弃未保存的草稿，按其他键留下：%s",
	DraftsBack:      "上次未保存的内容已找回：%s。",
	DraftTask:       "一个任务",
	DraftGoal:       "一个目标",
	DraftReflection: "%s 的反思",
	DraftReview:     "%s 的每周回顾",
	Stopped:         "被 %s 中止",
	StoppedKept:     "被 %s 中止；未保存的内容已存入 %s，下次启动时会找回",
	ListSep:         "、",
}

// KeysUI is the help text of every key binding.
type KeysUI struct {
	Quit, Help, NextTab, PrevTab, Screens, Undo                   string
	Up, Down, Top, Bottom, PageUp, PageDown                       string
	Toggle, PrevDay, NextDay, Today, Add, Edit, Delete            string
	Confirm, Cancel, Open, Back, Save, SaveMultiline, NextField   string
	PrevField, Complete, Archive, Filter, Editor, Review, Past    string
	Related, FocusList, FocusText, Choice, Reopen, Onboard, Clear string
	ShowAll, Select, AddPicked, Skip, Days                        string
	Rate                                                          string
	KeepFilter                                                    string
	// Today's loop: the coach's advice, yesterday's next step, a tick's
	// minutes and note, last week's missing review.
	Advice, AddAdvice, NextStep, LogTime, Dismiss, WriteReview string
	// A habit's history: open it from Progress, move its day cursor.
	History, MoveDay string
	// Goals: count one more or one less toward a goal's target.
	Count string
	// Sync with the user's other machines now.
	Sync string
	// Recall: open today's session from Today; in it, show the note, grade
	// it (Grade is 1–4 in one help entry), retire the card, end.
	Recall, Reveal, Grade, Again, Hard, Good, Easy, Retire, EndSession string
	// The save rule of every form, whole in its full help: ctrl+s saves
	// from any field; enter is a new line in a text box (and saves
	// elsewhere: Save).
	SaveAnyField, NewLine string
}

var keysEN = KeysUI{
	Quit: "quit", Help: "help", NextTab: "next screen", PrevTab: "previous screen", Screens: "go to screen", Undo: "undo",
	Up: "up", Down: "down", Top: "top", Bottom: "bottom", PageUp: "page up", PageDown: "page down",
	Toggle: "done/undone", PrevDay: "previous day", NextDay: "next day", Today: "back to today", Add: "add", Edit: "edit", Delete: "delete",
	Confirm: "confirm", Cancel: "cancel", Open: "open", Back: "back", Save: "save", SaveMultiline: "save", NextField: "next field",
	PrevField: "previous field", Complete: "complete", Archive: "archive", Filter: "filter", Editor: "$EDITOR", Review: "weekly review", Past: "past entries",
	Related: "open guide section", FocusList: "list", FocusText: "text", Choice: "change choice", Reopen: "reopen", Onboard: "starter goals", Clear: "clear filter", ShowAll: "all goals", Select: "select", AddPicked: "add selected", Skip: "skip", Days: "day",
	Rate:       "rate 1–5",
	KeepFilter: "apply filter",
	Advice:     "coach's advice", AddAdvice: "add as task", NextStep: "next step as task", LogTime: "minutes & note",
	Dismiss: "dismiss", WriteReview: "write the weekly review",
	History: "habit history", MoveDay: "move day",
	Count:  "count up/down",
	Sync:   "sync now",
	Recall: "recall due cards", Reveal: "show the note", Grade: "grade",
	Again: "again", Hard: "hard", Good: "good", Easy: "easy", Retire: "retire the card", EndSession: "end the session",
	SaveAnyField: "save from any field", NewLine: "new line in a text box",
}

var keysZH = KeysUI{
	Quit: "退出", Help: "帮助", NextTab: "下一页", PrevTab: "上一页", Screens: "切换页面", Undo: "撤销",
	Up: "上移", Down: "下移", Top: "顶部", Bottom: "底部", PageUp: "上翻页", PageDown: "下翻页",
	Toggle: "完成/取消", PrevDay: "前一天", NextDay: "后一天", Today: "回到今天", Add: "添加", Edit: "编辑", Delete: "删除",
	Confirm: "确认", Cancel: "取消", Open: "打开", Back: "返回", Save: "保存", SaveMultiline: "保存", NextField: "下一栏",
	PrevField: "上一栏", Complete: "完成", Archive: "归档", Filter: "筛选", Editor: "外部编辑器", Review: "每周回顾", Past: "历史记录",
	Related: "打开指南章节", FocusList: "列表", FocusText: "正文", Choice: "切换选项", Reopen: "重新打开", Onboard: "入门目标", Clear: "清除筛选", ShowAll: "显示全部目标", Select: "选择", AddPicked: "添加所选", Skip: "跳过", Days: "换日",
	Rate:       "评分 1–5",
	KeepFilter: "应用筛选",
	Advice:     "教练建议", AddAdvice: "添加为任务", NextStep: "把下一步设为任务", LogTime: "用时与备注",
	Dismiss: "忽略", WriteReview: "写每周回顾",
	History: "习惯历史", MoveDay: "移动日期",
	Count:  "计数加一/减一",
	Sync:   "立即同步",
	Recall: "回想到期卡片", Reveal: "显示笔记", Grade: "评分",
	Again: "忘了", Hard: "吃力", Good: "记得", Easy: "轻松", Retire: "不再回想", EndSession: "结束回想",
	SaveAnyField: "在任意一栏保存", NewLine: "在文本框里换行",
}
