package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/charmbracelet/x/ansi"

	"coach/sanitize"
)

// truncateText makes stored text safe for the screen and cuts it to width
// display columns.
func truncateText(s string, width int) string {
	return ansi.Truncate(sanitize.Line(s), width, "…")
}

// padRight pads s with spaces to width display columns.
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(width-lipgloss.Width(s), 0))
}

// padLeft right-aligns s in width display columns.
func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(width-lipgloss.Width(s), 0)) + s
}

func errNotNumber(field, value string) error {
	return fmt.Errorf("%s: %q is not a whole number", field, value)
}
