package sanitize

import "testing"

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
