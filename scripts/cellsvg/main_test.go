package main

import (
	"regexp"
	"strings"
	"testing"
)

// A shortened freeze SVG: a Chinese line (with freeze's nudge of a wide
// character), an empty line, and a line with a colour change.
const freezeSVG = `<svg width="100" height="100" xmlns="http://www.w3.org/2000/svg">` +
	`<g font-family="JetBrains Mono" font-size="16.80px" fill="#c4c4c4">` +
	`<text x="30.00px" y="36.80px" xml:space="preserve"><tspan xml:space="preserve"/>` +
	`<tspan xml:space="preserve" dx="2.80px">目</tspan><tspan xml:space="preserve" dx="2.80px">标 a&amp;b</tspan></text>` +
	`<text x="30.00px" y="53.60px" xml:space="preserve"/>` +
	`<text x="30.00px" y="70.40px" xml:space="preserve"><tspan xml:space="preserve">ab</tspan>` +
	`<tspan xml:space="preserve" fill="#A48CFF">c</tspan></text></g></svg>`

func TestEveryCharacterSitsOnItsColumn(t *testing.T) {
	out, err := placeOnCells([]byte(freezeSVG), "JetBrains Mono, Noto Sans Mono CJK SC")
	if err != nil {
		t.Fatal(err)
	}
	got := string(out)
	// a cell is 16.8/1.68 = 10 px; a 16.8 px CJK glyph is centred on its
	// two cells, 1.6 px in
	for _, want := range []string{
		`<g font-family="JetBrains Mono, Noto Sans Mono CJK SC" font-size="16.80px"`,
		`<text x="30.00px" y="36.80px" xml:space="preserve">` +
			`<tspan xml:space="preserve" x="31.60px">目</tspan>` +
			`<tspan xml:space="preserve" x="51.60px">标</tspan>` +
			`<tspan xml:space="preserve" x="80.00px">a</tspan>` +
			`<tspan xml:space="preserve" x="90.00px">&amp;</tspan>` +
			`<tspan xml:space="preserve" x="100.00px">b</tspan></text>`,
		`<text x="30.00px" y="53.60px" xml:space="preserve"/>`,
		`<text x="30.00px" y="70.40px" xml:space="preserve">` +
			`<tspan xml:space="preserve" x="30.00px">a</tspan>` +
			`<tspan xml:space="preserve" x="40.00px">b</tspan>` +
			`<tspan xml:space="preserve" fill="#A48CFF" x="50.00px">c</tspan></text>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing\n%s\nin\n%s", want, got)
		}
	}
	if regexp.MustCompile(`dx=`).MatchString(got) {
		t.Errorf("freeze's nudges are left in:\n%s", got)
	}
}

func TestAnSVGNotFromFreezeIsRefused(t *testing.T) {
	if _, err := placeOnCells([]byte(`<svg></svg>`), "monospace"); err == nil {
		t.Error("no error for an SVG without freeze's text group")
	}
}

// A bar's blocks are drawn as one run, so no seam shows between them; a
// space or another character starts a new run.
func TestBlocksInARowAreOneRun(t *testing.T) {
	col := 3
	got := cellRuns("██░ █x中", &col)
	want := []run{{col: 3, text: "██░"}, {col: 7, text: "█"}, {col: 8, text: "x"}, {col: 9, text: "中", wide: true}}
	if len(got) != len(want) {
		t.Fatalf("runs %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("run %d is %+v, want %+v", i, got[i], want[i])
		}
	}
	if col != 11 {
		t.Errorf("column after the text is %d, want 11", col)
	}
}
