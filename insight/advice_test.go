package insight

import (
	"slices"
	"strings"
	"testing"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// habitsOf is the Habits view of a history, as the store would give it.
func habitsOf(h store.History, today domain.Date) store.Habits {
	hb := store.Habits{Goals: h.Goals, Done: map[uint64][]domain.Date{}, ReviewWeeks: h.ReviewWeeks, Focus: h.Focus}
	for _, t := range h.Tasks {
		days := doneOf(h, t.ID)
		switch {
		case t.Schedule().Recurring():
			hb.Tasks = append(hb.Tasks, t)
			hb.Done[t.ID] = days
		case len(days) == 0 || days[0] >= today:
			hb.OneOffs = append(hb.OneOffs, t)
		}
	}
	if len(h.CheckIns) > 0 {
		hb.First = h.CheckIns[0].Date
	}
	return hb
}

func kinds(ss []Suggestion) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Kind+":"+s.Competency)
	}
	return out
}

// A tick today changes no advice: the strengths compared and the task
// named come from the history up to yesterday.
func TestAdviceHoldsAllDay(t *testing.T) {
	for _, lang := range content.Langs() {
		h := history()
		before := Compute(h, today, lang).Suggestions
		if !slices.ContainsFunc(before, func(s Suggestion) bool { return s.Kind == domain.SuggestWeakest }) {
			t.Fatalf("%s: no weakest to hold: %v", lang, kinds(before))
		}
		// Tick every live task off today, the weakest competency's too.
		for _, id := range []uint64{taskProto.ID, taskKata.ID, taskOnce.ID} {
			h.CheckIns = append(h.CheckIns, domain.CheckIn{TaskID: id, Date: today})
		}
		after := Compute(h, today, lang).Suggestions
		if !slices.Equal(before, after) {
			t.Errorf("%s: the advice changed after ticks today:\n%+v\n%+v", lang, before, after)
		}
		if adv := Advice(habitsOf(h, today), today, lang); !slices.Equal(adv, after) {
			t.Errorf("%s: Advice %+v differs from the report's %+v", lang, adv, after)
		}
	}
}

// Day 1, or any history under two weeks: nothing comparative.
func TestAdviceSaysNothingComparativeEarly(t *testing.T) {
	for _, lang := range content.Langs() {
		ui := content.Strings(lang).Coach
		weakestWords := strings.Split(ui.Weakest, "%s")[1] // the sentence between the name and the figure
		for _, first := range []domain.Date{today, today - 3, today - domain.HistoryDays + 1} {
			h := history()
			var cs []domain.CheckIn
			for _, c := range h.CheckIns {
				if c.Date >= first {
					cs = append(cs, c)
				}
			}
			h.CheckIns = cs
			for _, ss := range [][]Suggestion{Compute(h, today, lang).Suggestions, Advice(habitsOf(h, today), today, lang)} {
				for _, s := range ss {
					if s.Kind == domain.SuggestWeakest || strings.Contains(s.Text, weakestWords) {
						t.Errorf("%s: first check-in %s: comparative advice %q", lang, first, s.Text)
					}
				}
			}
		}
		// An empty history on day 1 too.
		empty := store.History{ReviewWeeks: map[string]bool{}}
		if ss := Compute(empty, today, lang).Suggestions; slices.ContainsFunc(ss, func(s Suggestion) bool { return s.Kind == domain.SuggestWeakest }) {
			t.Errorf("%s: an empty history names a weakest: %v", lang, kinds(ss))
		}
	}
}

// The focus chosen in last week's review leads the advice all this week,
// naming the user's own task there; it is gone the week after.
func TestAdviceFollowsLastWeeksFocus(t *testing.T) {
	for _, lang := range content.Langs() {
		h := history()
		h.ReviewWeeks = map[string]bool{"2026-W47": true, "2026-W48": true}
		h.Focus = map[string]string{"2026-W47": domain.Depth}
		monday := date("2026-11-30") // W49: its last week, W48, chose no focus
		for _, d := range []domain.Date{date("2026-11-23"), today} {
			ss := Compute(h, d, lang).Suggestions
			f := ss[0]
			if f.Kind != domain.SuggestFocus || f.Competency != domain.Depth {
				t.Fatalf("%s on %s: advice %v, want the depth focus first", lang, d, kinds(ss))
			}
			if f.TaskID != taskDaily.ID && f.TaskID != taskKata.ID {
				t.Errorf("%s on %s: the focus names %+v, not one of the user's depth tasks", lang, d, f)
			}
			if f.Task != "" || !strings.Contains(f.Text, content.CompetencyName(lang, domain.Depth)) {
				t.Errorf("%s: focus advice %+v", lang, f)
			}
		}
		if ss := Compute(h, monday, lang).Suggestions; slices.ContainsFunc(ss, func(s Suggestion) bool { return s.Kind == domain.SuggestFocus }) {
			t.Errorf("%s: the focus of W47 still leads in W49: %v", lang, kinds(ss))
		}
		// A focus where the user has no task yet proposes a starter.
		h.Focus = map[string]string{"2026-W47": domain.Collaboration}
		f := Compute(h, today, lang).Suggestions[0]
		if f.Kind != domain.SuggestFocus || f.TaskID != 0 || f.Task == "" || !strings.HasSuffix(f.Text, f.Task) {
			t.Errorf("%s: focus without own tasks %+v", lang, f)
		}
	}
}
