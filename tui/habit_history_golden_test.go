package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"coach/content"
)

// TestGoldenHabitHistory is the history of the fixture's second habit
// (Rustlings, weekdays), opened from Progress at 100×30.
func TestGoldenHabitHistory(t *testing.T) {
	const w, h = 100, 30
	tm := teatest.NewTestModel(t, New(fixtureOptions(t, content.EN, true)),
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ASCII)))
	scr := newTestScreen(t, w, h)
	scr.waitFor(t, tm, settledEN...)
	tm.Type("4")
	scr.waitFor(t, tm, "Day streak:", "Habits")
	tm.Type("j")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	scr.waitFor(t, tm, "History of Rustlings exercises", "Notes")
	tm.Type("q")
	view := tm.FinalModel(t, teatest.WithFinalTimeout(goldenWait)).View().Content
	assertFits(t, view, w)
	golden.RequireEqual(t, ansi.Strip(view))
}
