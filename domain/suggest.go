package domain

import "time"

// Suggestion kinds, in rank order.
const (
	SuggestReview  = "review"  // the weekly review is due
	SuggestWeakest = "weakest" // the weakest competency that has a goal
	SuggestNoGoal  = "no-goal" // a competency without any active goal
	SuggestTip     = "tip"     // a tip of the day
)

// Suggestion is one piece of advice; the words come from content.
type Suggestion struct {
	Kind       string
	Competency string
}

// SuggestInput is what the coach looks at.
type SuggestInput struct {
	Today      Date
	ReviewDay  time.Weekday // Sunday by default
	ReviewDone bool         // a review exists for today's ISO week
	Goals      []Goal
	Strength   map[string]float64 // competency → 28-day strength
}

// Suggest ranks the advice for today: the weekly review when due; the
// competency with an active goal and the lowest strength; the first
// competency without an active goal; and always a tip last.
func Suggest(in SuggestInput) []Suggestion {
	var out []Suggestion
	if in.Today.Weekday() == in.ReviewDay && !in.ReviewDone {
		out = append(out, Suggestion{Kind: SuggestReview})
	}
	hasGoal := map[string]bool{}
	for _, g := range in.Goals {
		if g.Status == StatusActive {
			hasGoal[g.Competency] = true
		}
	}
	weakest, low := "", 2.0
	for _, c := range Competencies {
		if hasGoal[c] && in.Strength[c] < low {
			weakest, low = c, in.Strength[c]
		}
	}
	if weakest != "" {
		out = append(out, Suggestion{Kind: SuggestWeakest, Competency: weakest})
	}
	for _, c := range Competencies {
		if !hasGoal[c] {
			out = append(out, Suggestion{Kind: SuggestNoGoal, Competency: c})
			break
		}
	}
	return append(out, Suggestion{Kind: SuggestTip})
}
