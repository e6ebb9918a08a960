package domain

import (
	"slices"
	"time"
)

// Suggestion kinds, in rank order.
const (
	SuggestReview  = "review"  // the weekly review is due
	SuggestFocus   = "focus"   // the competency last week's review chose
	SuggestWeakest = "weakest" // the weakest competency that has a goal
	SuggestNoGoal  = "no-goal" // a competency without any active goal
	SuggestTip     = "tip"     // a tip of the day
)

// HistoryDays is how long a user checks in before the advice compares
// competencies: on day 1 every strength is 0 and "weakest" means nothing.
const HistoryDays = 14

// Suggestion is one piece of advice; the words come from content.
type Suggestion struct {
	Kind       string
	Competency string
	TaskID     uint64 // the user's own task to try; 0 when they have none there
}

// SuggestInput is what the coach looks at. Everything that moves during
// the day is taken up to yesterday, so the advice does not change with
// every tick.
type SuggestInput struct {
	Today      Date
	ReviewDay  time.Weekday // Sunday by default
	ReviewDone bool         // a review exists for today's ISO week
	Goals      []Goal
	Tasks      []Task             // the user's live tasks: habits and open one-offs
	Strength   map[string]float64 // competency → strength as of yesterday
	New        map[string]bool    // competencies whose habits are all new: not compared yet
	Fresh      bool               // fewer than HistoryDays of check-ins: nothing comparative
	Focus      string             // the competency last week's review chose, if any
}

// Suggest ranks the advice for today: the weekly review when due; the focus
// chosen in last week's review; the competency with an active goal and the
// lowest strength, once there is history enough to compare (a competency
// whose habits are all new, or strengths that are all the same, compare
// nothing); the first competency without an active goal; and always a tip
// last. Advice about a competency names one of the user's own tasks there
// when they have any.
func Suggest(in SuggestInput) []Suggestion {
	var out []Suggestion
	if in.Today.Weekday() == in.ReviewDay && !in.ReviewDone {
		out = append(out, Suggestion{Kind: SuggestReview})
	}
	if in.Focus != "" {
		out = append(out, Suggestion{Kind: SuggestFocus, Competency: in.Focus, TaskID: OwnTask(in.Tasks, in.Focus, in.Today)})
	}
	hasGoal := map[string]bool{}
	for _, g := range in.Goals {
		if g.Status == StatusActive {
			hasGoal[g.Competency] = true
		}
	}
	if w := weakest(in, hasGoal); w != "" && w != in.Focus {
		out = append(out, Suggestion{Kind: SuggestWeakest, Competency: w, TaskID: OwnTask(in.Tasks, w, in.Today)})
	}
	for _, c := range Competencies {
		if !hasGoal[c] {
			out = append(out, Suggestion{Kind: SuggestNoGoal, Competency: c})
			break
		}
	}
	return append(out, Suggestion{Kind: SuggestTip})
}

// weakest is the competency with a goal and the lowest strength, ties in
// handbook order; "" while there is nothing to compare.
func weakest(in SuggestInput, hasGoal map[string]bool) string {
	if in.Fresh {
		return ""
	}
	w, low, high, n := "", 2.0, -1.0, 0
	for _, c := range Competencies {
		if !hasGoal[c] || in.New[c] {
			continue
		}
		s := in.Strength[c]
		if s < low {
			w, low = c, s
		}
		high = max(high, s)
		n++
	}
	if n > 1 && low == high {
		return ""
	}
	return w
}

// OwnTask picks one of the user's live tasks in competency c, by the day:
// the same all day, another tomorrow. 0 when they have none there.
func OwnTask(tasks []Task, c string, today Date) uint64 {
	var ids []uint64
	for _, t := range tasks {
		if t.Competency == c && !t.Archived {
			ids = append(ids, t.ID)
		}
	}
	if len(ids) == 0 {
		return 0
	}
	slices.Sort(ids)
	return ids[int(today)%len(ids)]
}
