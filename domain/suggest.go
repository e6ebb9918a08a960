package domain

import (
	"math"
	"slices"
	"time"
)

// Suggestion kinds, in rank order.
const (
	SuggestReview   = "review"   // the weekly review is due
	SuggestAtRisk   = "at-risk"  // a streak that needs today's check-in
	SuggestFocus    = "focus"    // the competency last week's review chose
	SuggestSlipping = "slipping" // a habit whose strength fell this week
	SuggestWeakest  = "weakest"  // a competency with a goal that is behind the others
	SuggestNoGoal   = "no-goal"  // a competency without any active goal
	SuggestTip      = "tip"      // a tip of the day
)

// HistoryDays is how long a user checks in before the advice compares
// competencies: on day 1 every strength is 0 and "weakest" means nothing.
const HistoryDays = 14

// BehindGap is how far a competency's strength must trail the mean of the
// others before the coach calls it behind: closer than that, the numbers
// say the competencies are level.
const BehindGap = 0.1

// SlipDrop is how far the share of a habit's due check-ins kept must fall
// from one week to the next before the coach calls it slipping. Strength
// moves too slowly for this: a young habit's score still climbs through a
// week of misses.
const SlipDrop = 0.3

// Suggestion is one piece of advice; the words come from content, the
// figures here say what they mean.
type Suggestion struct {
	Kind         string
	Competency   string
	TaskID       uint64  // the user's own task to try, or the habit meant; 0 when none
	Strength     float64 // weakest: the competency's
	Compare      float64 // weakest: the others' mean
	Streak       int     // at-risk: periods kept in a row
	Weeks        bool    // at-risk, slipping: an N/week habit, counted in calendar weeks
	Week, Before Kept    // slipping: the last seven days and the seven before
}

// Kept is how many of a span's due check-ins a habit got.
type Kept struct{ Done, Due int }

func (k Kept) share() float64 {
	if k.Due == 0 {
		return 0
	}
	return float64(min(k.Done, k.Due)) / float64(k.Due)
}

// HabitNow is what the advice knows of one live habit.
type HabitNow struct {
	TaskID       uint64
	New          bool // too young to judge
	Week, Before Kept // the seven days up to yesterday, and the seven before; whole weeks when Weekly
	Weekly       bool // an N/week habit: judged by last week and the week before
	Risk         Risk // its streak and whether today decides it
}

// SuggestInput is what the coach looks at. Strengths are taken up to
// yesterday, so the comparative advice does not change with every tick;
// only a streak at risk, which today's tick settles, reads today.
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
	Habits     []HabitNow         // the live habits, for streaks at risk and slips
}

// Suggest ranks the advice for today: the weekly review when due; the
// longest streak that needs today's check-in; the focus chosen in last
// week's review; the habit whose strength fell most this week; the
// competency with an active goal that is behind the others by BehindGap
// or more, once there is history enough to compare; the first competency
// without an active goal; and always a tip last. Advice about a
// competency names one of the user's own tasks there when they have any.
func Suggest(in SuggestInput) []Suggestion {
	var out []Suggestion
	if in.Today.Weekday() == in.ReviewDay && !in.ReviewDone {
		out = append(out, Suggestion{Kind: SuggestReview})
	}
	if h, ok := atRisk(in.Habits); ok {
		out = append(out, Suggestion{Kind: SuggestAtRisk, TaskID: h.TaskID, Streak: h.Risk.Streak, Weeks: h.Risk.Weeks})
	}
	if in.Focus != "" {
		out = append(out, Suggestion{Kind: SuggestFocus, Competency: in.Focus, TaskID: OwnTask(in.Tasks, in.Focus, in.Today)})
	}
	if h, ok := slipping(in); ok {
		out = append(out, Suggestion{Kind: SuggestSlipping, TaskID: h.TaskID, Week: h.Week, Before: h.Before, Weeks: h.Weekly})
	}
	hasGoal := map[string]bool{}
	for _, g := range in.Goals {
		if g.Status == StatusActive {
			hasGoal[g.Competency] = true
		}
	}
	if w, low, others := behind(in, hasGoal); w != "" && w != in.Focus {
		out = append(out, Suggestion{Kind: SuggestWeakest, Competency: w, TaskID: OwnTask(in.Tasks, w, in.Today),
			Strength: low, Compare: others})
	}
	for _, c := range Competencies {
		if !hasGoal[c] {
			out = append(out, Suggestion{Kind: SuggestNoGoal, Competency: c})
			break
		}
	}
	return append(out, Suggestion{Kind: SuggestTip})
}

// atRisk is the habit with the longest streak (2 or more) that today's
// check-in decides; ties go to the first.
func atRisk(habits []HabitNow) (HabitNow, bool) {
	var best HabitNow
	for _, h := range habits {
		if h.Risk.AtRisk && h.Risk.Streak >= 2 && h.Risk.Streak > best.Risk.Streak {
			best = h
		}
	}
	return best, best.Risk.Streak > 0
}

// slipping is the habit, old enough to judge, whose share of due
// check-ins kept fell most from the week before to the last seven days,
// by SlipDrop at least, ties to the first; nothing while the history is
// fresh.
func slipping(in SuggestInput) (HabitNow, bool) {
	var worst HabitNow
	drop := SlipDrop - 1e-9
	found := false
	for _, h := range in.Habits {
		if h.New || in.Fresh || h.Week.Due == 0 || h.Before.Due == 0 {
			continue
		}
		if d := h.Before.share() - h.Week.share(); d > drop {
			worst, drop, found = h, d, true
		}
	}
	return worst, found
}

// KeptIn counts a recurring task's due check-ins from `from` to `to` (from
// its creation if later) and how many it got: check-ins on scheduled days
// (any day for N/week), at most the number due.
func KeptIn(t Task, done []Date, from, to Date) Kept {
	r := t.Schedule()
	from = max(from, t.CreatedOn())
	k := Kept{Due: DueCount(r, from, to)}
	for _, d := range done {
		if d >= from && d <= to && (r.Kind == PerWeek || r.ScheduledOn(d)) {
			k.Done++
		}
	}
	k.Done = min(k.Done, k.Due)
	return k
}

// behind is the competency with a goal and the lowest strength, when it
// trails the mean of the other compared competencies by BehindGap or more
// (ties in handbook order), with its strength and that mean; "" while
// there is nothing to compare: a fresh history, a single competency, or
// strengths too close to call one behind.
func behind(in SuggestInput, hasGoal map[string]bool) (c string, low, others float64) {
	if in.Fresh {
		return "", 0, 0
	}
	low, sum, n := 2.0, 0.0, 0
	for _, id := range Competencies {
		if !hasGoal[id] || in.New[id] {
			continue
		}
		s := in.Strength[id]
		if s < low {
			c, low = id, s
		}
		sum += s
		n++
	}
	if n < 2 {
		return "", 0, 0
	}
	others = math.Round((sum-low)/float64(n-1)*1000) / 1000
	if others-low < BehindGap-1e-9 {
		return "", 0, 0
	}
	return c, low, others
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
