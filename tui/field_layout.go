package tui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"coach/sanitize"
)

// The one layout of every form: the heading, the form's error, then each
// field. A field of one line shows its label and input side by side, the
// inputs lined up after the widest label; a field of several lines shows
// its label over its rows, and these fields share the height left. With
// room to spare a blank line goes before each field. Short of room
// (fewer than 3 rows an area), the form goes compact: the focused area
// takes the room and the others fold to one-line summaries. A form still
// taller than its height scrolls to the focused field.

// minAreaRows is the fewest rows an open area gets before the form folds.
const minAreaRows = 3

// layout sizes the fields for the form's width and height. It runs again
// whenever the rows change: the size, the focus, an error, a hint.
func (f *form) layout() {
	w, h := f.width, f.height
	f.labelWidth = 0
	for _, fl := range f.fields {
		if !fl.input.multiline() {
			f.labelWidth = max(f.labelWidth, lipgloss.Width(sanitize.Line(fl.label)))
		}
	}
	if w > 0 {
		f.labelWidth = min(f.labelWidth, max(w/3, 6))
	}
	fixed, areas := 1+len(f.errLines()), 0
	for i, fl := range f.fields {
		fixed += 1 + f.underRows(i)
		if fl.input.multiline() {
			areas++
		}
	}
	n := len(f.fields)
	room := h - fixed
	switch {
	case h <= 0: // no limit: areas of the least height, room between fields
		f.compact, f.gaps = false, true
		room = areas * minAreaRows
	case areas == 0:
		f.compact, f.gaps = false, room >= n
	case room/areas < minAreaRows:
		f.compact, f.gaps = true, false
	default:
		f.compact, f.gaps = false, (room-n)/areas >= minAreaRows
		if f.gaps {
			room -= n
		}
	}
	per, extra, nth := 0, 0, 0
	if areas > 0 {
		per, extra = room/areas, room%areas
	}
	for _, fl := range f.fields {
		if !fl.input.multiline() {
			fl.input.setSize(max(w-2-f.labelWidth-2-1, 4), 1)
			continue
		}
		rows := per
		if nth < extra {
			rows++
		}
		nth++
		if f.compact {
			rows = max(room, 1)
		}
		fl.input.setSize(max(w-2, 10), rows)
	}
}

// underRows is how many lines go under field i: its error or its hint.
func (f *form) underRows(i int) int {
	if f.under(i) != "" {
		return 1
	}
	return 0
}

// under is the line under field i: its error, else the hint of the input
// being typed in.
func (f *form) under(i int) string {
	fl := f.fields[i]
	if fl.err != "" {
		return fl.err
	}
	return fl.input.below(i == f.focus)
}

// errLines is the form's error, wrapped to the width.
func (f *form) errLines() []string {
	if f.err == "" {
		return nil
	}
	if f.width <= 0 {
		return []string{"✗ " + f.err}
	}
	return rfWrap("✗ "+f.err, f.width)
}

// lines draws the form under heading, cut to its height around the
// focused field.
func (f *form) lines(heading string) []string {
	st := f.sh.styles
	w := f.width
	// cut fits s in room columns when the form has a width.
	cut := func(s string, room int) string {
		if w <= 0 {
			return sanitize.Line(s)
		}
		return truncateText(s, max(room, 1))
	}
	out := []string{st.Heading.Render(cut(heading, w))}
	for _, l := range f.errLines() {
		out = append(out, st.FieldError.Render(l))
	}
	focusStart, focusEnd := 0, 0
	for i, fl := range f.fields {
		if f.gaps {
			out = append(out, "")
		}
		focused := i == f.focus
		if focused {
			focusStart = len(out)
		}
		marker, lab := "  ", st.Label
		if focused {
			marker, lab = st.Cursor.Render("▌ "), st.FocusedLabel
		}
		switch {
		case !fl.input.multiline():
			label := padRight(cut(fl.label, f.labelWidth), f.labelWidth)
			out = append(out, marker+lab.Render(label)+"  "+fl.input.view(st, focused))
		case f.compact && !focused:
			label := cut(fl.label, max((w-4)/2, 4))
			room := w - 2 - lipgloss.Width(label) - 2
			out = append(out, marker+lab.Render(label)+"  "+st.Muted.Render(cut(fl.input.summary(), room)))
		default:
			out = append(out, marker+lab.Render(cut(fl.label, w-2)))
			out = append(out, strings.Split(indentLines(fl.input.view(st, focused), "  "), "\n")...)
		}
		switch u := f.under(i); {
		case fl.err != "":
			out = append(out, "  "+st.FieldError.Render(cut("✗ "+u, w-2)))
		case u != "":
			out = append(out, "  "+st.Faint.Render(cut(u, w-2)))
		}
		if focused {
			focusEnd = len(out)
		}
	}
	return f.window(out, focusStart, focusEnd)
}

// window keeps a form taller than its height scrolled so that the focused
// field, its error included, is in view.
func (f *form) window(lines []string, focusStart, focusEnd int) []string {
	if f.height <= 0 || len(lines) <= f.height {
		return lines
	}
	top := max(0, min(focusEnd-f.height, len(lines)-f.height))
	top = min(top, focusStart)
	return lines[top : top+f.height]
}
