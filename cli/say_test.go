package cli_test

import (
	"strings"
	"testing"
)

// Under --lang zh or COACH_LANG=zh the error line is Chinese: usage
// mistakes, input rules, ids not found, the flag parser's complaints. The
// exit status is the one English gets, and stdout stays empty.
func TestErrorsInChinese(t *testing.T) {
	env := newEnv(t)
	must(t, env, "add", "读源码", "--competency", "depth", "--repeat", "daily")
	for _, c := range []struct {
		args []string
		code int
		en   string
		zh   string
	}{
		{[]string{"done"}, 2, "done needs a task id (got 0 argument(s))", "coach: done 需要一个任务编号（收到 0 个参数）；见 coach done --help"},
		{[]string{"done", "abc"}, 2, `invalid id "abc"`, `coach: 无效的编号 "abc"：应为正整数`},
		{[]string{"done", "99"}, 1, "no task with id 99", "coach: 没有编号为 99 的任务"},
		{[]string{"goal", "count", "5", "+1"}, 1, "no goal with id 5", "coach: 没有编号为 5 的目标"},
		{[]string{"add", "x", "--repeat", "fortnightly"}, 1, "unknown repeat rule", `coach: 未知的重复规则 "fortnightly"：可写 每天、工作日、周一三五、每周 3 次（或 once、daily、weekdays、mon,wed,fri、3/week）`},
		{[]string{"add", "x", "--repeat", "每周9次"}, 1, "N/week needs", `coach: 无效的重复规则 "每周9次"：每周的次数应在 1 到 7 之间`},
		{[]string{"add", "x", "--competency", "好"}, 1, "unknown competency", `coach: 未知的能力 "好"：可选 深度、广度、学习、问题解决、沟通协作、创新（或 depth、breadth、learning、problem-solving、collaboration、innovation）`},
		{[]string{"add", "x", "--minutes", "99999"}, 1, "minutes must be at most 1440", "coach: 分钟数最多 1440（一整天），收到的是 99999"},
		{[]string{"edit", "1", "--minutes", "-5"}, 2, "minutes must be 0 or more", "coach: 分钟数不能为负，收到的是 -5"},
		{[]string{"add", "x", "--due", "someday"}, 2, `invalid date "someday"`, `coach: 无效的日期 "someday"：可写 YYYY-MM-DD、今天、昨天、明天或周几（如 周五）`},
		{[]string{"log", "--since", "2026-11-25", "--until", "2026-11-20"}, 2, "--since 2026-11-25 is after --until 2026-11-20", "coach: --since 2026-11-25 晚于 --until 2026-11-20"},
		{[]string{"goal", "add", "y"}, 2, "goal add needs --competency", "coach: goal add 需要 --competency（深度、广度、学习、问题解决、沟通协作、创新，或 depth、breadth、learning、problem-solving、collaboration、innovation）"},
		{[]string{"review", "--week", "2026-W99"}, 2, "year 2026 has no week 99", `coach: 无效的周 "2026-W99"：2026 年没有第 99 周`},
		{[]string{"recall", "grade", "2026-11-01", "9"}, 2, `unknown grade "9"`, `coach: 未知的评分 "9"：应为 忘了、吃力、记得、轻松（again、hard、good、easy）或 1 到 4`},
		{[]string{"export", "--format", "yaml"}, 2, `unknown export format "yaml"`, `coach: 未知的导出格式 "yaml"：可选 json、markdown 或 csv`},
		{[]string{"sync"}, 1, "sync is not set up", "coach: 尚未设置同步：请运行 coach sync init REMOTE"},
		{[]string{"add", "--nope"}, 2, "unknown flag: --nope", "coach: 未知选项：--nope"},
		{[]string{"add", "x", "--minutes", "abc"}, 2, `invalid argument "abc" for "--minutes" flag`, `coach: 选项 "--minutes" 的值 "abc" 无效：不是整数`},
		{[]string{"add", "x", "--due"}, 2, "flag needs an argument: --due", "coach: 选项缺少值：--due"},
		{[]string{"tasks", "extra"}, 2, `tasks takes no arguments (got "extra")`, `coach: tasks 不接受参数（收到 "extra"）`},
		{[]string{"import", env.dir}, 1, "nothing was imported", "coach: " + env.dir + "：无法读取文件（位置：文档）：" + env.dir + " 是目录；没有导入任何内容"},
	} {
		_, enErr, enCode := run(t, env, c.args...)
		if enCode != c.code || !strings.Contains(enErr, c.en) {
			t.Errorf("coach %q: exit %d, %q; want %d and %q", c.args, enCode, enErr, c.code, c.en)
		}
		// The whole line, so that a line half in English does not pass.
		if got := failsWith(t, env, c.code, []string{c.zh}, append([]string{"--lang", "zh"}, c.args...)...); got != c.zh+"\n" {
			t.Errorf("coach %q in Chinese:\n got %q\nwant %q", c.args, got, c.zh)
		}
		env.vars["COACH_LANG"] = "zh"
		if got := failsWith(t, env, c.code, []string{c.zh}, c.args...); got != c.zh+"\n" {
			t.Errorf("coach %q with COACH_LANG=zh:\n got %q\nwant %q", c.args, got, c.zh)
		}
		delete(env.vars, "COACH_LANG")
	}
}

// A flag error that cobra meets before it reads --lang is Chinese too, and
// --json output is the same in both languages.
func TestErrorLanguageFromTheArguments(t *testing.T) {
	env := newEnv(t)
	failsWith(t, env, 2, []string{"coach: 未知选项：--nope"}, "add", "--nope", "--lang", "zh")
	failsWith(t, env, 2, []string{"coach: 未知选项：--nope"}, "add", "--nope", "--lang=zh")
	env.vars["COACH_LANG"] = "zh"
	failsWith(t, env, 2, []string{"coach: unknown flag: --nope"}, "add", "--nope", "--lang", "en")
	if out := must(t, env, "add", "x", "--repeat", "工作日", "--competency", "深度"); out != "已添加任务 1：x（技术深度，工作日）\n" {
		t.Errorf("add in Chinese words: %q", out)
	}
	must(t, env, "goal", "add", "读完 DDIA", "--competency", "技术广度", "--target", "下周五")
	must(t, env, "goal", "edit", "1", "--target", "无", "--measure", "无")
	must(t, env, "edit", "1", "--goal", "1")
	must(t, env, "edit", "1", "--goal", "无")
	if out := must(t, env, "goals", "--json"); !strings.Contains(out, `"breadth"`) || strings.Contains(out, "2026-12-04") {
		t.Errorf("goal typed in Chinese: %s", out)
	}
	en := must(t, env, "tasks", "--json", "--lang", "en")
	if zh := must(t, env, "tasks", "--json"); zh != en || !strings.Contains(zh, `"weekdays"`) || !strings.Contains(zh, `"breadth"`) { // the goal's, kept when unlinked
		t.Errorf("--json differs by language or keeps the typed words:\nen %s\nzh %s", en, zh)
	}
}
