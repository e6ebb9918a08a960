package content

// ReflectUI is the Reflect screen: the daily reflection, the past
// reflections and the weekly review. The prompts themselves come from the
// coach data (Coach.Reflection, Coach.Review).
type ReflectUI struct {
	Heading   string // "Reflection · %s"
	TodayMark string // after the date of today
	Editing   string // after the heading while the form is open
	Saving    string
	Rating    string
	RatingOf  string // "%d/5"
	NoRating  string
	Tags      string
	TagsHint  string // placeholder of the tags field
	NoAnswer  string // an empty answer in the read-only view

	Empty          string // no reflection on the shown day
	Draft          string // an unsaved draft exists for the shown day or week
	DraftKept      string
	DiscardConfirm string
	Discarded      string
	Saved          string // "Reflection of %s saved"
	NeedRating     string
	CannotSave     string // "Cannot save: %s"
	EditorFailed   string // "The editor failed: %s"
	EditorNoField  string

	PastHeading   string // "Past reflections (%d)"
	PastEmpty     string
	SearchPrompt  string
	SearchHint    string
	SearchHeading string // "Reflections matching “%s” (%d)"
	NoMatch       string // "Nothing matches “%s”."

	ReviewHeading string // "Weekly review · %s (%s – %s)"
	Figures       string // heading of the week's figures
	FigureRow     string // "%d/%d done · %d min"
	WeekRating    string // "mean rating %.2f"
	WeekStreak    string // "day streak %d at the end of the week"
	ThisWeek      string
	ReviewEmpty   string
	ReviewSaved   string // "Weekly review %s saved"
	PastReviews   string
	NoFocus       string
	NotWritten    string // a past week in the list that has no review
}

var reflectEN = ReflectUI{
	Heading:   "Reflection · %s",
	TodayMark: "today",
	Editing:   "editing",
	Saving:    "saving…",
	Rating:    "Rating (1–5)",
	RatingOf:  "%d/5",
	NoRating:  "not rated",
	Tags:      "Tags",
	TagsHint:  "comma or space separated",
	NoAnswer:  "—",

	Empty:          "No reflection for this day yet. Press e to write it.",
	Draft:          "Unsaved draft: press e to resume it, d to discard it.",
	DraftKept:      "Draft kept: press e to resume it",
	DiscardConfirm: "Discard the unsaved draft? Press y to confirm, any other key to keep it.",
	Discarded:      "Draft discarded",
	Saved:          "Reflection of %s saved",
	NeedRating:     "Rate the day from 1 to 5 before saving (on the rating field: keys 1–5 or ←/→).",
	CannotSave:     "Cannot save: %s",
	EditorFailed:   "The editor failed: %s",
	EditorNoField:  "Move to a text field to open it in the editor.",

	PastHeading:   "Past reflections (%d)",
	PastEmpty:     "No reflections yet. Press p to go back and write today's.",
	SearchPrompt:  "Search: ",
	SearchHint:    "words in the text or tags",
	SearchHeading: "Reflections matching “%s” (%d)",
	NoMatch:       "Nothing matches “%s”.",

	ReviewHeading: "Weekly review · %s (%s – %s)",
	Figures:       "The week in figures",
	FigureRow:     "%d/%d done · %d min",
	WeekRating:    "mean rating %.2f",
	WeekStreak:    "day streak %d at the end of the week",
	ThisWeek:      "this week",
	ReviewEmpty:   "Not written yet. Press e to write it.",
	ReviewSaved:   "Weekly review %s saved",
	PastReviews:   "Reviews",
	NotWritten:    "not written",
	NoFocus:       "none",
}

var reflectZH = ReflectUI{
	Heading:   "反思 · %s",
	TodayMark: "今天",
	Editing:   "编辑中",
	Saving:    "保存中…",
	Rating:    "评分（1–5）",
	RatingOf:  "%d/5",
	NoRating:  "未评分",
	Tags:      "标签",
	TagsHint:  "用逗号或空格分隔",
	NoAnswer:  "—",

	Empty:          "这一天还没有反思。按 e 开始写。",
	Draft:          "有未保存的草稿：按 e 继续编辑，按 d 丢弃。",
	DraftKept:      "草稿已保留：按 e 继续编辑",
	DiscardConfirm: "丢弃未保存的草稿？按 y 确认，按其他键保留。",
	Discarded:      "草稿已丢弃",
	Saved:          "已保存 %s 的反思",
	NeedRating:     "保存前请给这一天打分（1–5）：在评分栏按 1–5 或 ←/→。",
	CannotSave:     "无法保存：%s",
	EditorFailed:   "编辑器出错：%s",
	EditorNoField:  "请先移到文本栏，再用编辑器打开。",

	PastHeading:   "历史反思（%d）",
	PastEmpty:     "还没有反思。按 p 返回，写下今天的反思。",
	SearchPrompt:  "搜索：",
	SearchHint:    "正文或标签中的词",
	SearchHeading: "匹配“%s”的反思（%d）",
	NoMatch:       "没有匹配“%s”的反思。",

	ReviewHeading: "每周回顾 · %s（%s – %s）",
	Figures:       "本周数据",
	FigureRow:     "完成 %d/%d · %d 分钟",
	WeekRating:    "平均评分 %.2f",
	WeekStreak:    "周末时连续坚持 %d 天",
	ThisWeek:      "本周",
	ReviewEmpty:   "还没有写。按 e 开始写。",
	ReviewSaved:   "已保存 %s 的每周回顾",
	PastReviews:   "回顾列表",
	NotWritten:    "未写",
	NoFocus:       "未选",
}
