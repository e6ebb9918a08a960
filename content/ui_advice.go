package content

// AdviceUI is the advice that follows the weekly review's focus.
type AdviceUI struct {
	Focus      string // "This week's focus, from your review: %s. Try: %s"
	FocusAlone string // the same without a task to try: "…: %s."
}

var adviceEN = AdviceUI{
	Focus:      "This week's focus, from your review: %s. Try: %s",
	FocusAlone: "This week's focus, from your review: %s.",
}

var adviceZH = AdviceUI{
	Focus:      "本周重点（你在回顾里选的）：%s。试试：%s",
	FocusAlone: "本周重点（你在回顾里选的）：%s。",
}
