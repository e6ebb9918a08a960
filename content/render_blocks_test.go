package content

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

type renderedPage struct {
	where, md, plain string
	width            int
}

// allRendered is every guide section and FAQ answer of both languages
// rendered at the widths the screens use, without escapes or line-end
// padding; made once for the tests that read it.
var allRendered = sync.OnceValues(func() ([]renderedPage, error) {
	var pages []renderedPage
	r := NewRenderer()
	add := func(where, md string, width int) error {
		out, err := r.Render(md, width, StyleDark)
		pages = append(pages, renderedPage{where, md, trimLineEnds(ansi.Strip(out)), width})
		return err
	}
	for _, lang := range Langs() {
		for _, width := range []int{40, 65, 80, 100, 120} {
			for _, s := range Sections(lang) {
				if err := add(fmt.Sprintf("guide/%s/%s at %d", lang, s.ID, width), s.Body, width); err != nil {
					return nil, err
				}
			}
			for _, f := range FAQs(lang) {
				if err := add(fmt.Sprintf("faq/%s/%s at %d", lang, f.ID, width), faqMarkdown(f), width); err != nil {
					return nil, err
				}
			}
		}
	}
	return pages, nil
})

func renderedPages(t *testing.T, fn func(where, md, plain string, width int)) {
	t.Helper()
	loaded(t)
	pages, err := allRendered()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		fn(p.where, p.md, p.plain, p.width)
	}
}

// A quote's every line starts with its bar, and none is wider than the
// page: the words stay beside the bar (glamour's own style pushed the
// last word of a line past the edge, onto a line without a bar).
func TestQuotesStayBesideTheirBar(t *testing.T) {
	quotes := 0
	renderedPages(t, func(where, md, plain string, width int) {
		lines := strings.Split(plain, "\n")
		for i, line := range lines {
			if !strings.HasPrefix(line, " │ ") && line != " │" {
				continue
			}
			quotes++
			if ansi.StringWidth(line) > width {
				t.Errorf("%s: quote line %d is wider than the page: %q", where, i+1, line)
			}
			if next := lines[min(i+1, len(lines)-1)]; next != "" && !strings.HasPrefix(next, " │") {
				t.Errorf("%s: quote line %d is followed by a line without its bar: %q", where, i+2, next)
			}
		}
	})
	if quotes == 0 {
		t.Fatal("no page has a quote: the test tests nothing")
	}
}

var itemStart = regexp.MustCompile(`^( *)(• |\d+\. )`)

// A bullet's wrapped lines start under its text, and a bullet is filled
// to the width: the source's own line breaks are not kept (they left
// fragments of a few words at widths other than the source's).
func TestBulletsWrapUnderTheirText(t *testing.T) {
	items := 0
	renderedPages(t, func(where, md, plain string, width int) {
		lines := strings.Split(plain, "\n")
		for i := 0; i < len(lines); i++ {
			m := itemStart.FindStringSubmatch(lines[i])
			if m == nil || !isListLabel(md, m[2], lines[i][len(m[0]):]) {
				continue
			}
			items++
			textCol := ansi.StringWidth(m[0])
			// An ordered item's number was laid out in its first line's
			// text before it moved into the indentation.
			slack := 0
			if m[2] != "• " {
				slack = len(m[2]) - 1
			}
			for j := i + 1; j < len(lines) && lines[j] != "" && itemStart.FindString(lines[j]) == ""; j++ {
				if lead := len(lines[j]) - len(strings.TrimLeft(lines[j], " ")); lead != textCol {
					t.Errorf("%s: line %d of the item at line %d starts at column %d, its text at %d:\n%s\n%s",
						where, j+1, i+1, lead, textCol, lines[i], lines[j])
					break
				}
				// The line before could take this line's first word: it
				// was broken early.
				prev := lines[j-1]
				first := strings.Fields(lines[j])[0]
				if j > i+1 {
					slack = 0
				}
				if !strings.ContainsFunc(first, isCJK) && ansi.StringWidth(prev)+1+ansi.StringWidth(first) <= width-1-slack {
					t.Errorf("%s: line %d ends early (%q would fit after it):\n%s", where, j, first, prev)
					break
				}
			}
		}
	})
	if items == 0 {
		t.Fatal("no page has a list")
	}
}

// isListLabel reports whether a rendered "• " or "3. " is a list's: a
// numbered heading or a bold "**1. …**" paragraph is not.
func isListLabel(md, label, text string) bool {
	if label == "• " {
		return true
	}
	md = fencedCode.ReplaceAllString(md, "")
	first := []rune(strings.TrimSpace(text))[:1]
	return regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(label) + `\W*` + regexp.QuoteMeta(string(first))).MatchString(md)
}

var fencedCode = regexp.MustCompile("(?ms)^\\s*```.*?^\\s*```")

// Headings show their text, not their markdown markers.
func TestHeadingsWithoutMarkers(t *testing.T) {
	renderedPages(t, func(where, md, plain string, width int) {
		for i, line := range strings.Split(plain, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "#") {
				t.Errorf("%s: line %d shows a heading marker: %q", where, i+1, line)
			}
		}
	})
}

// Chinese text keeps one space (the source's) around inline code, and no
// space after bold or italic Chinese before more Chinese.
func TestChineseSpacing(t *testing.T) {
	double := regexp.MustCompile(`\p{Han}  |  \p{Han}`)
	renderedPages(t, func(where, md, plain string, width int) {
		if !strings.HasPrefix(where, "guide/zh") && !strings.HasPrefix(where, "faq/zh") {
			return
		}
		for i, line := range strings.Split(plain, "\n") {
			if double.MatchString(strings.TrimSpace(line)) {
				t.Errorf("%s: line %d has a double space: %q", where, i+1, line)
			}
		}
	})
	r := NewRenderer()
	for md, want := range map[string]string{
		"**情况：** 小王想":    "情况：小王想",
		"读完 **这一章** 再说":  "读完这一章再说",
		"学完 `context` 包": "学完 context 包",
		"用 **Go** 写":     "用 Go 写",
	} {
		out, err := r.Render(md, 40, StylePlain)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(out); got != want {
			t.Errorf("%q renders as %q, want %q", md, got, want)
		}
	}
}

func TestJoinSoftBreaks(t *testing.T) {
	for in, want := range map[string]string{
		"one\ntwo":                "one two",
		"- item\n  more\n- next":  "- item more\n- next",
		"> quote\n> more":         "> quote more",
		"中文\n接着":                  "中文接着",
		"中文\nGo":                  "中文 Go",
		"hard  \nbreak":           "hard  \nbreak",
		"```\ncode\nlines\n```":   "```\ncode\nlines\n```",
		"para\n\npara":            "para\n\npara",
		"`code\nspan` text\nmore": "`code\nspan` text more",
	} {
		if got := joinSoftBreaks(in); got != want {
			t.Errorf("joinSoftBreaks(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWrapText(t *testing.T) {
	for _, c := range []struct {
		in    string
		width int
		want  string
	}{
		{"How do I build real technical depth?", 22, "How do I build real\ntechnical depth?"},
		{"怎样快速上手一门新技术？", 22, "怎样快速上手一门新技\n术？"},
		{"断了一天（甚至一周），怎么办？", 20, "断了一天（甚至一\n周），怎么办？"},
	} {
		if got := WrapText(c.in, c.width); got != c.want {
			t.Errorf("WrapText(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
	}
}
