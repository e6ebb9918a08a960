package tui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

func TestWrapText(t *testing.T) {
	cases := []struct {
		in    string
		width int
		want  string
	}{
		{"the quick brown fox jumps", 10, "the quick\nbrown fox\njumps"},
		{"欢迎使用 coach。它把程序员的长期成长变成每天", 20, "欢迎使用 coach。它把\n程序员的长期成长变成\n每天"},
		{"supercalifragilistic", 10, "supercalif\nragilistic"},
		{"one\ntwo", 10, "one\ntwo"},
	}
	for _, c := range cases {
		got := wrapText(c.in, c.width)
		if got != c.want {
			t.Errorf("wrapText(%q, %d) =\n%s\nwant\n%s", c.in, c.width, got, c.want)
		}
		for _, l := range strings.Split(got, "\n") {
			if lipgloss.Width(l) > c.width {
				t.Errorf("line %q is wider than %d", l, c.width)
			}
		}
	}
}

// The Reflect screen wraps with wrapText: Chinese breaks between
// characters, so a line is filled rather than cut at the last space.
func TestReflectWrapFillsChineseLines(t *testing.T) {
	lines := rfWrap("我今天用 Go 写了一个调度器的小实验，学到了很多", 20)
	if len(lines) < 2 || lipgloss.Width(lines[0]) < 19 {
		t.Errorf("first line %q (%d columns) of %q", lines[0], lipgloss.Width(lines[0]), lines)
	}
	for _, l := range lines {
		if lipgloss.Width(l) > 20 {
			t.Errorf("line %q is wider than 20", l)
		}
	}
}
