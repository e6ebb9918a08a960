package cli_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The error lines of files and editors in Chinese, each as a whole: the
// only English left is a path or a quoted value. The exit status is the
// one English gets.
func TestWholeErrorLinesInChinese(t *testing.T) {
	env := newEnv(t)
	must(t, env, "add", "x")
	export := must(t, env, "export")
	file := func(name, text string) string {
		path := filepath.Join(env.dir, name)
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	jrnl := file("c1.json", `{"entries":{}}`)
	truncated := file("truncated.json", export[:40])
	twice := file("twice.json", strings.Replace(export, "{", `{"version": 1, `, 1))
	goalsText := file("goals.json", strings.Replace(export, `"goals": [`, `"goals": "x", "was": [`, 1))
	titleNumber := file("title.json", strings.Replace(export, `"title": "x"`, `"title": 5`, 1))
	after := file("after.json", `{"format":"coach","version":5} x`)
	negativeID := file("id.json", strings.Replace(export, `"id": 1,`, `"id": -1,`, 1))
	longTitle := file("long.json", strings.Replace(export, `"title": "x"`, `"title": "`+strings.Repeat("t", 201)+`"`, 1))
	cooking := file("cooking.json", regexp.MustCompile(`"competency": "[a-z-]+"`).ReplaceAllString(export, `"competency": "cooking"`))
	twiceInRecord := file("twice-in-record.json", strings.Replace(export, `"title": "x",`, `"title": "x", "competency": "depth",`, 1))
	if !strings.Contains(export, `"id": 1,`) || !strings.Contains(export, `"goals": [`) || !strings.Contains(export, `"title": "x"`) {
		t.Fatalf("the export is not as the cases expect:\n%s", export)
	}
	long := strings.Repeat("a", 20001)
	for _, c := range []struct {
		args []string
		code int
		zh   string // the whole line; a temporary file's path as `TMP`
	}{
		{[]string{"import", env.dir}, 1, "coach: " + env.dir + "：无法读取文件（位置：文档）：" + env.dir + " 是目录；没有导入任何内容"},
		{[]string{"import", "--from", "jrnl", jrnl}, 1, "coach: " + jrnl + "：" + jrnl + " 不是 jrnl 的导出文件（jrnl --export json）：JSON 的值类型不对：字段 jrnlDocument.entries 应为数组，实际是对象；没有导入任何内容"},
		{[]string{"import", "--replace", truncated}, 1, "coach: " + truncated + "：文件提前结束：它是空的或被截断了（读到第 40 字节，位置：文档）；没有导入任何内容"},
		{[]string{"import", "--replace", twice}, 1, "coach: " + twice + `：键 "version" 在文档中出现了两次（第 48 字节处）；没有导入任何内容`},
		{[]string{"import", "--replace", goalsText}, 1, "coach: " + goalsText + `：第 FIELD 字节处的字段 "goals"：应为数组，实际是字符串；没有导入任何内容`},
		{[]string{"import", "--replace", titleNumber}, 1, "coach: " + titleNumber + `：tasks[0]：第 FIELD 字节处的字段 "tasks.title"：应为字符串，实际是数字；没有导入任何内容`},
		{[]string{"import", "--replace", after}, 1, "coach: " + after + "：第 31 字节处的 JSON 无效（位置：文档末尾）：无效的字符 'x'：这里应是一个值的开头；没有导入任何内容"},
		{[]string{"import", "--replace", negativeID}, 1, "coach: " + negativeID + `：tasks[0]：第 FIELD 字节处的字段 "tasks.id"：应为非负整数，实际是数字 -1；没有导入任何内容`},
		{[]string{"import", "--replace", longTitle}, 1, "coach: " + longTitle + "：tasks[0].title（标题）太长：共 201 个字符，上限 200；没有导入任何内容"},
		{[]string{"import", "--replace", cooking}, 1, "coach: " + cooking + `：tasks[0]（编号 1）：未知的能力 "cooking"：可选 深度、广度、学习、问题解决、沟通协作、创新（或 depth、breadth、learning、problem-solving、collaboration、innovation）；没有导入任何内容`},
		{[]string{"import", "--replace", twiceInRecord}, 1, "coach: " + twiceInRecord + `：tasks[0]：键 "competency" 在这条记录中出现了两次（第 FIELD 字节处）；没有导入任何内容`},
		{[]string{"reflect", "-m", long, "--rating", "3"}, 1, "coach: “今天学到了什么”太长：共 20001 个字符，上限 20000"},
		{[]string{"review", "--week", "2026-W48", "--adjust", long}, 1, "coach: “计划要做的调整”太长：共 20001 个字符，上限 20000"},
	} {
		zhLine(t, env, c.code, c.zh, c.args...)
	}

	// A focus in $EDITOR that is no competency.
	env.vars["EDITOR"] = editorScript(t, env.dir, `sed -i 's/focus: .*/focus: foo/' "$1"`+"\n")
	zhLine(t, env, 1, `coach: 第 3 行：未知的能力 "foo"：可选 深度、广度、学习、问题解决、沟通协作、创新（或 depth、breadth、learning、problem-solving、collaboration、innovation）；没有保存任何内容，你写的文字保存在 TMP`, "review", "--edit")
	delete(env.vars, "EDITOR")

	// coach restore onto a directory.
	backup := filepath.Join(env.dir, "backup.db")
	must(t, env, "backup", backup)
	dir := filepath.Join(env.dir, "dir")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	env.vars["COACH_DB"] = dir
	zhLine(t, env, 1, "coach: "+dir+" 不是普通文件（d---------）：请恢复到一个数据库文件上", "restore", backup)
}

// zhLine runs coach in English and in Chinese: both fail with code, and
// the Chinese line is want, where FIELD stands for a number and TMP for a
// temporary file's path.
func zhLine(t *testing.T, env *testEnv, code int, want string, args ...string) {
	t.Helper()
	enOut, enErr, enCode := run(t, env, args...)
	zhOut, zhErr, zhCode := run(t, env, append([]string{"--lang", "zh"}, args...)...)
	if enCode != code || zhCode != code || enOut != zhOut {
		t.Errorf("coach %.80q: exit %d in English and %d in Chinese, want %d; stdout %q and %q", args, enCode, zhCode, code, enOut, zhOut)
	}
	pattern := regexp.QuoteMeta(want)
	pattern = strings.ReplaceAll(pattern, "FIELD", `\d+`)
	pattern = strings.ReplaceAll(pattern, "TMP", `\S+\.md`)
	if !regexp.MustCompile(`^` + pattern + "\n$").MatchString(zhErr) {
		t.Errorf("coach %.80q in Chinese:\n got %q\nwant %q\n(English %q)", args, zhErr, want, enErr)
	}
}
