package safety

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// screen is a small terminal emulator: enough of VT100/xterm to follow the
// full-screen app's renderer, which moves the cursor and rewrites only the
// cells that changed, so that the test reads what a person would see.
type screen struct {
	rows, cols int
	cells      [][]rune
	row, col   int
	top, bot   int // scrolling region, inclusive
	savedRow   int
	savedCol   int
	last       rune   // the last printed rune, for REP
	pending    []byte // an incomplete sequence or rune from the last write
	unknown    map[string]int
}

func newScreen(rows, cols int) *screen {
	s := &screen{rows: rows, cols: cols, bot: rows - 1, unknown: map[string]int{}}
	s.cells = make([][]rune, rows)
	for i := range s.cells {
		s.cells[i] = blank(cols)
	}
	return s
}

func blank(n int) []rune {
	r := make([]rune, n)
	for i := range r {
		r[i] = ' '
	}
	return r
}

// Text is the screen, one line per row, trailing blanks trimmed.
func (s *screen) Text() string {
	lines := make([]string, s.rows)
	for i, row := range s.cells {
		var b strings.Builder
		for _, r := range row {
			if r != 0 { // 0 marks the second cell of a wide character
				b.WriteRune(r)
			}
		}
		lines[i] = strings.TrimRight(b.String(), " ")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// Write feeds the program's output to the screen.
func (s *screen) Write(p []byte) {
	b := append(s.pending, p...)
	s.pending = nil
	for len(b) > 0 {
		n := s.step(b)
		if n == 0 { // incomplete: wait for more
			s.pending = append([]byte(nil), b...)
			return
		}
		b = b[n:]
	}
}

// step handles one rune, control or sequence at the start of b and returns
// its length, or 0 when b ends before it does.
func (s *screen) step(b []byte) int {
	switch c := b[0]; {
	case c == 0x1b:
		return s.escape(b)
	case c == '\r':
		s.col = 0
	case c == '\n', c == '\v', c == '\f':
		s.lineFeed()
	case c == '\b':
		s.col = max(s.col-1, 0)
	case c == '\t':
		s.col = min((s.col/8+1)*8, s.cols-1)
	case c < 0x20 || c == 0x7f:
		// BEL and other controls draw nothing
	default:
		if !utf8.FullRune(b) {
			return 0
		}
		r, n := utf8.DecodeRune(b)
		s.print(r)
		return n
	}
	return 1
}

func (s *screen) print(r rune) {
	w := ansi.StringWidth(string(r))
	if w == 0 {
		return
	}
	if s.col+w > s.cols { // autowrap
		s.col = 0
		s.lineFeed()
	}
	s.cells[s.row][s.col] = r
	if w == 2 && s.col+1 < s.cols {
		s.cells[s.row][s.col+1] = 0
	}
	s.col += w
	s.last = r
}

func (s *screen) lineFeed() {
	if s.row == s.bot {
		s.scrollUp(1)
	} else if s.row < s.rows-1 {
		s.row++
	}
}

func (s *screen) scrollUp(n int) {
	for range n {
		copy(s.cells[s.top:s.bot], s.cells[s.top+1:s.bot+1])
		s.cells[s.bot] = blank(s.cols)
	}
}

func (s *screen) scrollDown(n int) {
	for range n {
		copy(s.cells[s.top+1:s.bot+1], s.cells[s.top:s.bot])
		s.cells[s.top] = blank(s.cols)
	}
}

// escape handles ESC sequences: CSI, OSC/DCS/APC strings and two-byte ones.
func (s *screen) escape(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	switch b[1] {
	case '[':
		for i := 2; i < len(b); i++ {
			if b[i] >= 0x40 && b[i] <= 0x7e {
				s.csi(string(b[2:i]), b[i])
				return i + 1
			}
		}
		return 0
	case ']', 'P', '_', '^', 'X': // strings end with BEL or ST
		for i := 2; i < len(b); i++ {
			if b[i] == 0x07 {
				return i + 1
			}
			if b[i] == 0x1b && i+1 < len(b) && b[i+1] == '\\' {
				return i + 2
			}
		}
		return 0
	case '(', ')', '*', '+', '#', ' ': // charset and the like: three bytes
		if len(b) < 3 {
			return 0
		}
		return 3
	case '7':
		s.savedRow, s.savedCol = s.row, s.col
	case '8':
		s.row, s.col = s.savedRow, s.savedCol
	case 'D':
		s.lineFeed()
	case 'E':
		s.col = 0
		s.lineFeed()
	case 'M':
		if s.row == s.top {
			s.scrollDown(1)
		} else if s.row > 0 {
			s.row--
		}
	case 'c':
		*s = *newScreen(s.rows, s.cols)
	default:
		s.unknown["ESC "+string(b[1])]++
	}
	return 2
}

func (s *screen) csi(params string, final byte) {
	prefix := ""
	if params != "" && strings.ContainsRune("<=>?", rune(params[0])) {
		prefix, params = params[:1], params[1:]
	}
	inter := ""
	if i := strings.IndexFunc(params, func(r rune) bool { return r >= 0x20 && r <= 0x2f }); i >= 0 {
		inter, params = params[i:], params[:i]
	}
	if prefix != "" || inter != "" {
		// private modes, keyboard and mode queries: nothing to draw, but
		// the alternate screen starts blank
		if prefix == "?" && (final == 'h' || final == 'l') && strings.Contains(";"+params+";", ";1049;") {
			s.clear(0, 0, s.rows-1, s.cols-1)
		}
		return
	}
	var ps []int
	for _, f := range strings.Split(params, ";") {
		f, _, _ = strings.Cut(f, ":")
		n, err := strconv.Atoi(f)
		if err != nil {
			n = -1 // missing
		}
		ps = append(ps, n)
	}
	arg := func(i, def int) int {
		if i < len(ps) && ps[i] > 0 {
			return ps[i]
		}
		return def
	}
	mode := max(arg(0, 0), 0)
	if final != 'm' && s.col >= s.cols { // leave the pending wrap
		s.col = s.cols - 1
	}
	switch final {
	case 'A':
		s.row = max(s.row-arg(0, 1), 0)
	case 'B', 'e':
		s.row = min(s.row+arg(0, 1), s.rows-1)
	case 'C', 'a':
		s.col = min(s.col+arg(0, 1), s.cols-1)
	case 'D':
		s.col = max(s.col-arg(0, 1), 0)
	case 'E':
		s.row, s.col = min(s.row+arg(0, 1), s.rows-1), 0
	case 'F':
		s.row, s.col = max(s.row-arg(0, 1), 0), 0
	case 'G', '`':
		s.col = min(arg(0, 1), s.cols) - 1
	case 'd':
		s.row = min(arg(0, 1), s.rows) - 1
	case 'H', 'f':
		s.row, s.col = min(arg(0, 1), s.rows)-1, min(arg(1, 1), s.cols)-1
	case 'J':
		switch mode {
		case 0:
			s.clear(s.row, s.col, s.rows-1, s.cols-1)
		case 1:
			s.clear(0, 0, s.row, s.col)
		default:
			s.clear(0, 0, s.rows-1, s.cols-1)
		}
	case 'K':
		switch mode {
		case 0:
			s.clear(s.row, s.col, s.row, s.cols-1)
		case 1:
			s.clear(s.row, 0, s.row, s.col)
		default:
			s.clear(s.row, 0, s.row, s.cols-1)
		}
	case 'X':
		s.clear(s.row, s.col, s.row, min(s.col+arg(0, 1), s.cols)-1)
	case '@':
		n, line := arg(0, 1), s.cells[s.row]
		copy(line[min(s.col+n, s.cols):], line[s.col:])
		for i := s.col; i < min(s.col+n, s.cols); i++ {
			line[i] = ' '
		}
	case 'P':
		n, line := arg(0, 1), s.cells[s.row]
		copy(line[s.col:], line[min(s.col+n, s.cols):])
		for i := max(s.cols-n, s.col); i < s.cols; i++ {
			line[i] = ' '
		}
	case 'L', 'M':
		if s.row < s.top || s.row > s.bot {
			return
		}
		top := s.top
		s.top = s.row
		if final == 'L' {
			s.scrollDown(arg(0, 1))
		} else {
			s.scrollUp(arg(0, 1))
		}
		s.top = top
	case 'S':
		s.scrollUp(arg(0, 1))
	case 'T':
		s.scrollDown(arg(0, 1))
	case 'b':
		for range arg(0, 1) {
			s.print(s.last)
		}
	case 'r':
		s.top, s.bot = arg(0, 1)-1, min(arg(1, s.rows), s.rows)-1
		s.row, s.col = 0, 0
	case 's':
		s.savedRow, s.savedCol = s.row, s.col
	case 'u':
		s.row, s.col = s.savedRow, s.savedCol
	case 'm', 'h', 'l', 'n', 'c', 't', 'q':
		// colours, modes, reports: nothing to draw
	default:
		s.unknown["CSI "+string(final)]++
	}
}

// clear blanks the cells from (r0, c0) to (r1, c1), reading order.
func (s *screen) clear(r0, c0, r1, c1 int) {
	for r := r0; r <= r1 && r < s.rows; r++ {
		from, to := 0, s.cols-1
		if r == r0 {
			from = c0
		}
		if r == r1 {
			to = c1
		}
		for c := max(from, 0); c <= to && c < s.cols; c++ {
			s.cells[r][c] = ' '
		}
	}
}
