package tui

import (
	"fmt"
	"strings"

	"coach/content"
	"coach/domain"
)

// scheduleText is how a recurring task's schedule reads in a list, in the
// interface's language ("" for a one-off task). The form still takes the
// schedule as typed (daily, mon,wed,fri, 3/week), whatever the language.
func scheduleText(ui content.TodayUI, repeat string) string {
	r, err := domain.ParseRepeat(repeat)
	if err != nil {
		return repeat
	}
	switch r.Kind {
	case domain.Daily:
		return ui.Daily
	case domain.Weekdays:
		return ui.EveryWeekday
	case domain.PerWeek:
		return fmt.Sprintf(ui.PerWeek, r.N)
	case domain.OnDays:
		var days []string
		for i := 1; i <= 7; i++ { // Monday first
			if wd := i % 7; r.Days[wd] {
				days = append(days, ui.ScheduleDays[wd])
			}
		}
		return strings.Join(days, ui.DaySep)
	}
	return ""
}

// minutesText is planned minutes as a list shows them.
func minutesText(ui content.TodayUI, n int) string { return fmt.Sprintf(ui.MinutesShort, n) }
