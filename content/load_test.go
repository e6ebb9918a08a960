package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestSplitFrontMatter(t *testing.T) {
	fm, body, err := splitFrontMatter("\ufeff---\r\nid: depth\r\norder: 30\r\ntitle: \"Depth: why\"\r\ncompetencies: [depth, \"breadth\"]\r\n---\r\n\r\n# Depth\r\n\r\ntext\r\n")
	if err != nil {
		t.Fatal(err)
	}
	if fm["id"] != "depth" || fm["title"] != "Depth: why" || body != "# Depth\n\ntext" {
		t.Errorf("got %q, body %q", fm, body)
	}
	if got := fm.list("competencies"); strings.Join(got, "|") != "depth|breadth" {
		t.Errorf("list = %q", got)
	}
	for _, bad := range []string{
		"id: x\n---\nbody",          // no opening line
		"---\nid: x\nbody",          // no closing line
		"---\nid x\n---\nbody",      // not key: value
		"---\nid: x\nid: y\n---\nb", // duplicate key
		"---\n: x\n---\nbody",       // empty key
	} {
		if _, _, err := splitFrontMatter(bad); err == nil {
			t.Errorf("splitFrontMatter(%q) succeeded", bad)
		}
	}
}

func TestParseSectionErrors(t *testing.T) {
	for _, src := range []string{
		"---\nid: a\ntitle: A\ncompetencies:\n---\n# A",                    // no order
		"---\nid: a\norder: x\ntitle: A\ncompetencies:\n---\n# A",          // bad order
		"---\nid: a\norder: 1\ncompetencies:\n---\n# A",                    // no title
		"---\nid: a\norder: 1\ntitle: A\n---\n# A",                         // no competencies key
		"---\nid: a\norder: 1\ntitle: A\ncompetencies:\ntags: x\n---\n# A", // unknown key
	} {
		if _, err := parseSection(src, EN); err == nil {
			t.Errorf("parseSection(%q) succeeded", src)
		}
	}
	s, err := parseSection("---\nid: a\norder: 1\ntitle: A\ncompetencies:\n---\n# A\n", ZH)
	if err != nil || s.ID != "a" || s.Order != 1 || len(s.Competencies) != 0 || s.Lang != ZH {
		t.Errorf("parseSection = %+v, %v", s, err)
	}
}

