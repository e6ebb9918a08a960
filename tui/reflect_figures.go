package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"coach/content"
	"coach/domain"
	"coach/insight"
	"coach/store"
)

// The figures under a weekly review: per competency, done/due and
// minutes, then the week's mean rating and day streak. They are computed
// off the UI loop, once per week shown.

// weekFiguresMsg carries the figures of one week, computed from history,
// or from the whole history (longer) when history was too short.
type weekFiguresMsg struct {
	week    string
	figures insight.WeekFigures
	history *store.History
	longer  *store.History
	err     error
}

// figuresCmd computes, off the UI loop, the figures of the week the review
// shows, once the history is known and only while the review is open.
func (v *reviewModel) figuresCmd() tea.Cmd {
	if v.mode != reflectReview || v.history == nil {
		return nil // asked on every Update: check the cheap things first
	}
	week := v.selectedWeek()
	if week == "" {
		return nil
	}
	if _, ok := v.figures[week]; ok {
		return nil
	}
	mon, err := domain.ParseWeek(week)
	if err != nil {
		return nil
	}
	if mon < v.history.From {
		// It needs the whole history: one read at a time. Weeks passed
		// meanwhile are asked again once it is here.
		if v.readingAll {
			return nil
		}
		v.readingAll = true
	}
	v.figures[week] = insight.WeekFigures{} // asked for: not again
	h, today, st := v.history, v.sh.today(), v.sh.store
	return func() tea.Msg {
		f, used, err := insight.LoadWeek(st, *h, mon, today)
		msg := weekFiguresMsg{week: week, figures: f, history: h, err: err}
		if used.From < h.From {
			msg.longer = &used
		}
		return msg
	}
}

// figuresDone keeps the figures figuresCmd computed.
func (v *reviewModel) figuresDone(msg weekFiguresMsg) tea.Cmd {
	if msg.history != v.history {
		return nil // the data changed meanwhile
	}
	v.readingAll = false
	if msg.err != nil {
		return reportErr(msg.err)
	}
	v.figures[msg.week] = msg.figures
	if msg.longer != nil {
		v.history = msg.longer // the figures known so far hold for it too
	}
	return nil
}

// reviewFigures draws the week's figures, once computed.
func (v *reviewModel) reviewFigures(week string, width int) []string {
	f, ok := v.figures[week]
	if !ok || f.Week == "" { // not asked for, or not computed yet
		return nil
	}
	st, t := v.sh.styles, v.sh.ui.Reflect
	lines := []string{"", st.Heading.Render(truncateText(t.Figures, width))}
	nameW := 0
	for _, c := range f.Comps {
		nameW = max(nameW, lipgloss.Width(content.CompetencyName(v.sh.lang, c.ID)))
	}
	nameW = min(nameW, max(width/2, 8))
	const barW = 8
	for _, c := range f.Comps {
		frac := 0.0
		if c.Due > 0 {
			frac = float64(c.Done) / float64(c.Due)
		}
		name := padRight(truncateText(content.CompetencyName(v.sh.lang, c.ID), nameW), nameW)
		figs := fmt.Sprintf(t.FigureRow, c.Done, c.Due, c.Mins)
		if c.Extra > 0 { // ticks the schedule did not ask for: apart, so the rate stays ≤ 100%
			figs += " · " + fmt.Sprintf(v.sh.ui.Coach.WeekExtra, c.Extra)
		}
		// The name and bar fit (nameW ≤ width/2); the figures take the rest.
		figs = truncateText(figs, width-nameW-1-barW-1)
		lines = append(lines, st.competency(c.ID, name)+" "+bar(st, min(frac, 1), barW)+" "+st.Muted.Render(figs))
	}
	tail := fmt.Sprintf(t.WeekStreak, f.DayStreak) + " · " + fmt.Sprintf(v.sh.ui.Coach.WeekPerfect, f.Perfect)
	if f.Rating != nil {
		tail = fmt.Sprintf(t.WeekRating, *f.Rating) + " · " + tail
	}
	return append(lines, st.Muted.Render(truncateText(tail, width)))
}
