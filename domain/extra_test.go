package domain

import "testing"

func TestExtraCheckIn(t *testing.T) {
	once := ruleTask(1, "once", "2026-11-01")
	once.Due = ruleDay("2026-11-03")
	tests := []struct {
		name string
		task Task
		week []Date
		day  string
		want bool
	}{
		{"weekdays on a Friday", ruleTask(1, "weekdays", "2026-11-01"), nil, "2026-11-06", false},
		{"weekdays on a Saturday", ruleTask(1, "weekdays", "2026-11-01"), nil, "2026-11-07", true},
		{"mon,wed on a Tuesday", ruleTask(1, "mon,wed", "2026-11-01"), nil, "2026-11-03", true},
		{"daily never", ruleTask(1, "daily", "2026-11-01"), nil, "2026-11-07", false},
		{"2/week, the second", ruleTask(1, "2/week", "2026-11-01"), ruleDates("2026-11-02"), "2026-11-04", false},
		{"2/week, the third", ruleTask(1, "2/week", "2026-11-01"), ruleDates("2026-11-02", "2026-11-03"), "2026-11-04", true},
		{"2/week, back-filled before two later ones", ruleTask(1, "2/week", "2026-11-01"),
			ruleDates("2026-11-04", "2026-11-05"), "2026-11-02", false},
		{"2/week, last week's do not count", ruleTask(1, "2/week", "2026-11-01"),
			ruleDates("2026-10-30", "2026-10-31"), "2026-11-02", false},
		{"a one-off never", once, nil, "2026-11-07", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ExtraCheckIn(tt.task, tt.week, ruleDay(tt.day)); got != tt.want {
				t.Errorf("ExtraCheckIn = %v, want %v", got, tt.want)
			}
			// the same rule as the figures
			done := map[uint64][]Date{tt.task.ID: ruleJoin(tt.week, ruleDates(tt.day))}
			if tt.task.Schedule().Recurring() {
				got := Tally([]Task{tt.task}, done, ruleDay(tt.day), ruleDay(tt.day))[ruleDay(tt.day)].Extra > 0
				if got != tt.want {
					t.Errorf("Tally counts it extra = %v, want %v", got, tt.want)
				}
			}
		})
	}
}
