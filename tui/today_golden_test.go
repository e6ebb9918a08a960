package tui

import (
	"testing"

	"coach/content"
)

// Today at 120×40 in Chinese: the week strip under its weekday characters,
// the day's reflection and review, and the advice on two lines at most.
func TestGoldenTodayZH120x40(t *testing.T) {
	runGolden(t, fixtureOptions(t, content.ZH, true), 120, 40, readyZH, "1", "日一二三四五六", "反思：已写")
}
