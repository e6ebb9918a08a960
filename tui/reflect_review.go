package tui

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"coach/content"
	"coach/domain"
	"coach/insight"
	"coach/sanitize"
	"coach/store"
)

// The weekly review: the list of weeks (this week and the last few, then
// every older reviewed week) and the selected week's review, edited in a
// form and saved per ISO week.

// recentWeeks is how many weeks before this one the list always offers,
// so a missed review can still be written.
const recentWeeks = 8

// weeks lists the weeks offered, newest first: this week, the
// recentWeeks before it that the journal reaches, and every reviewed week.
func (s *reflectScreen) weeks() []string {
	mon := s.sh.today().Monday()
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for i := range recentWeeks + 1 {
		if d := mon - domain.Date(7*i); i == 0 || d.InRange() && d+6 >= s.journalStart {
			add(d.Week())
		}
	}
	for _, r := range s.reviews {
		add(r.Week)
	}
	// ISO weeks as text sort by time; a damaged key cannot reach here.
	sort.Sort(sort.Reverse(sort.StringSlice(out)))
	return out
}

// openPendingReview selects the week Today asked for and opens its
// review, once the reviews have loaded and no form is open.
func (s *reflectScreen) openPendingReview() tea.Cmd {
	wk := s.pendingReview
	if wk == "" || !s.reviewsLoaded || s.form != nil {
		return nil
	}
	s.pendingReview = ""
	s.mode = reflectReview
	s.moveWeek(slices.Index(s.weeks(), wk))
	if s.selectedWeek() != wk {
		return nil
	}
	return s.editReview()
}

func (s *reflectScreen) selectedWeek() string {
	ws := s.weeks()
	return ws[min(max(s.weekCursor, 0), len(ws)-1)]
}

func (s *reflectScreen) reviewOf(week string) (domain.Review, bool) {
	for _, r := range s.reviews {
		if r.Week == week {
			return r, true
		}
	}
	return domain.Review{Week: week}, false
}

// weekRows is the height of the list of weeks.
func (s *reflectScreen) weekRows() int {
	return max(min(len(s.weeks()), max(3, (s.height-2)/3)), 1)
}

func (s *reflectScreen) moveWeek(to int) {
	n := len(s.weeks())
	to = min(max(to, 0), n-1)
	if to != s.weekCursor {
		s.reviewScroll = 0
	}
	s.weekCursor = to
	s.weekTop = keepVisible(s.weekTop, s.weekCursor, s.weekRows(), n, 0)
}

func (s *reflectScreen) reviewKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.sh.keys
	switch {
	case key.Matches(msg, k.EditEntry):
		return s.editReview()
	case key.Matches(msg, k.Back, k.Review):
		s.mode = reflectDay
	case key.Matches(msg, k.Past):
		s.mode = reflectPast
	case key.Matches(msg, k.Delete):
		if wk := rfReviewKey(s.selectedWeek()); s.drafts[wk] != nil {
			s.confirmKey = wk
		}
	case key.Matches(msg, k.Up):
		s.moveWeek(s.weekCursor - 1)
	case key.Matches(msg, k.Down):
		s.moveWeek(s.weekCursor + 1)
	case key.Matches(msg, k.Top):
		s.moveWeek(0)
	case key.Matches(msg, k.Bottom):
		s.moveWeek(len(s.weeks()) - 1)
	case key.Matches(msg, k.PageUp, k.PageDown):
		head, detail, figures := s.reviewParts()
		s.reviewScroll = rfScrollKey(msg, k, s.reviewScroll, len(detail), s.reviewRoom(len(head), len(figures)))
	}
	return nil
}

func (s *reflectScreen) editReview() tea.Cmd {
	if !s.reviewsLoaded {
		return nil
	}
	week := s.selectedWeek()
	f := s.drafts[rfReviewKey(week)]
	if f == nil {
		r, _ := s.reviewOf(week)
		f = newReviewForm(s.sh, r)
		s.drafts[f.key()] = f
	}
	return s.openForm(f)
}

// weekHeading is "Weekly review · 2026-W48 (2026-11-23 – 2026-11-29)".
func (s *reflectScreen) weekHeading(week string) string {
	t := s.sh.ui.Reflect
	mon, err := domain.ParseWeek(week)
	if err != nil {
		return fmt.Sprintf(t.ReviewHeading, sanitize.Line(week), "", "")
	}
	h := fmt.Sprintf(t.ReviewHeading, week, mon, mon+6)
	if week == s.sh.today().Week() {
		h += " · " + t.ThisWeek
	}
	return h
}

