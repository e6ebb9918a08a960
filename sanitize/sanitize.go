// Package sanitize makes stored text safe to print on a terminal: escape
// sequences and other control characters are shown, never obeyed.
package sanitize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line returns s as one printable line: invalid UTF-8 becomes U+FFFD, line
// breaks and tabs become spaces, and every other control, bidirectional
// formatting or invisible character becomes a visible placeholder, so an
// escape sequence in a title cannot move the cursor or recolour the screen,
// and a zero-width character cannot hide text. The joiners and tags inside
// emoji sequences stay.
func Line(s string) string { return clean(s, false) }

// Block is Line for multi-line text: it keeps line breaks.
func Block(s string) string { return clean(s, true) }

// Clip is Line cut to at most n characters, with "…" at the end when it was
// cut: for quoting user text in a one-line message.
func Clip(s string, n int) string {
	s = Line(s)
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, count := 0, 0
	for i = range s {
		if count == n-1 {
			break
		}
		count++
	}
	return s[:i] + "…"
}

func clean(s string, keepNewlines bool) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var e emojiState
	for i, r := range s {
		keep := e.keeps(s, i, r)
		switch {
		case r == utf8.RuneError && !validAt(s, i):
			b.WriteRune('\uFFFD')
		case r == '\n' && keepNewlines:
			b.WriteByte('\n')
		case r == '\r' && keepNewlines:
			// dropped: \r\n becomes \n
		case (r == '\u2028' || r == '\u2029') && keepNewlines:
			b.WriteByte('\n')
		case r == '\n' || r == '\r' || r == '\t' || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		case r < 0x20:
			b.WriteRune(0x2400 + r) // the control pictures: ␛ for ESC, ␀ for NUL …
		case r == 0x7f:
			b.WriteRune('␡')
		case r >= 0x80 && r < 0xa0, isBidiControl(r):
			b.WriteRune('\uFFFD')
		case isInvisible(r) && !keep:
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isInvisible reports the characters that take no room on a terminal and
// so can hide text or make two strings look the same: the format
// characters (zero-width space and joiners, word joiner, the byte order
// mark, the tag characters …) and the Hangul fillers, which draw as blanks.
func isInvisible(r rune) bool {
	switch r {
	case 0x115f, 0x1160, 0x3164, 0xffa0:
		return true
	}
	return r >= 0xad && unicode.Is(unicode.Cf, r)
}

// emojiState follows a string rune by rune to tell the two invisible
// characters that emoji need from the same characters used to hide text:
// the zero-width joiner between two pictographs (👩‍💻) and the tag
// characters that spell a subdivision flag after a black flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
type emojiState struct {
	base rune // the last rune other than a joiner's companions
	tags bool // inside a flag's tag characters
}

// keeps reports whether r, at s[i], is part of an emoji sequence, and moves
// the state past it.
func (e *emojiState) keeps(s string, i int, r rune) bool {
	switch {
	case r >= 0xe0020 && r <= 0xe007f: // a tag character
		keep := e.tags || e.base == 0x1f3f4
		e.tags = keep && r != 0xe007f // CANCEL TAG ends the flag
		e.base = 0
		return keep
	case r == 0x200d: // ZERO WIDTH JOINER
		next, _ := utf8.DecodeRuneInString(s[i+len("\u200d"):])
		keep := isPictograph(e.base) && isPictograph(next)
		e.base = 0
		return keep
	case r == 0xfe0f, r >= 0x1f3fb && r <= 0x1f3ff:
		// the emoji presentation selector and the skin tones go on
		// the pictograph before them
		return false
	}
	e.base, e.tags = r, false
	return false
}

// isPictograph is a close reading of Unicode's Extended_Pictographic, which
// the standard library does not carry: the blocks emoji are drawn from.
func isPictograph(r rune) bool {
	switch {
	case r >= 0x1f000 && r <= 0x1faff, r >= 0x2600 && r <= 0x27bf, r >= 0x2300 && r <= 0x23ff,
		r >= 0x2b00 && r <= 0x2bff, r >= 0x2190 && r <= 0x21ff, r >= 0x2900 && r <= 0x297f,
		r == 0xa9, r == 0xae, r == 0x203c, r == 0x2049, r == 0x2122, r == 0x2139, r == 0x3030, r == 0x303d:
		return true
	}
	return false
}

// Unsafe reports whether r is a character that Line never prints as it is:
// a C0 or C1 control, DEL, a line or paragraph separator, a bidirectional
// formatting character or an invisible one other than the zero-width
// joiner. Writers of other formats (JSON) use it to escape
// the same characters.
func Unsafe(r rune) bool {
	return r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029' || isBidiControl(r) || isInvisible(r) && r != 0x200d
}

func validAt(s string, i int) bool {
	r, size := utf8.DecodeRuneInString(s[i:])
	return r != utf8.RuneError || size == 3 // a literal U+FFFD is fine
}

// isPlain is the fast path: printable ASCII only.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// isBidiControl reports the explicit directional formatting characters,
// which can make text display in a different order than it is stored, and
// the C1 controls.
func isBidiControl(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return unicode.Is(unicode.Cc, r)
}
