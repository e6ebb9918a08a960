package content

// GuideUI is the Guide and FAQ screens.
type GuideUI struct {
	Filter      string // prompt of the filter field
	FilterHint  string // placeholder of the filter field
	NoMatch     string // "Nothing matches “%s”."
	SeeAlso     string
	Related     string // footer of a FAQ answer: "See also: %s (enter)"
	Rendering   string
	RenderError string // "Cannot show this page: %v"
	Contents    string // header of the guide's list
	Questions   string // header of the FAQ's list
	Empty       string // the list has nothing at all
}

var guideEN = GuideUI{
	Filter:      "filter: ",
	FilterHint:  "title or text",
	NoMatch:     "Nothing matches “%s”.",
	SeeAlso:     "See also",
	Related:     "See also: %s (enter)",
	Rendering:   "Rendering…",
	RenderError: "Cannot show this page: %v",
	Contents:    "Contents",
	Questions:   "Questions",
	Empty:       "Nothing to show.",
}

var guideZH = GuideUI{
	Filter:      "筛选：",
	FilterHint:  "标题或正文",
	NoMatch:     "没有匹配“%s”的内容。",
	SeeAlso:     "另见",
	Related:     "另见：%s（按 enter 打开）",
	Rendering:   "渲染中…",
	RenderError: "无法显示此页：%v",
	Contents:    "目录",
	Questions:   "问题",
	Empty:       "没有可显示的内容。",
}
