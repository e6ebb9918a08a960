package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/domain"
	"coach/store"
)

// What Today shows when the screen has the room: each habit's last seven
// days beside it, as a habit tracker's week strip under weekday letters,
// from stripMinWidth columns; and a line with the day's reflection and its
// week's review, from dayLineMinHeight rows of the screen's body (a
// terminal of 30 rows). Below those sizes the list keeps the room.

const (
	stripMinWidth    = 100
	dayLineMinHeight = 27
	stripCell        = 2 // a mark and a space, or one wide character
	stripWidth       = domain.StripDays * stripCell
)

func (s *todayScreen) stripShown() bool { return s.width >= stripMinWidth }

// withStrip puts the strip of it at the right of a list line.
func (s *todayScreen) withStrip(line string, it store.DueItem) string {
	if !s.stripShown() {
		return line
	}
	gap := max(s.width-stripWidth-lipgloss.Width(line), 1)
	return line + strings.Repeat(" ", gap) + s.strip(it)
}

// strip is the week strip of a habit, the seven days ending on the day
// shown, oldest first; blank for a one-off task.
func (s *todayScreen) strip(it store.DueItem) string {
	if !it.Task.Schedule().Recurring() {
		return ""
	}
	st := s.sh.styles
	marks := domain.WeekStrip(it.Task, s.week.Done[it.Task.ID], s.day, s.sh.today())
	var b strings.Builder
	for _, m := range marks {
		switch m {
		case domain.MarkDone:
			b.WriteString(st.Done.Render("✓"))
		case domain.MarkMissed:
			b.WriteString(st.Missed.Render("✗"))
		case domain.MarkOpen:
			b.WriteString(st.Warning.Render("○"))
		case domain.MarkRest:
			b.WriteString(st.Faint.Render("·"))
		default:
			b.WriteString(" ")
		}
		b.WriteString(" ")
	}
	return strings.TrimRight(b.String(), " ")
}

// stripHeader is the line above the list: the filter on its left when
// there is one, and the weekday letters over the strip on its right.
func (s *todayScreen) stripHeader() string {
	left := s.filterLine()
	if !s.stripShown() {
		return left
	}
	st := s.sh.styles
	var b strings.Builder
	for i := domain.StripDays - 1; i >= 0; i-- {
		letter := s.sh.ui.Today.StripDays[s.day.AddDays(-i).Weekday()] // not Step: a day before 1900 has its own letter
		if i == 0 {
			b.WriteString(st.Title.Render(letter)) // the day shown
		} else {
			b.WriteString(st.Muted.Render(letter + strings.Repeat(" ", max(stripCell-lipgloss.Width(letter), 0))))
		}
	}
	room := s.width - stripWidth - 1
	if lipgloss.Width(left) > room {
		left = ansi.Truncate(left, room, "…")
	}
	return left + strings.Repeat(" ", max(s.width-stripWidth-lipgloss.Width(left), 1)) + strings.TrimRight(b.String(), " ")
}

// dayLine is the state of the day's reflection and of its week's review,
// when the screen is tall enough; "" otherwise.
func (s *todayScreen) dayLine() string {
	if s.height < dayLineMinHeight || !s.loaded || s.emptyDB {
		return ""
	}
	st, ui := s.sh.styles, s.sh.ui.Today
	refl := st.Muted.Render(ui.Unreflected)
	if s.week.Reflected {
		refl = st.Done.Render(ui.Reflected)
	}
	sunday := s.day.Monday() + 6
	var rev string
	switch today := s.sh.today(); {
	case s.week.Reviewed:
		rev = st.Done.Render(ui.Reviewed)
	case today < sunday:
		rev = st.Muted.Render(ui.ReviewDueOn)
	case today == sunday:
		rev = st.Warning.Render(ui.ReviewToday)
	default:
		rev = st.Warning.Render(ui.ReviewLate)
	}
	line := st.Label.Render(ui.Reflection) + refl + st.Muted.Render(" · ") +
		st.Label.Render(fmt.Sprintf(ui.ReviewOf, s.day.Week())) + rev
	return ansi.Truncate(line, s.width, "…")
}
