package content

// WelcomeUI is the first-start welcome with its pick of starter goals.
type WelcomeUI struct {
	Title    string
	Pick     string
	Selected string // "%d goals and %d habits selected"
	Added    string // "Added %d goals and %d tasks"
	Once     string // the schedule of a one-off starter task
}

var welcomeEN = WelcomeUI{
	Title:    "Getting started",
	Pick:     "Pick a few starter goals and habits to begin with. You can change everything later.",
	Selected: "%d goals and %d tasks selected",
	Added:    "Added %d goals and %d tasks",
	Once:     "once",
}

var welcomeZH = WelcomeUI{
	Title:    "开始使用",
	Pick:     "挑几个入门目标和习惯开始吧。之后随时可以修改。",
	Selected: "已选 %d 个目标、%d 个任务",
	Added:    "已添加 %d 个目标、%d 个任务",
	Once:     "一次",
}
