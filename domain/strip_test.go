package domain

import (
	"strings"
	"testing"
)

// stripText writes a strip as letters: d done, x missed, . rest, o open,
// _ none.
func stripText(s [StripDays]DayMark) string {
	var b strings.Builder
	for _, m := range s {
		b.WriteByte("_.dxo"[m])
	}
	return b.String()
}

func TestWeekStrip(t *testing.T) {
	// 2026-11-30 is a Monday; today is Thursday 2026-12-03.
	today := ruleDay("2026-12-03")
	tests := []struct {
		name  string
		task  Task
		done  []Date
		shown string
		want  string // the seven days ending on shown, oldest first
	}{
		{"daily: done, missed, open today",
			ruleTask(1, "daily", "2026-11-01"), ruleDates("2026-11-27", "2026-11-29", "2026-12-02"),
			"2026-12-03", "dxdxxdo"},
		{"daily, done today",
			ruleTask(1, "daily", "2026-11-01"), ruleDates("2026-12-03"),
			"2026-12-03", "xxxxxxd"},
		{"created on Tuesday: the days before are none, a back-filled one is done",
			ruleTask(1, "daily", "2026-12-01"), ruleDates("2026-11-29", "2026-12-01"),
			"2026-12-03", "__d_dxo"},
		{"weekdays: weekends rest, Friday missed",
			ruleTask(1, "weekdays", "2026-11-01"), ruleDates("2026-11-30", "2026-12-01"),
			"2026-12-03", "x..ddxo"},
		{"mon,wed,fri: a tick on an unscheduled day is done",
			ruleTask(1, "mon,wed,fri", "2026-11-01"), ruleDates("2026-11-28", "2026-12-02"),
			"2026-12-03", "xd.x.d."},
		{"2/week: last week closed short is missed, this week still open",
			ruleTask(1, "2/week", "2026-11-01"), ruleDates("2026-11-28"),
			"2026-12-03", "xdx...o"},
		{"2/week: last week made, this week made: nothing asked today",
			ruleTask(1, "2/week", "2026-11-01"), ruleDates("2026-11-27", "2026-11-29", "2026-11-30", "2026-12-01"),
			"2026-12-03", "d.ddd.."},
		{"a day shown in the past (h): judged against today",
			ruleTask(1, "daily", "2026-11-01"), ruleDates("2026-11-25", "2026-11-26"),
			"2026-11-28", "xxxddxx"},
		{"a day shown in the future (l): days to come are none",
			ruleTask(1, "daily", "2026-11-01"), ruleDates("2026-12-02"),
			"2026-12-05", "xxxdo__"},
		{"archived yesterday: none from then on",
			func() Task {
				t := ruleTask(1, "daily", "2026-11-01")
				t.Archived, t.ArchivedOn = true, ruleDay("2026-12-02")
				return t
			}(), ruleDates("2026-12-01"),
			"2026-12-03", "xxxxd__"},
		{"a one-off task has no strip",
			ruleTask(1, "once", "2026-11-01"), ruleDates("2026-12-01"),
			"2026-12-03", "_______"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := stripText(WeekStrip(tt.task, tt.done, ruleDay(tt.shown), today))
			if got != tt.want {
				t.Errorf("strip %s, want %s", got, tt.want)
			}
		})
	}
}

func TestStreakRisk(t *testing.T) {
	thu := ruleDay("2026-12-03")
	sat := ruleDay("2026-12-05")
	tests := []struct {
		name  string
		task  Task
		done  []Date
		today Date
		want  Risk
	}{
		{"daily, three days kept, not today", ruleTask(1, "daily", "2026-11-01"),
			ruleSpan("2026-11-30", "2026-12-02"), thu, Risk{Streak: 3, AtRisk: true}},
		{"daily, done today: kept, not at risk", ruleTask(1, "daily", "2026-11-01"),
			ruleSpan("2026-11-30", "2026-12-03"), thu, Risk{Streak: 3}},
		{"daily, yesterday missed: no streak to lose", ruleTask(1, "daily", "2026-11-01"),
			ruleSpan("2026-11-29", "2026-12-01"), thu, Risk{Streak: 0, AtRisk: true}},
		{"weekdays on Saturday: nothing asked", ruleTask(1, "weekdays", "2026-11-01"),
			ruleSpan("2026-11-30", "2026-12-04"), sat, Risk{Streak: 5}},
		{"3/week, one done by Friday, two days left: at risk on Saturday", ruleTask(1, "3/week", "2026-11-01"),
			ruleDates("2026-11-17", "2026-11-18", "2026-11-19", "2026-11-24", "2026-11-25", "2026-11-26", "2026-12-01"),
			sat, Risk{Streak: 2, Weeks: true, AtRisk: true}},
		{"3/week, one done, on Thursday: time enough", ruleTask(1, "3/week", "2026-11-01"),
			ruleDates("2026-11-24", "2026-11-25", "2026-11-26", "2026-12-01"),
			thu, Risk{Streak: 1, Weeks: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StreakRisk(tt.task, tt.done, tt.today); got != tt.want {
				t.Errorf("StreakRisk = %+v, want %+v", got, tt.want)
			}
		})
	}
}
