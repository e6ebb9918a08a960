package demo

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"coach/domain"
)

func (g *gen) reflect(i int, d domain.Date) {
	mood := g.mood[g.weekIndex(d)]
	p := [3]float64{0.97, 0.95, 0.9}[mood]
	if g.rest[i] {
		p = 0.25
	}
	if g.r.Float64() >= p {
		return
	}
	st := &g.days[i]
	completion := 0.7
	if st.due > 0 {
		completion = min(float64(st.done)/float64(st.due), 1)
	}
	x := 1.6 + 2.3*completion + [3]float64{0.2, 0, -0.3}[mood] + 0.7*g.r.NormFloat64()
	if g.rest[i] {
		x = 3.6 + 0.8*g.r.NormFloat64()
	}
	r := domain.Reflection{Date: d, Rating: min(max(int(math.Round(x)), 1), 5)}
	top, second := topTwo(st.comp)
	if st.comp[top] == 0 {
		top, second = g.r.IntN(6), g.r.IntN(6)
	}
	tags := []string{pickStr(g.r, g.book.tags[top])}
	switch k := g.r.Float64(); {
	case k < 0.35:
	case k < 0.75:
		tags = append(tags, g.secondTag(second, r.Rating))
	default:
		tags = append(tags, g.secondTag(second, r.Rating), pickStr(g.r, g.book.tags[g.r.IntN(6)]))
	}
	r.Tags = dedupe(tags)
	if g.rest[i] {
		r.Learned = g.join(g.distinct(g.book.rest, 2))
		r.Idea = g.phrase(g.book.idea, slotCtx{day: st})
		r.Next = g.phrase(g.book.restNext, slotCtx{day: st})
	} else {
		f := g.reflectionText(st)
		r.Learned, r.Solved, r.Collaborated, r.Idea, r.Next = f[0], f[1], f[2], f[3], f[4]
	}
	g.ds.Reflections = append(g.ds.Reflections, r)
}

func (g *gen) secondTag(comp, rating int) string {
	switch {
	case rating >= 5:
		return pickStr(g.r, g.book.mood.good)
	case rating <= 2:
		return pickStr(g.r, g.book.mood.bad)
	}
	return pickStr(g.r, g.book.tags[comp])
}

func topTwo(c [6]int) (int, int) {
	a, b := 0, 1
	if c[b] > c[a] {
		a, b = b, a
	}
	for k := 2; k < 6; k++ {
		switch {
		case c[k] > c[a]:
			a, b = k, a
		case c[k] > c[b]:
			b = k
		}
	}
	return a, b
}

func dedupe(in []string) []string {
	out := in[:0]
	for _, s := range in {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

var fieldWeights = [5]float64{0.28, 0.26, 0.16, 0.10, 0.20}

// reflectionText writes the five fields, about 150 words in all, from the
// phrasebook's fragments.
func (g *gen) reflectionText(st *dayStat) [5]string {
	lists := [5][]string{g.book.learned, g.book.solved, g.book.collaborated, g.book.idea, g.book.next}
	target := min(max(143+22*g.r.NormFloat64(), 90), 220)
	var parts [5][]string
	var used [5]uint64
	length := 0.0
	add := func(f int) {
		list := lists[f]
		for range 6 {
			k := g.r.IntN(len(list))
			if used[f]&(1<<k) != 0 {
				continue
			}
			s, ok := g.fill(list[k], slotCtx{day: st})
			if !ok {
				continue
			}
			used[f] |= 1 << k
			parts[f] = append(parts[f], s)
			length += g.measure(s)
			return
		}
	}
	for f := range 5 {
		if f != 3 || g.r.Float64() < 0.8 {
			add(f)
		}
	}
	for length < target {
		x := g.r.Float64()
		f := 0
		for f < 4 && x >= fieldWeights[f] {
			x -= fieldWeights[f]
			f++
		}
		before := length
		add(f)
		if length == before && g.r.Float64() < 0.2 { // this field ran out of fresh fragments
			break
		}
	}
	var out [5]string
	for f := range 5 {
		out[f] = g.join(parts[f])
	}
	return out
}

func (g *gen) join(s []string) string { return strings.Join(s, g.book.sep) }

// measure is the length of s in words (Chinese: two characters a word).
func (g *gen) measure(s string) float64 {
	if g.book.words == 1 {
		return float64(strings.Count(s, " ") + 1)
	}
	return float64(utf8.RuneCountInString(s)) / g.book.words
}
