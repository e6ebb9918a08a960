package tui

// Golden screens of the FAQ at 80×24, where the list pane is 24 columns
// wide: every question reads whole, wrapped over as many lines as it
// needs (it was cut after about twenty characters).

import (
	"testing"

	"coach/content"
)

func TestGoldenFAQ80x24(t *testing.T) {
	runGolden(t, fixtureOptions(t, content.EN, true), 80, 24, readyEN, "6", "Depth means knowing one language")
}

func TestGoldenFAQ80x24ZH(t *testing.T) {
	runGolden(t, fixtureOptions(t, content.ZH, true), 80, 24, readyZH, "6", "所谓深度")
}
