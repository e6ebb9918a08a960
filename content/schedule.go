package content

import (
	"fmt"
	"strings"

	"coach/domain"
)

// ScheduleText is how a recurring task's schedule reads in a list ("" for
// a one-off task). domain.ParseRepeat reads it back, so forms and flags
// take what the lists show in either language.
func (ui TodayUI) ScheduleText(repeat string) string {
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

// MinutesText is planned minutes as a list shows them.
func (ui TodayUI) MinutesText(n int) string { return fmt.Sprintf(ui.MinutesShort, n) }