func mapFile(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

// testFS is a small content tree where zh lacks a section, a FAQ entry and
// some coach fields.
var testFS = fstest.MapFS{
	"guide/en/010-one.md": mapFile("---\nid: one\norder: 10\ntitle: One\ncompetencies: depth\n---\n# One\n\nfirst"),
	"guide/en/020-two.md": mapFile("---\nid: two\norder: 20\ntitle: Two\ncompetencies:\n---\n# Two\n\nsecond"),
	"guide/zh/020-two.md": mapFile("---\nid: two\norder: 20\ntitle: 二\ncompetencies:\n---\n# 二\n\n第二"),
	"faq/en/010-q.md":     mapFile("---\nid: q\norder: 10\ntitle: Q?\nrelated: one\ncompetencies: depth\n---\nA."),
	"faq/en/020-r.md":     mapFile("---\nid: r\norder: 20\ntitle: R?\nrelated: two\ncompetencies: depth\n---\nB."),
	"faq/zh/020-r.md":     mapFile("---\nid: r\norder: 20\ntitle: 问？\nrelated: two\ncompetencies: depth\n---\n答。"),
	"coach/en.json": mapFile(`{"competencies":[{"id":"depth","name":"Technical depth","summary":"S"}],
		"goals":[{"key":"g1","competency":"depth","title":"G1","why":"W1","resources":["R"]},{"key":"g2","competency":"depth","title":"G2","why":"W2"}],
		"tasks":[{"key":"t1","competency":"depth","goal":"g1","title":"T1","repeat":"daily","minutes":30}],
		"reflection":{"learned":"L","solved":"S","collaborated":"C","idea":"I","next":"N"},
		"review":{"went_well":"WW","adjust":"A","focus":"F","notes":"No"},
		"tips":[{"competency":"depth","text":"tip"}],"welcome":"Hello"}`),
	"coach/zh.json": mapFile(`{"competencies":[{"id":"depth","name":"技术深度","summary":""}],
		"goals":[{"key":"g1","competency":"depth","title":"目标一","why":"","resources":[]}],
		"tasks":[],"reflection":{"learned":"学到"},"review":{},"tips":[],"welcome":""}`),
}

func TestLoadFallsBackToEnglish(t *testing.T) {
	l, err := load(testFS)
	if err != nil {
		t.Fatal(err)
	}
	zh := l.sections[ZH]
	if len(zh) != 2 || zh[0].ID != "one" || zh[0].Lang != EN || zh[1].Title != "二" || zh[1].Lang != ZH {
		t.Errorf("zh sections = %+v", zh)
	}
	faqs := l.faqs[ZH]
	if len(faqs) != 2 || faqs[0].Lang != EN || faqs[1].Question != "问？" {
		t.Errorf("zh FAQ = %+v", faqs)
	}
	c := l.coach[ZH]
	if c.Competencies[0].Name != "技术深度" || c.Competencies[0].Summary != "S" {
		t.Errorf("competency = %+v", c.Competencies[0])
	}
	if len(c.Goals) != 2 || c.Goals[0].Title != "目标一" || c.Goals[0].Why != "W1" ||
		c.Goals[0].Resources[0] != "R" || c.Goals[1].Title != "G2" {
		t.Errorf("goals = %+v", c.Goals)
	}
	if len(c.Tasks) != 1 || c.Tasks[0].Title != "T1" {
		t.Errorf("tasks = %+v", c.Tasks)
	}
	if c.Reflection.Learned != "学到" || c.Reflection.Solved != "S" || c.Review.WentWell != "WW" ||
		c.Welcome != "Hello" || len(c.Tips) != 1 {
		t.Errorf("prompts = %+v %+v %q %v", c.Reflection, c.Review, c.Welcome, c.Tips)
	}

	// Without a zh file everything comes from English.
	noZH := fstest.MapFS{}
	for k, v := range testFS {
		if k != "coach/zh.json" {
			noZH[k] = v
		}
	}
	l, err = load(noZH)
	if err != nil {
		t.Fatal(err)
	}
	if got := l.coach[ZH].Competencies[0].Name; got != "Technical depth" {
		t.Errorf("without zh.json: name %q", got)
	}
}

func TestLoadReportsEveryBadFile(t *testing.T) {
	bad := fstest.MapFS{
		"guide/en/010-one.md":   mapFile("---\nid: other\norder: 10\ntitle: One\ncompetencies:\n---\n# One"),
		"guide/en/notes.txt":    mapFile("x"),
		"guide/fr/010-un.md":    mapFile("---\nid: un\norder: 10\ntitle: Un\ncompetencies:\n---\n# Un"),
		"faq/en/010-q.md":       mapFile("---\nid: q\norder: 10\ntitle: Q?\ncompetencies:\n---\nA."),
		"coach/en.json":         mapFile(`{"welcome":"hi","colour":"red"}`),
		"coach/zh.json":         mapFile(`{"welcome":`),
		"guide/en/020-two.md":   mapFile("no front matter"),
		"guide/en/030-three.md": mapFile("---\nid: three\norder: 30\ntitle: Three\ncompetencies:\n---\n# Three"),
	}
	_, err := load(bad)
	if err == nil {
		t.Fatal("load succeeded")
	}
	for _, want := range []string{
		"010-one.md: front matter id \"other\"", "notes.txt", "guide/fr", `missing or empty "related"`,
		`unknown field "colour"`, "coach/zh.json", "020-two.md",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not mention %q:\n%v", want, err)
		}
	}
	if strings.Contains(err.Error(), "030-three") {
		t.Errorf("error mentions a good file:\n%v", err)
	}
}
