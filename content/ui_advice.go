package content

// AdviceUI is the advice about this week's focus and about one habit.
type AdviceUI struct {
	Focus         string // "This week's focus, from your review: %s. Try: %s"
	FocusAlone    string // the same without a task to try: "…: %s."
	AtRisk        string // "“%s” is %d in a row …": a streak today's check-in decides
	AtRiskWeeks   string // the same for an N/week habit, its streak in weeks
	Slipping      string // "“%s” is slipping: done %d of %d due in the last seven days, …" (counts read right for 1 too)
	SlippingWeeks string // the same for an N/week habit, by calendar weeks
}

var adviceEN = AdviceUI{
	Focus:         "This week's focus, from your review: %s. Try: %s",
	FocusAlone:    "This week's focus, from your review: %s.",
	AtRisk:        "Streak at risk: “%s” is %d in a row and not done yet today. Tick it off to keep it going.",
	AtRiskWeeks:   "Streak at risk: “%s” met its target %d weeks in a row; this week it needs every day left, today included.",
	Slipping:      "“%s” is slipping: done %d of %d due in the last seven days, against %d of %d the week before.",
	SlippingWeeks: "“%s” is slipping: check-ins last week %d of %d, the week before %d of %d.",
}

var adviceZH = AdviceUI{
	Focus:         "本周重点（你在回顾里选的）：%s。试试：%s",
	FocusAlone:    "本周重点（你在回顾里选的）：%s。",
	AtRisk:        "连续记录快断了：“%s”已连续完成 %d 次，今天还没做。做完勾上，就能接着连下去。",
	AtRiskWeeks:   "连续记录快断了：“%s”已连续 %d 周达标；本周剩下的每一天（包括今天）都得做。",
	Slipping:      "“%s”有些松懈：最近七天做了 %d 次，应做 %d 次；再往前一周做了 %d 次，应做 %d 次。",
	SlippingWeeks: "“%s”有些松懈：上周做了 %d 次，应做 %d 次；上上周做了 %d 次，应做 %d 次。",
}
