package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
)

// Recall on Today: a line when cards are due today, and r, which opens
// today's session over the list (recall.go) until it ends.

// recallLine is Today's line of due cards, while the day shown is today
// and cards are due; "" otherwise.
func (s *todayScreen) recallLine() string {
	if s.recallDue <= 0 || s.day != s.sh.today() {
		return ""
	}
	return fmt.Sprintf(s.sh.ui.Recall.DueLine, s.recallDue)
}

// openRecall opens today's session; its cards come in a command.
func (s *todayScreen) openRecall() tea.Cmd {
	s.recall = newRecallSession(s.sh, s.history)
	s.recall.SetSize(s.width, s.height)
	return s.recall.load()
}

// recallLoaded gives the open session its cards; a failed read closes it
// and says why.
func (s *todayScreen) recallLoaded(msg recallLoadedMsg) tea.Cmd {
	if s.recall == nil || s.recall.loaded {
		return nil
	}
	if msg.err != nil {
		s.recall = nil
		return reportErr(msg.err)
	}
	s.recall.take(msg.rs)
	return nil
}

// recallKey gives the open session a key, and closes it when it ends.
func (s *todayScreen) recallKey(msg tea.KeyPressMsg) tea.Cmd {
	cmd, closed := s.recall.Update(msg)
	if closed {
		s.recall = nil
	}
	return cmd
}

// wheelStep is how far a turn of the mouse wheel scrolls a session.
func wheelStep(msg tea.MouseWheelMsg) int {
	switch msg.Button {
	case tea.MouseWheelUp:
		return -3
	case tea.MouseWheelDown:
		return 3
	}
	return 0
}
