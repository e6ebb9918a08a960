package content

// SyncUI is what the full-screen app says about sync: the state at the
// right of the top bar, and the status line after S.
type SyncUI struct {
	// The top bar's state, short enough to sit beside the tabs.
	Syncing    string
	JustNow    string // synced under a minute ago
	MinAgo     string // "synced %d min ago"
	HoursAgo   string // "synced %d h ago"
	DaysAgo    string // "synced %d d ago"
	Never      string // set up, but no sync has run yet
	Waiting    string // "%d changes waiting"
	WaitingOne string // one change waiting
	Offline    string
	Failed     string // "sync failed: %s" (the reason, in git's words)

	// The status line.
	Done     string // "Synced: %d sent, %d received"
	Running  string // S while this app's sync runs
	Busy     string // another coach (a timer, a terminal) is syncing
	NotSetUp string
}

var syncEN = SyncUI{
	Syncing:    "syncing…",
	JustNow:    "synced just now",
	MinAgo:     "synced %d min ago",
	HoursAgo:   "synced %d h ago",
	DaysAgo:    "synced %d d ago",
	Never:      "not synced yet",
	Waiting:    "%d changes waiting",
	WaitingOne: "1 change waiting",
	Offline:    "offline",
	Failed:     "sync failed: %s",

	Done:     "Synced: %d sent, %d received",
	Running:  "Already syncing",
	Busy:     "Another coach is syncing this journal; try again in a moment",
	NotSetUp: "sync is not set up: run coach sync init REMOTE",
}

var syncZH = SyncUI{
	Syncing:    "同步中…",
	JustNow:    "刚刚同步",
	MinAgo:     "同步于 %d 分钟前",
	HoursAgo:   "同步于 %d 小时前",
	DaysAgo:    "同步于 %d 天前",
	Never:      "尚未同步",
	Waiting:    "%d 项待同步",
	WaitingOne: "1 项待同步",
	Offline:    "离线",
	Failed:     "同步失败：%s",

	Done:     "已同步：发出 %d 项，收到 %d 项",
	Running:  "正在同步中",
	Busy:     "另一个 coach 正在同步这份日志，请稍后再试",
	NotSetUp: "尚未设置同步：运行 coach sync init REMOTE",
}
