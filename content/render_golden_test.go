package content

// Golden renderings of a test page per language (testdata/render/page.*.md,
// written to hold what the guide's pages hold: source lines wrapped short,
// long bullets, a nested list, an ordered list, a quote, headings, code,
// bold and Chinese inline code) at 40, 80 and 120 columns. The files hold
// the text without its escapes and without the padding at line ends, so a
// diff shows the layout. Refresh them with
//
//	go test ./content -run TestRenderGolden -update

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

func TestRenderGolden(t *testing.T) {
	r := NewRenderer()
	for _, lang := range []Lang{EN, ZH} {
		md, err := os.ReadFile("testdata/render/page." + string(lang) + ".md")
		if err != nil {
			t.Fatal(err)
		}
		for _, width := range []int{40, 80, 120} {
			t.Run(fmt.Sprintf("%s-%d", lang, width), func(t *testing.T) {
				out, err := r.Render(string(md), width, StyleDark)
				if err != nil {
					t.Fatal(err)
				}
				for _, b := range tooWide(out, width) {
					t.Error(b)
				}
				golden.RequireEqual(t, trimLineEnds(ansi.Strip(out)))
			})
		}
	}
}

// trimLineEnds drops the padding glamour puts at the end of each line.
func trimLineEnds(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
