package content

// CoachUI is the coach's advice and the Progress screen.
type CoachUI struct {
	Review       string // the weekly review is due
	Weakest      string // "%s is behind your other competencies: strength %d%% against %d%% on average. Try: %s"
	WeakestAlone string // the same without a task to try
	NoGoal       string // "No goal in %s yet: press 2, then a."
	Tip          string // "Tip: %s"
	Heatmap      string
	Habits       string
	Balance      string
	Ratings      string
	RatingsOf    string // the same as a label, with its colon
	Last30       string
	Streak       string // column header
	Best         string
	Strength     string
	NoHabits     string
	Less, More   string
	Months       [12]string
	Days         [7]string // Mon … Sun, one or two cells wide
	Why          string    // "%d%%: %d of %d check-ins in the last 14 days; each day keeps %.1f%% of the score"
	DayStreak    string    // "Day streak: %d"
	StreakWhy    string    // what makes a day count
	Perfect      string    // "Perfect days: %d in a row · %d of the last 28"
	NewHabit     string    // in the strength column of a habit younger than two weeks
	NewWhy       string    // "day %d of 14: …", what the score will do
	StrengthIs   string    // one line on what strength is, under the habits
	WeekExtra    string    // "+%d extra": check-ins the schedule did not ask for, in the weekly review
	WeekPerfect  string    // "%d perfect days", in the weekly review
	Mean         string    // "%s: %.2f"
	NoRating     string
	Minutes      string // "%d min"
	CheckIns     string // "%d check-ins"
	Period7      string
	Period30     string
	Period365    string
}

var coachEN = CoachUI{
	Review:       "It's Sunday: time for the weekly review. Press 3, then w.",
	Weakest:      "%s is behind your other competencies: strength %d%% against %d%% on average. Try: %s",
	WeakestAlone: "%s is behind your other competencies: strength %d%% against %d%% on average.",
	NoGoal:       "No goal in %s yet: press 2, then a.",
	Tip:          "Tip: %s",
	Heatmap:      "Last 52 weeks",
	Habits:       "Habits",
	Balance:      "Balance of competencies · last 28 days",
	Ratings:      "Mean rating of the day",
	RatingsOf:    "Mean rating of the day: ",
	Last30:       "Completion · last 30 days",
	Streak:       "streak",
	Best:         "best",
	Strength:     "strength",
	NoHabits:     "No recurring tasks yet: add one on Today with a repeat such as daily or 3/week.",
	Less:         "less",
	More:         "more",
	Months:       [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	Days:         [7]string{"Mo", "", "We", "", "Fr", "", "Su"},
	Why:          "%d%%: %d of %d check-ins in the last 14 days; each day keeps %.1f%% of yesterday's score",
	DayStreak:    "Day streak: %d",
	StreakWhy:    "a day counts when you tick something off or reflect; today counts once you do",
	Perfect:      "Perfect days (every habit due that day done): %d in a row · %d of the last 28",
	NewHabit:     "new",
	NewWhy:       "new, day %d of 14: the score starts near 0 and climbs with each check-in; judge it after two weeks",
	StrengthIs: "Strength grows with each check-in and fades slowly with misses: " +
		"a habit kept every day passes 50% in about two weeks and nears 100% in about three months.",
	WeekExtra:   "+%d extra",
	WeekPerfect: "%d perfect days",
	Mean:        "%s %.2f",
	NoRating:    "no ratings yet",
	Minutes:     "%d min",
	CheckIns:    "check-ins %d",
	Period7:     "7 days",
	Period30:    "30 days",
	Period365:   "365 days",
}

var coachZH = CoachUI{
	Review:       "今天是周日：该做每周回顾了。按 3，再按 w。",
	Weakest:      "%s落后于你的其他能力：强度 %d%%，其他能力平均 %d%%。试试：%s",
	WeakestAlone: "%s落后于你的其他能力：强度 %d%%，其他能力平均 %d%%。",
	NoGoal:       "%s还没有目标：按 2，再按 a。",
	Tip:          "提示：%s",
	Heatmap:      "最近 52 周",
	Habits:       "习惯",
	Balance:      "能力平衡 · 最近 28 天",
	Ratings:      "每日评分均值",
	RatingsOf:    "每日评分均值：",
	Last30:       "完成率 · 最近 30 天",
	Streak:       "连续",
	Best:         "最佳",
	Strength:     "强度",
	NoHabits:     "还没有重复任务：在今日页添加一个，重复设为 daily 或 3/week 等。",
	Less:         "少",
	More:         "多",
	Months:       [12]string{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"},
	Days:         [7]string{"一", "", "三", "", "五", "", "日"},
	Why:          "%d%%：最近 14 天打卡 %d 次，应打卡 %d 次；每天保留前一天分数的 %.1f%%",
	DayStreak:    "连续坚持：%d 天",
	StreakWhy:    "当天打过卡或写了反思就算一天；今天做了就计入",
	Perfect:      "全勤日（当天该做的习惯全部完成）：连续 %d 天 · 最近 28 天中 %d 天",
	NewHabit:     "新",
	NewWhy:       "新习惯，第 %d/14 天：分数从接近 0 起步，每次打卡都会上升；两周后再看",
	StrengthIs:   "强度随每次打卡上升，漏掉时缓慢下降：每天坚持的习惯约两周超过 50%，约三个月接近 100%。",
	WeekExtra:    "另有 %d 次计划外",
	WeekPerfect:  "全勤 %d 天",
	Mean:         "%s %.2f",
	NoRating:     "还没有评分",
	Minutes:      "%d 分钟",
	CheckIns:     "打卡 %d 次",
	Period7:      "7 天",
	Period30:     "30 天",
	Period365:    "365 天",
}
