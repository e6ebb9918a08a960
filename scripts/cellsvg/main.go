// Command cellsvg puts every character of a terminal screenshot, as freeze
// writes it in SVG, on its own terminal cell.
//
// freeze lets the text of a line flow in the font, and nudges each wide
// character by a fifth of the font size. That keeps columns only when one
// font draws the whole line at exactly 0.6 em per cell. A Chinese screen is
// drawn in two fonts (JetBrains Mono and a CJK fallback), whose spaces and
// punctuation differ, so its columns drift and its highlights slip off
// their text. cellsvg gives each character the x of its column, the same
// cell width freeze used for the background rectangles, so the picture
// keeps the grid of the terminal whatever fonts the rasteriser picks.
//
//	go run ./scripts/cellsvg -capture <capture.ans >explicit.ans
//	freeze --language ansi -o shot.svg explicit.ans
//	go run ./scripts/cellsvg <shot.svg >fixed.svg
//	rsvg-convert -z 2 -o shot.png fixed.svg
//
// It reads freeze v0.2.2's output: one <text> per line, holding flat
// <tspan>s of text.
package main

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"regexp"
	"strconv"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"
)

// fontHeightToWidthRatio is freeze's: a cell is the font size over 1.68.
const fontHeightToWidthRatio = 1.68

var (
	textElem  = regexp.MustCompile(`(?s)<text x="([0-9.]+)px" (y="[0-9.]+px") xml:space="preserve">(.*?)</text>`)
	tspanElem = regexp.MustCompile(`(?s)<tspan([^>]*?)/>|<tspan([^>]*)>([^<]*)</tspan>`)
	dxAttr    = regexp.MustCompile(`\s*dx="[^"]*"`)
	fontSize  = regexp.MustCompile(`<g [^>]*font-size="([0-9.]+)px"`)
	fontAttr  = regexp.MustCompile(`(<g [^>]*)font-family="[^"]*"`)
)

func main() {
	family := flag.String("font", "JetBrains Mono, DejaVu Sans Mono, Noto Sans Mono CJK SC, Noto Sans CJK SC, monospace",
		"the font families the text is drawn in, first choice first")
	capture := flag.Bool("capture", false, "read a tmux capture instead, and write it with its default colours set outright (-fg, -bg) for freeze")
	fg := flag.String("fg", "#c4c4c4", "with -capture: the terminal's default text colour")
	bg := flag.String("bg", "#171717", "with -capture: the terminal's default background")
	flag.Parse()
	in, err := io.ReadAll(os.Stdin)
	if err == nil {
		var out []byte
		if *capture {
			out, err = explicitDefaults(in, *fg, *bg)
		} else {
			out, err = placeOnCells(in, *family)
		}
		if err == nil {
			_, err = os.Stdout.Write(out)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "cellsvg:", err)
		os.Exit(1)
	}
}

// placeOnCells rewrites every line of the SVG so that each character sits
// at the left of its column (a wide one centred on its two cells).
func placeOnCells(svg []byte, family string) ([]byte, error) {
	m := fontSize.FindSubmatch(svg)
	if m == nil {
		return nil, fmt.Errorf("no font size: not an SVG from freeze")
	}
	size, err := strconv.ParseFloat(string(m[1]), 64)
	if err != nil {
		return nil, err
	}
	cell := size / fontHeightToWidthRatio
	svg = fontAttr.ReplaceAll(svg, []byte(`${1}font-family="`+html.EscapeString(family)+`"`))

	var failed error
	out := textElem.ReplaceAllFunc(svg, func(text []byte) []byte {
		parts := textElem.FindSubmatch(text)
		left, err := strconv.ParseFloat(string(parts[1]), 64)
		if err != nil {
			failed = err
			return text
		}
		var b bytes.Buffer
		fmt.Fprintf(&b, `<text x="%spx" %s xml:space="preserve">`, parts[1], parts[2])
		col := 0
		for _, span := range tspanElem.FindAllSubmatch(parts[3], -1) {
			if span[3] == nil && span[2] == nil {
				continue // an empty span: a style that ends with no text
			}
			attrs := dxAttr.ReplaceAll(span[2], nil)
			for _, r := range cellRuns(html.UnescapeString(string(span[3])), &col) {
				x := left + float64(r.col)*cell
				if r.wide {
					x += (2*cell - size) / 2 // a CJK glyph is 1 em wide
				}
				fmt.Fprintf(&b, `<tspan%s x="%.2fpx">`, attrs, x)
				if err := xml.EscapeText(&b, []byte(r.text)); err != nil {
					failed = err
				}
				b.WriteString(`</tspan>`)
			}
		}
		b.WriteString(`</text>`)
		return b.Bytes()
	})
	return out, failed
}

// A run is text drawn from one column on: one character, or a row of block
// elements (the bars' █ and ░), which the font joins without seams.
type run struct {
	col  int
	text string
	wide bool
}

// cellRuns splits text, which starts at column *col, into runs, skipping
// spaces, and moves *col past it.
func cellRuns(text string, col *int) []run {
	var out []run
	g := uniseg.NewGraphemes(text)
	for g.Next() {
		ch := g.Str()
		w := ansi.StringWidth(ch)
		switch {
		case ch == " " || w == 0:
		case isBlock(ch) && len(out) > 0 && isBlock(out[len(out)-1].text) &&
			out[len(out)-1].col+ansi.StringWidth(out[len(out)-1].text) == *col:
			out[len(out)-1].text += ch
		default:
			out = append(out, run{col: *col, text: ch, wide: w == 2})
		}
		*col += w
	}
	return out
}

// isBlock says whether s is made of block elements (U+2580–U+259F).
func isBlock(s string) bool {
	for _, r := range s {
		if r < 0x2580 || r > 0x259f {
			return false
		}
	}
	return s != ""
}
