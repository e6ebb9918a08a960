package content

import (
	"regexp"
	"strings"
	"sync"
)

// The readers of other tools' files (package importer) count what they
// leave out or approximate by a reason written in English, which is also
// the key that counts like things together. ImportReason says it in the
// interface's language.
//
// In a pattern, %d stands for a number, %s for any text, %r for a
// schedule (daily, 4/week), shown as the app shows it, and %k for the kind
// of line or record. The Chinese text takes them as {1}, {2}, … in the
// order the English has them.
var importReasons = []struct{ en, zh string }{
	// Taskwarrior
	{"deleted task", "已删除的任务"},
	{"instance of a recurring task", "周期任务生成的单次任务"},
	{"task without a uuid", "没有 uuid 的任务"},
	{"task with a malformed uuid", "uuid 格式不对的任务"},
	{"duplicate uuid", "重复的 uuid"},
	{"task without a description", "没有描述的任务"},
	{"task with a field of the wrong type", "有字段类型不对的任务"},
	{"date outside 1900–9999", "日期不在 1900–9999 年之间"},
	{"completed task without an end time", "没有完成时间的已完成任务"},
	{"completion of a recurring task missing from the file", "所属的周期任务不在文件里的完成记录"},
	{"completion of a recurring task coach did not import", "所属的周期任务未导入的完成记录"},
	{"second completion on the same day", "同一天的第二次完成"},
	{"title clipped", "标题过长，已截短"},
	{"notes clipped", "备注过长，已截短"},
	{"priority not kept", "优先级未保留"},
	{"project not kept: its name is not a goal title", "项目未保留：它的名字不能用作目标标题"},
	{"unknown status: %s", "未知的状态：{1}"},
	{"recurrence coach has no schedule for: %s", "coach 没有对应的重复规则：{1}"},
	{"bad %s time", "{1} 时间格式不对"},
	{"invalid task: %s", "无效的任务：{1}"},
	{"invalid check-in: %s", "无效的打卡：{1}"},
	// harsh
	{"heading line without a title", "没有标题的分组行"},
	{`habit line without ": "`, `没有 ": " 的习惯行`},
	{"duplicate habit", "重复的习惯"},
	{"habit line with an unknown frequency", "频率无法识别的习惯行"},
	{"habit line with a bad end date", "结束日期不对的习惯行"},
	{"log line with fewer than 3 fields", "少于 3 个字段的记录行"},
	{"log line with more than 5 fields", "多于 5 个字段的记录行"},
	{"bad date", "日期不对"},
	{"log line of a habit left out", "所属习惯未导入的记录行"},
	{"log line of a habit not in habits", "所属习惯不在 habits 文件里的记录行"},
	{"log line with a result other than y, n or s", "结果不是 y、n 或 s 的记录行"},
	{"repeated log line", "重复的记录行（以最后一行为准）"},
	{"end date not reached yet: habit kept active", "结束日期未到：习惯保持进行中"},
	{"n (not done)", "n（没做）"},
	{"s (skipped)", "s（跳过）"},
	{"amount kept in the note", "数量记在备注里"},
	{"amount that is not a number left out", "不是数字的数量未保留"},
	{"tracked-only habit became 1/week", "只记录的习惯改为每周 1 次"},
	{"%d times in %d days became %r", "{2} 天 {1} 次改为{3}"},
	{"every %d weeks became %r", "每 {1} 周一次改为{2}"},
	{"every %d days became %r", "每 {1} 天一次改为{2}"},
	{"%k with an empty name", "名称为空的{1}"},
	{"%k with a name over %d characters", "名称超过 {2} 个字符的{1}"},
	{"%k with a notes over %d characters", "备注超过 {2} 个字符的{1}"},
	{"%k with a note over %d characters", "备注超过 {2} 个字符的{1}"},
	{"%k with a name of more than one line", "名称多于一行的{1}"},
	{"%k: %s", "{1}：{2}"},
	// Loop Habit Tracker
	{"Habits.csv line that is not valid CSV", "不是有效 CSV 的 Habits.csv 行"},
	{"habit with a bad position", "Position 不对的习惯"},
	{"habit with the position of another", "与另一个习惯 Position 相同的习惯"},
	{"habit with an empty name", "名称为空的习惯"},
	{"folder of no habit", "不属于任何习惯的文件夹"},
	{"second folder of one habit", "同一习惯的第二个文件夹"},
	{"Checkmarks.csv line that is not valid CSV", "不是有效 CSV 的 Checkmarks.csv 行"},
	{"checkmark line without a date and a value", "缺少日期或值的打卡行"},
	{"checkmark line with a bad date", "日期不对的打卡行"},
	{"checkmark line dated after today", "日期在今天之后的打卡行"},
	{"second checkmark line of a day (the first wins)", "同一天的第二条打卡行（以第一条为准）"},
	{"NO (not done)", "NO（没做）"},
	{"SKIP (skipped day)", "SKIP（跳过的日子）"},
	{"UNKNOWN (nothing recorded)", "UNKNOWN（没有记录）"},
	{"checkmark with a value Loop does not write", "Loop 不会写出的打卡值"},
	{"numerical value of 0", "数值为 0"},
	{"note over %d characters clipped", "超过 {1} 个字符的备注已截短"},
	{"checkmark of a habit left out", "所属习惯未导入的打卡"},
	{"frequency that cannot be read became daily", "无法识别的频率改为每天"},
	{"name of more than one line joined", "多行的名称合并为一行"},
	{"name over %d characters clipped", "超过 {1} 个字符的名称已截短"},
	{"question and description over %d characters clipped", "超过 {1} 个字符的问题和说明已截短"},
	// jrnl, and the store's own
	{"entry with a field of the wrong type", "有字段类型不对的条目"},
	{"entry with a malformed date", "日期格式不对的条目"},
	{"entry dated after today", "日期在今天之后的条目"},
	{"entry without text", "没有文字的条目"},
	{"duplicate entry", "重复的条目"},
	{"entry clipped to %d characters", "条目截短到 {1} 个字符"},
	{"tag not kept: not one word of at most %d characters", "标签未保留：不是一个不超过 {1} 个字符的词"},
	{"tag not kept: a day holds at most %d", "标签未保留：一天最多 {1} 个"},
	{"star kept as the tag starred", "星标改为标签 starred"},
	{"entry not kept: the day's text would pass %d characters", "条目未保留：当天的文字会超过 {1} 个字符"},
}

