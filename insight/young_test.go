package insight

import (
	"testing"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// A habit younger than two weeks is new: its tiny score does not make its
// competency the "weakest" in the advice.
func TestNewHabitIsNotWeakest(t *testing.T) {
	old := domain.Task{ID: 1, Title: "Old", Competency: domain.Depth, Repeat: "daily", Created: created("2026-10-01")}
	young := domain.Task{ID: 2, Title: "Young", Competency: domain.Innovation, Repeat: "weekdays", Created: created("2026-11-23")}
	steady := domain.Task{ID: 3, Title: "Steady", Competency: domain.Learning, Repeat: "daily", Created: created("2026-10-01")}
	var ticks, every []domain.Date
	for d := date("2026-10-01"); d <= today; d++ {
		if (d-date("2026-10-01"))%3 == 0 {
			ticks = append(ticks, d) // a third of the days: a middling score
		}
		every = append(every, d) // a strong one to be behind
	}
	h := store.History{From: 1,
		Goals: []domain.Goal{
			{ID: 1, Title: "Depth", Competency: domain.Depth, Status: domain.StatusActive},
			{ID: 2, Title: "Ideas", Competency: domain.Innovation, Status: domain.StatusActive},
			{ID: 3, Title: "Read", Competency: domain.Learning, Status: domain.StatusActive},
		},
		Tasks: []domain.Task{old, young, steady},
		CheckIns: checkIns(map[uint64][]domain.Date{
			1: ticks, 3: every,
			2: {date("2026-11-23"), date("2026-11-24"), date("2026-11-26")},
		}),
		ReviewWeeks: map[string]bool{today.Week(): true},
	}
	for _, lang := range content.Langs() {
		r := Compute(h, today, lang)
		weakest := ""
		for _, s := range r.Suggestions {
			if s.Kind == domain.SuggestWeakest {
				weakest = s.Competency
			}
		}
		if weakest != domain.Depth {
			t.Errorf("%s: weakest is %q, want depth (innovation's only habit is new): %+v", lang, weakest, r.Suggestions)
		}
		advice := Advice(store.Habits{Goals: h.Goals, Tasks: h.Tasks, Done: map[uint64][]domain.Date{1: ticks, 3: every,
			2: {date("2026-11-23"), date("2026-11-24"), date("2026-11-26")}}, ReviewWeeks: h.ReviewWeeks}, today, lang)
		if len(advice) != len(r.Suggestions) || advice[0] != r.Suggestions[0] {
			t.Errorf("%s: Advice %+v differs from the report's %+v", lang, advice, r.Suggestions)
		}
	}
}

func TestNewHabitFlags(t *testing.T) {
	mk := func(id uint64, comp, created_ string) domain.Task {
		return domain.Task{ID: id, Title: "h", Competency: comp, Repeat: "daily", Created: created(created_)}
	}
	tests := []struct {
		name     string
		tasks    []domain.Task
		newTasks []uint64
		newComps []string
	}{
		{"created today", []domain.Task{mk(1, domain.Depth, "2026-11-29")}, []uint64{1}, []string{domain.Depth}},
		{"13 days old", []domain.Task{mk(1, domain.Depth, "2026-11-17")}, []uint64{1}, []string{domain.Depth}},
		{"14 days old is no longer new", []domain.Task{mk(1, domain.Depth, "2026-11-16")}, nil, nil},
		{"a new habit beside an established one: the competency is not new",
			[]domain.Task{mk(1, domain.Depth, "2026-11-20"), mk(2, domain.Depth, "2026-10-01")}, []uint64{1}, nil},
		{"the established one first", []domain.Task{mk(2, domain.Depth, "2026-10-01"), mk(1, domain.Depth, "2026-11-20")}, []uint64{1}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compute(store.History{From: 1, Tasks: tt.tasks}, today, content.EN)
			for _, ts := range r.Tasks {
				want := false
				for _, id := range tt.newTasks {
					want = want || id == ts.ID
				}
				if ts.New != want {
					t.Errorf("task %d new = %v, want %v", ts.ID, ts.New, want)
				}
			}
			for _, c := range r.Competencies {
				want := false
				for _, id := range tt.newComps {
					want = want || id == c.ID
				}
				if c.New != want {
					t.Errorf("%s new = %v, want %v", c.ID, c.New, want)
				}
				if c.New && c.Strength != 0 {
					t.Errorf("%s: a new competency has strength %v", c.ID, c.Strength)
				}
			}
		})
	}
}
