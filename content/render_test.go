package content

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// tooWide returns a description of each line of out wider than width.
func tooWide(out string, width int) []string {
	var bad []string
	for i, line := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(line); w > width {
			bad = append(bad, fmt.Sprintf("line %d is %d columns: %q", i+1, w, ansi.Strip(line)))
		}
	}
	return bad
}

func TestEverythingRendersWithinWidth(t *testing.T) {
	loaded(t)
	r := NewRenderer()
	for _, lang := range Langs() {
		for _, style := range []string{"dark", "notty"} {
			for _, width := range []int{40, 80, 120} {
				for _, s := range Sections(lang) {
					out, err := r.Section(lang, s.ID, width, style)
					checkRendered(t, fmt.Sprintf("guide/%s/%s (%s, %d)", lang, s.ID, style, width), out, err, width, style)
				}
				for _, f := range FAQs(lang) {
					out, err := r.FAQ(lang, f.ID, width, style)
					checkRendered(t, fmt.Sprintf("faq/%s/%s (%s, %d)", lang, f.ID, style, width), out, err, width, style)
				}
			}
		}
	}
}

func checkRendered(t *testing.T, where, out string, err error, width int, style string) {
	t.Helper()
	if err != nil {
		t.Errorf("%s: %v", where, err)
		return
	}
	if strings.TrimSpace(ansi.Strip(out)) == "" {
		t.Errorf("%s: rendered nothing", where)
	}
	for _, b := range tooWide(out, width) {
		t.Errorf("%s: %s", where, b)
	}
	if strings.ContainsRune(out, lineBreakMark) {
		t.Errorf("%s: output has line break marks", where)
	}
	for i, line := range strings.Split(ansi.Strip(out), "\n") {
		if strings.TrimSpace(line) == "•" {
			t.Errorf("%s: line %d is a bullet with no text", where, i+1)
		}
	}
	if style == "notty" && strings.Contains(out, "\x1b") {
		t.Errorf("%s: notty output has escape sequences", where)
	}
	if style == "dark" && !strings.Contains(out, "\x1b[") {
		t.Errorf("%s: dark output has no styling", where)
	}
}

func TestRenderKeepsWidthForCodeAndLongWords(t *testing.T) {
	md := "# Title\n\n" + strings.Repeat("x", 150) + " and " + strings.Repeat("字", 70) + "\n\n" +
		"```go\nfunc main() { fmt.Println(\"" + strings.Repeat("long ", 40) + "\") }\n\tindented\twith tabs\n```\n\n" +
		"- item\n\n  ```\n  " + strings.Repeat("nested-code-", 20) + "\n  ```\n\n" +
		"| a | b |\n|---|---|\n| " + strings.Repeat("cell ", 30) + " | " + strings.Repeat("单元格", 20) + " |\n"
	r := NewRenderer()
	for _, style := range []string{"dark", "light", "notty"} {
		for _, width := range []int{MinRenderWidth, 30, 40, 80} {
			out, err := r.Render(md, width, style)
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range tooWide(out, width) {
				t.Errorf("%s at %d: %s", style, width, b)
			}
			plain := ansi.Strip(out)
			if !strings.Contains(strings.Join(strings.Fields(plain), ""), "nested-code-nested-code-") {
				t.Errorf("%s at %d: code lost", style, width)
			}
			if got := strings.Count(plain, "x"); got < 150 {
				t.Errorf("%s at %d: long word lost characters (%d x)", style, width, got)
			}
		}
	}
}

func TestRenderBreaksChineseLines(t *testing.T) {
	item := "梯度下降只用一阶导数，不做除法，而牛顿法要用到二阶导数，每一步的计算量也就大得多。"
	md := "- " + item + "\n- 第二项\n\n" + strings.Repeat("长期竞争力来自持续的积累。", 10) + "\n"
	r := NewRenderer()
	for _, style := range []string{"dark", "notty"} {
		out, err := r.Render(md, 40, style)
		if err != nil {
			t.Fatal(err)
		}
		plain := ansi.Strip(out)
		lines := strings.Split(plain, "\n")
		if strings.ContainsRune(out, lineBreakMark) {
			t.Errorf("%s: output has line break marks", style)
		}
		for i, line := range lines {
			line = strings.TrimRight(line, " ")
			if strings.TrimSpace(line) == "•" {
				t.Errorf("%s: line %d is a lone bullet:\n%s", style, i+1, plain)
			}
			// Chinese lines are filled: only a paragraph's last line may
			// end far from the margin.
			if w := ansi.StringWidth(line); w > 0 && w < 30 && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" &&
				!strings.Contains(lines[i+1], "•") {
				t.Errorf("%s: line %d is only %d columns: %q", style, i+1, w, line)
			}
			if strings.HasPrefix(strings.TrimSpace(line), "，") || strings.HasPrefix(strings.TrimSpace(line), "。") {
				t.Errorf("%s: line %d starts with closing punctuation: %q", style, i+1, line)
			}
		}
		joined := strings.Join(strings.Fields(strings.ReplaceAll(plain, "•", "")), "")
		if !strings.Contains(joined, item) {
			t.Errorf("%s: text changed:\n%s", style, plain)
		}
	}
}

