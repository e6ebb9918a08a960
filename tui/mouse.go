package tui

import tea "charm.land/bubbletea/v2"

// tabBarHeight is how many terminal rows the root draws above a screen.
const tabBarHeight = 1

// screenMouse moves a mouse message from the terminal's coordinates to
// the screen's own, whose row 0 is the first line under the tab bar, so a
// screen places a click by its own layout alone.
func screenMouse(msg tea.MouseMsg) tea.Msg {
	switch m := msg.(type) {
	case tea.MouseClickMsg:
		m.Y -= tabBarHeight
		return m
	case tea.MouseReleaseMsg:
		m.Y -= tabBarHeight
		return m
	case tea.MouseWheelMsg:
		m.Y -= tabBarHeight
		return m
	case tea.MouseMotionMsg:
		m.Y -= tabBarHeight
		return m
	}
	return msg
}
