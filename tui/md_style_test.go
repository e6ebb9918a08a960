package tui

import (
	"image/color"
	"testing"

	"charm.land/lipgloss/v2"

	"coach/content"
)

// The markdown style (content/mdstyle.go) is built from the same palette
// as the screens, each of the screens' roles on the colour of its name.
func TestMarkdownPaletteIsTheScreensPalette(t *testing.T) {
	for _, c := range []struct {
		dark bool
		p    content.Palette
	}{{true, content.DarkPalette}, {false, content.LightPalette}} {
		s := newStyles(c.dark, false)
		for _, pair := range []struct {
			name string
			got  color.Color
			hex  string
		}{
			{"accent", s.Heading.GetForeground(), c.p.Accent},
			{"muted", s.Muted.GetForeground(), c.p.Muted},
			{"faint", s.Faint.GetForeground(), c.p.Faint},
			{"good", s.Done.GetForeground(), c.p.Good},
			{"warn", s.Warning.GetForeground(), c.p.Warn},
			{"bad", s.Error.GetForeground(), c.p.Bad},
			{"selection", s.Selected.GetBackground(), c.p.SelBg},
		} {
			if !sameColor(pair.got, lipgloss.Color(pair.hex)) {
				t.Errorf("dark %v: the screens' %s is %v, the markdown palette's %s", c.dark, pair.name, pair.got, pair.hex)
			}
		}
		if want := map[bool]string{true: content.StyleDark, false: content.StyleLight}[c.dark]; s.MarkdownStyle != want {
			t.Errorf("dark %v: markdown style %q, want %q", c.dark, s.MarkdownStyle, want)
		}
	}
}

func sameColor(a, b color.Color) bool {
	if a == nil || b == nil {
		return a == b
	}
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}
