package domain

import (
	"slices"
	"testing"
	"time"
)

func TestSuggest(t *testing.T) {
	sunday := ruleDay("2026-11-29")
	saturday := ruleDay("2026-11-28")
	monday := ruleDay("2026-11-30")
	goal := func(c, status string) Goal { return Goal{Title: "g", Competency: c, Status: status} }
	review := Suggestion{Kind: SuggestReview}
	tip := Suggestion{Kind: SuggestTip}
	weakest := func(c string) Suggestion { return Suggestion{Kind: SuggestWeakest, Competency: c} }
	noGoal := func(c string) Suggestion { return Suggestion{Kind: SuggestNoGoal, Competency: c} }

	someGoals := []Goal{goal(Breadth, StatusActive), goal(Learning, StatusActive), goal(Innovation, StatusActive)}
	allGoals := []Goal{}
	for _, c := range Competencies {
		allGoals = append(allGoals, goal(c, StatusActive))
	}
	strength := map[string]float64{Depth: 0, Breadth: 0.5, Learning: 0.2, ProblemSolving: 0.9, Collaboration: 0.1, Innovation: 0.2}

	tests := []struct {
		name string
		in   SuggestInput
		want []Suggestion
	}{
		{"nothing at all, not Sunday",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday},
			[]Suggestion{noGoal(Depth), tip}},
		{"Sunday, no review yet",
			SuggestInput{Today: sunday, ReviewDay: time.Sunday},
			[]Suggestion{review, noGoal(Depth), tip}},
		{"Sunday, review written",
			SuggestInput{Today: sunday, ReviewDay: time.Sunday, ReviewDone: true},
			[]Suggestion{noGoal(Depth), tip}},
		{"Monday is not the review day",
			SuggestInput{Today: monday, ReviewDay: time.Sunday},
			[]Suggestion{noGoal(Depth), tip}},
		{"a review day other than Sunday",
			SuggestInput{Today: monday, ReviewDay: time.Monday},
			[]Suggestion{review, noGoal(Depth), tip}},
		{"weakest among the competencies with a goal; ties go to handbook order",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday, Goals: someGoals, Strength: strength},
			// depth (0) and collaboration (0.1) are weaker but have no goal;
			// learning and innovation tie at 0.2: learning comes first.
			[]Suggestion{weakest(Learning), noGoal(Depth), tip}},
		{"ties at the same strength in reverse input order",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday,
				Goals:    []Goal{goal(Innovation, StatusActive), goal(Collaboration, StatusActive), goal(Breadth, StatusActive)},
				Strength: map[string]float64{Breadth: 0.3, Innovation: 0.3, Collaboration: 0.9}},
			[]Suggestion{weakest(Breadth), noGoal(Depth), tip}},
		{"a competency with a goal and no strength entry is at 0",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday,
				Goals:    []Goal{goal(Breadth, StatusActive), goal(Collaboration, StatusActive)},
				Strength: map[string]float64{Breadth: 0.1}},
			[]Suggestion{weakest(Collaboration), noGoal(Depth), tip}},
		{"done and archived goals do not count as having a goal",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday,
				Goals: []Goal{goal(Depth, StatusDone), goal(Depth, StatusArchived),
					goal(Breadth, StatusArchived), goal(Learning, StatusActive)},
				Strength: map[string]float64{Depth: 0, Breadth: 0, Learning: 0.8}},
			[]Suggestion{weakest(Learning), noGoal(Depth), tip}},
		{"only done goals: no weakest",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday,
				Goals:    []Goal{goal(Depth, StatusDone), goal(Breadth, StatusDone)},
				Strength: map[string]float64{Depth: 0.1}},
			[]Suggestion{noGoal(Depth), tip}},
		{"the first competency without a goal, in handbook order",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday,
				Goals:    []Goal{goal(Depth, StatusActive), goal(Breadth, StatusActive), goal(Collaboration, StatusActive)},
				Strength: map[string]float64{Depth: 0.4, Breadth: 0.6, Collaboration: 0.5}},
			[]Suggestion{weakest(Depth), noGoal(Learning), tip}},
		{"every competency has a goal: no no-goal suggestion",
			SuggestInput{Today: sunday, ReviewDay: time.Sunday, Goals: allGoals, Strength: strength},
			[]Suggestion{review, weakest(Depth), tip}},
		{"strength 1 everywhere: nothing is weakest",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday, Goals: allGoals,
				Strength: map[string]float64{Depth: 1, Breadth: 1, Learning: 1, ProblemSolving: 1, Collaboration: 1, Innovation: 1}},
			[]Suggestion{tip}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Suggest(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Suggest = %+v\nwant      %+v", got, tt.want)
			}
			// The tip is always there, once, and last.
			if len(got) == 0 || got[len(got)-1] != tip {
				t.Errorf("last suggestion is not the tip: %+v", got)
			}
			n := 0
			for _, s := range got {
				if s.Kind == SuggestTip {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d tips, want 1", n)
			}
		})
	}
}

// The review is due on the review day of every week and only then.
func TestSuggestReviewOnlyOnTheReviewDay(t *testing.T) {
	for d := ruleDay("2026-11-02"); d < ruleDay("2026-11-30"); d++ {
		for _, done := range []bool{false, true} {
			got := Suggest(SuggestInput{Today: d, ReviewDay: time.Sunday, ReviewDone: done})
			due := got[0].Kind == SuggestReview
			if want := d.Weekday() == time.Sunday && !done; due != want {
				t.Errorf("%s (%s), review written %v: review due %v, want %v", d, d.Weekday(), done, due, want)
			}
		}
	}
}
