package content

// RecallUI is recall in the app: Today's line, the session opened with r,
// the "Ask me later" field of the reflection form and the figures on
// Progress. The grade names follow the guide's section on recall.
type RecallUI struct {
	// Today.
	DueLine string // "Recall: %d due — r to start"

	// The session.
	Title       string    // heading of the session
	Counter     string    // "%d of %d"
	NewCard     string    // after the counter: a card never graded
	CueDay      string    // "%s · %s": the card's day and weekday
	CueLearned  string    // the question of a card without its own
	ShowNote    string    // before the note is shown: the key that shows it
	Note        string    // heading of the revealed note
	NoteOf      string    // "Your note of %s": heading when the cue was a question
	Grades      [4]string // again, hard, good, easy
	GradeHint   string    // "%s · s retire": the grades with their keys, then retiring
	Scroll      string    // after the grade hint when the card is taller than the screen
	RevealFirst string    // a grade before the note is shown
	Graded      string    // "%s: %s, back on %s" (card, grade, next due day)
	Retired     string    // "The card of %s is retired: it will not be asked again"
	Loading     string

	// The end of a session, and a session with nothing in it.
	Summary     string // "Done: %d cards — %d recalled"
	SummaryOne  string // "Done: 1 card — %d recalled"
	SummaryBy   string // "%s %d": one grade and how often it was given
	RetiredN    string // "%d retired"
	AnyKey      string
	Empty       string
	EmptyWhy    string
	CapsReached string // "Today's limits are reached: %d more wait for the next days."

	// The reflection form.
	Ask     string // the field's label
	AskHint string // shown while it is empty

	// Progress.
	Heading     string
	Cards       string
	DueToday    string
	Reviewed30  string
	Recalled    string
	MemoryLasts string
	None        string // a figure with nothing to count yet
	Days        string // "%d days"
	OneDay      string
	UnderDay    string // a median stability under one day
	FiguresWhy  string
}

var recallEN = RecallUI{
	DueLine: "Recall: %d due — r to start",

	Title:       "Recall",
	Counter:     "%d of %d",
	NewCard:     "new card",
	CueDay:      "%s · %s",
	CueLearned:  "What did you learn that day?",
	ShowNote:    "Answer in your head, then press space to see your note.",
	Note:        "Your note",
	NoteOf:      "Your note of %s",
	Grades:      [4]string{"again", "hard", "good", "easy"},
	GradeHint:   "%s · s retire",
	Scroll:      " · ↑/↓ scroll",
	RevealFirst: "Show the note first (space): a grade says how well you recalled it.",
	Graded:      "%s: %s, back on %s",
	Retired:     "The card of %s is retired: it will not be asked again",
	Loading:     "Loading today's cards…",

	Summary:     "Done: %d cards — %d recalled",
	SummaryOne:  "Done: 1 card — %d recalled",
	SummaryBy:   "%s %d",
	RetiredN:    "%d retired",
	AnyKey:      "Press any key to go back to Today.",
	Empty:       "Nothing to recall today.",
	EmptyWhy:    "Each reflection that says what you learned becomes a card; it first comes back the day after.",
	CapsReached: "Today's limits are reached: %d more wait for the next days.",

	Ask:     "Ask me later",
	AskHint: "a question for the recall card",

	Heading:     "Recall",
	Cards:       "cards",
	DueToday:    "due today",
	Reviewed30:  "reviewed in 30 days",
	Recalled:    "recalled",
	MemoryLasts: "memories last",
	None:        "—",
	Days:        "%d days",
	OneDay:      "1 day",
	UnderDay:    "under a day",
	FiguresWhy:  "Recalled is the share of the 30 days' reviews graded good or easy; about 90% is the aim. Memories last is the median number of days a card keeps a 90% chance of recall.",
}

var recallZH = RecallUI{
	DueLine: "回想：%d 张到期 — 按 r 开始",

	Title:       "回想",
	Counter:     "第 %d 张，共 %d 张",
	NewCard:     "新卡片",
	CueDay:      "%s · %s",
	CueLearned:  "那天你学到了什么？",
	ShowNote:    "先在心里回答，再按 space 看你的笔记。",
	Note:        "你的笔记",
	NoteOf:      "你在 %s 的笔记",
	Grades:      [4]string{"忘了", "吃力", "记得", "轻松"},
	GradeHint:   "%s · s 不再回想",
	Scroll:      " · ↑/↓ 滚动",
	RevealFirst: "请先按 space 显示笔记：评分是看你想起了多少。",
	Graded:      "%s：%s，%s 再来",
	Retired:     "%s 的卡片不再回想",
	Loading:     "正在加载今天的卡片…",

	Summary:     "完成：%d 张卡片 — 想起 %d 张",
	SummaryOne:  "完成：1 张卡片 — 想起 %d 张",
	SummaryBy:   "%s %d",
	RetiredN:    "%d 张不再回想",
	AnyKey:      "按任意键回到今日页。",
	Empty:       "今天没有要回想的卡片。",
	EmptyWhy:    "每条写了学到什么的反思都会变成一张卡片，第二天第一次到期。",
	CapsReached: "今天的上限已到：还有 %d 张留到之后几天。",

	Ask:     "以后问我",
	AskHint: "留给回想卡片的一个问题",

	Heading:     "回想",
	Cards:       "卡片",
	DueToday:    "今日到期",
	Reviewed30:  "30 天内回想",
	Recalled:    "想起的比例",
	MemoryLasts: "记忆保持",
	None:        "—",
	Days:        "%d 天",
	OneDay:      "1 天",
	UnderDay:    "不到 1 天",
	FiguresWhy:  "想起的比例：30 天内的回想中评为记得或轻松的比例，九成上下正是目标。记忆保持：卡片稳定性的中位数，即隔这么多天再问，仍有九成把握想起来。",
}
