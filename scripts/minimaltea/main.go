// Command minimaltea is the calibration for scripts/bench.sh: the least a
// bubbletea v2 program can do to show a frame with the markers the script
// waits for, so launch figures can be read against this machine's floor.
package main

import (
	"os"

	tea "charm.land/bubbletea/v2"
)

type frame struct{}

func (frame) Init() tea.Cmd { return nil }

func (frame) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && (k.String() == "q" || k.String() == "ctrl+c") {
		return frame{}, tea.Quit
	}
	return frame{}, nil
}

func (frame) View() tea.View {
	v := tea.NewView("Coach: a minimal program\n 0 done · nothing else\n? help")
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(frame{}, tea.WithFPS(120)).Run(); err != nil {
		os.Exit(1)
	}
}
