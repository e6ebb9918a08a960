package cli

import (
	"fmt"

	"coach/content"
	"coach/domain"
	"coach/sanitize"
)

const measureHelp = `measurable target: "40 problems" (counted by hand with coach goal count), "30 check-ins" or "600 minutes" (counted from the goal's tasks); none for no target`

// parseMeasure reads --measure: "none" (or nothing) is no target. A bad
// target is a usage error, found before anything is opened or written.
func parseMeasure(s string) (domain.Measure, error) {
	if isNone(s) {
		return domain.Measure{}, nil
	}
	m, err := domain.ParseMeasure(s)
	if err != nil {
		return m, usageError{fmt.Errorf("--measure: %w", err)}
	}
	return m, nil
}

// goalAside is what follows a goal's title in a confirmation: its
// competency, and its measurable target when it has one.
func goalAside(lang content.Lang, ui content.UI, g domain.Goal) string {
	aside := competencyWord(lang, ui.CLI, g.Competency)
	if !g.Measure.IsZero() {
		aside += ui.CLI.AsideSep + fmt.Sprintf(ui.CLI.MeasureAside, ui.Goals.FormatMeasure(g.Measure))
	}
	return sanitize.Line(aside)
}
