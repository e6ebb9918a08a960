package insight

import (
	"fmt"
	"math"
	"sort"
	"time"

	"coach/content"
	"coach/domain"
)

// adviceIn is what the advice reads, from a full history or from the
// habits alone.
type adviceIn struct {
	goals    []domain.Goal
	tasks    []domain.Task              // habits (archived too) and one-off tasks
	done     map[uint64][]domain.Date   // check-ins by task
	reviewed map[string]bool            // ISO weeks with a review
	focus    map[string]string          // ISO week → the competency its review chose
	first    domain.Date                // the first check-in's day; 0 when none
	known    map[uint64]domain.Strength // strengths already computed for today, if any
}

// advise ranks today's advice from the history up to yesterday: a tick
// today changes neither the strengths compared (today's check-ins are left
// out) nor the task named, so the advice holds all day.
func advise(in adviceIn, today domain.Date, lang content.Lang) []Suggestion {
	var own []domain.Task // the user's live tasks as they stood yesterday
	for _, t := range in.tasks {
		if t.Archived || (!t.Schedule().Recurring() && doneBefore(in.done[t.ID], today)) {
			continue
		}
		own = append(own, t)
	}
	strength, young := competencyStrength(in.tasks, func(t domain.Task) domain.Strength {
		days := in.done[t.ID]
		before := days[:sort.Search(len(days), func(i int) bool { return days[i] >= today })]
		if s, ok := in.known[t.ID]; ok && len(before) == len(days) {
			return s // nothing today or later: today's strength is the same
		}
		return domain.TaskStrength(t, before, today)
	})
	fresh := in.first == 0 || today-in.first < domain.HistoryDays
	return words(domain.Suggest(domain.SuggestInput{
		Today: today, ReviewDay: time.Sunday, ReviewDone: in.reviewed[today.Week()],
		Goals: in.goals, Tasks: own, Strength: strength, New: young, Fresh: fresh,
		Focus: in.focus[(today - 7).Week()], Habits: habitsNow(in, today),
	}), own, today, lang)
}

// habitsNow is what the advice knows of each live habit: its check-ins
// kept in the last seven days up to yesterday and the seven before (the
// last two whole weeks for an N/week habit), and its streak as today
// begins.
func habitsNow(in adviceIn, today domain.Date) []domain.HabitNow {
	var out []domain.HabitNow
	for _, t := range in.tasks {
		if t.Archived || !t.Schedule().Recurring() {
			continue
		}
		days := in.done[t.ID]
		// An N/week habit's check-ins fall anywhere in its week: seven
		// days that cut two weeks say nothing, so it is judged by the
		// last whole week and the one before.
		end, weekly := today-1, t.Schedule().Kind == domain.PerWeek
		if weekly {
			end = today.Monday() - 1
		}
		out = append(out, domain.HabitNow{TaskID: t.ID,
			New:    end-t.CreatedOn()+1 < domain.NewHabitDays,
			Week:   domain.KeptIn(t, days, end-6, end),
			Before: domain.KeptIn(t, days, end-13, end-7),
			Weekly: weekly,
			Risk:   domain.StreakRisk(t, days, today)})
	}
	return out
}

// doneBefore reports whether a sorted list of days has one before d.
func doneBefore(days []domain.Date, d domain.Date) bool { return len(days) > 0 && days[0] < d }

// words turns ranked suggestions into sentences from content. Advice about
// a competency names the user's own task when the rule picked one, and a
// starter task from content only when they have none there; advice about
// a habit names it.
func words(ss []domain.Suggestion, own []domain.Task, today domain.Date, lang content.Lang) []Suggestion {
	ui := content.Strings(lang)
	data := content.CoachData(lang)
	pick := int(today) // rotates daily, the same all day
	title := map[uint64]string{}
	for _, t := range own {
		title[t.ID] = t.Title
	}
	pct := func(v float64) int { return int(math.Round(v * 100)) }
	out := make([]Suggestion, 0, len(ss))
	for _, s := range ss {
		name := content.CompetencyName(lang, s.Competency)
		sug := Suggestion{Kind: s.Kind, Competency: s.Competency}
		try := title[s.TaskID]
		if s.TaskID != 0 {
			sug.TaskID = s.TaskID
		} else if s.Kind == domain.SuggestWeakest || s.Kind == domain.SuggestFocus {
			var starters []string
			for _, t := range data.Tasks {
				if t.Competency == s.Competency {
					starters = append(starters, t.Title)
				}
			}
			if len(starters) > 0 {
				try = starters[pick%len(starters)]
				sug.Task = try
			}
		}
		switch s.Kind {
		case domain.SuggestReview:
			sug.Text = ui.Coach.Review
		case domain.SuggestAtRisk:
			sug.Text = fmt.Sprintf(ui.Advice.AtRisk, try, s.Streak)
			if s.Weeks {
				sug.Text = fmt.Sprintf(ui.Advice.AtRiskWeeks, try, s.Streak)
			}
		case domain.SuggestFocus:
			sug.Text = fmt.Sprintf(ui.Advice.FocusAlone, name)
			if try != "" {
				sug.Text = fmt.Sprintf(ui.Advice.Focus, name, try)
			}
		case domain.SuggestSlipping:
			slip := ui.Advice.Slipping
			if s.Weeks {
				slip = ui.Advice.SlippingWeeks
			}
			sug.Text = fmt.Sprintf(slip, try, s.Week.Done, s.Week.Due, s.Before.Done, s.Before.Due)
		case domain.SuggestWeakest:
			sug.Text = fmt.Sprintf(ui.Coach.WeakestAlone, name, pct(s.Strength), pct(s.Compare))
			if try != "" {
				sug.Text = fmt.Sprintf(ui.Coach.Weakest, name, pct(s.Strength), pct(s.Compare), try)
			}
		case domain.SuggestNoGoal:
			sug.Text = fmt.Sprintf(ui.Coach.NoGoal, name)
		case domain.SuggestTip:
			if len(data.Tips) > 0 {
				sug.Text = fmt.Sprintf(ui.Coach.Tip, data.Tips[pick%len(data.Tips)].Text)
			}
		}
		out = append(out, sug)
	}
	return out
}
