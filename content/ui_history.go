package content

// HistoryUI is a habit's history view, opened from Progress or a goal's detail.
type HistoryUI struct {
	Title     string    // "History of %s"
	Month     string    // a month's name and its year: "%s %d"
	Streak    string    // "Streak %d · best %d"
	Strength  string    // "Strength %d%%"
	New       string    // strength of a habit under two weeks old
	Over      string    // label of the strength sparkline: "Strength, last 26 weeks"
	Legend    string    // what the calendar's marks mean
	Weekdays  [7]string // Mo..Su, two columns each
	Day       string    // the cursor's day: "%s %s" (weekday, date)
	States    [6]string // done, extra, missed, not scheduled, open today, to come
	Before    string    // a day before the habit was created
	Notes     string    // heading of the check-in notes
	NoNotes   string
	Toggled   string // "Done on %s: %s"
	Untoggled string // "Not done on %s: %s"
}

var historyEN = HistoryUI{
	Title:     "History of %s",
	Month:     "%s %d",
	Streak:    "Streak %d · best %d",
	Strength:  "Strength %d%%",
	New:       "Strength: new, day %d of 14",
	Over:      "Strength, last 26 weeks",
	Legend:    "✓ done  + extra  ✗ missed  · not scheduled  ◆ today",
	Weekdays:  [7]string{"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"},
	Day:       "%s %s",
	States:    [6]string{"done", "extra (not scheduled)", "missed", "not scheduled", "today, still open", "still to come"},
	Before:    "before the habit was created",
	Notes:     "Notes",
	NoNotes:   "No notes yet: press m on a ticked task in Today to add one.",
	Toggled:   "Done on %s: %s",
	Untoggled: "Not done on %s: %s",
}

var historyZH = HistoryUI{
	Title:     "%s 的历史",
	Month:     "%[2]d年%[1]s",
	Streak:    "连续 %d · 最佳 %d",
	Strength:  "强度 %d%%",
	New:       "强度：新习惯，第 %d/14 天",
	Over:      "强度，最近 26 周",
	Legend:    "✓ 完成  + 额外  ✗ 漏掉  · 未安排  ◆ 今天",
	Weekdays:  [7]string{"一", "二", "三", "四", "五", "六", "日"},
	Day:       "%s %s",
	States:    [6]string{"完成", "额外（未安排）", "漏掉", "未安排", "今天，尚未完成", "还没到"},
	Before:    "习惯创建之前",
	Notes:     "备注",
	NoNotes:   "还没有备注：在“今日”页对已完成的任务按 m 添加。",
	Toggled:   "%s 已完成：%s",
	Untoggled: "%s 未完成：%s",
}