// reviewFigures draws the week's figures per competency (done/due,
// minutes), its mean rating and the day streak, from figures computed in
// Update (see weekFigures).
func (s *reflectScreen) reviewFigures(week string, width int) []string {
	f, ok := s.figures[week]
	if !ok || f.Week == "" { // not asked for, or not computed yet
		return nil
	}
	st, t := s.sh.styles, s.sh.ui.Reflect
	lines := []string{"", st.Heading.Render(rfTrunc(t.Figures, width))}
	nameW := 0
	for _, c := range f.Comps {
		nameW = max(nameW, lipgloss.Width(content.CompetencyName(s.sh.lang, c.ID)))
	}
	nameW = min(nameW, max(width/2, 8))
	for _, c := range f.Comps {
		frac := 0.0
		if c.Due > 0 {
			frac = float64(c.Done) / float64(c.Due)
		}
		name := padRight(rfTrunc(content.CompetencyName(s.sh.lang, c.ID), nameW), nameW)
		figs := fmt.Sprintf(t.FigureRow, c.Done, c.Due, c.Mins)
		if c.Extra > 0 { // ticks the schedule did not ask for: apart, so the rate stays ≤ 100%
			figs += " · " + fmt.Sprintf(s.sh.ui.Coach.WeekExtra, c.Extra)
		}
		row := st.competency(c.ID, name) + " " + bar(st, min(frac, 1), 8) + " " + st.Muted.Render(figs)
		lines = append(lines, rfTrunc(row, width))
	}
	tail := fmt.Sprintf(t.WeekStreak, f.DayStreak) + " · " + fmt.Sprintf(s.sh.ui.Coach.WeekPerfect, f.Perfect)
	if f.Rating != nil {
		tail = fmt.Sprintf(t.WeekRating, *f.Rating) + " · " + tail
	}
	return append(lines, st.Muted.Render(rfTrunc(tail, width)))
}

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
func (s *reflectScreen) figuresCmd() tea.Cmd {
	if s.mode != reflectReview || s.history == nil {
		return nil // asked on every Update: check the cheap things first
	}
	week := s.selectedWeek()
	if week == "" {
		return nil
	}
	if _, ok := s.figures[week]; ok {
		return nil
	}
	mon, err := domain.ParseWeek(week)
	if err != nil {
		return nil
	}
	if mon < s.history.From {
		// It needs the whole history: one read at a time. Weeks passed
		// meanwhile are asked again once it is here.
		if s.readingAll {
			return nil
		}
		s.readingAll = true
	}
	s.figures[week] = insight.WeekFigures{} // asked for: not again
	h, today, st := s.history, s.sh.today(), s.sh.store
	return func() tea.Msg {
		f, used, err := insight.LoadWeek(st, *h, mon, today)
		msg := weekFiguresMsg{week: week, figures: f, history: h, err: err}
		if used.From < h.From {
			msg.longer = &used
		}
		return msg
	}
}

// reviewParts is the review view: heading and notes, the selected week's
// review (it scrolls) and the figures.
func (s *reflectScreen) reviewParts() (head, detail, figures []string) {
	st, w := s.sh.styles, s.width
	week := s.selectedWeek()
	head = append([]string{st.Heading.Render(rfTrunc(s.weekHeading(week), w))}, s.notes(rfReviewKey(week))...)
	if !s.reviewsLoaded {
		return head, []string{st.Muted.Render(s.sh.ui.Common.Loading)}, nil
	}
	r, found := s.reviewOf(week)
	if !found {
		for _, l := range rfWrap(s.sh.ui.Reflect.ReviewEmpty, w) {
			detail = append(detail, st.Muted.Render(l))
		}
	} else {
		detail = s.reviewLines(r, w)
	}
	return head, detail, s.reviewFigures(week, w)
}

// reviewListLines is the height of the list of weeks with its heading
// and the blank line under it.
func (s *reflectScreen) reviewListLines() int { return 1 + s.weekRows() + 1 }

// reviewRoom is the height left for the review itself, under the list and
// a head of headLines, above figureLines of figures.
func (s *reflectScreen) reviewRoom(headLines, figureLines int) int {
	return max(s.height-s.reviewListLines()-headLines-figureLines, 1)
}

func (s *reflectScreen) reviewLines(r domain.Review, w int) []string {
	st, p := s.sh.styles, s.sh.coach().Review
	out := s.answerLines(p.WentWell, r.WentWell, w)
	out = append(out, s.answerLines(p.Adjust, r.Adjust, w)...)
	out = append(out, st.Label.Render(rfTrunc(p.Focus, w)))
	if r.Focus != "" {
		out = append(out, "  "+st.competency(r.Focus, rfTrunc(content.CompetencyName(s.sh.lang, r.Focus), w-2)))
	} else {
		out = append(out, "  "+st.Faint.Render(s.sh.ui.Reflect.NoFocus))
	}
	return append(out, s.answerLines(p.Notes, r.Notes, w)...)
}

// reviewView is the list of weeks on top, then the selected week's review.
func (s *reflectScreen) reviewView() []string {
	st, t, w := s.sh.styles, s.sh.ui.Reflect, s.width
	lines := []string{st.Heading.Render(rfTrunc(t.PastReviews, w))}
	ws := s.weeks()
	cur := s.sh.today().Week()
	for i := s.weekTop; i < len(ws) && i < s.weekTop+s.weekRows(); i++ {
		r, found := s.reviewOf(ws[i])
		row := ws[i]
		if ws[i] == cur {
			row += "  " + t.ThisWeek
		} else if !found {
			row += "  " + t.NotWritten
		}
		if found {
			if r.Focus != "" {
				row += "  " + content.CompetencyName(s.sh.lang, r.Focus)
			}
			if first := rfFirstLine(r.WentWell); first != "" {
				row += "  " + first
			}
		}
		lines = append(lines, s.listRow(row, i == s.weekCursor, w))
	}
	lines = append(lines, "")
	head, detail, figures := s.reviewParts()
	lines = append(lines, head...)
	lines = append(lines, rfWindow(detail, s.reviewScroll, s.reviewRoom(len(head), len(figures)))...)
	return append(lines, figures...)
}

// listRow draws one row of a list, the selected one highlighted.
func (s *reflectScreen) listRow(text string, selected bool, w int) string {
	st := s.sh.styles
	text = rfTrunc(text, w-2)
	if selected {
		return st.Cursor.Render("> ") + st.Selected.Render(text+strings.Repeat(" ", max(w-2-lipgloss.Width(text), 0)))
	}
	return "  " + text
}
