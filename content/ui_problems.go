package content

// ProblemsUI says why an input was refused, under the field that holds it.
// The field's own label is beside the message, so the messages do not name
// it. The command line says them with the field (CLIErrorsUI.Problem).
type ProblemsUI struct {
	TitleEmpty        string
	TitleOneLine      string
	TooLong           string // "%d characters; the limit is %d"
	UnknownCompetency string // "%q …"
	RepeatPerWeek     string // "%q …"
	UnknownRepeat     string // "%q …"
	InvalidDate       string // "%q …"
	MinutesNegative   string
	MinutesTooMany    string // "at most %d …"
	RatingRange       string
	TooManyResources  string // "%d …, the limit is %d"
	TagOneWord        string // "%q …"
	TooManyTags       string // "%d …, the limit is %d"
	OnceNeedsDue      string
	DateOutOfRange    string // "%s …", the date
	MeasureSyntax     string // "%q …"
	MeasureRange      string // "… %d …", the limit
	AmountRange       string // "… %d …", the limit
	MeasureUnit       string
	NotNumber         string // "%q …"
	InField           string // "%s: %s", a field's label and a message
	Busy              string // "… %s …", the database file
	Gone              string // a record deleted elsewhere meanwhile
}

var problemsEN = ProblemsUI{
	TitleEmpty:        "A title is needed.",
	TitleOneLine:      "A title is one line.",
	TooLong:           "%d characters; the limit is %d.",
	UnknownCompetency: "%q is not a competency.",
	RepeatPerWeek:     "%q: N/week needs N from 1 to 7.",
	UnknownRepeat:     "%q is not a schedule: try daily, weekdays, mon,wed,fri or 3/week.",
	InvalidDate:       "%q is not a date: try YYYY-MM-DD, today, tomorrow or fri.",
	MinutesNegative:   "Minutes cannot be negative.",
	MinutesTooMany:    "At most %d minutes (one day).",
	RatingRange:       "Rate the day from 1 to 5.",
	TooManyResources:  "%d resources; the limit is %d.",
	TagOneWord:        "Tag %q must be one word.",
	TooManyTags:       "%d tags; the limit is %d.",
	OnceNeedsDue:      "A one-off task needs a due date.",
	DateOutOfRange:    "%s is out of range: coach keeps dates from 1900-01-01 to 9999-12-31.",
	MeasureSyntax:     "%q is not a target: a whole number and what it counts, like 40 problems, 30 check-ins or 600 minutes.",
	MeasureRange:      "A target counts from 1 to %d.",
	AmountRange:       "The count runs from 0 to %d.",
	MeasureUnit:       "Say in one line what the target counts.",
	NotNumber:         "%q is not a whole number.",
	InField:           "%s: %s",
	Busy:              "Another coach is using %s; try again in a moment.",
	Gone:              "That record is gone: it was deleted elsewhere.",
}

var problemsZH = ProblemsUI{
	TitleEmpty:        "标题不能为空。",
	TitleOneLine:      "标题只能有一行。",
	TooLong:           "共 %d 个字符，上限 %d。",
	UnknownCompetency: "%q 不是一项能力。",
	RepeatPerWeek:     "%q：每周的次数须在 1 到 7 之间。",
	UnknownRepeat:     "%q 不是重复规则：试试 每天、工作日、周一三五 或 每周 3 次。",
	InvalidDate:       "%q 不是日期：试试 YYYY-MM-DD、今天、明天 或 周五。",
	MinutesNegative:   "分钟数不能为负。",
	MinutesTooMany:    "最多 %d 分钟（一整天）。",
	RatingRange:       "请给这一天打 1 到 5 分。",
	TooManyResources:  "共 %d 条资源，上限 %d 条。",
	TagOneWord:        "标签 %q 只能是一个词。",
	TooManyTags:       "共 %d 个标签，上限 %d 个。",
	OnceNeedsDue:      "一次性任务需要截止日期。",
	DateOutOfRange:    "%s 超出范围：coach 只保存 1900-01-01 到 9999-12-31 之间的日期。",
	MeasureSyntax:     "%q 不是可衡量的目标：请写一个整数和它计的东西，比如 40 道题、30次打卡或 600分钟。",
	MeasureRange:      "目标数量应在 1 到 %d 之间。",
	AmountRange:       "计数应在 0 到 %d 之间。",
	MeasureUnit:       "请用一行写明这个目标计的是什么。",
	NotNumber:         "%q 不是整数。",
	InField:           "%s：%s",
	Busy:              "另一个 coach 正在使用 %s，请稍后再试。",
	Gone:              "这条记录已不存在：它在别处被删除了。",
}
