package cli

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"coach/content"
)

// errorPackages are the packages whose messages reach the command line:
// cli's own and those of the packages it calls, as the directory each is
// read from. Not content and demo: their messages are about the
// program's own embedded text and data, which its tests check.
var errorPackages = []string{".", "../domain", "../editor", "../exchange", "../store", "../importer", "../gitsync", "../safefile", "../syncop"}

// errorFormats are the messages the packages of errorPackages write: the
// formats of usagef, fmt.Errorf, errors.New and an error type's Error
// method, and what exactArgs and maxArgs say a command takes.
func errorFormats(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, dir := range errorPackages {
		found := packageErrorFormats(t, dir)
		if dir == "." && len(found) < 50 {
			t.Fatalf("found only %d messages in the cli package", len(found))
		}
		if len(found) == 0 {
			t.Fatalf("found no messages in %s", dir)
		}
		out = append(out, found...)
	}
	return out
}

// packageErrorFormats are the messages of the package in dir.
func packageErrorFormats(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	fs := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "say.go" { // say.go's are about the table
			continue
		}
		f, err := parser.ParseFile(fs, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		// An error type's Error method says its message with fmt.Sprintf.
		// Not domain.Problem's: a Problem is said from its fields
		// (content.CLIErrorsUI.Problem), not from its English.
		var errorMethods []*ast.FuncDecl
		for _, d := range f.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv != nil && fn.Name.Name == "Error" && fn.Body != nil && !isProblem(fn.Recv) {
				errorMethods = append(errorMethods, fn)
			}
		}
		inErrorMethod := func(p token.Pos) bool {
			for _, fn := range errorMethods {
				if fn.Body.Pos() <= p && p < fn.Body.End() {
					return true
				}
			}
			return false
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			arg := -1
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				switch fn.Name {
				case "usagef":
					arg = 0
				case "exactArgs", "maxArgs":
					arg = 1
				}
			case *ast.SelectorExpr:
				if x, ok := fn.X.(*ast.Ident); ok && (x.Name == "fmt" && fn.Sel.Name == "Errorf" || x.Name == "errors" && fn.Sel.Name == "New" ||
					x.Name == "fmt" && fn.Sel.Name == "Sprintf" && inErrorMethod(call.Pos())) {
					arg = 0
				}
			}
			if arg < 0 || len(call.Args) <= arg {
				return true
			}
			if lit, ok := call.Args[arg].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, s)
			}
			return true
		})
	}
	return out
}

// isProblem is whether a method's receiver is domain.Problem.
func isProblem(recv *ast.FieldList) bool {
	typ := recv.List[0].Type
	if star, ok := typ.(*ast.StarExpr); ok {
		typ = star.X
	}
	id, ok := typ.(*ast.Ident)
	return ok && id.Name == "Problem"
}

// notSaid are the messages of errorPackages that never reach the error
// line on their own, and why.
var notSaid = map[string]string{
	"dry run":          "store's errDry only rolls back a dry run's transaction; the import reports its counts",
	"unchanged":        "store's errUnchanged only rolls back an amendment that changes nothing",
	"not found":        "store.ErrNotFound is matched with errors.Is and returned bare only to the app's undo; the command line prints notFound's own message (no task with id 9)",
	"record too large": "exchange's errTooLarge is replaced by the messages that say the size and where",
	"%s: %v":           "gitsync's key path before age's own (English) message: as a pattern it would claim any message with a colon",
}

