package tui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/charmbracelet/x/ansi"

	"coach/sanitize"
)

// truncateText makes stored text safe for the screen and cuts it to width
// display columns.
func truncateText(s string, width int) string {
	return ansi.Truncate(sanitize.Line(s), width, "…")
}

// fitLine cuts s to width columns, marking the cut with "…", and pads it
// with spaces to exactly width (nothing when width is not positive).
func fitLine(s string, width int) string {
	if width <= 0 {
		return ""
	}
	return padRight(ansi.Truncate(s, width, "…"), width)
}

// padRight pads s with spaces to width display columns.
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(width-lipgloss.Width(s), 0))
}

// padLeft right-aligns s in width display columns.
func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(width-lipgloss.Width(s), 0)) + s
}

// wrapText wraps plain text to width columns. It breaks after a space or
// beside a wide (Chinese) character, which needs no space around it, and
// inside a word only when a word is longer than a line.
func wrapText(s string, width int) string {
	width = max(width, 10)
	var out []string
	for _, para := range strings.Split(s, "\n") {
		out = append(out, wrapLine(para, width)...)
	}
	return strings.Join(out, "\n")
}

func wrapLine(s string, width int) []string {
	var lines []string
	rs := []rune(s)
	start, cols, brk := 0, 0, -1 // brk: index after which a break may come
	for i := 0; i < len(rs); i++ {
		w := runewidth(rs[i])
		if cols+w > width && i > start {
			cut := i
			if brk >= start && brk < i {
				cut = brk + 1
			}
			lines = append(lines, strings.TrimRight(string(rs[start:cut]), " "))
			for cut < len(rs) && rs[cut] == ' ' {
				cut++
			}
			start, i, cols, brk = cut, cut-1, 0, -1
			continue
		}
		cols += w
		if rs[i] == ' ' || w == 2 || (i+1 < len(rs) && runewidth(rs[i+1]) == 2) {
			brk = i
		}
	}
	return append(lines, string(rs[start:]))
}

func runewidth(r rune) int { return ansi.StringWidth(string(r)) }

// keepVisible returns the first of n rows to show in a window of rows so
// that the cursor's row, and the `above` rows over it (a heading), are in it.
func keepVisible(top, cursor, rows, n, above int) int {
	rows = max(rows, 1)
	if cursor-above < top {
		top = cursor - above
	}
	if cursor >= top+rows {
		top = cursor - rows + 1
	}
	return min(max(top, 0), max(n-rows, 0))
}

// fitWidth makes every line exactly width columns wide, cut or padded with
// spaces (ANSI styling kept), in place.
func fitWidth(lines []string, width int) []string {
	blank := strings.Repeat(" ", width)
	for i, l := range lines {
		switch w := ansi.StringWidth(l); {
		case w > width:
			lines[i] = ansi.Truncate(l, width, "")
		case w < width:
			lines[i] = l + blank[:width-w]
		}
	}
	return lines
}

// fitLines makes s exactly width columns by height lines: it cuts what
// is too long or too many and pads the rest with spaces.
func fitLines(s string, width, height int) string {
	if height <= 0 {
		return ""
	}
	lines := strings.SplitN(s, "\n", height+1)
	if len(lines) > height {
		lines = lines[:height]
	}
	fitWidth(lines, width)
	blank := strings.Repeat(" ", width)
	for len(lines) < height {
		lines = append(lines, blank)
	}
	return strings.Join(lines, "\n")
}
