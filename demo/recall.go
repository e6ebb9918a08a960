package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"coach/content"
	"coach/domain"
)

// The demo user has used recall all along: about a quarter of the days
// with something learned carry an "Ask me later" question, and most days
// they go through what is due, within the daily caps, grading as someone
// whose memory follows the schedule would (recalling with about the
// predicted chance). Their own random stream, drawn after everything
// else, leaves the rest of the dataset as it was.

// questions are the "Ask me later" forms, by language; %s is the day's
// first tag.
var questions = map[content.Lang][]string{
	content.EN: {
		"How would I explain %s to a teammate in two minutes?",
		"What is the one thing about %s I keep forgetting?",
		"Why does %s behave the way it does?",
		"What breaks first when %s is done wrong?",
	},
	content.ZH: {
		"怎样用两分钟向同事讲清 %s？",
		"关于 %s，我总是忘的那一点是什么？",
		"%s 为什么会这样工作？",
		"%s 做错时，最先坏掉的是什么？",
	},
}

// Chances of the demo user's sessions.
const (
	sessionChance = 0.75 // of a day having a session
	askChance     = 0.25 // of a reflection having a question
	retireChance  = 0.01 // of a card being retired when it comes up
)

func (g *gen) recallHistory(seed int64) {
	r := rand.New(rand.NewPCG(uint64(seed), 0x726563616c6c)) // "recall"
	forms := questions[g.lang]
	type card struct {
		day     domain.Date
		mem     domain.Memory
		retired bool
	}
	var cards []*card
	for i := range g.ds.Reflections {
		ref := &g.ds.Reflections[i]
		if ref.Learned == "" {
			continue
		}
		if r.Float64() < askChance && len(ref.Tags) > 0 {
			ref.Ask = fmt.Sprintf(forms[r.IntN(len(forms))], ref.Tags[0])
		}
		c := &card{day: ref.Date, mem: domain.NewMemory(ref.Date)}
		cards = append(cards, c)
	}
	caps := domain.DefaultRecallCaps
	next := 0 // cards[:next] were written by the day being simulated
	for d := g.start; d < g.today; d++ {
		for next < len(cards) && cards[next].day < d {
			next++
		}
		if r.Float64() >= sessionChance {
			continue
		}
		var reviews, fresh []*card
		for _, c := range cards[:next] {
			switch {
			case c.retired || c.mem.Due > d:
			case c.mem.Reviews == 0:
				fresh = append(fresh, c)
			default:
				reviews = append(reviews, c)
			}
		}
		slices.SortStableFunc(reviews, func(a, b *card) int { return int(a.mem.Due - b.mem.Due) })
		for _, c := range append(reviews[:min(len(reviews), caps.Reviews)], fresh[:min(len(fresh), caps.New)]...) {
			if r.Float64() < retireChance {
				c.retired = true
				g.ds.Recall = append(g.ds.Recall, domain.RecallEntry{Card: c.day, Day: d, Grade: domain.Retire})
				continue
			}
			grade := recallGrade(r, c.mem, d)
			g.ds.Recall = append(g.ds.Recall, domain.RecallEntry{Card: c.day, Day: d, Grade: grade.String()})
			c.mem = c.mem.Grade(grade, d)
		}
	}
	slices.SortFunc(g.ds.Recall, func(a, b domain.RecallEntry) int {
		if a.Card != b.Card {
			return int(a.Card - b.Card)
		}
		return int(a.Day - b.Day)
	})
}

// recallGrade is how a user whose memory follows the model grades a card:
// recalled with the predicted chance (a new card: 70%), then mostly good.
func recallGrade(r *rand.Rand, m domain.Memory, d domain.Date) domain.Grade {
	chance := 0.7
	if m.Reviews > 0 {
		chance = domain.Recall(float64(d-m.Last), m.Stability)
	}
	if r.Float64() >= chance {
		return domain.Again
	}
	switch x := r.Float64(); {
	case x < 0.12:
		return domain.Hard
	case x < 0.85:
		return domain.Good
	}
	return domain.Easy
}
