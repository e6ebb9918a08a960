package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLine(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain title", "plain title"},
		{"红色\x1b[31mred", "红色␛[31mred"},
		{"a\nb\tc", "a b c"},
		{"nul\x00here", "nul␀here"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"rtl\u202eevil", "rtl\uFFFDevil"},
		{"emoji 🎉 and e\u0301", "emoji 🎉 and e\u0301"},
		{"del\x7f", "del␡"},
		{"c1\u009b31m", "c1\uFFFD31m"},
		{"keeps \uFFFD", "keeps \uFFFD"},
	}
	for _, c := range cases {
		if got := Line(c.in); got != c.want {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBlockKeepsNewlines(t *testing.T) {
	if got := Block("one\r\ntwo\x1b]0;x\x07"); got != "one\ntwo␛]0;x␇" {
		t.Errorf("Block = %q", got)
	}
}

func TestLineSeparators(t *testing.T) {
	if got := Line("a\u2028b\u2029c"); got != "a b c" {
		t.Errorf("Line = %q", got)
	}
	if got := Block("a\u2028b\u2029c"); got != "a\nb\nc" {
		t.Errorf("Block = %q", got)
	}
}

func TestClip(t *testing.T) {
	cases := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly", 7, "exactly"},
		{"longer text", 5, "long…"},
		{"中文标题很长", 3, "中文…"},
		{"\x1b[31mred", 4, "␛[3…"},
		{"x", 0, ""},
		{"xy", 1, "…"},
	}
	for _, c := range cases {
		if got := Clip(c.in, c.n); got != c.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

func TestUnsafe(t *testing.T) {
	for _, r := range []rune{0, 7, 0x1b, '\n', 0x7f, 0x85, 0x9b, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069, 0x061c, 0x2028, 0x2029} {
		if !Unsafe(r) {
			t.Errorf("Unsafe(%U) = false", r)
		}
		if s := Line("a" + string(r) + "b"); strings.ContainsRune(s, r) {
			t.Errorf("Line keeps %U: %q", r, s)
		}
	}
	for _, r := range []rune{' ', 'a', '~', 0xa0, 'é', '中', 0x200d, 0x0301, 0xfffd, 0x1f469} {
		if Unsafe(r) {
			t.Errorf("Unsafe(%U) = true", r)
		}
	}
}

// FuzzLine checks what Line and Block promise for any input: valid UTF-8,
// no character a terminal would obey, and no change on a second pass.
func FuzzLine(f *testing.F) {
	for _, s := range []string{"", "plain", "\x1b[31mred\x1b[0m", "\x1b]0;pwned\x07", "nul\x00", "\xff\xfe", "\u202eevil",
		"👩\u200d💻", "e\u0301", "中文", "a\r\nb", "\u009b31m", "\xc2\x9b", "\ufffd", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, out := range []string{Line(s), Block(s)} {
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 out of %q: %q", s, out)
			}
			for _, r := range out {
				if r != '\n' && Unsafe(r) {
					t.Fatalf("%q keeps %U: %q", s, r, out)
				}
			}
		}
		if l := Line(s); strings.ContainsRune(l, '\n') || Line(l) != l {
			t.Fatalf("Line(%q) = %q is not one stable line", s, l)
		}
		if b := Block(s); Block(b) != b {
			t.Fatalf("Block(%q) = %q is not stable", s, b)
		}
		if c := Clip(s, 8); utf8.RuneCountInString(c) > 8 || !utf8.ValidString(c) {
			t.Fatalf("Clip(%q, 8) = %q", s, c)
		}
	})
}
