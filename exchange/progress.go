package exchange

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"coach/sanitize"
)

// Bar is a progress bar for a long import or export: one line on a
// terminal, redrawn in place with a carriage return each time the
// percentage changes, ended with a newline by Finish. A nil *Bar draws
// nothing, so callers need not check whether they have one.
type Bar struct {
	w       io.Writer
	label   string
	total   int64
	inBytes bool // done and total are bytes (shown in MB), else records
	width   int  // columns of the terminal
	done    int64
	note    string
	shown   int // percentage last drawn, -1 before the first draw
	last    int // columns of the line last drawn
	ended   bool
}

// IsTerminal reports whether w is a terminal (a file descriptor that is a
// tty); pipes, files and buffers are not.
func IsTerminal(w any) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}

// TerminalBar returns a bar that draws on w when w is a terminal, and nil
// (no bar) otherwise: a script that pipes coach's output sees nothing
// extra. total counts bytes when inBytes is set, else records.
func TerminalBar(w io.Writer, label string, total int64, inBytes bool) *Bar {
	if !IsTerminal(w) {
		return nil
	}
	width := 80
	if f, ok := w.(interface{ Fd() uintptr }); ok {
		if cols, _, err := term.GetSize(f.Fd()); err == nil && cols > 0 {
			width = cols
		}
	}
	return newBar(w, label, total, inBytes, width)
}

func newBar(w io.Writer, label string, total int64, inBytes bool, width int) *Bar {
	return &Bar{w: w, label: sanitize.Line(label), total: max(total, 1), inBytes: inBytes, width: width, shown: -1}
}

// Set records that done of total are done, and redraws when the
// percentage has changed.
func (b *Bar) Set(done int64) {
	if b == nil || b.ended {
		return
	}
	b.done = min(max(done, 0), b.total)
	if pct := int(b.done * 100 / b.total); pct != b.shown {
		b.shown = pct
		b.draw()
	}
}

// Records is Set for a Progress callback counting records.
func (b *Bar) Records(done, total int) {
	if b == nil {
		return
	}
	b.total = max(int64(total), 1)
	b.Set(int64(done))
}

// Note shows a word after the bar (what happens now: "checking…").
func (b *Bar) Note(s string) {
	if b == nil || b.ended {
		return
	}
	b.note = s
	b.draw()
}

// Finish ends the bar's line. It may be called more than once.
func (b *Bar) Finish() {
	if b == nil || b.ended {
		return
	}
	b.ended = true
	if b.shown >= 0 || b.note != "" {
		fmt.Fprint(b.w, "\n")
	}
}

// Reader returns r, reporting to the bar the bytes read through it.
func (b *Bar) Reader(r io.Reader) io.Reader {
	if b == nil {
		return r
	}
	return &barReader{r: r, bar: b}
}

type barReader struct {
	r   io.Reader
	bar *Bar
	n   int64
}

func (br *barReader) Read(p []byte) (int, error) {
	n, err := br.r.Read(p)
	br.n += int64(n)
	br.bar.Set(br.n)
	return n, err
}

// line is what the bar shows: label [█████░░░░░]  45%  12.3/27.0 MB · note,
// cut to the terminal's width.
func (b *Bar) line() string {
	pct := int(b.done * 100 / b.total)
	count := fmt.Sprintf("%d/%d", b.done, b.total)
	if b.inBytes {
		count = fmt.Sprintf("%.1f/%.1f MB", float64(b.done)/(1<<20), float64(b.total)/(1<<20))
	}
	tail := fmt.Sprintf(" %3d%%  %s", pct, count)
	if b.note != "" {
		tail += " · " + b.note
	}
	room := b.width - 1 // never the last column: some terminals wrap there
	const minCells = 10
	labelRoom := room - ansi.StringWidth(tail) - 3 - minCells
	if labelRoom < 8 {
		// A narrow terminal: the figures only.
		return ansi.Truncate(strings.TrimPrefix(tail, " "), room, "…")
	}
	label := ansi.Truncate(b.label, labelRoom, "…")
	cells := min(30, room-ansi.StringWidth(label)-ansi.StringWidth(tail)-3)
	full := int(b.done * int64(cells) / b.total)
	return label + " [" + strings.Repeat("█", full) + strings.Repeat("░", cells-full) + "]" + tail
}

func (b *Bar) draw() {
	l := b.line()
	w := ansi.StringWidth(l)
	pad := ""
	if w < b.last {
		pad = strings.Repeat(" ", b.last-w) // wipe the end of a longer line
	}
	b.last = w
	fmt.Fprint(b.w, "\r"+l+pad)
}
