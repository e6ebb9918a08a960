package insight

import (
	"sort"
	"testing"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// The rules of issue 11 on a hand-made week, Monday 23 to Sunday 29
// November 2026, seen on the Sunday.

// checkIns lists the check-ins of days, sorted by date then task as the
// store returns them.
func checkIns(days map[uint64][]domain.Date) []domain.CheckIn {
	var cs []domain.CheckIn
	for id, ds := range days {
		for _, d := range ds {
			cs = append(cs, domain.CheckIn{TaskID: id, Date: d, Minutes: 10})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].Date != cs[j].Date {
			return cs[i].Date < cs[j].Date
		}
		return cs[i].TaskID < cs[j].TaskID
	})
	return cs
}

// The day streak counts the days the user showed up: an unfinished one-off
// task no longer holds it at 0, and today, still open, does not break it.
func TestDayStreakCountsDaysShownUp(t *testing.T) {
	habit := domain.Task{ID: 1, Title: "Read", Competency: domain.Depth, Repeat: "daily", Created: created("2026-11-23")}
	starter := domain.Task{ID: 2, Title: "Set up", Competency: domain.Learning, Repeat: "once",
		Due: date("2026-11-23"), Created: created("2026-11-23")}
	tests := []struct {
		name      string
		ticks     []domain.Date
		reflected []domain.Date
		want      int
	}{
		{"ticked every day but today, one starter task open", span("2026-11-23", "2026-11-28"), nil, 6},
		{"today's reflection counts today", span("2026-11-23", "2026-11-28"), []domain.Date{today}, 7},
		{"a reflection alone keeps a day", append(span("2026-11-23", "2026-11-25"), span("2026-11-27", "2026-11-29")...),
			[]domain.Date{date("2026-11-26")}, 7},
		{"a day with nothing breaks it", append(span("2026-11-23", "2026-11-25"), span("2026-11-27", "2026-11-29")...), nil, 3},
		{"nothing at all", nil, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ratings := map[domain.Date]int{}
			for _, d := range tt.reflected {
				ratings[d] = 0 // a reflection without a rating
			}
			h := store.History{From: 1, Tasks: []domain.Task{habit, starter},
				CheckIns: checkIns(map[uint64][]domain.Date{1: tt.ticks}), Ratings: ratings}
			if got := Compute(h, today, content.EN).DayStreak; got != tt.want {
				t.Errorf("DayStreak = %d, want %d", got, tt.want)
			}
		})
	}
}

