package store

import (
	"errors"
	"math"
	"reflect"
	"testing"

	"coach/domain"
)

// A goal's target counts every check-in of its tasks, archived tasks and
// days long past included, and their minutes; an amount is the user's.
func TestGoalSummaryCountsTheTarget(t *testing.T) {
	s := newStore(t)
	ticks, err := s.AddGoal(domain.Goal{Title: "ticks", Competency: domain.Depth, Measure: domain.Measure{Kind: domain.MeasureCheckIns, Target: 40}})
	if err != nil {
		t.Fatal(err)
	}
	mins, _ := s.AddGoal(domain.Goal{Title: "minutes", Competency: domain.Depth, Measure: domain.Measure{Kind: domain.MeasureMinutes, Target: 600}})
	plain, _ := s.AddGoal(domain.Goal{Title: "plain", Competency: domain.Depth})
	habit := mustTask(t, s, domain.Task{Title: "h", GoalID: ticks.ID, Repeat: "daily", Minutes: 30})
	once := mustTask(t, s, domain.Task{Title: "o", GoalID: ticks.ID, Due: day("2026-11-03")})
	other := mustTask(t, s, domain.Task{Title: "m", GoalID: mins.ID, Repeat: "daily"})
	mustTask(t, s, domain.Task{Title: "p", GoalID: plain.ID, Repeat: "daily"})
	for _, c := range []domain.CheckIn{
		{TaskID: habit.ID, Date: day("2020-01-01"), Minutes: 10}, // years before the window
		{TaskID: habit.ID, Date: day("2026-11-02"), Minutes: 30},
		{TaskID: once.ID, Date: day("2026-11-03"), Minutes: 5},
		{TaskID: other.ID, Date: day("2026-11-02"), Minutes: 45},
		{TaskID: other.ID, Date: day("2026-11-03"), Minutes: 50},
	} {
		if _, err := s.SetDone(c); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.ArchiveTask(once.ID, day("2026-11-04")); err != nil {
		t.Fatal(err)
	}
	sums, _, err := s.GoalSummaries(day("2026-11-01"), day("2026-11-28"))
	if err != nil {
		t.Fatal(err)
	}
	by := map[uint64]GoalSummary{}
	for _, sum := range sums {
		by[sum.Goal.ID] = sum
	}
	if got := by[ticks.ID]; got.CheckIns != 3 {
		t.Errorf("check-ins toward the target: %d, want 3 (an old one and an archived task's included)", got.CheckIns)
	}
	if got := by[mins.ID]; got.Minutes != 95 || got.CheckIns != 2 {
		t.Errorf("minutes toward the target: %d in %d check-ins, want 95 in 2", got.Minutes, got.CheckIns)
	}
	if got := by[plain.ID]; got.CheckIns != 0 || got.Minutes != 0 {
		t.Errorf("a goal without a target is not counted: %+v", got)
	}
	f := by[mins.ID].Figures(nil, day("2026-11-28"))
	if f.Shown() != domain.FigureTarget || f.Reached != 95 {
		t.Errorf("figures of the minutes goal: %s %d", f.Shown(), f.Reached)
	}
}

// CountGoal adds to or sets the amount of a hand-counted target and refuses
// any other goal, changing nothing.
func TestCountGoal(t *testing.T) {
	s := newStore(t)
	g, err := s.AddGoal(domain.Goal{Title: "graphs", Competency: domain.ProblemSolving,
		Measure: domain.Measure{Kind: domain.MeasureAmount, Target: 40, Unit: "problems"}})
	if err != nil {
		t.Fatal(err)
	}
	if g, err = s.CountGoal(g.ID, 3, false); err != nil || g.Measure.Amount != 3 {
		t.Fatalf("+3: %+v %v", g.Measure, err)
	}
	if g, err = s.CountGoal(g.ID, 17, true); err != nil || g.Measure.Amount != 17 {
		t.Fatalf("=17: %+v %v", g.Measure, err)
	}
	if _, err = s.CountGoal(g.ID, -18, false); err == nil {
		t.Error("counting below 0 was accepted")
	}
	for _, huge := range []int{math.MaxInt, math.MinInt, domain.MaxMeasure + 1} {
		var p *domain.Problem
		if _, err = s.CountGoal(g.ID, huge, false); !errors.As(err, &p) || p.Rule != domain.MeasureRange || p.Got != huge {
			t.Errorf("counting %d: %v, want the range named with the number asked for", huge, err)
		}
	}
	if back, _ := s.Goal(g.ID); back.Measure.Amount != 17 {
		t.Errorf("a refused count changed the amount to %d", back.Measure.Amount)
	}
	plain, _ := s.AddGoal(domain.Goal{Title: "plain", Competency: domain.Depth})
	var nc *NotCountedError
	if _, err := s.CountGoal(plain.ID, 1, false); !errors.As(err, &nc) {
		t.Errorf("counting a goal without a target: %v", err)
	}
	if _, err := s.CountGoal(99, 1, false); !errors.Is(err, ErrNotFound) {
		t.Errorf("counting a missing goal: %v", err)
	}
}

// A dismissed reminder stays dismissed for that week, in every process,
// and the next week's comes back.
func TestDismissReviewLastsTheWeek(t *testing.T) {
	s := newStore(t)
	tk := mustTask(t, s, domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"})
	done(t, s, tk.ID, "2026-11-25")
	monday := day("2026-11-30")
	if d, _ := s.Day(monday, monday); d.UnreviewedWeek != "2026-W48" {
		t.Fatalf("reminder before dismissing: %q", d.UnreviewedWeek)
	}
	if _, err := s.DismissReview("W48"); err == nil {
		t.Error("a malformed week was accepted")
	}
	if prev, err := s.DismissReview("2026-W48"); err != nil || prev != "" {
		t.Fatalf("first dismissal: prev %q, %v", prev, err)
	}
	again, err := Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []domain.Date{monday, monday + 3, monday + 6} {
		if dd, _ := again.Day(d, d); dd.UnreviewedWeek != "" {
			t.Errorf("%s: dismissed reminder back: %q", d, dd.UnreviewedWeek)
		}
	}
	done(t, s, tk.ID, "2026-12-02")
	if d, _ := again.Day(monday+7, monday+7); d.UnreviewedWeek != "2026-W49" {
		t.Errorf("next week's reminder: %q", d.UnreviewedWeek)
	}
	// Undoing: dismissing what was dismissed before brings the reminder back.
	if prev, err := s.DismissReview(""); err != nil || prev != "2026-W48" {
		t.Fatalf("clearing: prev %q, %v", prev, err)
	}
	if d, _ := s.Day(monday, monday); d.UnreviewedWeek != "2026-W48" {
		t.Errorf("after undoing the dismissal: %q", d.UnreviewedWeek)
	}
}

// An edit keeps the count of an amount target, even one made after the
// editor read the goal; changing the target to another kind drops it.
func TestUpdateGoalKeepsTheCount(t *testing.T) {
	s := newStore(t)
	g, err := s.AddGoal(domain.Goal{Title: "graphs", Competency: domain.ProblemSolving,
		Measure: domain.Measure{Kind: domain.MeasureAmount, Target: 40, Unit: "problems"}})
	if err != nil {
		t.Fatal(err)
	}
	opened := g // a form opens with the count at 0
	if _, err := s.CountGoal(g.ID, 5, false); err != nil {
		t.Fatal(err)
	}
	opened.Title = "graph problems"
	opened.Measure = domain.Measure{Kind: domain.MeasureAmount, Target: 50, Unit: "problems"}
	saved, err := s.UpdateGoal(opened)
	if err != nil || saved.Measure.Amount != 5 || saved.Measure.Target != 50 {
		t.Fatalf("edit after a count: %+v %v; want the count of 5 kept, the target 50", saved.Measure, err)
	}
	if back, _ := s.Goal(g.ID); back.Measure != saved.Measure {
		t.Errorf("stored %+v, returned %+v", back.Measure, saved.Measure)
	}
	saved.Measure = domain.Measure{Kind: domain.MeasureCheckIns, Target: 30}
	if saved, err = s.UpdateGoal(saved); err != nil || saved.Measure.Amount != 0 {
		t.Errorf("a check-ins target keeps no count: %+v %v", saved.Measure, err)
	}
}

// A goal's status is not one of the fields an edit replaces: a form opened
// before the goal was archived elsewhere does not bring it back on save.
func TestUpdateGoalKeepsTheStatus(t *testing.T) {
	s := newStore(t)
	g, err := s.AddGoal(domain.Goal{Title: "graphs", Competency: domain.ProblemSolving})
	if err != nil {
		t.Fatal(err)
	}
	opened := g // a form opens on the active goal
	if _, err := s.SetGoalStatus(g.ID, domain.StatusArchived); err != nil {
		t.Fatal(err)
	}
	opened.Title = "graph problems"
	saved, err := s.UpdateGoal(opened)
	if err != nil || saved.Status != domain.StatusArchived || saved.Title != "graph problems" {
		t.Fatalf("edit after an archive: %q %q %v; want the new title, still archived", saved.Title, saved.Status, err)
	}
	if back, _ := s.Goal(g.ID); back.Status != domain.StatusArchived {
		t.Errorf("stored status %q, want archived", back.Status)
	}
	opened.Status = domain.StatusDone // nor can an edit set one
	if saved, _ = s.UpdateGoal(opened); saved.Status != domain.StatusArchived {
		t.Errorf("an edit set the status to %q", saved.Status)
	}
}

// EditGoal changes only what its edit changes, on the goal as stored when
// it writes: a title saved in another window after the command started
// stays, and the edit cannot move the id, the creation time or the status.
func TestEditGoalEditsTheStoredGoal(t *testing.T) {
	s := newStore(t)
	g, err := s.AddGoal(domain.Goal{Title: "graphs", Competency: domain.ProblemSolving,
		Measure: domain.Measure{Kind: domain.MeasureAmount, Target: 40, Unit: "problems"}})
	if err != nil {
		t.Fatal(err)
	}
	task := mustTask(t, s, domain.Task{Title: "one a day", GoalID: g.ID, Repeat: "daily"})
	other := g
	other.Title = "graph problems"
	if _, err := s.UpdateGoal(other); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CountGoal(g.ID, 7, false); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetGoalStatus(g.ID, domain.StatusDone); err != nil {
		t.Fatal(err)
	}
	saved, err := s.EditGoal(g.ID, func(e *domain.Goal) {
		e.Why = "  interviews "
		e.Competency = domain.Depth
		e.Measure.Target = 60
		e.ID, e.Status, e.Created, e.Measure.Amount = 99, domain.StatusActive, clock.AddDate(1, 0, 0), 0
	})
	want := domain.Goal{ID: g.ID, GID: g.GID, Title: "graph problems", Competency: domain.Depth, Why: "interviews",
		Measure: domain.Measure{Kind: domain.MeasureAmount, Target: 60, Unit: "problems", Amount: 7},
		Status:  domain.StatusDone, Created: clock}
	if err != nil || !reflect.DeepEqual(saved, want) {
		t.Fatalf("EditGoal = %+v, %v\nwant %+v", saved, err, want)
	}
	if back, _ := s.Goal(g.ID); !reflect.DeepEqual(back, want) {
		t.Errorf("stored %+v\nwant %+v", back, want)
	}
	if back, _ := s.Task(task.ID); back.Competency != domain.Depth {
		t.Errorf("the goal's task kept competency %q, want depth", back.Competency)
	}
	if _, err := s.EditGoal(g.ID, func(e *domain.Goal) { e.Title = " " }); err == nil {
		t.Error("an edit to an empty title was stored")
	}
	if back, _ := s.Goal(g.ID); back.Title != "graph problems" {
		t.Errorf("a refused edit changed the title to %q", back.Title)
	}
	if _, err := s.EditGoal(g.ID+1, func(*domain.Goal) {}); !errors.Is(err, ErrNotFound) {
		t.Errorf("edit of a missing goal: %v, want not found", err)
	}
}
