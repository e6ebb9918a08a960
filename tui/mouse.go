package tui

import tea "charm.land/bubbletea/v2"

// tabBarHeight is how many terminal rows the root draws above a screen.
const tabBarHeight = 1

// screenMouse moves a mouse message from the terminal's coordinates to
// the screen's own, whose row 0 is the first line under the tab bar, so a
// screen places a click by its own layout alone.
func screenMouse(msg tea.MouseMsg) tea.Msg {
	m := msg.Mouse()
	m.Y -= tabBarHeight
	switch msg.(type) {
	case tea.MouseClickMsg:
		return tea.MouseClickMsg(m)
	case tea.MouseReleaseMsg:
		return tea.MouseReleaseMsg(m)
	case tea.MouseWheelMsg:
		return tea.MouseWheelMsg(m)
	case tea.MouseMotionMsg:
		return tea.MouseMotionMsg(m)
	}
	return msg
}