// The weekly review counts each one-off task once, a habit by its
// schedule, and never more done than due.
func TestWeekFiguresCountEachTaskOnce(t *testing.T) {
	carried := domain.Task{ID: 1, Title: "Carried", Competency: domain.Learning, Repeat: "once",
		Due: date("2026-11-23"), Created: created("2026-11-20")}
	late := domain.Task{ID: 2, Title: "Late", Competency: domain.Breadth, Repeat: "once",
		Due: date("2026-11-17"), Created: created("2026-11-10")}
	mwf := domain.Task{ID: 3, Title: "MWF", Competency: domain.Depth, Repeat: "mon,wed,fri", Created: created("2026-11-16")}
	// done on the 18th, its due date moved to the 26th afterwards
	moved := domain.Task{ID: 4, Title: "Moved", Competency: domain.Collaboration, Repeat: "once",
		Due: date("2026-11-26"), Created: created("2026-11-10")}
	// open, its due date moved from the 17th to next week
	postponed := domain.Task{ID: 5, Title: "Postponed", Competency: domain.Innovation, Repeat: "once",
		Due: date("2026-12-02"), Created: created("2026-11-10")}
	two := domain.Task{ID: 6, Title: "Two", Competency: domain.ProblemSolving, Repeat: "2/week", Created: created("2026-11-16")}
	h := store.History{From: 1, Tasks: []domain.Task{carried, late, mwf, moved, postponed, two},
		CheckIns: checkIns(map[uint64][]domain.Date{
			6: {date("2026-11-18"), date("2026-11-23"), date("2026-11-24"), date("2026-11-25")},
			2: {date("2026-11-25")},
			3: {date("2026-11-16"), date("2026-11-18"), date("2026-11-20"), date("2026-11-24"), date("2026-11-25")},
			4: {date("2026-11-18")},
		})}
	type dd struct{ done, due int }
	extra := map[string]int{domain.Depth: 1, domain.ProblemSolving: 1} // this week's
	for _, w := range []struct {
		monday string
		want   map[string]dd
	}{
		{"2026-11-23", map[string]dd{
			domain.Learning:       {0, 1}, // carried over all week: due once
			domain.Breadth:        {1, 1}, // due last week, done this week: once, here
			domain.Depth:          {1, 3}, // Mon, Wed, Fri due; Wed done; Tuesday is extra
			domain.Collaboration:  {0, 0}, // done last week
			domain.Innovation:     {0, 0}, // due next week
			domain.ProblemSolving: {2, 2}, // a third check-in is extra
		}},
		{"2026-11-16", map[string]dd{
			domain.Learning:       {0, 0},
			domain.Breadth:        {0, 0}, // its week is the one it was done in
			domain.Depth:          {3, 3},
			domain.Collaboration:  {1, 1}, // done here, whatever its date says now
			domain.Innovation:     {0, 0}, // moved away: no longer due here
			domain.ProblemSolving: {1, 2}, // a finished week one short
		}},
	} {
		f, ok := Week(h, date(w.monday), today)
		if !ok {
			t.Fatalf("week of %s not whole", w.monday)
		}
		for _, c := range f.Comps {
			want := w.want[c.ID]
			if c.Done != want.done || c.Due != want.due {
				t.Errorf("week of %s, %s: %d/%d done, want %d/%d", w.monday, c.ID, c.Done, c.Due, want.done, want.due)
			}
			if w.monday == "2026-11-23" && c.Extra != extra[c.ID] {
				t.Errorf("%s: %d extra, want %d", c.ID, c.Extra, extra[c.ID])
			}
			if c.Done > c.Due {
				t.Errorf("week of %s, %s: more done than due", w.monday, c.ID)
			}
		}
	}
}

// On the week's Sunday, the day of the review, an N/week habit one short
// shows as one short (1/2), not as done (1/1); midweek it can still be
// made and shows what is done; a check-in made later that Sunday counts.
func TestWeekFiguresJudgeAnNPerWeekHabitOnSunday(t *testing.T) {
	two := domain.Task{ID: 1, Title: "Pair", Competency: domain.Collaboration, Repeat: "2/week", Created: created("2026-11-30")}
	monday := date("2026-11-30")
	for _, c := range []struct {
		today     string
		checkIns  []domain.Date
		done, due int
	}{
		{"2026-12-03", []domain.Date{date("2026-12-01")}, 1, 1},                     // Thursday: the week can still be made
		{"2026-12-06", []domain.Date{date("2026-12-01")}, 1, 2},                     // Sunday: the review sees it one short
		{"2026-12-06", []domain.Date{date("2026-12-01"), date("2026-12-06")}, 2, 2}, // made on the Sunday itself
		{"2026-12-08", []domain.Date{date("2026-12-01")}, 1, 2},                     // the week past
	} {
		h := store.History{From: 1, Tasks: []domain.Task{two}, CheckIns: checkIns(map[uint64][]domain.Date{1: c.checkIns})}
		f, _ := Week(h, monday, date(c.today))
		for _, comp := range f.Comps {
			if comp.ID == domain.Collaboration && (comp.Done != c.done || comp.Due != c.due) {
				t.Errorf("on %s with %d check-ins: %d/%d, want %d/%d", c.today, len(c.checkIns), comp.Done, comp.Due, c.done, c.due)
			}
		}
	}
}
