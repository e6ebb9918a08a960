package domain

import "testing"

func TestStrengthNew(t *testing.T) {
	weekdays := ruleTask(1, "weekdays", "2026-11-02")
	tests := []struct {
		today string
		done  []Date
		want  bool
	}{
		{"2026-11-02", ruleDates("2026-11-02"), true},               // the first tick
		{"2026-11-09", ruleSpan("2026-11-02", "2026-11-06"), true},  // a week kept
		{"2026-11-15", ruleSpan("2026-11-02", "2026-11-13"), false}, // 14 days
		{"2026-11-14", ruleSpan("2026-11-02", "2026-11-13"), true},  // 13 days
		{"2026-11-15", nil, false},                                  // old enough, never ticked
		{"2026-11-01", ruleDates("2026-11-01"), true},               // back-filled before creation
	}
	for _, tt := range tests {
		s := TaskStrength(weekdays, tt.done, ruleDay(tt.today))
		if s.New() != tt.want {
			t.Errorf("on %s: New = %v (%d days, score %.3f), want %v", tt.today, s.New(), s.Days, s.Score, tt.want)
		}
	}
}

// A competency whose habits are all new is never the weakest.
func TestSuggestSkipsNewCompetencies(t *testing.T) {
	goals := []Goal{{ID: 1, Competency: Depth, Status: StatusActive}, {ID: 2, Competency: Innovation, Status: StatusActive},
		{ID: 3, Competency: Learning, Status: StatusActive}}
	tests := []struct {
		name string
		new  map[string]bool
		want string
	}{
		{"none new: the lowest", nil, Innovation},
		{"the lowest is new: the next", map[string]bool{Innovation: true}, Depth},
		{"only one left to compare: behind nothing", map[string]bool{Innovation: true, Learning: true}, ""},
		{"all new: no weakest", map[string]bool{Innovation: true, Depth: true, Learning: true}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, s := range Suggest(SuggestInput{Today: ruleDay("2026-11-03"), Goals: goals,
				Strength: map[string]float64{Depth: 0.4, Innovation: 0.05, Learning: 0.7}, New: tt.new}) {
				if s.Kind == SuggestWeakest {
					got = s.Competency
				}
			}
			if got != tt.want {
				t.Errorf("weakest = %q, want %q", got, tt.want)
			}
		})
	}
}
