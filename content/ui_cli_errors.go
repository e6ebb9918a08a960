package content

import (
	"fmt"
	"strings"

	"coach/domain"
)

// CLIErrorsUI is what the command line says when it refuses a command or
// fails, in a language other than English. The code writes its messages in
// English; Formats gives each English format (exactly as the code writes
// it, verbs included) this language's format, which takes the same parts
// (%[n]s to reorder them). A part that is itself a message, or one of the
// phrases listed here ("a task id"), is said in this language too. English
// needs no table: its zero value leaves every message as it is.
type CLIErrorsUI struct {
	Formats map[string]string
	Fields  map[string]string // a field a length limit applies to: "title" → 标题
}

// CLIErrors returns the error table of language l.
func CLIErrors(l Lang) CLIErrorsUI {
	if l.known() == ZH {
		return cliErrorsZH
	}
	return CLIErrorsUI{}
}

// Problem says an input rule's message in this language; ok is false in
// English, where domain.Problem's own message is the one to print.
func (c CLIErrorsUI) Problem(p *domain.Problem) (msg string, ok bool) {
	if c.Formats == nil {
		return "", false
	}
	pui := Strings(ZH).Problems
	switch p.Rule {
	case domain.TooLong:
		return fmt.Sprintf("%s太长：共 %d 个字符，上限 %d", c.fieldName(p.Field), p.Got, p.Limit), true
	case domain.UnknownCompetency:
		return fmt.Sprintf("未知的能力 %q：可选 深度、广度、学习、问题解决、沟通协作、创新（或 %s）", p.Value, strings.Join(domain.Competencies, "、")), true
	case domain.RepeatPerWeek:
		return fmt.Sprintf("无效的重复规则 %q：每周的次数应在 1 到 7 之间", p.Value), true
	case domain.UnknownRepeat:
		return fmt.Sprintf("未知的重复规则 %q：可写 每天、工作日、周一三五、每周 3 次（或 once、daily、weekdays、mon,wed,fri、3/week）", p.Value), true
	case domain.InvalidDate:
		return fmt.Sprintf("无效的日期 %q：可写 YYYY-MM-DD、今天、昨天、明天或周几（如 周五）", p.Value), true
	case domain.MinutesNegative:
		return fmt.Sprintf("分钟数不能为负，收到的是 %d", p.Got), true
	case domain.MinutesTooMany:
		return fmt.Sprintf("分钟数最多 %d（一整天），收到的是 %d", p.Limit, p.Got), true
	case domain.RatingRange:
		return fmt.Sprintf("评分应为 1 到 5，收到的是 %d", p.Got), true
	case domain.TooManyResources:
		return fmt.Sprintf("一个目标最多 %d 条资源，收到 %d 条", p.Limit, p.Got), true
	case domain.TooManyTags:
		return fmt.Sprintf("最多 %d 个标签，收到 %d 个", p.Limit, p.Got), true
	case domain.MeasureRange:
		if p.Field == "amount" {
			return fmt.Sprintf("计数应在 0 到 %d 之间，收到的是 %d", p.Limit, p.Got), true
		}
		if p.Value != "" {
			return fmt.Sprintf("目标数量应在 1 到 %d 之间，收到的是 %s", p.Limit, p.Value), true
		}
		return fmt.Sprintf("目标数量应在 1 到 %d 之间，收到的是 %d", p.Limit, p.Got), true
	case domain.MeasureKind:
		return fmt.Sprintf("未知的目标类型 %q：应为 checkins、minutes 或 amount", p.Value), true
	case domain.TitleEmpty:
		return strings.TrimSuffix(pui.TitleEmpty, "。"), true
	case domain.TitleOneLine:
		return strings.TrimSuffix(pui.TitleOneLine, "。"), true
	case domain.TagOneWord:
		return strings.TrimSuffix(fmt.Sprintf(pui.TagOneWord, p.Value), "。"), true
	case domain.OnceNeedsDue:
		return strings.TrimSuffix(pui.OnceNeedsDue, "。"), true
	case domain.DateOutOfRange:
		return strings.TrimSuffix(fmt.Sprintf(pui.DateOutOfRange, p.Value), "。"), true
	case domain.MeasureSyntax:
		return strings.TrimSuffix(fmt.Sprintf(pui.MeasureSyntax, p.Value), "。"), true
	case domain.MeasureUnit:
		return fmt.Sprintf("无效的单位 %q：请用一行写明这个目标计的是什么", p.Value), true
	}
	return "", false
}

// fieldName says the field a length limit applies to. A field of an
// export's record comes with its place in the file (goals[0].why,
// tasks[2].measure.unit, reflections[1].tags[3]), which stays as it is
// with the field's name after it.
func (c CLIErrorsUI) fieldName(field string) string {
	if f, ok := c.Fields[field]; ok {
		return f
	}
	name := field[strings.LastIndex(field, ".")+1:]
	if i := strings.Index(name, "["); i >= 0 {
		name = name[:i]
	}
	if f, ok := c.Fields[name]; ok {
		return field + "（" + f + "）"
	}
	return field + " "
}

