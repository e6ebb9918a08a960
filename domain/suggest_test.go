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
	weakest := func(c string, s, others float64) Suggestion {
		return Suggestion{Kind: SuggestWeakest, Competency: c, Strength: s, Compare: others}
	}
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
			[]Suggestion{weakest(Learning, 0.2, 0.35), noGoal(Depth), tip}},
		{"ties at the same strength in reverse input order",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday,
				Goals:    []Goal{goal(Innovation, StatusActive), goal(Collaboration, StatusActive), goal(Breadth, StatusActive)},
				Strength: map[string]float64{Breadth: 0.3, Innovation: 0.3, Collaboration: 0.9}},
			[]Suggestion{weakest(Breadth, 0.3, 0.6), noGoal(Depth), tip}},
		{"a competency with a goal and no strength entry is at 0",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday,
				Goals:    []Goal{goal(Breadth, StatusActive), goal(Collaboration, StatusActive)},
				Strength: map[string]float64{Breadth: 0.1}},
			[]Suggestion{weakest(Collaboration, 0, 0.1), noGoal(Depth), tip}},
		{"done and archived goals do not count as having a goal",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday,
				Goals: []Goal{goal(Depth, StatusDone), goal(Depth, StatusArchived),
					goal(Breadth, StatusArchived), goal(Learning, StatusActive)},
				Strength: map[string]float64{Depth: 0, Breadth: 0, Learning: 0.8}},
			// Learning is the only one compared: behind nothing.
			[]Suggestion{noGoal(Depth), tip}},
		{"only done goals: no weakest",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday,
				Goals:    []Goal{goal(Depth, StatusDone), goal(Breadth, StatusDone)},
				Strength: map[string]float64{Depth: 0.1}},
			[]Suggestion{noGoal(Depth), tip}},
		{"the first competency without a goal, in handbook order",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday,
				Goals:    []Goal{goal(Depth, StatusActive), goal(Breadth, StatusActive), goal(Collaboration, StatusActive)},
				Strength: map[string]float64{Depth: 0.4, Breadth: 0.6, Collaboration: 0.5}},
			[]Suggestion{weakest(Depth, 0.4, 0.55), noGoal(Learning), tip}},
		{"every competency has a goal: no no-goal suggestion",
			SuggestInput{Today: sunday, ReviewDay: time.Sunday, Goals: allGoals, Strength: strength},
			[]Suggestion{review, weakest(Depth, 0, 0.38), tip}},
		{"strength 1 everywhere: nothing is weakest",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday, Goals: allGoals,
				Strength: map[string]float64{Depth: 1, Breadth: 1, Learning: 1, ProblemSolving: 1, Collaboration: 1, Innovation: 1}},
			[]Suggestion{tip}},
		{"80% among competencies at 85%: level, none behind",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday, Goals: allGoals,
				Strength: map[string]float64{Depth: 0.85, Breadth: 0.85, Learning: 0.8, ProblemSolving: 0.85, Collaboration: 0.9, Innovation: 0.85}},
			[]Suggestion{tip}},
		{"a single competency with a goal is behind nothing, however low",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday, Goals: someGoals[:1],
				Strength: map[string]float64{Breadth: 0.05}},
			[]Suggestion{noGoal(Depth), tip}},
		{"a streak at risk comes after the review and before the rest",
			SuggestInput{Today: sunday, ReviewDay: time.Sunday, Goals: allGoals, Strength: strength,
				Habits: []HabitNow{
					{TaskID: 3, Risk: Risk{Streak: 4, AtRisk: true}},
					{TaskID: 4, Risk: Risk{Streak: 9, AtRisk: true}},
					{TaskID: 5, Risk: Risk{Streak: 20}}, // done today
				}},
			[]Suggestion{review, {Kind: SuggestAtRisk, TaskID: 4, Streak: 9}, weakest(Depth, 0, 0.38), tip}},
		{"a streak of one is not at risk; weeks are said as weeks",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday,
				Habits: []HabitNow{
					{TaskID: 3, Risk: Risk{Streak: 1, AtRisk: true}},
					{TaskID: 6, Risk: Risk{Streak: 2, Weeks: true, AtRisk: true}},
				}},
			[]Suggestion{{Kind: SuggestAtRisk, TaskID: 6, Streak: 2, Weeks: true}, noGoal(Depth), tip}},
		{"the habit whose kept share fell most this week is slipping; new ones and small dips are not",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday, Goals: allGoals, Strength: strength,
				Habits: []HabitNow{
					{TaskID: 3, Week: Kept{3, 5}, Before: Kept{5, 5}},               // 100% → 60%: 40 points
					{TaskID: 4, Week: Kept{0, 7}, Before: Kept{7, 7}, New: true},    // new: not judged
					{TaskID: 5, Week: Kept{5, 7}, Before: Kept{7, 7}},               // 29 points: a dip
					{TaskID: 6, Week: Kept{0, 3}, Before: Kept{3, 3}},               // 100% → 0%
					{TaskID: 7, Week: Kept{0, 0}, Before: Kept{2, 2}},               // nothing due this week
					{TaskID: 8, Week: Kept{0, 2}, Before: Kept{2, 2}, Weekly: true}, // as far, but 6 comes first
				}},
			[]Suggestion{{Kind: SuggestSlipping, TaskID: 6, Week: Kept{0, 3}, Before: Kept{3, 3}}, weakest(Depth, 0, 0.38), tip}},
		{"an N/week habit slipping is said in weeks",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday,
				Habits: []HabitNow{{TaskID: 8, Week: Kept{1, 3}, Before: Kept{3, 3}, Weekly: true}}},
			[]Suggestion{{Kind: SuggestSlipping, TaskID: 8, Week: Kept{1, 3}, Before: Kept{3, 3}, Weeks: true}, noGoal(Depth), tip}},
		{"nothing slips in a fresh history",
			SuggestInput{Today: saturday, ReviewDay: time.Sunday, Fresh: true,
				Habits: []HabitNow{{TaskID: 6, Week: Kept{0, 7}, Before: Kept{7, 7}}}},
			[]Suggestion{noGoal(Depth), tip}},
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

func TestKeptIn(t *testing.T) {
	kata := ruleTask(1, "mon,wed,fri", "2026-11-04")
	done := ruleDates("2026-11-02", "2026-11-04", "2026-11-07", "2026-11-09", "2026-11-13")
	// From Wednesday 4 (its creation) to Friday 13: Wed, Fri, Mon, Wed, Fri
	// due; the Saturday tick is extra, Monday 2 before the span.
	if got := KeptIn(kata, done, ruleDay("2026-11-01"), ruleDay("2026-11-13")); got != (Kept{3, 5}) {
		t.Errorf("mon,wed,fri: %+v, want 3 of 5", got)
	}
	pair := ruleTask(2, "2/week", "2026-11-01")
	many := ruleSpan("2026-11-02", "2026-11-08")
	if got := KeptIn(pair, many, ruleDay("2026-11-02"), ruleDay("2026-11-08")); got != (Kept{2, 2}) {
		t.Errorf("2/week, every day: %+v, want 2 of 2", got)
	}
}
