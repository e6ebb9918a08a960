package content

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"charm.land/glamour/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// MinRenderWidth is the narrowest width Render accepts.
const MinRenderWidth = 16

// Cache bounds: a terminal being resized asks for many widths; past these
// sizes the caches start over rather than grow without end.
const (
	maxCachedPages = 1024
	maxTerms       = 32
)

// Renderer renders markdown for the terminal with glamour and caches the
// guide sections and FAQ entries it has rendered. It is safe for
// concurrent use.
type Renderer struct {
	mu    sync.Mutex
	terms map[termKey]*term
	pages map[pageKey]string
}

type termKey struct {
	width int
	style string
}

// term is one glamour renderer; glamour renderers are not safe for
// concurrent use, so each has its own lock.
type term struct {
	mu sync.Mutex
	tr *glamour.TermRenderer
}

type pageKey struct {
	lang  Lang
	kind  string
	id    string
	width int
	style string
}

// NewRenderer returns an empty Renderer. The zero Renderer is ready to
// use too.
func NewRenderer() *Renderer {
	return &Renderer{}
}

// Render renders markdown so that no line is wider than width display
// columns. style is one of ours (mdstyle.go): StyleDark, StyleLight or
// StylePlain (text without escapes, for pipes and NO_COLOR).
func (r *Renderer) Render(markdown string, width int, style string) (string, error) {
	cfg, ok := markdownStyle(style)
	if !ok {
		return "", fmt.Errorf("content: unknown markdown style %q (want dark, light or notty)", style)
	}
	if width < MinRenderWidth {
		return "", fmt.Errorf("content: render width %d is below the minimum %d", width, MinRenderWidth)
	}
	// Code blocks are never wrapped by glamour: break their long lines
	// so they fit beside the document and code block margins.
	codeWidth := width - 2*(styleSize(cfg.Document.Margin)+styleSize(cfg.Document.Indent)) -
		styleSize(cfg.CodeBlock.Margin) - styleSize(cfg.CodeBlock.Indent)
	markdown = prepareCodeBlocks(markdown, max(codeWidth, 8))
	markdown = joinSoftBreaks(markdown)
	markdown = markLineBreaks(markdown)

	t, err := r.term(width, style)
	if err != nil {
		return "", err
	}
	t.mu.Lock()
	out, err := t.tr.Render(markdown)
	t.mu.Unlock()
	if err != nil {
		return "", fmt.Errorf("content: render markdown: %w", err)
	}
	out = dropDoubleBlanks(finishBlocks(out, style))
	out = strings.ReplaceAll(out, string(lineBreakMark), "")
	if style == StylePlain {
		out = ansi.Strip(out)
	}
	return fitWidth(out, width), nil
}

// styleSize reads an optional size of a glamour style.
func styleSize(p *uint) int {
	if p == nil {
		return 0
	}
	return int(*p)
}

// term returns the glamour renderer for a width and style, creating it on
// first use.
func (r *Renderer) term(width int, style string) (*term, error) {
	k := termKey{width, style}
	r.mu.Lock()
	defer r.mu.Unlock()
	if t, ok := r.terms[k]; ok {
		return t, nil
	}
	cfg, _ := markdownStyle(style)
	tr, err := glamour.NewTermRenderer(
		glamour.WithStyles(cfg),
		glamour.WithWordWrap(width),
	)
	if err != nil {
		return nil, fmt.Errorf("content: markdown renderer: %w", err)
	}
	if r.terms == nil || len(r.terms) >= maxTerms {
		r.terms = map[termKey]*term{}
	}
	t := &term{tr: tr}
	r.terms[k] = t
	return t, nil
}

// Section renders the guide section id in language l (cached).
func (r *Renderer) Section(l Lang, id string, width int, style string) (string, error) {
	return r.page(pageKey{l.known(), KindGuide, id, width, style}, func() (string, error) {
		s, ok := SectionByID(l, id)
		if !ok {
			return "", fmt.Errorf("content: guide section %q: %w", id, ErrNotFound)
		}
		return s.Body, nil
	})
}

