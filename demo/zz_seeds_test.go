package demo_test

import (
	"testing"

	"coach/content"
	"coach/demo"
)

func TestManySeeds(t *testing.T) {
	var lo, hi shape
	lo.adherence, lo.oncePerDay, lo.reflectedDays, lo.words, lo.meanRating, lo.open = 9, 9, 9, 999, 9, 99
	for seed := int64(0); seed < 300; seed++ {
		ds := demo.Generate(opts(seed, 365, content.EN))
		s := measure(ds, 365, false)
		lo.adherence, hi.adherence = min(lo.adherence, s.adherence), max(hi.adherence, s.adherence)
		lo.oncePerDay, hi.oncePerDay = min(lo.oncePerDay, s.oncePerDay), max(hi.oncePerDay, s.oncePerDay)
		lo.reflectedDays, hi.reflectedDays = min(lo.reflectedDays, s.reflectedDays), max(hi.reflectedDays, s.reflectedDays)
		lo.words, hi.words = min(lo.words, s.words), max(hi.words, s.words)
		lo.meanRating, hi.meanRating = min(lo.meanRating, s.meanRating), max(hi.meanRating, s.meanRating)
		lo.open, hi.open = min(lo.open, s.open), max(hi.open, s.open)
		lo.reviews = min(lo.reviews+0, s.reviews)
		if s.habits < 8 || s.habits > 11 || s.archived < 1 || s.archived > 2 || s.doneGoals != 1 || len(ds.Goals) > 8 || s.ratings[1]+s.ratings[5] == 0 || s.reviews < s.weeks*6/10 {
			t.Errorf("seed %d: %+v goals %d", seed, s, len(ds.Goals))
		}
	}
	t.Logf("lo %+v\nhi %+v", lo, hi)
}
