package content

import "charm.land/glamour/v2/ansi"

// Palette is the app's colours for one background, as hex strings. The
// screens' styles (tui/styles.go) are built from the same values; a test
// there keeps the two in step.
type Palette struct {
	Accent, Muted, Faint, Good, Warn, Bad, SelBg string
}

// The palettes of a light and a dark background.
var (
	LightPalette = Palette{
		Accent: "#5A3FC0", Muted: "#6B6B6B", Faint: "#A0A0A0",
		Good: "#1F7A3A", Warn: "#9A6700", Bad: "#B42318", SelBg: "#E8E3FA",
	}
	DarkPalette = Palette{
		Accent: "#A48CFF", Muted: "#9A9A9A", Faint: "#5E5E5E",
		Good: "#5FD38D", Warn: "#E8B64A", Bad: "#FF6B6B", SelBg: "#2E2748",
	}
)

// ReadingWidth is the widest a page is rendered: past about a hundred
// columns lines get hard to follow from one end to the next, so a wider
// terminal or pane leaves the room to the right.
const ReadingWidth = 100

// Markdown styles: the names Render takes.
const (
	StyleDark  = "dark"
	StyleLight = "light"
	StylePlain = "notty" // no colour: pipes, files and NO_COLOR
)

// Shapes every style shares. Lists and quotes leave room in their
// indentation that finishBlocks (render_blocks.go) fills with the bullet,
// the number or the bar.
const (
	docMargin    = 1
	listIndent   = 3 // room left of an item's text for "• " or "12. "
	nestedIndent = 2 // a nested list's bullets line up with its parent's text
	codeMargin   = 2
	headingSkip  = "\n" // a blank line under every heading
)

// markdownStyle returns our glamour style of a name, built from the
// palette; ok is false for an unknown name.
func markdownStyle(name string) (cfg ansi.StyleConfig, ok bool) {
	switch name {
	case StyleDark:
		return colouredStyle(DarkPalette), true
	case StyleLight:
		return colouredStyle(LightPalette), true
	case StylePlain:
		return plainStyle(), true
	}
	return ansi.StyleConfig{}, false
}

// plainStyle is the shape without colour: bold, italics and underline
// stay, which a terminal without colour still shows and a pipe loses
// along with every other escape (Render strips them for StylePlain).
func plainStyle() ansi.StyleConfig {
	return ansi.StyleConfig{
		Document: ansi.StyleBlock{
			StylePrimitive: ansi.StylePrimitive{BlockPrefix: "\n", BlockSuffix: "\n"},
			Margin:         uintPtr(docMargin),
		},
		BlockQuote: ansi.StyleBlock{Indent: uintPtr(2), IndentToken: strPtr(quoteToken)},
		List: ansi.StyleList{
			StyleBlock:  ansi.StyleBlock{Indent: uintPtr(listIndent)},
			LevelIndent: nestedIndent,
		},
		Heading: ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{
			BlockSuffix: headingSkip, Bold: boolPtr(true),
		}},
		H1:             ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Underline: boolPtr(true)}},
		H4:             ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Italic: boolPtr(true)}},
		H5:             ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Italic: boolPtr(true)}},
		H6:             ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Italic: boolPtr(true)}},
		Strikethrough:  ansi.StylePrimitive{CrossedOut: boolPtr(true)},
		Emph:           ansi.StylePrimitive{Italic: boolPtr(true)},
		Strong:         ansi.StylePrimitive{Bold: boolPtr(true)},
		HorizontalRule: ansi.StylePrimitive{Format: "\n────────\n"},
		Item:           ansi.StylePrimitive{BlockPrefix: string(itemMark)},
		Enumeration:    ansi.StylePrimitive{BlockPrefix: "." + string(itemMark)},
		Task:           ansi.StyleTask{Ticked: "[✓] ", Unticked: "[ ] "},
		Link:           ansi.StylePrimitive{Underline: boolPtr(true)},
		LinkText:       ansi.StylePrimitive{Bold: boolPtr(true)},
		Image:          ansi.StylePrimitive{Underline: boolPtr(true)},
		ImageText:      ansi.StylePrimitive{Format: "Image: {{.text}} →"},
		// Code spans get no padding of their own: the text already has
		// the spaces it wants around them (Chinese too), and a padded
		// span doubled them.
		Code: ansi.StyleBlock{},
		// No chroma: glamour registers one chroma theme for the whole
		// process, so a light and a dark theme could not live side by
		// side, and the guide's blocks are commands and formulas.
		CodeBlock:             ansi.StyleCodeBlock{StyleBlock: ansi.StyleBlock{Margin: uintPtr(codeMargin)}},
		Table:                 ansi.StyleTable{},
		DefinitionDescription: ansi.StylePrimitive{BlockPrefix: "\n→ "},
	}
}

// colouredStyle is the plain shape coloured from a palette: headings and
// links in the accent, code in the accent on the selection background,
// quotes and rules in the muted colours. Body text keeps the terminal's
// own colour, which reads on either background.
func colouredStyle(p Palette) ansi.StyleConfig {
	s := plainStyle()
	s.Heading.Color = strPtr(p.Accent)
	s.H4.Color = strPtr(p.Muted)
	s.H5.Color = strPtr(p.Muted)
	s.H6.Color = strPtr(p.Muted)
	s.HorizontalRule.Color = strPtr(p.Faint)
	s.Link.Color = strPtr(p.Accent)
	s.LinkText.Color = strPtr(p.Accent)
	s.Image.Color = strPtr(p.Accent)
	s.ImageText.Color = strPtr(p.Muted)
	s.Code.Color = strPtr(p.Accent)
	s.Code.BackgroundColor = strPtr(p.SelBg)
	s.CodeBlock.Color = strPtr(p.Good)
	s.Task.Color = strPtr(p.Accent)
	return s
}

func uintPtr(u uint) *uint    { return &u }
func strPtr(s string) *string { return &s }
func boolPtr(b bool) *bool    { return &b }