// FAQ renders the FAQ entry id in language l: the question as a heading
// and the answer (cached). The related guide section is not part of the
// page: the FAQ screen names it under the page, with the key that opens
// it, and a second "See also" in the text said the same thing twice.
func (r *Renderer) FAQ(l Lang, id string, width int, style string) (string, error) {
	return r.page(pageKey{l.known(), KindFAQ, id, width, style}, func() (string, error) {
		f, ok := FAQByID(l, id)
		if !ok {
			return "", fmt.Errorf("content: FAQ %q: %w", id, ErrNotFound)
		}
		return faqMarkdown(f), nil
	})
}

// faqMarkdown is the markdown of a rendered FAQ entry.
func faqMarkdown(f FAQ) string {
	var b strings.Builder
	b.WriteString("# ")
	b.WriteString(f.Question)
	b.WriteString("\n\n")
	b.WriteString(f.Answer)
	return b.String()
}

// page returns a cached rendering or renders the markdown from source.
func (r *Renderer) page(k pageKey, source func() (string, error)) (string, error) {
	r.mu.Lock()
	out, ok := r.pages[k]
	r.mu.Unlock()
	if ok {
		return out, nil
	}
	md, err := source()
	if err != nil {
		return "", err
	}
	out, err = r.Render(md, k.width, k.style)
	if err != nil {
		return "", err
	}
	r.mu.Lock()
	if r.pages == nil || len(r.pages) >= maxCachedPages {
		r.pages = map[pageKey]string{}
	}
	r.pages[k] = out
	r.mu.Unlock()
	return out, nil
}

var fenceLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile("^(\\s*)(```+|~~~+)")
})

