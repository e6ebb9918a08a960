package cli

import (
	"fmt"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// extraNote is the line that tells, before t is checked in on day, that its
// schedule does not ask for it: it will count as extra in the figures,
// apart from what was due. It is empty when the check-in is due.
func extraNote(st *store.Store, ui content.UI, t domain.Task, day domain.Date) (string, error) {
	r := t.Schedule()
	if !r.Recurring() {
		return "", nil
	}
	week, err := st.TaskCheckIns(t.ID, day.Monday(), day.Monday()+6)
	if err != nil || !domain.ExtraCheckIn(t, week, day) {
		return "", err
	}
	if r.Kind == domain.PerWeek {
		return fmt.Sprintf(ui.CLI.DoneExtraWeek, r.N), nil
	}
	return fmt.Sprintf(ui.CLI.DoneExtraDay, ui.Today.Weekdays[day.Weekday()]), nil
}
