package tui

import (
	"testing"

	"coach/content"
)

// Today with the day before's next step and the coach's advice wrapped on
// two lines (the fixture's Friday has a next step).
func TestGoldenTodayNextStep120x40(t *testing.T) {
	runGolden(t, fixtureOptions(t, content.EN, true), 120, 40, settledEN, "1", "Next step: Read the log compaction section.")
}

func TestGoldenTodayCoachWrapped80x24(t *testing.T) {
	runGolden(t, fixtureOptions(t, content.EN, true), 80, 24, readyEN, "1", "Next step: ", "[x] Book a ticket")
}
