package tui

import (
	tea "charm.land/bubbletea/v2"

	"coach/domain"
	"coach/store"
)

// A goal's detail has a cursor over its tasks; enter on a habit opens its
// history (the view Progress opens), esc comes back to the detail.

// habitLoadedMsg brings the history a habit's view is computed from, read
// when no report has brought one yet.
type habitLoadedMsg struct {
	id      uint64
	history store.History
	err     error
}

// detailTasks are the tasks the selected goal's detail lists, in order:
// its habits, then its open one-off tasks.
func (s *goalsScreen) detailTasks() []domain.Task {
	r, ok := s.selected()
	if !ok {
		return nil
	}
	return append(append([]domain.Task{}, r.sum.Habits...), r.sum.Open...)
}

// openHabit opens the history of the habit under the detail's cursor; a
// one-off task has none, and enter on it does nothing. The history comes
// from the latest report, which every change brings again (Progress
// computes it); only before the first report is it read here.
func (s *goalsScreen) openHabit() tea.Cmd {
	ts := s.detailTasks()
	if s.task >= len(ts) || !ts[s.task].Schedule().Recurring() {
		return nil
	}
	id := ts[s.task].ID
	if s.history != nil {
		return s.showHabit(habitLoadedMsg{id: id, history: *s.history})
	}
	return s.loadHabit(id)
}

// loadHabit reads the history for habit id in a command; every check-in
// is in it, its notes too.
func (s *goalsScreen) loadHabit(id uint64) tea.Cmd {
	st, today := s.sh.store, s.sh.today()
	return func() tea.Msg {
		h, err := st.History(today)
		return habitLoadedMsg{id: id, history: h, err: err}
	}
}

// showHabit opens the loaded history, or gives an open one its new data.
// A habit gone meanwhile (archived, undone) closes it.
func (s *goalsScreen) showHabit(msg habitLoadedMsg) tea.Cmd {
	if msg.err != nil {
		return reportErr(msg.err)
	}
	var task domain.Task
	found := false
	for _, t := range msg.history.Tasks {
		if t.ID == msg.id && !t.Archived && t.Schedule().Recurring() {
			task, found = t, true
		}
	}
	switch {
	case !found:
		s.habit = nil
	case s.habit != nil && s.habit.task.ID == msg.id:
		s.habit.setData(task, msg.history)
	case s.habit == nil && s.detail:
		s.habit = newHabitHistory(s.sh, task, msg.history)
		s.habit.SetSize(s.width, s.height)
	}
	return nil
}
