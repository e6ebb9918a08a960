package content

// CoachUI is the coach's advice and the Progress screen.
type CoachUI struct {
	Review     string // the weekly review is due
	Weakest    string // "%s is your weakest competency with a goal (strength %d%%). Try: %s"
	NoGoal     string // "No goal in %s yet: press 2, then a."
	Tip        string // "Tip: %s"
	Heatmap    string
	Habits     string
	Balance    string
	Ratings    string
	RatingsOf  string // the same as a label, with its colon
	Last30     string
	Streak     string // column header
	Best       string
	Strength   string
	NoHabits   string
	Less, More string
	Months     [12]string
	Days       [7]string // Mon … Sun, one or two cells wide
	Why        string    // "%d%%: %d of %d check-ins in the last 14 days; each day keeps %.1f%% of the score"
	DayStreak  string    // "Day streak: %d"
	Mean       string    // "%s: %.2f"
	NoRating   string
	Minutes    string // "%d min"
	CheckIns   string // "%d check-ins"
	Period7    string
	Period30   string
	Period365  string
}

var coachEN = CoachUI{
	Review:    "It's Sunday: time for the weekly review. Press 3, then w.",
	Weakest:   "%s is your weakest competency with a goal (strength %d%%). Try: %s",
	NoGoal:    "No goal in %s yet: press 2, then a.",
	Tip:       "Tip: %s",
	Heatmap:   "Last 52 weeks",
	Habits:    "Habits",
	Balance:   "Balance of competencies · last 28 days",
	Ratings:   "Mean rating of the day",
	RatingsOf: "Mean rating of the day: ",
	Last30:    "Completion · last 30 days",
	Streak:    "streak",
	Best:      "best",
	Strength:  "strength",
	NoHabits:  "No recurring tasks yet: add one on Today with a repeat such as daily or 3/week.",
	Less:      "less",
	More:      "more",
	Months:    [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	Days:      [7]string{"Mo", "", "We", "", "Fr", "", "Su"},
	Why:       "%d%%: %d of %d check-ins in the last 14 days; each day keeps %.1f%% of yesterday's score",
	DayStreak: "Day streak: %d",
	Mean:      "%s %.2f",
	NoRating:  "no ratings yet",
	Minutes:   "%d min",
	CheckIns:  "check-ins %d",
	Period7:   "7 days",
	Period30:  "30 days",
	Period365: "365 days",
}

var coachZH = CoachUI{
	Review:    "今天是周日：该做每周回顾了。按 3，再按 w。",
	Weakest:   "%s是你有目标的能力里最弱的一项（强度 %d%%）。试试：%s",
	NoGoal:    "%s还没有目标：按 2，再按 a。",
	Tip:       "提示：%s",
	Heatmap:   "最近 52 周",
	Habits:    "习惯",
	Balance:   "能力平衡 · 最近 28 天",
	Ratings:   "每日评分均值",
	RatingsOf: "每日评分均值：",
	Last30:    "完成率 · 最近 30 天",
	Streak:    "连续",
	Best:      "最佳",
	Strength:  "强度",
	NoHabits:  "还没有重复任务：在今日页添加一个，重复设为 daily 或 3/week 等。",
	Less:      "少",
	More:      "多",
	Months:    [12]string{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"},
	Days:      [7]string{"一", "", "三", "", "五", "", "日"},
	Why:       "%d%%：最近 14 天打卡 %d 次，应打卡 %d 次；每天保留前一天分数的 %.1f%%",
	DayStreak: "连续完成：%d 天",
	Mean:      "%s %.2f",
	NoRating:  "还没有评分",
	Minutes:   "%d 分钟",
	CheckIns:  "打卡 %d 次",
	Period7:   "7 天",
	Period30:  "30 天",
	Period365: "365 天",
}