var cliErrorsZH = CLIErrorsUI{
	Fields: map[string]string{
		"title": "标题", "why": "“为什么”", "notes": "备注", "note": "备注", "resource": "资源",
		"tag": "标签", "tags": "标签", "resources": "资源", "unit": "单位",
		// The parts of a reflection and a weekly review, by the questions
		// their forms ask.
		"learned": "“今天学到了什么”", "solved": "“解决了什么问题”", "collaborated": "“和谁一起做了事”",
		"idea": "“值得记下的想法”", "next": "“明天的下一步”", "ask": "“以后问我”",
		"went well": "“这周做得好的地方”", "went_well": "“这周做得好的地方”", "adjust": "“计划要做的调整”",
		"focus": "“下周重点”",
	},
	Formats: map[string]string{
		// The command line's own messages (package cli).
		"cannot find the home directory: set COACH_DB or --db": "找不到主目录：请设置 COACH_DB 或使用 --db",
		"unknown export format %q: want json, markdown or csv": "未知的导出格式 %q：可选 json、markdown 或 csv",
		"cannot write %s: %w": "无法写入 %s：%v",
		"--replace is for coach's own exports: an import --from adds to the journal": "--replace 只用于 coach 自己的导出文件：import --from 是往日志里追加内容",
		"--dry-run and --competency go with --from":                                  "--dry-run 和 --competency 须与 --from 一起使用",
		"cannot read %s: %w":           "无法读取 %s：%v",
		"%s: %w; nothing was imported": "%s：%v；没有导入任何内容",
		"%s has %d problem(s): restore a backup with coach restore FILE":                  "%s 有 %d 处问题：请用 coach restore FILE 恢复一份备份",
		"use --years or --days, not both":                                                 "--years 和 --days 只能用一个",
		"invalid --years %v: want more than 0 and at most %d":                             "无效的 --years %v：应大于 0 且不超过 %d",
		"invalid --days %d: want 1 to %d":                                                 "无效的 --days %d：应在 1 到 %d 之间",
		"%s is a directory, not a database file":                                          "%s 是目录，不是数据库文件",
		"%s already exists: use --force to replace it with demo data":                     "%s 已存在：加上 --force 可用演示数据替换它",
		"cannot remove the leftover %s: %w":                                               "无法删除残留的 %s：%v",
		"cannot create a temporary directory: %w":                                         "无法创建临时目录：%v",
		"line %d is above the first ## heading: write under a heading":                    "第 %d 行在第一个 ## 标题之前：请写在标题下面",
		"line %d: unknown heading %q":                                                     "第 %d 行：未知的标题 %q",
		"line %d: the heading %q appears twice":                                           "第 %d 行：标题 %q 出现了两次",
		"%s takes at most %s (got %d arguments); see coach %s --help":                     "%[1]s 最多接受%[2]s（收到 %[3]d 个参数）；见 coach %[4]s --help",
		"%s needs %s (got %d argument(s)); see coach %s --help":                           "%[1]s 需要%[2]s（收到 %[3]d 个参数）；见 coach %[4]s --help",
		"invalid id %q: want a positive number":                                           "无效的编号 %q：应为正整数",
		"count takes a goal id and one count (got %q too)":                                "count 只接受一个目标编号和一个计数（多出了 %q）",
		"goal %d's count is %d, and %s would make it %d: the count runs from 0 to %d":     "目标 %d 的计数是 %d，%s 会让它变成 %d：计数应在 0 到 %d 之间",
		"invalid count %q: want +N to add, -N to take away or N to set, N a whole number": "无效的计数 %q：应为 +N（增加）、-N（减少）或 N（设为该值），N 是整数",
		"count %q is too large: the count runs from 0 to %d":                              "计数 %q 太大：计数应在 0 到 %d 之间",
		"--target needs a date, or none for no target date":                               "--target 需要一个日期，写 none（或 无）表示不设目标日期",
		"--measure: %w": "--measure：%v",
		"coach cannot import from %q: --from takes %s":                                                     "coach 不能从 %q 导入：--from 可选 %s",
		"--since %s is after --until %s":                                                                   "--since %s 晚于 --until %s",
		"--tag needs a tag, such as go or #go":                                                             "--tag 需要一个标签，比如 go 或 #go",
		"--%s needs a date (YYYY-MM-DD, yesterday, a weekday …)":                                           "--%s 需要一个日期（YYYY-MM-DD、昨天、周几……）",
		"cannot write the output: %w":                                                                      "无法写出结果：%v",
		"no guide section %q: see coach guide for the list":                                                "没有指南章节 %q：运行 coach guide 查看列表",
		"no stored file for %s %q":                                                                         "找不到 %s %q 的原始文件",
		"no question %q: pick 1 to %d (see coach faq)":                                                     "没有问题 %q：请选 1 到 %d（见 coach faq）",
		"a reflection needs a rating of the day from 1 to 5: add --rating N":                               "反思需要给这一天打 1 到 5 分：加上 --rating N",
		"cannot create a file for the editor: %w":                                                          "无法为编辑器创建文件：%v",
		"cannot keep the replaced text: %w":                                                                "无法保存被替换的文字：%v",
		"cannot make a template marker that the reflection does not contain":                               "无法生成一个反思中没有出现过的模板标记",
		"rating must be 1 to 5, got %q":                                                                    "评分应为 1 到 5，收到的是 %q",
		"the editor %s failed: %v; nothing was saved":                                                      "编辑器 %s 出错：%v；没有保存任何内容",
		"the editor left no file at %s; nothing was saved":                                                 "编辑器没有在 %s 留下文件；没有保存任何内容",
		"cannot read the edited text back (%v); nothing was saved, and what the editor left is kept in %s": "无法读回编辑后的文字（%v）；没有保存任何内容，编辑器留下的文件保存在 %s",
		"%w; nothing was saved, and your text is kept in %s":                                               "%v；没有保存任何内容，你写的文字保存在 %s",
		"week %s has not started yet (today is %s)":                                                        "%s 这一周还没开始（今天是 %s）",
		"--edit and --json do not go together":                                                             "--edit 和 --json 不能同时使用",
		"line %d: %w":                                                                                      "第 %d 行：%v",
		"unknown command %q; see coach --help":                                                             "未知命令 %q；见 coach --help",
		"%s takes no arguments (got %q)":                                                                   "%s 不接受参数（收到 %q）",
		"--format: unknown placeholder %s; use {%s}":                                                       "--format：未知的占位符 %s；可用 {%s}",
		"--due is for one-off tasks; %q repeats":                                                           "--due 只用于一次性任务，而 %q 会重复",
		"--due needs a date (YYYY-MM-DD, today, friday …)":                                                 "--due 需要一个日期（YYYY-MM-DD、今天、周五……）",
		"--goal needs a goal id, or none to unlink the task (got %q)":                                      "--goal 需要一个目标编号，或写 none（或 无）解除任务与目标的关联（收到 %q）",
		"task %d belongs to goal %d, whose competency it takes: add --goal none to unlink it":              "任务 %d 属于目标 %d，能力随目标而定：加上 --goal none 可解除关联",
		"task %d repeats (%s): --due is for one-off tasks; add --repeat once":                              "任务 %d 是重复任务（%s）：--due 只用于一次性任务；请加上 --repeat once",
		"goal %d is in %s; a task takes its goal's competency (drop --competency %s)":                      "目标 %d 属于 %s；任务的能力随目标而定（去掉 --competency %s）",
		"%s is in the future: check-ins are for today or earlier":                                          "%s 还没到：只能为今天或更早的日子打卡",
		"count needs a goal id and a count: +N to add, -N to take away or N to set (got %d argument(s)); see coach goal count --help": "count 需要一个目标编号和一个计数：+N 增加，-N 减少，N 设为该值（收到 %d 个参数）；见 coach goal count --help",
		"goal edit needs at least one of --title, --competency, --why, --target, --measure or --resource":                             "goal edit 至少需要 --title、--competency、--why、--target、--measure、--resource 中的一项",
		"goal add needs --competency (depth, breadth, learning, problem-solving, collaboration or innovation)":                        "goal add 需要 --competency（深度、广度、学习、问题解决、沟通协作、创新，或 depth、breadth、learning、problem-solving、collaboration、innovation）",
		"--replace needs the text to replace with: -m, --solved, --collaborated, --idea or --next":                                    "--replace 需要用来替换的文字：-m、--solved、--collaborated、--idea 或 --next",
		"--edit opens the whole review in $EDITOR: leave out --went-well, --adjust, --focus and --notes":                              "--edit 会在 $EDITOR 中打开整篇每周回顾：请去掉 --went-well、--adjust、--focus 和 --notes",
		"edit needs at least one of --title, --repeat, --due, --minutes, --goal, --notes or --competency":                             "edit 至少需要 --title、--repeat、--due、--minutes、--goal、--notes、--competency 中的一项",

		// What a command takes, in the two messages above about arguments.
		"an export file (or, with --from, the other tool's file or folder)": "一个导出文件（加 --from 时是另一个工具的文件或文件夹）",
		"a file to write":                  "一个要写入的文件",
		"a backup file":                    "一个备份文件",
		"a goal id":                        "一个目标编号",
		"a task id":                        "一个任务编号",
		"a title in quotes":                "一个加引号的标题",
		"one section":                      "一个章节",
		"one question number":              "一个问题编号",
		"the card's day":                   "卡片的日期",
		"the git remote (a URL or a path)": "git 远程仓库（URL 或路径）",
		"the card's day and a grade (again, hard, good or easy)": "卡片的日期和一个评分（忘了、吃力、记得、轻松 或 1 到 4）",

		// The flag parser's messages (cobra and pflag).
		"unknown flag: %s":                                   "未知选项：%s",
		"unknown shorthand flag: %s in %s":                   "未知的短选项：%s（在 %s 中）",
		"flag needs an argument: %s":                         "选项缺少值：%s",
		"flag needs an argument: %s in %s":                   "选项缺少值：%s（在 %s 中）",
		"invalid argument %q for %q flag: %v":                "选项 %[2]s 的值 %[1]q 无效：%[3]v",
		"strconv.ParseInt: parsing %q: invalid syntax":       "不是整数",
		"strconv.ParseUint: parsing %q: invalid syntax":      "不是非负整数",
		"strconv.ParseFloat: parsing %q: invalid syntax":     "不是数字",
		"strconv.ParseBool: parsing %q: invalid syntax":      "应为 true 或 false",
		"strconv.ParseInt: parsing %q: value out of range":   "超出范围",
		"strconv.ParseUint: parsing %q: value out of range":  "超出范围",
		"strconv.ParseFloat: parsing %q: value out of range": "超出范围",
		"unknown command %q for %q":                          "%[2]s 没有命令 %[1]q",

		// The database's (package store).
		"no task with id %v":        "没有编号为 %v 的任务",
		"no goal with id %v":        "没有编号为 %v 的目标",
		"no recall card with id %v": "没有 %v 的回想卡片",
		"no %s with id %v":          "没有编号为 %[2]v 的 %[1]s",
		"%v: another coach is using %s; try again in a moment": "%v：另一个 coach 正在使用 %s，请稍后再试",
		"database is busy": "数据库正忙",
		"%s already exists: choose another name or use --force": "%s 已存在：请换一个名字，或加上 --force",
		"git %s: %s":  "git %s：%s",
		"offline: %s": "无法连接远程仓库：%s",
		"%s does not exist: check --db and COACH_DB (a command that writes creates it)": "%s 不存在：请检查 --db 和 COACH_DB（写入数据的命令会创建它）",
		"%s does not exist":                                          "%s 不存在",
		"%s is a link to %s, which does not exist":                   "%s 是指向 %s 的链接，而后者不存在",
		"task %d is archived":                                        "任务 %d 已归档",
		"task %d is not done on %s":                                  "任务 %d 在 %s 没有完成记录",
		"task %d is already archived (since %s); its check-ins stay": "任务 %d 已经归档（自 %s 起），打卡记录保留",
		"task %d has check-ins: archive it instead":                  "任务 %d 有打卡记录：请改为归档",
		"the goal has tasks: archive it instead":                     "这个目标下有任务：请改为归档",
		"sync is not set up: run coach sync init REMOTE":             "尚未设置同步：请运行 coach sync init REMOTE",
		"goal %d has no target to count: set one with coach goal edit %d --measure \"40 problems\"":                    "目标 %d 没有可计数的衡量指标：用 coach goal edit %d --measure \"40 道题\" 设置一个",
		"goal %d counts the minutes logged on its tasks by itself: log them with coach done ID --minutes N":            "目标 %d 会自动累计其任务记录的分钟数：用 coach done ID --minutes N 记录",
		"goal %d counts its tasks' check-ins by itself: tick them with coach done ID":                                  "目标 %d 会自动统计其任务的打卡次数：用 coach done ID 打卡",
		"%s already holds records: import with --replace to overwrite them (a backup is kept)":                         "%s 里已有记录：加上 --replace 导入会覆盖它们（会先保留一份备份）",
		"%s was written by a newer coach (schema %d; this one reads up to %d): upgrade coach, or coach restore BACKUP": "%s 由更新版本的 coach 写入（schema %d；这个版本最高只能读 %d）：请升级 coach，或运行 coach restore BACKUP",
		"%s is a directory, not a coach database":                                                                      "%s 是目录，不是 coach 数据库",
		"%s is empty, not a coach database: remove it or run coach restore BACKUP":                                     "%s 是空文件，不是 coach 数据库：请删除它，或运行 coach restore BACKUP",
		"%s is a bbolt file of another program, not a coach database: use another --db, or coach restore BACKUP":       "%s 是别的程序的 bbolt 文件，不是 coach 数据库：请换一个 --db，或运行 coach restore BACKUP",
		"%s has no valid schema version: run coach check, or coach restore BACKUP":                                     "%s 没有有效的 schema 版本：请运行 coach check，或 coach restore BACKUP",
		"%s is damaged (%v): run coach check, or coach restore BACKUP":                                                 "%s 已损坏（%v）：请运行 coach check，或 coach restore BACKUP",
		"%s is not a valid coach database (%v): run coach check, or coach restore BACKUP":                              "%s 不是有效的 coach 数据库（%v）：请运行 coach check，或 coach restore BACKUP",
		"%s is gone: it was moved or deleted while coach was using it; nothing was written":                            "%s 不见了：coach 使用期间它被移走或删除了；没有写入任何内容",
		"cannot open %s: %w":                             "无法打开 %s：%v",
		"cannot create %s: %w":                           "无法创建 %s：%v",
		"cannot create the data directory: %w":           "无法创建数据目录：%v",
		"backup to %s failed: %w":                        "备份到 %s 失败：%v",
		"cannot restore from %s: %w":                     "无法从 %s 恢复：%v",
		"cannot restore from %s: it fails the check: %w": "无法从 %s 恢复：它没有通过检查：%v",

		// The rules of dates, weeks, grades and languages (domain, content).
		"invalid date %q: want YYYY-MM-DD (a real calendar day)": "无效的日期 %q：应为 YYYY-MM-DD（真实存在的日子）",
		"invalid week %q: want YYYY-Www":                         "无效的周 %q：应为 YYYY-Www",
		"invalid week %q: the year must be 1900 to 9999":         "无效的周 %q：年份应在 1900 到 9999 之间",
		"invalid week %q: year %d has no week %d":                "无效的周 %q：%d 年没有第 %d 周",
		"COACH_TODAY: %w": "COACH_TODAY：%v",
		"the clock: %w":   "系统时钟：%v",
		"unknown grade %q: want again, hard, good or easy (or 1 to 4)": "未知的评分 %q：应为 忘了、吃力、记得、轻松（again、hard、good、easy）或 1 到 4",
		"a recall cap counts 0 to %d cards a day":                      "回想上限应为每天 0 到 %d 张卡片",
		"unknown language %q (want en or zh)":                          "未知的语言 %q（可选 en 或 zh）",

		// Files another tool wrote (package importer).
		"%s is not a directory: give harsh's directory, the one that holds its habits and log files": "%s 不是目录：请给出 harsh 的目录，也就是存放 habits 和 log 文件的那个",
		"%s not found: harsh keeps its habits in a file named habits in its directory":               "找不到 %s：harsh 把习惯保存在它目录下名为 habits 的文件里",
		"%s is not a regular file":                                              "%s 不是普通文件",
		"%s is larger than %d MB":                                               "%s 超过 %d MB",
		"%s is not a jrnl export (jrnl --export json): %w":                      "%s 不是 jrnl 的导出文件（jrnl --export json）：%v",
		"it does not start with {":                                              "它不是以 { 开头的",
		"it does not start with [":                                              "它不是以 [ 开头的",
		"it has no \"entries\" list":                                            "它没有 \"entries\" 列表",
		"%s is neither a zip file nor a folder: give Loop's CSV export":         "%s 既不是 zip 文件也不是文件夹：请给出 Loop 导出的 CSV",
		"the export is larger than %d MB once unpacked (at %s)":                 "导出文件解压后超过 %d MB（在 %s 处）",
		"%s not found: Loop's export keeps its habits in Habits.csv":            "找不到 %s：Loop 的导出文件把习惯保存在 Habits.csv 里",
		"%s is not a zip file Loop wrote: %w":                                   "%s 不是 Loop 生成的 zip 文件：%v",
		"%s holds %q, a path outside the export: refused":                       "%s 含有 %q，这个路径在导出文件之外：已拒绝",
		"%s holds no Habits.csv: is it Loop's CSV export?":                      "%s 里没有 Habits.csv：它是 Loop 导出的 CSV 吗？",
		"Habits.csv has no header line (Position,Name,…): is it Loop's export?": "Habits.csv 没有标题行（Position,Name,…）：它是 Loop 的导出文件吗？",
		"%s is not a Taskwarrior export (a JSON array of tasks): %w":            "%s 不是 Taskwarrior 的导出文件（由任务组成的 JSON 数组）：%v",
		"item %d is not an object":                                              "第 %d 项不是对象",
		"zip: not a valid zip file":                                             "不是有效的 zip 文件",

		// Sync through a git remote (packages gitsync and syncop).
		"git is not installed (or not on PATH): sync runs your git command":     "没有安装 git（或不在 PATH 中）：同步要用到你的 git 命令",
		"another sync of this journal is running; try again in a moment":        "这份日志的另一次同步正在进行，请稍后再试",
		"%q is not a git remote: give a URL or a path":                          "%q 不是 git 远程仓库：请给出 URL 或路径",
		"sync was set up again meanwhile: run coach sync again":                 "同步期间设置被重新做过：请再运行一次 coach sync",
		"other devices kept pushing while this one tried: run coach sync again": "其他设备一直在推送，这台设备没能推上去：请再运行一次 coach sync",
		"the remote's history was rewritten since the last sync (a force-push, a reset or another repository); nothing here changed: to send this journal to it again, run coach sync init REMOTE": "上次同步之后，远程仓库的历史被改写了（强制推送、重置或换了仓库）；这里没有任何改动：要把这份日志重新发送过去，请运行 coach sync init REMOTE",
		"this database was set up for sync on another machine or file, so it would write as the same device: run coach sync init REMOTE here to make it a device of its own":                       "这个数据库是在另一台机器或另一个文件上设置的同步，会以同一台设备的身份写入：请在这里运行 coach sync init REMOTE，让它成为一台独立的设备",
		"the remote is encrypted": "远程仓库是加密的",
		"%w: run coach sync init %s with the key of your other devices at %s":                                                  "%v：请把其他设备的密钥放到 %[3]s，再运行 coach sync init %[2]s",
		"the remote holds plain text, and this device was set up to encrypt: use a new, empty remote for an encrypted journal": "远程仓库存的是明文，而这台设备设置为加密：加密的日志请用一个新的空远程仓库",
		"the remote is encrypted and this device has no key: copy %s from a device that has it":                                "远程仓库是加密的，而这台设备没有密钥：请从有密钥的设备上复制 %s",
		"the key at %s is not the one the remote is encrypted with: copy the key from a device that syncs":                     "%s 处的密钥不是远程仓库加密所用的那把：请从一台正在同步的设备上复制密钥",
		"%s on the remote is not a coach sync marker: is this the right repository?":                                           "远程仓库上的 %s 不是 coach 的同步标记：这是正确的仓库吗？",
		"the remote was written by a newer coach (format %d; this one reads %d): upgrade coach on this device":                 "远程仓库由更新版本的 coach 写入（格式 %d；这个版本能读 %d）：请在这台设备上升级 coach",

		// What the system says of a file.
		"open %s: no such file or directory": "%s 不存在",
		"stat %s: no such file or directory": "%s 不存在",
		"no such file or directory":          "文件或目录不存在",
		"open %s: permission denied":         "没有权限打开 %s",
		"permission denied":                  "没有权限",
		// What bbolt says of a file that is not a sound database.
		"file size too small %d": "文件太小，只有 %d 字节",
		"invalid database":       "不是有效的数据库文件",
		"version mismatch":       "数据库格式版本不符",
		"checksum error":         "校验和不符",

		// A file that is not a coach export (package exchange).
		"not a coach export: want a JSON object, got %s":                            "不是 coach 的导出文件：应为 JSON 对象，实际是%s",
		"not a coach export: format is %q, want %q":                                 "不是 coach 的导出文件：格式是 %q，应为 %q",
		"export version %d is not supported (this coach reads versions %d to %d)":   "不支持导出格式版本 %d（这个 coach 能读版本 %d 到 %d）",
		"the file ends too early: it is empty or truncated (after %d bytes, in %s)": "文件提前结束：它是空的或被截断了（读到第 %d 字节，位置：%s）",
		"invalid JSON at byte %d (in %s): %v":                                       "第 %d 字节处的 JSON 无效（位置：%s）：%v",
		"the document":                                                              "文档",
		"cannot read the file (in %s): %w":                                          "无法读取文件（位置：%s）：%v",
		"%s at byte %d: want an object, got %s":                                     "%s（第 %d 字节处）：应为对象，实际是%s",
		"field %q at byte %d: want an array, got %s":                                "第 %[2]d 字节处的字段 %[1]q：应为数组，实际是%[3]s",
		"field %q at byte %d: want %s, got %s":                                      "第 %[2]d 字节处的字段 %[1]q：应为%[3]s，实际是%[4]s",
		"%s: field %q at byte %d: want %s, got %s":                                  "%[1]s：第 %[3]d 字节处的字段 %[2]q：应为%[4]s，实际是%[5]s",
		"invalid JSON at byte %d: want a key, got %s":                               "第 %d 字节处的 JSON 无效：这里应是一个键，实际是%s",
		"the key %s appears twice in the document (at byte %d)":                     "键 %s 在文档中出现了两次（第 %d 字节处）",
		"%s: the key %s appears twice in the record (at byte %d)":                   "%s：键 %s 在这条记录中出现了两次（第 %d 字节处）",
		"unexpected %s after the end of the export object (at byte %d)":             "导出对象结束之后还有多余的%s（第 %d 字节处）",
		"%s is larger than %s, more than any valid record (at byte %d)":             "%s 超过 %s，比任何有效记录都大（第 %d 字节处）",
		"more than %s of text without a complete value at byte %d (in %s)":          "从第 %[2]d 字节起超过 %[1]s 的文字里没有一个完整的值（位置：%[3]s）",
		"%s is nested more than %d levels deep (at byte %d)":                        "%s 的嵌套超过 %d 层（第 %d 字节处）",
		"%s.%s: %s is not a valid %s":                                               "%s.%s：%s 不是有效的 %s",
		"%s.%s: invalid date %s: want YYYY-MM-DD (a real calendar day)":             "%s.%s：无效的日期 %s：应为 YYYY-MM-DD（真实存在的日子）",
		"%s.gid: %s is not a global id (%d lower-case hex digits)":                  "%s.gid：%s 不是全局编号（应为 %d 位小写十六进制数字）",
		"%s.resources: %w": "%s.resources：%v",
		"%s: invalid time %s: want RFC 3339, like 2026-11-01T08:00:00Z":                      "%s：无效的时间 %s：应为 RFC 3339 格式，如 2026-11-01T08:00:00Z",
		"%s: time %s is out of range: its year in UTC must be 0000 to 9999":                  "%s：时间 %s 超出范围：按 UTC 计的年份应在 0000 到 9999 之间",
		"the reflection of %s has rating 0: a version %d export rates every day from 1 to 5": "%s 的反思评分为 0：版本 %d 的导出文件里，每一天的评分都应在 1 到 5 之间",
		// An export's records that break the journal's rules (package domain).
		"goals[%d]: id %d is out of range: ids are 1 to %d":                "goals[%d]：编号 %d 超出范围：编号应在 1 到 %d 之间",
		"tasks[%d]: id %d is out of range: ids are 1 to %d":                "tasks[%d]：编号 %d 超出范围：编号应在 1 到 %d 之间",
		"goals[%d]: duplicate goal id %d":                                  "goals[%d]：目标编号 %d 重复了",
		"tasks[%d]: duplicate task id %d":                                  "tasks[%d]：任务编号 %d 重复了",
		"goals[%d]: duplicate gid %s":                                      "goals[%d]：全局编号 %s 重复了",
		"tasks[%d]: duplicate gid %s":                                      "tasks[%d]：全局编号 %s 重复了",
		"goals[%d] (id %d): %w":                                            "goals[%d]（编号 %d）：%v",
		"tasks[%d] (id %d): %w":                                            "tasks[%d]（编号 %d）：%v",
		"tasks[%d] (id %d): goal %d does not exist":                        "tasks[%d]（编号 %d）：目标 %d 不存在",
		"checkins[%d]: task %d does not exist":                             "checkins[%d]：任务 %d 不存在",
		"checkins[%d] (task %d): %w":                                       "checkins[%d]（任务 %d）：%v",
		"checkins[%d]: task %d is checked in twice on %s":                  "checkins[%d]：任务 %d 在 %s 打了两次卡",
		"checkins[%d]: one-off task %d is checked in on more than one day": "checkins[%d]：一次性任务 %d 在不止一天打了卡",
		"reflections[%d] (%s): %w":                                         "reflections[%d]（%s）：%v",
		"reflections[%d]: two reflections on %s":                           "reflections[%d]：%s 有两篇反思",
		"reviews[%d] (%s): %w":                                             "reviews[%d]（%s）：%v",
		"reviews[%d]: two reviews of %s":                                   "reviews[%d]：%s 有两篇每周回顾",
		"recall[%d] (%s on %s): %w":                                        "recall[%d]（%s 的卡片，%s 的评分）：%v",
		"recall[%d]: the card of %s is graded twice on %s":                 "recall[%d]：%s 的卡片在 %s 被评了两次分",
		"the card of %s is graded on %s, not after the day it was written": "%s 的卡片在 %s 评分，而评分应在写下它的那天之后",
		"card: not a day coach keeps":                                      "card：不是 coach 能记录的日期",
		"day: not a day coach keeps":                                       "day：不是 coach 能记录的日期",
		"unknown goal status %q: want active, done or archived":            "未知的目标状态 %q：应为 active、done 或 archived",
		"check-in of task %d has no date":                                  "任务 %d 的打卡没有日期",
		"reflection has no date":                                           "反思没有日期",
		"gid %.40q is not a global id (%d hex digits)":                     "%q 不是全局编号（应为 %d 位十六进制数字）",
		// Where in the file, and the JSON kinds of value, as the
		// messages above name them.
		"the end of the document": "文档末尾",
		"the value of %s":         "%s 的值",
		"object":                  "对象",
		"array":                   "数组",
		"string":                  "字符串",
		"number":                  "数字",
		"bool":                    "布尔值",
		"null":                    "空值（null）",
		"int":                     "整数",
		"[]string":                "字符串数组",
		"[]json.RawMessage":       "数组",
		"uint64":                  "非负整数",
		"int64":                   "整数",
		"float64":                 "数字",
		"number %s":               "数字 %s",
		"%q… (%d characters)":     "%q…（共 %d 个字符）",
		// What encoding/json says when another tool's file is not what it
		// should be.
		"json: cannot unmarshal %s into Go struct field %s of type %s": "JSON 的值类型不对：字段 %[2]s 应为%[3]s，实际是%[1]s",
		"json: cannot unmarshal %s into Go value of type %s":           "JSON 的值类型不对：应为%[2]s，实际是%[1]s",
		"unexpected end of JSON input":                                 "JSON 提前结束了：文件是空的或被截断了",
		"invalid character %s looking for beginning of value":          "无效的字符 %s：这里应是一个值的开头",
		"invalid character %s after object key:value pair":             "键值对之后出现了无效的字符 %s",
		"invalid character %s after array element":                     "数组元素之后出现了无效的字符 %s",
		"invalid character %s after top-level value":                   "顶层的值之后出现了无效的字符 %s",
		"read %s: is a directory":                                      "%s 是目录",

		// The database's files and records (package store).
		"%s is no longer a regular file; nothing was written":         "%s 已不再是普通文件；没有写入任何内容",
		"%s is not a regular file (%v), not a coach database":         "%s 不是普通文件（%v），不是 coach 数据库",
		"%s is not a regular file (%v): restore onto a database file": "%s 不是普通文件（%v）：请恢复到一个数据库文件上",
		"%w: %d of %d bytes":    "%v：只有 %d 字节，应有 %d 字节",
		"the file is truncated": "文件被截断了",
		"cannot add a %s: id %d is taken though the id counter says it is free: run coach check": "无法添加 %s：编号 %d 已被占用，编号计数器却认为它空着：请运行 coach check",
		"cannot add another %s: %s ids have reached their limit, %d":                             "无法再添加 %s：%s 的编号已达上限 %d",
		"cannot back up before upgrading: %w":                                                    "升级前无法备份：%v",
		"upgrading %s: %w":                                                                       "升级 %s 时出错：%v",
		"cannot keep %s as %s: %w":                                                               "无法把 %s 保存为 %s：%v",
		"cannot keep the daily copy in %s: %w":                                                   "无法在 %s 保存每日副本：%v",
		"cannot keep the daily copy: %w":                                                         "无法保存每日副本：%v",
		"cannot replace %s: %w":                                                                  "无法替换 %s：%v",
		"cannot restore to %s: %w":                                                               "无法恢复到 %s：%v",
		"goal %q: %w":                                                                            "目标 %q：%v",
		"task %q: %w":                                                                            "任务 %q：%v",
		"check-in of %q on %s: %w":                                                               "%q 在 %s 的打卡：%v",
		"check-in of %q: no such task in the file":                                               "%q 的打卡：文件里没有这个任务",
		"reflection of %s: %w":                                                                   "%s 的反思：%v",
		"damaged check-in %s of task %d":                                                         "任务 %[2]d 的打卡 %[1]s 已损坏",
		"bad index key %x":                                                                       "索引键 %x 无效",
		"%s is damaged (%v): run coach check":                                                    "%s 已损坏（%v）：请运行 coach check",
		"it holds %s %d, not %d":                                                                 "其中存的是 %s %d，而不是 %d",
		"field %s: %v":                                                                           "字段 %s：%v",
		"the fields do not make a %T":                                                            "这些字段组不成一个 %T",
		"unknown kind %q":                                                                        "未知的类型 %q",
		"device id %q is not valid":                                                              "设备编号 %q 无效",
		"%s %s from another device: %w":                                                          "另一台设备发来的 %s %s：%v",
		"no device sent it":                                                                      "没有哪台设备发送过它",
		"no valid stamp":                                                                         "没有有效的时间戳",
		"not a card and a day":                                                                   "不是“卡片/日期”的形式",
		"device %s, segment %d: %v":                                                              "设备 %s 的第 %d 段：%v",
		"device %s: segment %d is on the remote but %d is missing; nothing here changed":                                  "设备 %s：远程仓库上有第 %d 段，却缺了第 %d 段；这里没有任何改动",
		"device %s, segment %d: %s %s is stamped more than a day ahead of this machine's clock: check the clocks of both": "设备 %s 的第 %d 段：%s %s 的时间戳比这台机器的时钟快了一天以上：请检查两台机器的时钟",

		// Files another tool wrote, and files in general (packages
		// importer and safefile).
		"%s in the zip: %w":  "zip 中的 %s：%v",
		"Habits.csv: %w":     "Habits.csv：%v",
		"larger than %d MB":  "超过 %d MB",
		"%s is a directory":  "%s 是目录",
		"not a regular file": "不是普通文件",
		"%s: too many links": "%s：符号链接层数太多",
		"importer: today (%q) is not a date coach keeps": "importer：今天（%q）不是 coach 能记录的日期",

		// Sync (packages gitsync and syncop).
		"%s is larger than %d KB":                                                "%s 超过 %d KB",
		"%s is not a key file":                                                   "%s 不是密钥文件",
		"%s holds no age X25519 key":                                             "%s 里没有 age X25519 密钥",
		"cannot make the sync key %s: %v":                                        "无法生成同步密钥 %s：%v",
		"encrypted with another key than this device's":                          "加密所用的密钥不是这台设备的",
		"written by a newer coach: upgrade coach on this device":                 "由更新版本的 coach 写入：请在这台设备上升级 coach",
		"refused the remote's segment %d of device %s: %v; nothing here changed": "拒绝了远程仓库上设备 %[2]s 的第 %[1]d 段：%[3]v；这里没有任何改动",
		"the remote already holds another segment %d of this device: another database writes as device %s; run coach sync init REMOTE on one of them": "远程仓库上已有这台设备的另一个第 %d 段：另一个数据库也以设备 %s 的身份写入；请在其中一个上运行 coach sync init REMOTE",
		"%s id %.60q is not valid":                                   "%s 的编号 %q 无效",
		"unknown kind %.20q":                                         "未知的类型 %q",
		"%s %s: stamp %.60q is not valid":                            "%s %s：时间戳 %q 无效",
		"%s %s: stamped by device %s, not by %s whose file holds it": "%s %s：时间戳来自设备 %s，而存放它的文件属于设备 %s",
		"%s %s: the change sets no field":                            "%s %s：这次改动没有设置任何字段",
		"%s %s: unknown field %.40q":                                 "%s %s：未知的字段 %q",
		"%s %s: field %s is not valid JSON":                          "%s %s：字段 %s 不是有效的 JSON",
		"not a coach sync segment":                                   "不是 coach 的同步分段",
		"empty segment":                                              "分段是空的",
		"empty segment%s":                                            "分段是空的：%s",
		"format %d: %w":                                              "格式 %d：%v",
		"header: %v":                                                 "文件头：%v",
		"header: count %d is out of range":                           "文件头：条数 %d 超出范围",
		"its header says device %.20q number %d, not device %s number %d": "它的文件头写的是设备 %q 的第 %d 段，而不是设备 %s 的第 %d 段",
		"more ops than its header's %d":                                   "操作条数超过了文件头写的 %d 条",
		"line %d: %v":                                                     "第 %d 行：%v",
		"line %d:%s":                                                      "第 %d 行：%s",
		"text after the record":                                           "记录之后还有多余的文字",
		"truncated: %d of %d ops":                                         "被截断了：只有 %d 条操作，应有 %d 条",
	},
}
