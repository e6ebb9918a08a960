package tui

import (
	"fmt"
	"math"
	"strings"

	"charm.land/lipgloss/v2"
)

// recallFigures is Progress's section on recall: cards, due today,
// reviews in the last 30 days, the share of them recalled and how long
// memories last (the median stability), packed on as few lines as the
// width allows, and what the last two mean.
func (s *progressScreen) recallFigures() string {
	st, ui, rs := s.sh.styles, s.sh.ui.Recall, s.recall
	recalled, lasts := ui.None, ui.None
	if rs.Reviewed30 > 0 {
		recalled = fmt.Sprintf("%.0f%%", math.Round(float64(rs.Recalled30)*100/float64(rs.Reviewed30)))
	}
	if rs.MedianStability > 0 {
		lasts = s.days(rs.MedianStability)
	}
	figures := []struct{ label, value string }{
		{ui.Cards, fmt.Sprint(rs.Cards)},
		{ui.DueToday, fmt.Sprint(rs.DueToday)},
		{ui.Reviewed30, fmt.Sprint(rs.Reviewed30)},
		{ui.Recalled, recalled},
		{ui.MemoryLasts, lasts},
	}
	sep := st.Muted.Render(" · ")
	var lines []string
	line, used := "", 0
	for _, f := range figures {
		item := st.Muted.Render(f.label) + " " + st.Title.Render(f.value)
		w := lipgloss.Width(f.label) + 1 + lipgloss.Width(f.value)
		if used > 0 && used+3+w > s.width {
			lines, line, used = append(lines, line), "", 0
		}
		if used > 0 {
			line += sep
			used += 3
		}
		line, used = line+item, used+w
	}
	lines = append(lines, line)
	lines = append(lines, st.Faint.Render(wrapText(ui.FiguresWhy, max(s.width, 1))))
	return strings.Join(lines, "\n")
}

// days is a median stability in whole days, as "12 days".
func (s *progressScreen) days(d float64) string {
	ui := s.sh.ui.Recall
	switch n := int(math.Round(d)); {
	case d < 1:
		return ui.UnderDay
	case n == 1:
		return ui.OneDay
	default:
		return fmt.Sprintf(ui.Days, n)
	}
}
