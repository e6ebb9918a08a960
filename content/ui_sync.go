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

	// coach sync and coach sync status on the command line.
	Summary     string // "synced: %s sent, %s received": two counts below
	ChangeOne   string
	Changes     string // "%d changes"
	RecordOne   string
	Records     string // "%d records"
	KeyMade     string // "made the sync key %s: …": its path
	NotSetUpCLI string
	Remote      string // the status's labels, padded to one width
	Encrypted   string // " (encrypted)", after the remote
	Device      string // "%s (%s)": the id, the host
	Others      string
	NoOthers    string
	Applied     string // "  %s (%s), applied up to its sync #%d"
	LastSync    string
	NeverRun    string
	FailedLast  string // "%s, failed: %s": when, why
	Pending     string // "%s not yet pushed": a count of changes
	JustNowCLI  string
	MinAgoCLI   string // "%d min ago"
	HoursAgoCLI string // "%d h ago"
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

	Summary:     "synced: %s sent, %s received",
	ChangeOne:   "1 change",
	Changes:     "%d changes",
	RecordOne:   "1 record",
	Records:     "%d records",
	KeyMade:     "made the sync key %s: copy it to your other machines (keep it secret)",
	NotSetUpCLI: "sync is not set up: run coach sync init REMOTE",
	Remote:      "remote:       ",
	Encrypted:   " (encrypted)",
	Device:      "this device:  %s (%s)",
	Others:      "other devices:",
	NoOthers:    "other devices: none yet",
	Applied:     "  %s (%s), applied up to its sync #%d",
	LastSync:    "last sync:    ",
	NeverRun:    "never",
	FailedLast:  "%s, failed: %s",
	Pending:     "waiting:      %s not yet pushed",
	JustNowCLI:  "just now",
	MinAgoCLI:   "%d min ago",
	HoursAgoCLI: "%d h ago",
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

	Summary:     "已同步：发出 %s，收到 %s",
	ChangeOne:   "1 项更改",
	Changes:     "%d 项更改",
	RecordOne:   "1 条记录",
	Records:     "%d 条记录",
	KeyMade:     "已生成同步密钥 %s：请把它复制到你的其他机器（务必保密）",
	NotSetUpCLI: "尚未设置同步：运行 coach sync init REMOTE",
	Remote:      "远程仓库：",
	Encrypted:   "（已加密）",
	Device:      "本设备：  %s（%s）",
	Others:      "其他设备：",
	NoOthers:    "其他设备：暂无",
	Applied:     "  %s（%s），已应用到它的第 %d 次同步",
	LastSync:    "上次同步：",
	NeverRun:    "从未",
	FailedLast:  "%s，失败：%s",
	Pending:     "待推送：  %s",
	JustNowCLI:  "刚刚",
	MinAgoCLI:   "%d 分钟前",
	HoursAgoCLI: "%d 小时前",
}
