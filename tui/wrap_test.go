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
