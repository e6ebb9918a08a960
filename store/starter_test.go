package store

import (
	"testing"

	"coach/domain"
)

// Starter one-off tasks picked together are spread over the first week,
// so day 1 is not a wall of them; habits keep no due date.
func TestAddPlansSpreadsOneOffsOverTheWeek(t *testing.T) {
	start := day("2026-11-02")
	once := func(title string) domain.Task {
		return domain.Task{Title: title, Competency: "learning", Repeat: "once", Due: start}
	}
	tests := []struct {
		name  string
		plans []GoalPlan
		want  []string // each task's due date in id order; "" for a habit
	}{
		{"one one-off stays on day 1",
			[]GoalPlan{{Tasks: []domain.Task{once("a")}}},
			[]string{"2026-11-02"}},
		{"three over the week, across plans, habits skipped",
			[]GoalPlan{
				{Goal: domain.Goal{Title: "g", Competency: "depth"}, Tasks: []domain.Task{once("a"), {Title: "h", Repeat: "daily", Due: start}, once("b")}},
				{Tasks: []domain.Task{once("c")}},
			},
			[]string{"2026-11-02", "", "2026-11-04", "2026-11-06"}},
		{"seven, one a day",
			[]GoalPlan{{Tasks: []domain.Task{once("1"), once("2"), once("3"), once("4"), once("5"), once("6"), once("7")}}},
			[]string{"2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-07", "2026-11-08"}},
		{"more than seven share days, none after day 7",
			[]GoalPlan{{Tasks: []domain.Task{once("1"), once("2"), once("3"), once("4"), once("5"), once("6"), once("7"), once("8"), once("9")}}},
			[]string{"2026-11-02", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-05", "2026-11-06", "2026-11-07", "2026-11-08"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			_, ids, err := s.AddPlans(tt.plans)
			if err != nil {
				t.Fatal(err)
			}
			if len(ids) != len(tt.want) {
				t.Fatalf("%d tasks, want %d", len(ids), len(tt.want))
			}
			for i, id := range ids {
				task, err := s.Task(id)
				if err != nil {
					t.Fatal(err)
				}
				got := ""
				if !task.Due.IsZero() {
					got = task.Due.String()
				}
				if got != tt.want[i] {
					t.Errorf("task %d (%s %s): due %q, want %q", id, task.Title, task.Repeat, got, tt.want[i])
				}
			}
			if problems, _ := s.Check(); len(problems) > 0 {
				t.Errorf("Check: %v", problems)
			}
		})
	}
}
