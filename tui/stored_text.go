package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aymanbagabas/go-udiff"
	"github.com/rivo/uniseg"

	"coach/sanitize"
)

// storedText is the text behind a form field. The field shows it
// neutralised (a tab as a space, ESC as ␛), but what the user did not
// touch must be saved as it was stored, so the field keeps the stored text
// and maps what is shown back onto it.
type storedText struct {
	raw   string
	shown string    // what the input holds when opened
	segs  []textSeg // raw and shown piece by piece; nil when they are equal
}

// textSeg is one grapheme cluster of the stored text and how it is shown
// (possibly as nothing: the inputs drop U+FFFD).
type textSeg struct{ raw, shown string }

// newStoredText prepares raw for an input of one line or of several.
func newStoredText(raw string, multiline bool) storedText {
	neutralise := sanitize.Line
	if multiline {
		neutralise = sanitize.Block
	}
	whole := inputSafe(neutralise(raw), multiline)
	if whole == raw {
		return storedText{raw: raw, shown: raw}
	}
	st := storedText{raw: raw, shown: whole}
	var shown strings.Builder
	g := uniseg.NewGraphemes(raw)
	for g.Next() {
		seg := textSeg{raw: g.Str(), shown: inputSafe(neutralise(g.Str()), multiline)}
		shown.WriteString(seg.shown)
		st.segs = append(st.segs, seg)
	}
	if shown.String() != whole {
		// The neutraliser looks beyond one character: only an untouched
		// field can be given back as stored.
		st.segs = []textSeg{{raw: raw, shown: whole}}
	}
	return st
}

// inputSafe drops what the bubbles inputs drop on their own (U+FFFD and
// controls), so that the shown text is exactly what the input holds.
func inputSafe(s string, multiline bool) string {
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) && !(multiline && r == '\n') {
			return -1
		}
		return r
	}, s)
}

// text is what to save for the input's content edited: the stored text
// wherever edited still shows it, and the user's own text where they typed.
func (s storedText) text(edited string) string {
	if edited == s.shown {
		return s.raw
	}
	if s.segs == nil {
		return edited
	}
	var b strings.Builder
	i, at := 0, 0 // the next segment and where it starts in s.shown
	// keep writes s.shown[from:to], which the user left alone: whole
	// segments as stored, a piece of one as shown. A segment shown as
	// nothing is kept when it lies at the range's edge or within.
	keep := func(from, to int) {
		for ; i < len(s.segs); i++ {
			seg := s.segs[i]
			end := at + len(seg.shown)
			switch {
			case at > to || at == to && seg.shown != "":
				return
			case seg.shown == "":
				if at >= from {
					b.WriteString(seg.raw)
				}
				continue
			case end <= from: // edited away
			case at >= from && end <= to:
				b.WriteString(seg.raw)
			default:
				b.WriteString(s.shown[max(at, from):min(end, to)])
				if end > to {
					return // the rest of it follows the edit
				}
			}
			at = end
		}
	}
	from := 0
	for _, e := range udiff.Strings(s.shown, edited) {
		keep(from, e.Start)
		b.WriteString(e.New)
		from = e.End
	}
	keep(from, len(s.shown))
	return b.String()
}

// holding is s for an input that, given s.shown, holds actual: when the
// input changed it (a length limit), only the whole can be given back.
func (s storedText) holding(actual string) storedText {
	if actual == s.shown {
		return s
	}
	return storedText{raw: s.raw, shown: actual, segs: []textSeg{{raw: s.raw, shown: actual}}}
}
