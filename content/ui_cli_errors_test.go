package content

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"coach/domain"
)

// lengthFields are the names a length limit's Problem can carry: the
// fields domain's cleanText and CheckLength are called with, and those
// exchange's fieldCheck.text checks an export's records with (the last
// part of the path it adds). A name that comes from a variable (a loop
// over {"learned", &r.Learned}, …) is read from the table the function
// loops over.
func lengthFields(t *testing.T, dir string, calls ...string) map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	add := func(lit *ast.BasicLit) {
		s, err := strconv.Unquote(lit.Value)
		if err != nil {
			t.Fatal(err)
		}
		s = s[strings.LastIndex(s, ".")+1:]
		s, _, _ = strings.Cut(s, "[")
		out[s] = true
	}
	fs := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fs, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			params := map[string]bool{} // a name passed on, checked where it comes from
			for _, p := range fn.Type.Params.List {
				for _, n := range p.Names {
					params[n.Name] = true
				}
			}
			fromTable := false
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 {
					return true
				}
				name := ""
				switch fun := call.Fun.(type) {
				case *ast.Ident:
					name = fun.Name
				case *ast.SelectorExpr:
					name = fun.Sel.Name
				}
				if !strings.Contains(" "+strings.Join(calls, " ")+" ", " "+name+" ") {
					return true
				}
				arg := call.Args[0]
				for { // "resources[" + strconv.Itoa(i) + "]": the name is its start
					b, ok := arg.(*ast.BinaryExpr)
					if !ok {
						break
					}
					arg = b.X
				}
				if lit, ok := arg.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					add(lit)
				} else if id, ok := arg.(*ast.Ident); !ok || !params[id.Name] {
					fromTable = true
				}
				return true
			})
			if !fromTable {
				continue
			}
			found := 0
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				cl, ok := n.(*ast.CompositeLit)
				if !ok || len(cl.Elts) < 2 {
					return true
				}
				if lit, ok := cl.Elts[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					add(lit)
					found++
				}
				return true
			})
			if found == 0 {
				t.Errorf("%s: %s checks a length by a name the test cannot read", name, fn.Name.Name)
			}
		}
	}
	return out
}

// Every field a length limit's Problem can name has its Chinese name, so
// that "learned is 20001 characters long" is not said as "learned太长".
func TestEveryLengthFieldHasChinese(t *testing.T) {
	fields := lengthFields(t, "../domain", "cleanText", "CheckLength")
	for name := range lengthFields(t, "../exchange", "text") {
		fields[name] = true
	}
	for _, want := range []string{"title", "learned", "went well", "went_well", "ask", "unit", "resources"} {
		if !fields[want] {
			t.Errorf("the fields read from the source miss %q: %v", want, fields)
		}
	}
	zh := CLIErrors(ZH)
	for name := range fields {
		if zh.Fields[name] == "" {
			t.Errorf("no Chinese name for the field %q (cliErrorsZH.Fields)", name)
		}
	}
}

// A length limit is said with the field's Chinese name, after the place
// in the file when the field is one of an export's records.
func TestTooLongSaysTheField(t *testing.T) {
	zh := CLIErrors(ZH)
	for field, want := range map[string]string{
		"learned":                 "“今天学到了什么”太长：共 20001 个字符，上限 20000",
		"went well":               "“这周做得好的地方”太长：共 20001 个字符，上限 20000",
		"reflections[0].learned":  "reflections[0].learned（“今天学到了什么”）太长：共 20001 个字符，上限 20000",
		"goals[1].resources[2]":   "goals[1].resources[2]（资源）太长：共 20001 个字符，上限 20000",
		"tasks[0].measure.unit":   "tasks[0].measure.unit（单位）太长：共 20001 个字符，上限 20000",
		"something.never.checked": "something.never.checked 太长：共 20001 个字符，上限 20000",
	} {
		got, ok := zh.Problem(&domain.Problem{Rule: domain.TooLong, Field: field, Got: 20001, Limit: 20000})
		if !ok || got != want {
			t.Errorf("%s too long: %q, want %q", field, got, want)
		}
	}
}
