package domain

import (
	"testing"
	"time"
)

// find returns the suggestion of kind k, if any.
func find(ss []Suggestion, k string) (Suggestion, bool) {
	for _, s := range ss {
		if s.Kind == k {
			return s, true
		}
	}
	return Suggestion{}, false
}

// The advice on a hand-made history: the user's own tasks first, nothing
// comparative without history, last week's focus first, the same all day.
func TestSuggestRules(t *testing.T) {
	sat := ruleDay("2026-11-28")
	goals := []Goal{
		{ID: 1, Competency: Depth, Status: StatusActive},
		{ID: 2, Competency: Collaboration, Status: StatusActive},
		{ID: 3, Competency: Innovation, Status: StatusActive},
	}
	strength := map[string]float64{Depth: 0.6, Collaboration: 0.1, Innovation: 0.4}
	own := []Task{
		{ID: 7, Title: "Pair on a review", Competency: Collaboration, Repeat: "1/week"},
		{ID: 4, Title: "Write the RFC", Competency: Collaboration, Repeat: "once"},
		{ID: 9, Title: "Old habit", Competency: Collaboration, Repeat: "daily", Archived: true},
		{ID: 5, Title: "Read proc.go", Competency: Depth, Repeat: "weekdays"},
	}
	base := SuggestInput{Today: sat, ReviewDay: time.Sunday, Goals: goals, Strength: strength, Tasks: own}

	t.Run("the user's own task before any starter", func(t *testing.T) {
		w, ok := find(Suggest(base), SuggestWeakest)
		if !ok || w.Competency != Collaboration {
			t.Fatalf("weakest = %+v", w)
		}
		if w.TaskID != 4 && w.TaskID != 7 {
			t.Errorf("weakest offers task %d, want one of the user's live collaboration tasks 4 or 7", w.TaskID)
		}
		in := base
		in.Tasks = []Task{own[3], own[2]} // none live in collaboration: a starter may be offered
		if w, _ := find(Suggest(in), SuggestWeakest); w.TaskID != 0 {
			t.Errorf("weakest offers task %d of another competency or archived", w.TaskID)
		}
	})

	t.Run("nothing comparative without two weeks of history", func(t *testing.T) {
		in := base
		in.Fresh = true
		if w, ok := find(Suggest(in), SuggestWeakest); ok {
			t.Errorf("a fresh history names a weakest: %+v", w)
		}
		// Day 1: everything at 0 compares nothing either.
		in = base
		in.Strength = nil
		if w, ok := find(Suggest(in), SuggestWeakest); ok {
			t.Errorf("all strengths 0 names a weakest: %+v", w)
		}
	})

	t.Run("last week's focus comes first", func(t *testing.T) {
		in := base
		in.Focus = Depth
		got := Suggest(in)
		if got[0].Kind != SuggestFocus || got[0].Competency != Depth || got[0].TaskID != 5 {
			t.Fatalf("first advice %+v, want the depth focus with task 5", got[0])
		}
		if w, _ := find(got, SuggestWeakest); w.Competency != Collaboration {
			t.Errorf("weakest %+v, want collaboration still after the focus", w)
		}
		// The review is still first on its day.
		in.Today = ruleDay("2026-11-29")
		if got := Suggest(in); got[0].Kind != SuggestReview || got[1].Kind != SuggestFocus {
			t.Errorf("Sunday: %+v", got)
		}
		// A focus that is also the weakest is said once.
		in = base
		in.Focus = Collaboration
		n := 0
		for _, s := range Suggest(in) {
			if s.Competency == Collaboration {
				n++
			}
		}
		if n != 1 {
			t.Errorf("collaboration advised %d times, want once", n)
		}
	})

	t.Run("the pick stays the same all day and moves by the day", func(t *testing.T) {
		first := OwnTask(own, Collaboration, sat)
		reversed := []Task{own[3], own[2], own[1], own[0]}
		if got := OwnTask(reversed, Collaboration, sat); got != first {
			t.Errorf("the order of the tasks moved the pick: %d, then %d", first, got)
		}
		if next := OwnTask(own, Collaboration, sat+1); next == first {
			t.Errorf("the pick did not move to the next day: %d", next)
		}
	})
}
