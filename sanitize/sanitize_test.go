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
	for _, r := range []rune{0, 7, 0x1b, '\n', 0x7f, 0x85, 0x9b, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069, 0x061c, 0x2028, 0x2029,
		0x200b, 0x200c, 0x2060, 0x2061, 0xfeff, 0xad, 0x180e, 0x115f, 0x3164, 0xffa0} {
		if !Unsafe(r) {
			t.Errorf("Unsafe(%U) = false", r)
		}
		if s := Line("a" + string(r) + "b"); strings.ContainsRune(s, r) {
			t.Errorf("Line keeps %U: %q", r, s)
		}
	}
	// the joiner is kept inside emoji only (TestInvisible)
	for _, r := range []rune{' ', 'a', '~', 0xa0, 'é', '中', 0x200d, 0x0301, 0xfffd, 0x1f469, 0xfe0f} {
		if Unsafe(r) {
			t.Errorf("Unsafe(%U) = true", r)
		}
	}
}

func TestInvisible(t *testing.T) {
	flag := "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F" // Scotland
	cases := []struct{ in, want string }{
		{"zero\u200bwidth", "zero\uFFFDwidth"},
		{"mid\ufeffbom", "mid\uFFFDbom"},
		{"\ufeffstart", "\uFFFDstart"},
		{"word\u2060joiner", "word\uFFFDjoiner"},
		{"soft\u00adhyphen", "soft\uFFFDhyphen"},
		{"hangul\u3164filler", "hangul\uFFFDfiller"},
		// text spelled in tag characters, invisible on most terminals
		{"ok\U000E0069\U000E0067\U000E006E", "ok\uFFFD\uFFFD\uFFFD"},
		{"a\u200db", "a\uFFFDb"},
		{"👩\u200d💻 at work", "👩\u200d💻 at work"},
		{"👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"},
		{"🧑🏽\u200d💻", "🧑🏽\u200d💻"},
		{"🏳\ufe0f\u200d🌈", "🏳\ufe0f\u200d🌈"},
		{"❤\ufe0f\u200d🔥", "❤\ufe0f\u200d🔥"},
		{"👩\u200d", "👩\uFFFD"},
		{"\u200d💻", "\uFFFD💻"},
		{"👩\u200d\u200d💻", "👩\uFFFD\uFFFD💻"},
		{flag + " flag", flag + " flag"},
		{"🏳\U000E0067\U000E007F", "🏳\uFFFD\uFFFD"},
		{flag + "\U000E0067", flag + "\uFFFD"},
	}
	for _, c := range cases {
		if got := Line(c.in); got != c.want {
			t.Errorf("Line(%+q) = %+q, want %+q", c.in, got, c.want)
		}
	}
}

// emojiOnly checks that every joiner or tag in s sits in an emoji sequence.
func emojiOnly(s string) bool {
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == 0x200d:
			if i == 0 || i == len(rs)-1 || !isPictograph(rs[i+1]) {
				return false
			}
			j := i - 1
			for j > 0 && (rs[j] == 0xfe0f || rs[j] >= 0x1f3fb && rs[j] <= 0x1f3ff) {
				j--
			}
			if !isPictograph(rs[j]) {
				return false
			}
		case inEmoji(r):
			j := i - 1
			for j >= 0 && inEmoji(rs[j]) && rs[j] != 0xe007f {
				j--
			}
			if j < 0 || rs[j] != 0x1f3f4 {
				return false
			}
		}
	}
	return true
}

// FuzzLine checks what Line and Block promise for any input: valid UTF-8,
// no character a terminal would obey, and no change on a second pass.
func FuzzLine(f *testing.F) {
	for _, s := range []string{"", "plain", "\x1b[31mred\x1b[0m", "\x1b]0;pwned\x07", "nul\x00", "\xff\xfe", "\u202eevil",
		"👩\u200d💻", "a\u200db", "\U0001F3F4\U000E0067\U000E007F", "\U000E0067", "zero\u200bwidth", "e\u0301", "中文", "a\r\nb", "\u009b31m", "\xc2\x9b", "\ufffd", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, out := range []string{Line(s), Block(s)} {
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 out of %q: %q", s, out)
			}
			for _, r := range out {
				if r != '\n' && Unsafe(r) && !inEmoji(r) {
					t.Fatalf("%q keeps %U: %q", s, r, out)
				}
			}
		}
		if l := Line(s); !emojiOnly(l) {
			t.Fatalf("Line(%+q) = %+q keeps a joiner or tag outside an emoji", s, l)
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

// inEmoji reports the invisible characters that Line keeps inside emoji
// sequences, and only there: the zero-width joiner and the tags. Unsafe
// leaves out the joiner, which an emoji in JSON keeps as it is; a tag is
// escaped there, which a flag survives.
func inEmoji(r rune) bool { return r == 0x200d || r >= 0xe0020 && r <= 0xe007f }
