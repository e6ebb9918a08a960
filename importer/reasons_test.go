package importer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"coach/content"
	"coach/domain"
)

// Every reason a reader counts reads in Chinese under --lang zh. The
// reasons are found in the source: each string constant and literal that
// reaches Skip, Approximate or a reason's return, plus the ones built at
// run time, made here from real input.
func TestEveryReasonIsTranslated(t *testing.T) {
	reasons := sourceReasons(t)
	if len(reasons) < 50 {
		t.Fatalf("found only %d reasons in the source: the search is broken", len(reasons))
	}
	_, approxHarsh, _ := harshSchedule("2/5")
	_, approxWeeks, _ := harshSchedule("2w")
	_, approxDays, _ := harshSchedule("3")
	_, approxLoop := loopSchedule("8", "7")
	reasons = append(reasons, approxHarsh, approxWeeks, approxDays, approxLoop,
		"unknown status: someday", "bad due time", "invalid task: title is 300 characters long",
		invalidReason("habit line", &domain.Problem{Rule: domain.TitleEmpty}),
		invalidReason("log line", &domain.Problem{Rule: domain.TooLong, Field: "note", Limit: 500}),
		invalidReason("habit", &domain.Problem{Rule: domain.TooLong, Field: "title", Limit: 200}),
		invalidReason("heading line", &domain.Problem{Rule: domain.TitleOneLine}),
		"note over 500 characters clipped")
	for _, r := range reasons {
		zh := content.ImportReason(content.ZH, r)
		if zh == r || !strings.ContainsFunc(zh, func(c rune) bool { return unicode.Is(unicode.Han, c) }) {
			t.Errorf("%q has no Chinese: %q", r, zh)
		}
		if strings.Contains(zh, "{") {
			t.Errorf("%q: a slot left in %q", r, zh)
		}
		if en := content.ImportReason(content.EN, r); en != r {
			t.Errorf("English changed %q to %q", r, en)
		}
	}
	if got := content.ImportReason(content.ZH, "every 2 days became 4/week"); got != "每 2 天一次改为每周 4 次" {
		t.Errorf("a schedule in a reason: %q", got)
	}
}

// sourceReasons collects the reason texts of the importer's source: the
// values of string constants named in a Skip or Approximate call or
// returned as a reason, and string literals passed to those calls.
func sourceReasons(t *testing.T) []string {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	consts := map[string]string{}
	var used []ast.Expr
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if i < len(n.Values) {
						if lit, ok := n.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							consts[id.Name], _ = strconv.Unquote(lit.Value)
						}
					}
				}
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && (sel.Sel.Name == "Skip" || sel.Sel.Name == "Approximate") {
					used = append(used, n.Args...)
				}
				// append(h.approx, …) and append(approx, …) collect reasons too
				if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "append" && len(n.Args) > 1 && strings.HasSuffix(exprName(n.Args[0]), "approx") {
					used = append(used, n.Args[1:]...)
				}
			case *ast.ReturnStmt:
				used = append(used, n.Results...)
			}
			return true
		})
	}
	var out []string
	seen := map[string]bool{}
	for _, e := range used {
		var s string
		switch e := e.(type) {
		case *ast.BasicLit:
			if e.Kind == token.STRING {
				s, _ = strconv.Unquote(e.Value)
			}
		case *ast.Ident:
			s = consts[e.Name]
		case *ast.BinaryExpr: // "text: " + value: a value filled in
			if lit, ok := e.X.(*ast.BasicLit); ok && e.Op == token.ADD && lit.Kind == token.STRING {
				s, _ = strconv.Unquote(lit.Value)
				s += "monthly"
			}
		case *ast.CallExpr: // fmt.Sprintf("… %d …", n): the number filled in
			if sel, ok := e.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Sprintf" {
				if lit, ok := e.Args[0].(*ast.BasicLit); ok && !strings.Contains(lit.Value, "%s") {
					format, _ := strconv.Unquote(lit.Value)
					s = strings.ReplaceAll(format, "%d", "7")
				}
			}
		}
		// A return of a name, a field or an empty text is not a reason.
		if len(s) < 6 || !strings.Contains(s, " ") && !strings.HasPrefix(s, "NO") || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// exprName is the name an expression ends with: approx for h.approx.
func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	}
	return ""
}