// prepareCodeBlocks breaks the lines of fenced code blocks that are wider
// than limit columns, expands tabs there (a tab has no width of its own
// as glamour measures it), and labels blocks without a language as text.
func prepareCodeBlocks(md string, limit int) string {
	lines := strings.Split(md, "\n")
	out := make([]string, 0, len(lines))
	fence := ""
	for _, line := range lines {
		if m := fenceLine().FindStringSubmatch(line); m != nil {
			switch {
			case fence == "":
				fence = m[2]
				if strings.TrimSpace(line) == m[2] {
					// A block without a language is plain text: labelled
					// so, no highlighter is asked to guess one.
					line += "text"
				}
			case strings.HasPrefix(m[2], fence) && strings.TrimSpace(line) == m[2]:
				fence = ""
			}
			out = append(out, line)
			continue
		}
		if fence == "" {
			out = append(out, line)
			continue
		}
		line = strings.ReplaceAll(line, "\t", "    ")
		if ansi.StringWidth(line) > limit {
			line = ansi.Hardwrap(line, limit, true)
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// lineBreakMark is put between two CJK characters where a line may
// break. Glamour wraps text only at spaces, so a run of Chinese, which has
// none, would move to a line of its own, leaving a bullet or a few words
// alone on the line before. U+2028 (LINE SEPARATOR) counts as a space for
// the wrapper and has no width; it is removed from the output.
const lineBreakMark = '\u2028'

// markLineBreaks puts lineBreakMark between adjacent CJK characters of the
// prose in md (not in code, code spans or link targets), except where
// Chinese typesetting forbids a break: before closing punctuation, after
// opening punctuation.
func markLineBreaks(md string) string {
	if !strings.ContainsFunc(md, isCJK) {
		return md
	}
	lines := strings.Split(md, "\n")
	fence := ""
	for i, line := range lines {
		if m := fenceLine().FindStringSubmatch(line); m != nil {
			switch {
			case fence == "":
				fence = m[2]
			case strings.HasPrefix(m[2], fence) && strings.TrimSpace(line) == m[2]:
				fence = ""
			}
			continue
		}
		if fence == "" && strings.ContainsFunc(line, isCJK) {
			lines[i] = markLine(line)
		}
	}
	return strings.Join(lines, "\n")
}

// WrapText wraps one line of plain text to width columns, breaking
// between Chinese characters as Render does (never before closing
// punctuation or after opening punctuation) and at spaces otherwise.
func WrapText(text string, width int) string {
	if strings.ContainsFunc(text, isCJK) {
		text = markLine(text)
	}
	out := lipgloss.Wrap(text, max(width, 1), "")
	return strings.ReplaceAll(out, string(lineBreakMark), "")
}

// markLine marks the break opportunities of one line of prose.
func markLine(line string) string {
	var b strings.Builder
	b.Grow(len(line) * 2)
	var prev rune
	skipUntil := rune(0) // inside a code span or link target: its closing rune
	for i, r := range line {
		switch {
		case skipUntil != 0:
			if r == skipUntil {
				skipUntil = 0
			}
		case r == '`':
			skipUntil = '`'
		case r == '(' && strings.HasSuffix(line[:i], "]"):
			skipUntil = ')'
		case r == '<':
			skipUntil = '>'
		case r == ' ' && strayEmphasisSpace(line, i):
			// Kept as the parser's whitespace, shown as nothing.
			b.WriteRune(lineBreakMark)
			prev = 0
			continue
		case prev != 0 && canBreakBetween(prev, r):
			b.WriteRune(lineBreakMark)
		}
		b.WriteRune(r)
		prev = r
		if skipUntil != 0 {
			prev = 0
		}
	}
	return b.String()
}

// strayEmphasisSpace reports whether the space at line[i] sits between
// Chinese text and bold or italic Chinese text, as in "**情况：** 小王".
// Markdown needs it there (a closing "**" after "：" and before "小" does
// not close), but Chinese puts no space between words, so it shows as a
// stray gap.
func strayEmphasisSpace(line string, i int) bool {
	isDelim := func(c byte) bool { return c == '*' || c == '_' }
	j := i
	for j > 0 && isDelim(line[j-1]) {
		j--
	}
	k := i + 1
	for k < len(line) && isDelim(line[k]) {
		k++
	}
	if j == i && k == i+1 { // no emphasis on either side
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(line[:j])
	after, _ := utf8.DecodeRuneInString(line[k:])
	return isCJK(before) && isCJK(after)
}

// canBreakBetween reports whether a line may break between a and b.
func canBreakBetween(a, b rune) bool {
	if !isCJK(a) && !isCJK(b) {
		return false
	}
	if !isCJK(a) && !isLetterOrDigit(a) || !isCJK(b) && !isLetterOrDigit(b) {
		return false
	}
	return !strings.ContainsRune(noBreakAfter, a) && !strings.ContainsRune(noBreakBefore, b)
}

const (
	noBreakBefore = "，。、；：？！）」』】》〉〕］｝〗〙〛”’…—·～％"
	noBreakAfter  = "（「『【《〈〔［｛〖〘〚“‘"
)

func isLetterOrDigit(r rune) bool {
	return r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
}

// isCJK reports whether r is a Chinese, Japanese or Korean character or
// punctuation mark, between which lines may break without a space.
func isCJK(r rune) bool {
	switch {
	case r < 0x2000:
		return false
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
		return true
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF: // CJK punctuation, fullwidth forms
		return true
	}
	return strings.ContainsRune("“”‘’…—·", r)
}

// fitWidth is the last guard of the width promise: a line glamour left
// too wide (a table, a code block nested in a list) loses its trailing
// padding or, when that is not enough, is broken.
func fitWidth(s string, width int) string {
	lines := strings.Split(s, "\n")
	changed := false
	for i, line := range lines {
		if ansi.StringWidth(line) <= width {
			continue
		}
		changed = true
		if ansi.StringWidth(strings.TrimRight(ansi.Strip(line), " ")) <= width {
			lines[i] = ansi.Truncate(line, width, "")
		} else {
			lines[i] = ansi.Hardwrap(line, width, true)
		}
	}
	if !changed {
		return s
	}
	return strings.Join(lines, "\n")
}
