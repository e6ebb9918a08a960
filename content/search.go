package content

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Hit is one search result.
type Hit struct {
	Kind    string // "guide" or "faq"
	ID      string
	Title   string
	Snippet string // one line of plain text around the first match
	Score   int    // higher is better; any title match outranks body-only matches
}

// Kinds of Hit.
const (
	KindGuide = "guide"
	KindFAQ   = "faq"
)

// snippetWidth is the display width of Hit.Snippet; snippetLead is how
// much of it goes before the match.
const (
	snippetWidth = 60
	snippetLead  = 18
)

// searchDoc is a section or FAQ entry prepared for searching.
type searchDoc struct {
	kind, id, title string
	order           int
	text            []rune // the body as plain text on one line
	lowTitle        []rune
	lowText         []rune
}

var (
	indexOnce [2]sync.Once
	indexes   [2][]searchDoc
)

// index returns the search documents of language l, built on first use.
func index(l Lang) []searchDoc {
	i := 0
	if l.known() == ZH {
		i = 1
	}
	indexOnce[i].Do(func() {
		var docs []searchDoc
		for _, s := range lib().sections[l.known()] {
			docs = append(docs, newSearchDoc(KindGuide, s.ID, s.Title, s.Order, s.Body))
		}
		for _, f := range lib().faqs[l.known()] {
			docs = append(docs, newSearchDoc(KindFAQ, f.ID, f.Question, f.Order, f.Answer))
		}
		indexes[i] = docs
	})
	return indexes[i]
}

func newSearchDoc(kind, id, title string, order int, body string) searchDoc {
	text := []rune(plainText(body))
	return searchDoc{
		kind: kind, id: id, title: title, order: order,
		text:     text,
		lowTitle: lowerRunes([]rune(title)),
		lowText:  lowerRunes(text),
	}
}

// lowerRunes lower-cases rune by rune, so that rune indexes stay valid.
func lowerRunes(rs []rune) []rune {
	out := make([]rune, len(rs))
	for i, r := range rs {
		out[i] = unicode.ToLower(r)
	}
	return out
}

// Search finds the guide sections and FAQ entries of language l whose
// title or body contains every word of query (case-insensitive
// substrings, so a Chinese word needs no spaces around it). Hits with the
// words in the title come first, then by number of matches.
func Search(l Lang, query string) []Hit {
	var words [][]rune
	for _, w := range strings.Fields(query) {
		words = append(words, lowerRunes([]rune(w)))
	}
	if len(words) == 0 {
		return nil
	}
	var hits []Hit
	var orders []int
	for _, d := range index(l) {
		titleHits, bodyHits, first := 0, 0, -1
		matched := true
		for _, w := range words {
			inTitle := indexRunes(d.lowTitle, w) >= 0
			n, at := countRunes(d.lowText, w)
			if !inTitle && n == 0 {
				matched = false
				break
			}
			if inTitle {
				titleHits++
			}
			bodyHits += n
			if n > 0 && (first < 0 || at < first) {
				first = at
			}
		}
		if !matched {
			continue
		}
		hits = append(hits, Hit{
			Kind:    d.kind,
			ID:      d.id,
			Title:   d.title,
			Snippet: snippet(d.text, max(first, 0)),
			Score:   titleHits*1000 + min(bodyHits, 999),
		})
		orders = append(orders, d.order)
	}
	idx := make([]int, len(hits))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Or(
			cmp.Compare(hits[b].Score, hits[a].Score),
			cmp.Compare(kindRank(hits[a].Kind), kindRank(hits[b].Kind)),
			cmp.Compare(orders[a], orders[b]),
		)
	})
	out := make([]Hit, len(hits))
	for i, j := range idx {
		out[i] = hits[j]
	}
	return out
}

func kindRank(kind string) int {
	if kind == KindGuide {
		return 0
	}
	return 1
}

// indexRunes is strings.Index on rune slices.
func indexRunes(s, sub []rune) int {
	if len(sub) == 0 {
		return 0
	}
outer:
	for i := 0; i+len(sub) <= len(s); i++ {
		for j, r := range sub {
			if s[i+j] != r {
				continue outer
			}
		}
		return i
	}
	return -1
}

// countRunes counts the non-overlapping occurrences of sub in s and returns
// the index of the first one (-1 if none).
func countRunes(s, sub []rune) (n, first int) {
	first = -1
	for off := 0; off <= len(s); {
		i := indexRunes(s[off:], sub)
		if i < 0 {
			break
		}
		if first < 0 {
			first = off + i
		}
		n++
		off += i + max(len(sub), 1)
	}
	return n, first
}

