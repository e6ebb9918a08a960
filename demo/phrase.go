package demo

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode/utf8"
)

// slotCtx carries the figures a template may name.
type slotCtx struct {
	day                 *dayStat
	best, weak          string
	hd, hs, hp, od, min int
}

func pickStr(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// distinct picks n different entries of list, in list order.
func (g *gen) distinct(list []string, n int) []string {
	var out []string
	for _, k := range g.r.Perm(len(list))[:min(n, len(list))] {
		s, _ := g.fill(list[k], nil)
		out = append(out, s)
	}
	return out
}

// phrase fills a random template of list that can be filled.
func (g *gen) phrase(list []string, day *dayStat) string {
	return g.phraseCtx(list, &slotCtx{day: day})
}

func (g *gen) phraseCtx(list []string, ctx *slotCtx) string {
	for range 8 {
		if s, ok := g.fillCtx(pickStr(g.r, list), ctx); ok {
			return s
		}
	}
	for _, t := range list { // only templates that need no task
		if s, ok := g.fillCtx(t, ctx); ok {
			return s
		}
	}
	return ""
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

func (g *gen) fill(tpl string, day *dayStat) (string, bool) {
	return g.fillCtx(tpl, &slotCtx{day: day})
}

// fillCtx replaces each {slot} of tpl; ok is false when a slot has no value
// (no task done that day, say).
func (g *gen) fillCtx(tpl string, ctx *slotCtx) (string, bool) {
	s, ok := g.expand(tpl, ctx)
	if ok && g.book.words != 1 {
		s = spaceHan(s)
	}
	return s, ok
}

func (g *gen) expand(tpl string, ctx *slotCtx) (string, bool) {
	if strings.IndexByte(tpl, '{') < 0 {
		return tpl, true
	}
	var b strings.Builder
	b.Grow(len(tpl) + 32)
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			return b.String(), true
		}
		j := strings.IndexByte(tpl[i:], '}')
		if j < 0 {
			b.WriteString(tpl)
			return b.String(), true
		}
		b.WriteString(tpl[:i])
		v, ok := g.slot(tpl[i+1:i+j], ctx)
		if !ok {
			return "", false
		}
		b.WriteString(v)
		tpl = tpl[i+j+1:]
	}
}

func (g *gen) slot(name string, ctx *slotCtx) (string, bool) {
	num := func(lo, hi int) (string, bool) { return strconv.Itoa(lo + g.r.IntN(hi-lo+1)), true }
	var day *dayStat
	if ctx != nil {
		day = ctx.day
	}
	switch name {
	case "pr":
		return num(1000, 9999)
	case "n":
		return num(12, 480)
	case "lc":
		return num(1, 2500)
	case "ch":
		return num(1, 12)
	case "pct":
		return num(10, 60)
	case "task":
		if day == nil || len(day.doneTitles) == 0 {
			return "", false
		}
		return pickStr(g.r, day.doneTitles), true
	case "todo":
		if day == nil || len(day.openTitles) == 0 {
			return "", false
		}
		return pickStr(g.r, day.openTitles), true
	case "best", "weak":
		if ctx == nil || ctx.best == "" {
			return "", false
		}
		if name == "best" {
			return ctx.best, true
		}
		return ctx.weak, true
	case "hd", "hs", "hp", "od", "min":
		if ctx == nil || ctx.best == "" {
			return "", false
		}
		v := ctx.min
		switch name {
		case "hd":
			v = ctx.hd
		case "hs":
			v = ctx.hs
		case "hp":
			v = ctx.hp
		case "od":
			v = ctx.od
		}
		return strconv.Itoa(v), true
	}
	list := g.book.vocab[name]
	if len(list) == 0 {
		return "", false
	}
	return pickStr(g.r, list), true
}