// importKinds are the kinds of line or record a reason may start with.
var importKinds = map[string]string{
	"habit": "习惯", "habit line": "习惯行", "heading line": "分组行", "log line": "记录行",
	"checkmark line": "打卡行", "task": "任务", "goal": "目标",
}

type reasonPattern struct {
	re    *regexp.Regexp
	slots []byte // the kind of each capture: d, s, r or k
	zh    string
}

var reasonPatterns = sync.OnceValue(func() []reasonPattern {
	ps := make([]reasonPattern, len(importReasons))
	for i, r := range importReasons {
		var expr strings.Builder
		var slots []byte
		parts := strings.Split(r.en, "%")
		expr.WriteString("^" + regexp.QuoteMeta(parts[0]))
		for _, p := range parts[1:] {
			switch p[0] {
			case 'd':
				expr.WriteString(`(\d+)`)
			case 'r':
				expr.WriteString(`(daily|weekdays|[1-7]/week)`)
			case 'k':
				expr.WriteString(`(habit line|heading line|log line|checkmark line|habit|task|goal)`)
			default:
				expr.WriteString(`(.+)`)
			}
			slots = append(slots, p[0])
			expr.WriteString(regexp.QuoteMeta(p[1:]))
		}
		expr.WriteString("$")
		ps[i] = reasonPattern{re: regexp.MustCompile(expr.String()), slots: slots, zh: r.zh}
	}
	return ps
})

// ImportReason is an import's reason in language l; a reason this table
// does not know stays as it is.
func ImportReason(l Lang, reason string) string {
	if l.known() != ZH {
		return reason
	}
	for _, p := range reasonPatterns() {
		m := p.re.FindStringSubmatch(reason)
		if m == nil {
			continue
		}
		out := p.zh
		for i, slot := range p.slots {
			v := m[i+1]
			switch slot {
			case 'r':
				v = todayZH.ScheduleText(v)
			case 'k':
				v = importKinds[v]
			}
			out = strings.ReplaceAll(out, "{"+string(rune('1'+i))+"}", v)
		}
		return out
	}
	return reason
}