// snippet cuts about snippetWidth display columns out of text, starting a
// little before rune index at, with "…" where text was cut.
func snippet(text []rune, at int) string {
	const ellipsis = "…"
	start := at
	for w := 0; start > 0; start-- {
		w += ansi.StringWidth(string(text[start-1]))
		if w > snippetLead {
			break
		}
	}
	// Do not start in the middle of a word of a spaced language.
	if start > 0 && !unicode.IsSpace(text[start-1]) && isWordRune(text[start]) {
		for s := start; s < at; s++ {
			if unicode.IsSpace(text[s]) {
				start = s + 1
				break
			}
		}
	}
	for start < len(text) && unicode.IsSpace(text[start]) {
		start++
	}
	prefix := ""
	if start > 0 {
		prefix = ellipsis
	}
	rest := string(text[start:])
	limit := snippetWidth - ansi.StringWidth(prefix)
	out := rest
	if ansi.StringWidth(rest) > limit {
		cut := ansi.Truncate(rest, limit-1, "")
		// Do not end in the middle of a word either, unless the word
		// is most of the snippet.
		if next, _ := utf8.DecodeRuneInString(rest[len(cut):]); isWordRune(next) {
			if i := strings.LastIndexFunc(cut, unicode.IsSpace); i > len(cut)/2 {
				cut = cut[:i]
			}
		}
		out = strings.TrimRightFunc(cut, unicode.IsSpace) + ellipsis
	}
	return prefix + out
}

// isWordRune reports whether r belongs to a word written with spaces
// between words (Latin letters and digits, not CJK ideographs).
func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Han, r)
}

type markupPatterns struct {
	fence, heading, quote, listItem, rule, tableSep, image, link, autoLink,
	htmlTag, emphasis, spaces, escape, tablePipe *regexp.Regexp
}

// markup holds the patterns plainText removes; compiled on first use, not
// at start-up.
var markup = sync.OnceValue(func() (m *markupPatterns) {
	m = &markupPatterns{}
	m.fence = regexp.MustCompile("^\\s*(```|~~~)")
	m.heading = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
	m.quote = regexp.MustCompile(`^\s*(>\s?)+`)
	m.listItem = regexp.MustCompile(`^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?`)
	m.rule = regexp.MustCompile(`^\s*([-*_]\s*){3,}$`)
	m.tableSep = regexp.MustCompile(`^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$`)
	m.image = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	m.link = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	m.autoLink = regexp.MustCompile(`<((?:https?|mailto):[^>]+)>`)
	m.htmlTag = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	m.emphasis = regexp.MustCompile("\\*+|__|~~|`|(^|[\\s(（])_|_($|[\\s).,;:!?，。；：！？）])")
	m.spaces = regexp.MustCompile(`\s+`)
	m.escape = regexp.MustCompile(`\\([\\*_#\[\]()<>|` + "`" + `~-])`)
	m.tablePipe = regexp.MustCompile(`\s*\|\s*`)
	return m
})

// plainText turns markdown into one line of text without markup, for
// matching and snippets. A leading "# Title" heading is dropped: the
// title is matched on its own.
func plainText(md string) string {
	m := markup()
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	var parts []string
	for i, line := range lines {
		if i == 0 && strings.HasPrefix(line, "# ") {
			continue
		}
		if m.fence.MatchString(line) || m.rule.MatchString(line) {
			continue
		}
		if strings.Contains(line, "|") && m.tableSep.MatchString(line) {
			continue
		}
		line = m.quote.ReplaceAllString(line, "")
		line = m.heading.ReplaceAllString(line, "")
		line = m.listItem.ReplaceAllString(line, "")
		if strings.HasPrefix(strings.TrimSpace(line), "|") {
			line = strings.TrimSpace(m.tablePipe.ReplaceAllString(line, " "))
		}
		line = m.image.ReplaceAllString(line, "$1")
		line = m.link.ReplaceAllString(line, "$1")
		line = m.autoLink.ReplaceAllString(line, "$1")
		line = m.htmlTag.ReplaceAllString(line, "")
		line = m.emphasis.ReplaceAllStringFunc(line, func(s string) string {
			return strings.Trim(s, "*_~`")
		})
		line = m.escape.ReplaceAllString(line, "$1")
		if line = strings.TrimSpace(line); line != "" {
			parts = append(parts, line)
		}
	}
	return m.spaces.ReplaceAllString(strings.Join(parts, " "), " ")
}
