package content

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The guide and the FAQ name the app's own parts (screens, form fields,
// labels, lines the app prints) in the words the app shows, and mark each
// such name so that this test can find it: 「…」 in Chinese, curly “…” in
// English. Ordinary quotations use “…” in Chinese and straight "…" in
// English, and are not checked. A name matches an interface string of its
// language whole, or a whole part of one between punctuation such as ": ",
// " — " or "；"; N stands for a number the app fills in ("Recall: N due").
// Renaming a screen, field or line in content/ui_*.go or in the coach data
// without changing the text that names it fails here.

var uiNameMark = map[Lang]*regexp.Regexp{
	ZH: regexp.MustCompile(`「([^」]*)」`),
	EN: regexp.MustCompile(`“([^”]*)”`),
}

func TestQuotedUINamesExistInTheInterface(t *testing.T) {
	found := map[Lang]int{}
	for _, l := range Langs() {
		names := interfaceStrings(l)
		eachDoc(t, l, func(name, text string) {
			for _, m := range uiNameMark[l].FindAllStringSubmatch(text, -1) {
				found[l]++
				if !namedInInterface(m[1], names) {
					t.Errorf("%s: %q is not a name the %s interface shows", name, m[1], l)
				}
			}
		})
	}
	for _, l := range Langs() {
		if found[l] < 20 {
			t.Errorf("%s: %d marked interface names in the guide and FAQ, want the screens and fields the text names", l, found[l])
		}
	}
}

// The Chinese text calls a screen 「今日」页, never by its English name or a
// near synonym ("Today 页", "进度页", "“今天”页").
func TestChineseScreensAreNamedAsTheTabsShow(t *testing.T) {
	loose := regexp.MustCompile(`(Today|Goals|Reflect|Progress|Guide|FAQ|今日|今天|目标|反思|进展|进度|指南|问答)[”"]?\s*页`)
	eachDoc(t, ZH, func(name, text string) {
		for _, line := range strings.Split(text, "\n") {
			for _, at := range loose.FindAllStringIndex(line, -1) {
				if at[0] > 0 && strings.HasSuffix(line[:at[0]], "「") {
					continue
				}
				t.Errorf("%s: %q names a screen without its tab name in 「」", name, line[at[0]:at[1]])
			}
		}
	})
	// The English text names screens the same way: “Today”, not Today.
	screen := regexp.MustCompile(`\b(Today|Goals|Reflect|Progress|Guide|FAQ) (screen|tab|page)`)
	eachDoc(t, EN, func(name, text string) {
		for _, m := range screen.FindAllString(text, -1) {
			t.Errorf("%s: %q names a screen without “”", name, m)
		}
	})
}

func TestNamedInInterface(t *testing.T) {
	names := []string{"Recall: %d due — r to start", "Weekly review · %s (%s – %s)", "今日", "用时与备注：%s", "Rating (1–5)"}
	for _, ok := range []string{"Recall: N due", "Weekly review", "今日", "用时与备注", "Rating (1–5)", "Recall: N due — r to start"} {
		if !namedInInterface(ok, names) {
			t.Errorf("%q is in %q", ok, names)
		}
	}
	for _, bad := range []string{"Recall: N", "review", "今", "Weekly", "due"} {
		if namedInInterface(bad, names) {
			t.Errorf("%q is not a whole name in %q", bad, names)
		}
	}
}

// interfaceStrings is every string the interface of a language shows: the
// screens' strings (content.Strings) and the coach data's names and prompts.
func interfaceStrings(l Lang) []string {
	var out []string
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				walk(v.Field(i))
			}
		case reflect.Array, reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.String:
			if v.String() != "" {
				out = append(out, v.String())
			}
		}
	}
	walk(reflect.ValueOf(Strings(l)))
	c := CoachData(l)
	walk(reflect.ValueOf(c.Reflection))
	walk(reflect.ValueOf(c.Review))
	out = append(out, CompetencyNames(l)...)
	return out
}

var (
	formatVerb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z]`)
	// nameBreak separates the parts of an interface string that a text may
	// name on their own.
	nameBreak = regexp.MustCompile(`\s*(: |：| — | – | · |[，。；;、,()（）“”？?！]|\.\s)\s*|[.。：:]$`)
)

// namedInInterface reports whether name is one of names, or a run of whole
// parts of one, N standing for a number the app fills in.
func namedInInterface(name string, names []string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	for _, s := range names {
		s = formatVerb.ReplaceAllString(s, "N")
		if s == name {
			return true
		}
		for from := 0; from <= len(s); {
			at := strings.Index(s[from:], name)
			if at < 0 {
				break
			}
			start, end := from+at, from+at+len(name)
			if partEdge(s, start, true) && partEdge(s, end, false) {
				return true
			}
			from = start + 1
		}
	}
	return false
}

// partEdge reports whether i in s is the start (or end) of the string or
// at either side of a break between parts, so that a name may keep the
// question mark of a prompt or leave it out.
func partEdge(s string, i int, start bool) bool {
	if start {
		if i == 0 {
			return true
		}
	} else if i == len(s) {
		return true
	}
	for _, loc := range nameBreak.FindAllStringIndex(s, -1) {
		if loc[0] == i || loc[1] == i {
			return true
		}
	}
	return false
}

// eachDoc calls f with every guide section and FAQ answer of a language.
func eachDoc(t *testing.T, l Lang, f func(name, text string)) {
	t.Helper()
	eachFile(t, func(name, text string) {
		if strings.HasSuffix(name, ".md") && strings.Contains(name, "/"+string(l)+"/") {
			f(name, text)
		}
	})
}
