package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// The help line and the full help, drawn so that no key is ever cut: the
// short help goes on as many lines as its keys need (one, nearly always),
// and the full help's columns go on as many rows as the width needs. The
// bubbles help model instead ends a short help too wide with "…" and
// drops the columns of the full help that do not fit, which hid quit on
// narrow screens.

const (
	helpShortSep       = " • "
	helpShortSepNarrow = "  "
	helpColSep         = "    "
)

// renderHelp draws km's short help, or its full help when all, in width
// columns (0: no limit). A full help taller than maxLines packs its rows
// without the blank lines between them, and taller still gives way to the
// short help, which always names help and quit: a short window keeps a
// body to show.
func renderHelp(st help.Styles, km help.KeyMap, all bool, width, maxLines int) string {
	if all {
		for _, spaced := range []bool{true, false} {
			if full := renderFullHelp(st, km.FullHelp(), width, spaced); strings.Count(full, "\n") < maxLines {
				return full
			}
		}
	}
	return renderShortHelp(st, km.ShortHelp(), width)
}

// renderShortHelp puts the entries on one line: between bullets when
// they fit so, else between two spaces, which keeps most lines to one at
// 80 columns; still too wide, it breaks to another line between two
// entries.
func renderShortHelp(st help.Styles, bindings []key.Binding, width int) string {
	sep := helpShortSep
	if width > 0 && shortHelpWidth(bindings, lipgloss.Width(sep)) > width {
		sep = helpShortSepNarrow
	}
	sepW := lipgloss.Width(sep)
	sep = st.ShortSeparator.Inline(true).Render(sep)
	var lines []string
	var line strings.Builder
	lineW := 0
	for _, b := range bindings {
		if !b.Enabled() {
			continue
		}
		h := b.Help()
		item := st.ShortKey.Inline(true).Render(h.Key) + " " + st.ShortDesc.Inline(true).Render(h.Desc)
		w := lipgloss.Width(h.Key) + 1 + lipgloss.Width(h.Desc)
		switch {
		case lineW == 0:
		case width > 0 && lineW+sepW+w > width:
			lines = append(lines, line.String())
			line.Reset()
			lineW = 0
		default:
			line.WriteString(sep)
			lineW += sepW
		}
		line.WriteString(item)
		lineW += w
	}
	if lineW > 0 {
		lines = append(lines, line.String())
	}
	return clampWidth(strings.Join(lines, "\n"), width)
}

// shortHelpWidth is the width of the enabled bindings on one line, sepW
// columns between two.
func shortHelpWidth(bindings []key.Binding, sepW int) int {
	w, n := 0, 0
	for _, b := range bindings {
		if b.Enabled() {
			h := b.Help()
			w += lipgloss.Width(h.Key) + 1 + lipgloss.Width(h.Desc)
			n++
		}
	}
	return w + max(n-1, 0)*sepW
}

// helpColumn is one column of the full help, drawn.
type helpColumn struct {
	lines []string
	width int
}

// renderFullHelp sets the columns side by side, starting a new row of
// columns (under a blank line when spaced) when the next would not fit.
func renderFullHelp(st help.Styles, groups [][]key.Binding, width int, spaced bool) string {
	var cols []helpColumn
	for _, g := range groups {
		if c, ok := fullHelpColumn(st, g); ok {
			cols = append(cols, c)
		}
	}
	sepW := lipgloss.Width(helpColSep)
	var rows [][]helpColumn
	rowW := 0
	for _, c := range cols {
		if n := len(rows); n > 0 && (width <= 0 || rowW+sepW+c.width <= width) {
			rows[n-1] = append(rows[n-1], c)
			rowW += sepW + c.width
			continue
		}
		rows = append(rows, []helpColumn{c})
		rowW = c.width
	}
	var out []string
	for i, row := range rows {
		if i > 0 && spaced {
			out = append(out, "")
		}
		out = append(out, joinHelpColumns(st, row)...)
	}
	return clampWidth(strings.Join(out, "\n"), width)
}

// fullHelpColumn draws the enabled bindings of g as keys and their
// descriptions, each lined up; ok is false when none is enabled.
func fullHelpColumn(st help.Styles, g []key.Binding) (helpColumn, bool) {
	var keys, descs []string
	keyW, descW := 0, 0
	for _, b := range g {
		if !b.Enabled() {
			continue
		}
		h := b.Help()
		keys, descs = append(keys, h.Key), append(descs, h.Desc)
		keyW, descW = max(keyW, lipgloss.Width(h.Key)), max(descW, lipgloss.Width(h.Desc))
	}
	if len(keys) == 0 {
		return helpColumn{}, false
	}
	c := helpColumn{width: keyW + 1 + descW}
	for i := range keys {
		k := st.FullKey.Inline(true).Render(padRight(keys[i], keyW))
		d := st.FullDesc.Inline(true).Render(padRight(descs[i], descW))
		c.lines = append(c.lines, k+" "+d)
	}
	return c, true
}

// joinHelpColumns sets a row of columns side by side, a shorter column
// padded with blanks under it.
func joinHelpColumns(st help.Styles, row []helpColumn) []string {
	height := 0
	for _, c := range row {
		height = max(height, len(c.lines))
	}
	sep := st.FullSeparator.Inline(true).Render(helpColSep)
	out := make([]string, height)
	for i := range out {
		var b strings.Builder
		for j, c := range row {
			if j > 0 {
				b.WriteString(sep)
			}
			if i < len(c.lines) {
				b.WriteString(c.lines[i])
			} else if j < len(row)-1 {
				b.WriteString(strings.Repeat(" ", c.width))
			}
		}
		out[i] = strings.TrimRight(b.String(), " ")
	}
	return out
}
