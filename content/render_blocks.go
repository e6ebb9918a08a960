package content

// Two passes around glamour that fix how it lays out lists and quotes.
// Before: a paragraph's soft line breaks are joined, since glamour keeps
// them as hard breaks inside list items and quotes (a source wrapped at
// 70 columns came out as fragments at every other width). After: the
// bullets, numbers and quote bars glamour could only put inside the text
// are moved into the indentation the style leaves for them, so wrapped
// lines hang under the text and a quote's text fits beside its bar.

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// itemMark is the item's block prefix in our styles: zero columns wide,
// it tells finishBlocks where an item's text starts. It is a word joiner,
// so no line breaks between it and the item's first word.
const itemMark = '\u2060'

// quoteToken is one column of a quote's indentation. The style indents
// quotes by two of them, which glamour counts right (its own "│ " is two
// columns counted as one, and pushed the text past the line's end);
// finishBlocks turns each pair into the bar and a space.
const quoteToken = "│"

// mdParser parses markdown as glamour does.
var mdParser = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList))
})

// joinSoftBreaks puts each paragraph of md on one line: a soft line break
// (and the next line's indentation and quote markers) becomes a space, or
// nothing between two CJK characters. Code is left alone.
func joinSoftBreaks(md string) string {
	if !strings.Contains(md, "\n") {
		return md
	}
	src := []byte(md)
	doc := mdParser().Parser().Parse(text.NewReader(src))
	var b strings.Builder
	done := 0 // src[:done] is written
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindCodeSpan, ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindHTMLBlock, ast.KindRawHTML:
			return ast.WalkSkipChildren, nil
		}
		t, ok := n.(*ast.Text)
		if !ok || !t.SoftLineBreak() || t.HardLineBreak() || t.Segment.Stop < done {
			return ast.WalkContinue, nil
		}
		from := t.Segment.Stop
		nl := bytes.IndexByte(src[from:], '\n')
		if nl < 0 {
			return ast.WalkContinue, nil
		}
		to := from + nl + 1
		quoted := inQuote(n)
		for to < len(src) && (src[to] == ' ' || src[to] == '\t' || quoted && src[to] == '>') {
			to++
		}
		before, _ := utf8.DecodeLastRune(bytes.TrimRight(src[:from], " \t"))
		after, _ := utf8.DecodeRune(src[to:])
		b.Write(src[done:from])
		if !isCJK(before) || !isCJK(after) {
			b.WriteByte(' ')
		}
		done = to
		return ast.WalkContinue, nil
	})
	if done == 0 {
		return md
	}
	b.Write(src[done:])
	return b.String()
}

func inQuote(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Kind() == ast.KindBlockquote {
			return true
		}
	}
	return false
}

// blockMarks colours what finishBlocks draws: the bullet or number and
// the quote bar, each followed by a space.
type blockMarks struct {
	item, bar lipgloss.Style
}

func marksFor(style string) blockMarks {
	var p Palette
	switch style {
	case StyleDark:
		p = DarkPalette
	case StyleLight:
		p = LightPalette
	default:
		return blockMarks{}
	}
	return blockMarks{
		item: lipgloss.NewStyle().Foreground(lipgloss.Color(p.Accent)),
		bar:  lipgloss.NewStyle().Foreground(lipgloss.Color(p.Faint)),
	}
}

// finishBlocks draws the bullets, numbers and quote bars of glamour's
// output into the room the style left for them.
func finishBlocks(out, style string) string {
	if !strings.ContainsRune(out, itemMark) && !strings.Contains(out, quoteToken+quoteToken) {
		return out
	}
	m := marksFor(style)
	lines := strings.Split(out, "\n")
	for i, line := range lines {
		line = m.quoteBars(line)
		if strings.ContainsRune(line, itemMark) {
			line = m.itemLabel(line)
		}
		lines[i] = line
	}
	return strings.Join(lines, "\n")
}

// dropDoubleBlanks keeps one blank line where glamour left two (after a
// nested list, for one).
func dropDoubleBlanks(out string) string {
	lines := strings.Split(out, "\n")
	kept := lines[:0]
	blankBefore := false
	for _, line := range lines {
		blank := strings.TrimSpace(ansi.Strip(line)) == ""
		if blank && blankBefore {
			continue
		}
		kept = append(kept, line)
		blankBefore = blank
	}
	return strings.Join(kept, "\n")
}

// itemLabel moves an item's bullet (or number) left of its text, into the
// list's indentation, so the item's first line and its wrapped lines
// start in the same column.
func (m blockMarks) itemLabel(line string) string {
	at := strings.IndexRune(line, itemMark)
	head, rest := line[:at], line[at+utf8.RuneLen(itemMark):]
	plainHead := ansi.Strip(head)
	textCol := ansi.StringWidth(plainHead)
	label := "• "
	if number := orderedNumber(plainHead); number != "" {
		// Written before the mark, in the text: the text moves left by it.
		textCol -= len(number)
		label = number + " "
	}
	left := ansi.Truncate(head, max(textCol-ansi.StringWidth(label), 0), "")
	return left + m.item.Render(label) + rest
}

// orderedNumber is the "12." an ordered item's head ends with, if any.
func orderedNumber(head string) string {
	i := strings.LastIndexByte(head, ' ') + 1
	n := head[i:]
	if len(n) < 2 || n[len(n)-1] != '.' || strings.Trim(n[:len(n)-1], "0123456789") != "" {
		return ""
	}
	return n
}

// quoteBars turns each pair of quote tokens at the start of a line (after
// its indentation) into a bar and a space.
func (m blockMarks) quoteBars(line string) string {
	plain := ansi.Strip(line)
	col := len(plain) - len(strings.TrimLeft(plain, " "))
	pair := quoteToken + quoteToken
	if !strings.HasPrefix(plain[col:], pair) {
		return line
	}
	var b strings.Builder
	b.WriteString(ansi.Truncate(line, col, ""))
	rest := plain[col:]
	cells := 0
	for strings.HasPrefix(rest, pair) {
		b.WriteString(m.bar.Render("│"))
		b.WriteByte(' ')
		rest = rest[len(pair):]
		cells += 2
	}
	b.WriteString(ansi.TruncateLeft(line, col+cells, ""))
	return b.String()
}
