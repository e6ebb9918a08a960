package demo

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A phrase is a compiled sentence: its literal text and slots, in order.
type phrase []part

type part struct {
	kind   slotKind
	text   string   // slotText
	words  []string // slotWord: the vocabulary a word is drawn from
	lo, hi int      // slotNumber: the range
}

type slotKind uint8

const (
	slotText   slotKind = iota // literal text
	slotWord                   // a word from the phrasebook's vocab
	slotNumber                 // a random number
	slotDone                   // a task done that day
	slotOpen                   // a task left open that day
	slotBest                   // the week's strongest competency
	slotWeak                   // and its weakest
	slotHabitsDone
	slotHabitsDue
	slotHabitsPct
	slotOnceDone
	slotMinutes
)

// slotCtx is what a sentence may name beyond words and numbers: the day
// being reflected on, or the week being reviewed.
type slotCtx struct {
	day  *dayStat
	week *weekFigures
}

// weekFigures are the figures a weekly review quotes.
type weekFigures struct {
	best, weak                                                  string // competency names
	habitsDone, habitsDue, habitsPct, onceDone, minutesPractice int
}

func pickStr(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// distinct picks n different entries of list, in list order.
func (g *gen) distinct(list []string, n int) []string {
	var out []string
	for _, k := range g.r.Perm(len(list))[:min(n, len(list))] {
		s, _ := g.fill(list[k], slotCtx{})
		out = append(out, s)
	}
	return out
}

// phrase fills a random sentence of list that can be filled.
func (g *gen) phrase(list []string, ctx slotCtx) string {
	for range 8 {
		if s, ok := g.fill(pickStr(g.r, list), ctx); ok {
			return s
		}
	}
	for _, t := range list { // only sentences that need no task
		if s, ok := g.fill(t, ctx); ok {
			return s
		}
	}
	return ""
}

// fill fills the slots of sentence, one after the other (each may draw a
// random number); ok is false when a slot has nothing to name, such as
// {task} on a day when no task was done.
func (g *gen) fill(sentence string, ctx slotCtx) (string, bool) {
	p, ok := g.book.compiled[sentence]
	if !ok {
		panic("demo: a sentence of no compiled list: " + sentence)
	}
	s := sentence
	if len(p) != 1 || p[0].kind != slotText {
		var b strings.Builder
		b.Grow(len(sentence) + 32)
		for _, pt := range p {
			v, ok := g.slot(pt, ctx)
			if !ok {
				return "", false
			}
			b.WriteString(v)
		}
		s = b.String()
	}
	if g.book.words != 1 {
		s = spaceHan(s)
	}
	return s, true
}

func (g *gen) slot(p part, ctx slotCtx) (string, bool) {
	switch p.kind {
	case slotText:
		return p.text, true
	case slotWord:
		return pickStr(g.r, p.words), true
	case slotNumber:
		return strconv.Itoa(p.lo + g.r.IntN(p.hi-p.lo+1)), true
	case slotDone:
		if ctx.day == nil || len(ctx.day.doneTitles) == 0 {
			return "", false
		}
		return pickStr(g.r, ctx.day.doneTitles), true
	case slotOpen:
		if ctx.day == nil || len(ctx.day.openTitles) == 0 {
			return "", false
		}
		return pickStr(g.r, ctx.day.openTitles), true
	}
	w := ctx.week
	if w == nil {
		return "", false
	}
	switch p.kind {
	case slotBest:
		return w.best, true
	case slotWeak:
		return w.weak, true
	case slotHabitsDone:
		return strconv.Itoa(w.habitsDone), true
	case slotHabitsDue:
		return strconv.Itoa(w.habitsDue), true
	case slotHabitsPct:
		return strconv.Itoa(w.habitsPct), true
	case slotOnceDone:
		return strconv.Itoa(w.onceDone), true
	case slotMinutes:
		return strconv.Itoa(w.minutesPractice), true
	}
	panic("demo: a slot of no kind")
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool { return r >= 0x3400 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff }

func isLatin(r rune) bool {
	return r < utf8.RuneSelf && (r >= '0' && r <= '9' || r|0x20 >= 'a' && r|0x20 <= 'z')
}

// spaceHan puts a space between Chinese characters and Latin letters or
// digits that meet, as Chinese technical writing does: 降低支付服务的 p99 延迟.
func spaceHan(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	prev := rune(0)
	for _, r := range s {
		if isHan(prev) && isLatin(r) || isLatin(prev) && isHan(r) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
