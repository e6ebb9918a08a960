// Package sanitize makes stored text safe to print on a terminal: escape
// sequences and other control characters are shown, never obeyed.
package sanitize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line returns s as one printable line: invalid UTF-8 becomes U+FFFD, line
// breaks and tabs become spaces, and every other control or bidirectional
// formatting character becomes a visible placeholder, so an escape sequence
// in a title cannot move the cursor or recolour the screen.
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
	for i, r := range s {
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
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Unsafe reports whether r is a character that Line never prints as it is:
// a C0 or C1 control, DEL, a line or paragraph separator or a bidirectional
// formatting character. Writers of other formats (JSON) use it to escape
// the same characters.
func Unsafe(r rune) bool {
	return r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029' || isBidiControl(r)
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
