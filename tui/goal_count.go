package tui

import (
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"coach/domain"
	"coach/store"
)

// count adds delta to the amount the user counts toward the selected
// goal's target, in a command; its undo puts the stored amount back. A
// target counted from check-ins or minutes, or none, is said and left.
func (s *goalsScreen) count(delta int) tea.Cmd {
	r, ok := s.selected()
	if !ok {
		return nil
	}
	ui := s.sh.ui.Goals
	id, title := r.goal.ID, truncateText(r.goal.Title, 60)
	if r.goal.Measure.Kind != domain.MeasureAmount {
		return reportErr(errors.New(s.notCounted(r.goal)))
	}
	return s.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
		g, err := st.CountGoal(id, delta, false)
		var nc *store.NotCountedError
		if errors.As(err, &nc) {
			return "", nil, errors.New(s.notCounted(nc.Goal)) // changed elsewhere meanwhile
		}
		if err != nil {
			return "", nil, err
		}
		prev := g.Measure.Amount - delta
		undo := func(st *store.Store) error { _, err := st.CountGoal(id, prev, true); return err }
		return fmt.Sprintf(ui.Counted, title, g.Measure.Amount, ui.FormatMeasure(g.Measure)), undo, nil
	})
}

// notCounted says why goal g's target cannot be counted by hand.
func (s *goalsScreen) notCounted(g domain.Goal) string {
	ui := s.sh.ui.Goals
	text := ui.NoMeasure
	switch g.Measure.Kind {
	case domain.MeasureCheckIns:
		text = ui.CountsCheckIns
	case domain.MeasureMinutes:
		text = ui.CountsMinutes
	}
	return fmt.Sprintf(text, truncateText(g.Title, 30))
}

// undoNote is an undo that did something else than asked, and says what.
// It travels as the undo's error, the one thing an undo returns.
type undoNote struct{ text string }

func (n *undoNote) Error() string { return n.text }

// unaddGoal undoes the add of goal id: removed while it has no task (and
// so no check-in), archived once tasks name it, which note says.
func unaddGoal(st *store.Store, id uint64, note string) error {
	err := st.DeleteGoal(id)
	if !errors.Is(err, store.ErrGoalHasTasks) {
		return err
	}
	if _, err := st.SetGoalStatus(id, domain.StatusArchived); err != nil {
		return err
	}
	return &undoNote{text: note}
}