// Every message the command line writes has its Chinese, and each entry
// of the table reads its English back: the Chinese holds the same parts.
func TestEveryErrorHasChinese(t *testing.T) {
	zh := content.CLIErrors(content.ZH)
	found := map[string]bool{}
	for _, en := range errorFormats(t) {
		found[en] = true
		if _, ok := zh.Formats[en]; !ok && notSaid[en] == "" {
			t.Errorf("no Chinese for %q (content/ui_cli_errors.go)", en)
		}
	}
	for en := range notSaid {
		if !found[en] {
			t.Errorf("%q is in notSaid, but no package writes it any more", en)
		}
		if _, ok := zh.Formats[en]; ok {
			t.Errorf("%q is in notSaid and in the table", en)
		}
	}
	tr := translatorFor(content.ZH)
	for en, said := range zh.Formats {
		if _, err := compileFormat(en, said); err != nil {
			t.Error(err)
			continue
		}
		// Fill the format as the code would and say it.
		var args []any
		for _, m := range verbRE.FindAllStringSubmatch(en, -1) {
			switch m[4] {
			case "%":
			case "d":
				args = append(args, 7)
			case "q":
				args = append(args, "x")
			default:
				args = append(args, "/tmp/x")
			}
		}
		msg := fmt.Sprintf(strings.ReplaceAll(en, "%w", "%v"), args...)
		got := tr.say(msg, 0)
		if got == msg && said != en {
			t.Errorf("%q is not matched by its own format %q", msg, en)
		}
		if strings.Contains(got, "%!") {
			t.Errorf("%q is said as %q", msg, got)
		}
	}
}

// A message the table does not know stays as it is; a known one inside an
// unknown one is not touched either (only whole parts are said).
func TestSayLeavesUnknownMessages(t *testing.T) {
	tr := translatorFor(content.ZH)
	for _, msg := range []string{"something else broke", "x: no task with id 9 (and more)", ""} {
		if got := tr.say(msg, 0); got != msg {
			t.Errorf("say(%q) = %q, want it unchanged", msg, got)
		}
	}
	if translatorFor(content.EN) != nil {
		t.Error("English has a translator: its messages are the code's own")
	}
}

// A message inside another is read whole: the outer format around the
// inner one, not an inner format that swallowed the outer's text.
func TestSayReadsNestedMessages(t *testing.T) {
	tr := translatorFor(content.ZH)
	for en, zh := range map[string]string{
		"/x/h: /x/h is not a zip file Loop wrote: zip: not a valid zip file; nothing was imported": "/x/h：/x/h 不是 Loop 生成的 zip 文件：不是有效的 zip 文件；没有导入任何内容",
		"cannot read /x: open /x: no such file or directory":                                       "无法读取 /x：/x 不存在",
		// Two readings account for as much: the outer format around the
		// jrnl one, or the jrnl one whose last part took "; nothing was
		// imported" along and was read as a message of its own.
		"c1.json: c1.json is not a jrnl export (jrnl --export json): json: an odd cause; nothing was imported": "c1.json：c1.json 不是 jrnl 的导出文件（jrnl --export json）：json: an odd cause；没有导入任何内容",
		"database is busy: another coach is using /x/coach.db; try again in a moment":                          "数据库正忙：另一个 coach 正在使用 /x/coach.db，请稍后再试",
		"no task with id 9":  "没有编号为 9 的任务",
		"no habit with id 9": "没有编号为 9 的 habit",
		"/x is not a valid coach database (file size too small 5000): run coach check, or coach restore BACKUP": "/x 不是有效的 coach 数据库（文件太小，只有 5000 字节）：请运行 coach check，或 coach restore BACKUP",
		// A message with its own format is not read by a looser one
		// ("cannot read %s: %w").
		"/tmp: cannot read the file (in the document): read /tmp: is a directory; nothing was imported": "/tmp：无法读取文件（位置：文档）：/tmp 是目录；没有导入任何内容",
		"done needs a task id (got 0 argument(s)); see coach done --help":                               "done 需要一个任务编号（收到 0 个参数）；见 coach done --help",
		`invalid argument "a" for "--minutes" flag: strconv.ParseInt: parsing "a": invalid syntax`:      `选项 "--minutes" 的值 "a" 无效：不是整数`,
	} {
		if got := tr.say(en, 0); got != zh {
			t.Errorf("say(%q)\n= %q\nwant %q", en, got, zh)
		}
	}
}

func TestLangArg(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"add", "--nope", "--lang", "zh"}, "zh"},
		{[]string{"--lang=zh", "today"}, "zh"},
		{[]string{"add", "--", "--lang", "zh"}, ""},
		{[]string{"add", "--lang"}, ""},
		{[]string{"--lang", "en", "--lang", "zh"}, "zh"},
	} {
		if got := langArg(tt.args); got != tt.want {
			t.Errorf("langArg(%q) = %q, want %q", tt.args, got, tt.want)
		}
	}
}