func TestMarkLineBreaks(t *testing.T) {
	const m = string(lineBreakMark)
	for in, want := range map[string]string{
		"中文":                   "中" + m + "文",
		"用Go写":                 "用" + m + "G" + "o" + m + "写",
		"好，（是）“对”":             "好，" + m + "（是）" + m + "“对”",
		"`代码`中":                "`代码`中",
		"[链接](http://例子.com)字": "[链" + m + "接](http://例子.com)字",
		"english words":        "english words",
		"**重点**":               "**重" + m + "点**",
		"```\n代码\n```\n正文":     "```\n代码\n```\n正" + m + "文",
	} {
		if got := markLineBreaks(in); got != want {
			t.Errorf("markLineBreaks(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRenderErrors(t *testing.T) {
	r := NewRenderer()
	if _, err := r.Render("# x", 80, "auto"); err == nil || !strings.Contains(err.Error(), `"auto"`) {
		t.Errorf("unknown style: %v", err)
	}
	if _, err := r.Render("# x", MinRenderWidth-1, "dark"); err == nil {
		t.Error("too narrow: no error")
	}
	if _, err := r.Section(EN, "no-such-section", 80, "dark"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown section: %v", err)
	}
	if _, err := r.FAQ(ZH, "no-such-faq", 80, "dark"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown FAQ: %v", err)
	}
}

func TestRenderFAQ(t *testing.T) {
	loaded(t)
	r := NewRenderer()
	for _, lang := range Langs() {
		f := FAQs(lang)[0]
		out, err := r.FAQ(lang, f.ID, 200, "notty")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, f.Question) {
			t.Errorf("%s: FAQ %s lacks its question:\n%s", lang, f.ID, out)
		}
		// The related section is named once, by the FAQ screen's footer
		// (with its key) and by coach faq N; the page does not repeat it.
		label := map[Lang]string{EN: "See also", ZH: "另见"}[lang]
		if strings.Contains(out, label) {
			t.Errorf("%s: FAQ %s names its related section in the page too:\n%s", lang, f.ID, out)
		}
	}
}

func TestRendererCache(t *testing.T) {
	loaded(t)
	r := NewRenderer()
	first, err := r.Section(ZH, "depth", 80, "dark")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.pages) != 1 {
		t.Fatalf("%d cached pages after one render", len(r.pages))
	}
	second, err := r.Section(ZH, "depth", 80, "dark")
	if err != nil || second != first {
		t.Fatalf("second render differs (err %v)", err)
	}
	if allocs := testing.AllocsPerRun(20, func() { _, _ = r.Section(ZH, "depth", 80, "dark") }); allocs > 0 {
		t.Errorf("cached render allocates %v times", allocs)
	}
	other, _ := r.Section(ZH, "depth", 60, "dark")
	if other == first {
		t.Error("width 60 gave the same output as width 80")
	}
	en, _ := r.Section(EN, "depth", 80, "dark")
	if en == first {
		t.Error("en gave the same output as zh")
	}
	plain, _ := r.Section(ZH, "depth", 80, "notty")
	if plain == first {
		t.Error("notty gave the same output as dark")
	}
	if len(r.pages) != 4 {
		t.Errorf("%d cached pages, want 4", len(r.pages))
	}

	var zero Renderer
	if out, err := zero.Section(ZH, "depth", 80, "dark"); err != nil || out != first {
		t.Errorf("the zero Renderer rendered differently (err %v)", err)
	}
}

func TestRendererConcurrent(t *testing.T) {
	loaded(t)
	r := NewRenderer()
	want, err := NewRenderer().Section(EN, "depth", 70, "dark")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, id := range []string{"depth", "breadth", "learning"} {
				_, _ = r.Section(EN, id, 70, "dark")
				_, _ = r.Render("# hello "+id, 50+i, "dark")
			}
		}()
	}
	wg.Wait()
	if got, _ := r.Section(EN, "depth", 70, "dark"); got != want {
		t.Error("output differs after concurrent use")
	}
}

func BenchmarkRenderSection(b *testing.B) {
	loaded(b)
	b.Run("first", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := NewRenderer().Section(EN, "depth", 80, "dark"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cached", func(b *testing.B) {
		r := NewRenderer()
		if _, err := r.Section(EN, "depth", 80, "dark"); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := r.Section(EN, "depth", 80, "dark"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestEmphasisRenders catches "**" that glamour prints literally, as
// happens in Chinese when a delimiter sits between a letter and a
// punctuation mark (中文**“引文”**: the opening ** cannot open).
func TestEmphasisRenders(t *testing.T) {
	loaded(t)
	r := NewRenderer()
	codeSpan := regexp.MustCompile("`[^`]*`")
	withoutCode := func(md string) string {
		var out []string
		inFence := false
		for _, line := range strings.Split(md, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "```") || strings.HasPrefix(strings.TrimSpace(line), "~~~") {
				inFence = !inFence
				continue
			}
			if !inFence {
				out = append(out, codeSpan.ReplaceAllString(line, ""))
			}
		}
		return strings.Join(out, "\n")
	}
	check := func(where, md string) {
		out, err := r.Render(withoutCode(md), 200, "dark")
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(ansi.Strip(out), "\n") {
			if strings.Contains(line, "**") {
				t.Errorf("%s: rendered line %d shows \"**\": %s", where, i+1, strings.TrimSpace(line))
			}
		}
	}
	for _, lang := range Langs() {
		for _, s := range Sections(lang) {
			check(fmt.Sprintf("guide/%s/%s", lang, s.ID), s.Body)
		}
		for _, f := range FAQs(lang) {
			check(fmt.Sprintf("faq/%s/%s", lang, f.ID), faqMarkdown(f))
		}
	}
}
