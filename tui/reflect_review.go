package tui

import (
	"slices"
	"sort"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
	"coach/insight"
	"coach/store"
)

// reviewModel is the Reflect screen's weekly reviews: the list of weeks
// (this week and the last few, then every older reviewed week) over the
// selected week's review and figures. A review is edited in a form and
// saved per ISO week.
type reviewModel struct {
	*reflectCommon
	reviews       []domain.Review
	reviewsLoaded bool
	journalStart  domain.Date                    // weeks before it are not offered for a review
	history       *store.History                 // from the latest report, for the week's figures
	figures       map[string]insight.WeekFigures // by ISO week, computed in Update
	readingAll    bool                           // a week before history.From is reading the whole history
	weekCursor    int
	weekTop       int
	reviewScroll  int
}

// reviewsLoadedMsg carries every weekly review, newest first, and the
// journal's first day.
type reviewsLoadedMsg struct {
	rs    []domain.Review
	start domain.Date
	err   error
}

// recentWeeks is how many weeks before this one the list always offers,
// so a missed review can still be written.
const recentWeeks = 8

func newReviewModel(c *reflectCommon) *reviewModel { return &reviewModel{reflectCommon: c} }

func (v *reviewModel) load() tea.Cmd {
	st := v.sh.store
	return func() tea.Msg {
		rs, err := st.Reviews()
		if err != nil {
			return reviewsLoadedMsg{err: err}
		}
		start, found, err := st.JournalStart()
		if !found {
			start = domain.MaxDate // an empty journal: only this week
		}
		return reviewsLoadedMsg{rs: rs, start: start, err: err}
	}
}

// resized follows the screen's new size.
func (v *reviewModel) resized() { v.moveWeek(v.weekCursor) }

func (v *reviewModel) Capturing() bool { return false }

func (v *reviewModel) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case reviewsLoadedMsg:
		if msg.err != nil {
			return reportErr(msg.err)
		}
		v.reviews, v.journalStart, v.reviewsLoaded = msg.rs, msg.start, true
		v.moveWeek(v.weekCursor)
	case reportMsg:
		if msg.err == nil {
			h := msg.history
			v.history, v.figures, v.readingAll = &h, map[string]insight.WeekFigures{}, false
		}
	case weekFiguresMsg:
		return v.figuresDone(msg)
	case tea.KeyPressMsg:
		return v.handleKey(msg)
	}
	return nil
}

// weeks lists the weeks offered, newest first: this week, the
// recentWeeks before it that the journal reaches, and every reviewed week.
func (v *reviewModel) weeks() []string {
	mon := v.sh.today().Monday()
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for i := range recentWeeks + 1 {
		if d := mon - domain.Date(7*i); i == 0 || d.InRange() && d+6 >= v.journalStart {
			add(d.Week())
		}
	}
	for _, r := range v.reviews {
		add(r.Week)
	}
	// ISO weeks as text sort by time; a damaged key cannot reach here.
	sort.Sort(sort.Reverse(sort.StringSlice(out)))
	return out
}

// openWeek selects week and opens its review, if the list offers it.
func (v *reviewModel) openWeek(week string) tea.Cmd {
	v.moveWeek(slices.Index(v.weeks(), week))
	if v.selectedWeek() != week {
		return nil
	}
	return v.edit()
}

func (v *reviewModel) selectedWeek() string {
	ws := v.weeks()
	return ws[min(max(v.weekCursor, 0), len(ws)-1)]
}

func (v *reviewModel) reviewOf(week string) (domain.Review, bool) {
	for _, r := range v.reviews {
		if r.Week == week {
			return r, true
		}
	}
	return domain.Review{Week: week}, false
}

// weekRows is the height of the list of weeks.
func (v *reviewModel) weekRows() int {
	return max(min(len(v.weeks()), max(3, (v.height-2)/3)), 1)
}

func (v *reviewModel) moveWeek(to int) {
	n := len(v.weeks())
	to = min(max(to, 0), n-1)
	if to != v.weekCursor {
		v.reviewScroll = 0
	}
	v.weekCursor = to
	v.weekTop = keepVisible(v.weekTop, v.weekCursor, v.weekRows(), n, 0)
}

func (v *reviewModel) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := v.sh.keys
	switch {
	case key.Matches(msg, k.EditEntry):
		return v.edit()
	case key.Matches(msg, k.Back, k.Review):
		return v.nav.show(reflectDay)
	case key.Matches(msg, k.Past):
		return v.nav.show(reflectPast)
	case key.Matches(msg, k.Delete):
		return v.askDiscard(rfReviewKey(v.selectedWeek()))
	case key.Matches(msg, k.Up):
		v.moveWeek(v.weekCursor - 1)
	case key.Matches(msg, k.Down):
		v.moveWeek(v.weekCursor + 1)
	case key.Matches(msg, k.Top):
		v.moveWeek(0)
	case key.Matches(msg, k.Bottom):
		v.moveWeek(len(v.weeks()) - 1)
	case key.Matches(msg, k.PageUp, k.PageDown):
		head, detail, figures := v.parts()
		v.reviewScroll = rfScrollKey(msg, k, v.reviewScroll, len(detail), v.room(len(head), len(figures)))
	}
	return nil
}

// edit opens the selected week's form: its draft when there is one, else
// the stored review.
func (v *reviewModel) edit() tea.Cmd {
	if !v.reviewsLoaded {
		return nil
	}
	week := v.selectedWeek()
	f := v.drafts[rfReviewKey(week)]
	if f == nil {
		r, _ := v.reviewOf(week)
		f = newReviewForm(v.sh, r)
		v.drafts[f.key()] = f
	}
	return v.nav.openForm(f)
}

// saved shows a review just written before the reload confirms it.
func (v *reviewModel) saved(r domain.Review) {
	for i := range v.reviews {
		if v.reviews[i].Week == r.Week {
			v.reviews[i] = r
			return
		}
	}
	v.reviews = append(v.reviews, r)
	for i := len(v.reviews) - 1; i > 0 && v.reviews[i].Week > v.reviews[i-1].Week; i-- {
		v.reviews[i], v.reviews[i-1] = v.reviews[i-1], v.reviews[i]
	}
}

// parts is the selected week: heading and notes, its review (it scrolls)
// and its figures.
func (v *reviewModel) parts() (head, detail, figures []string) {
	st, w := v.sh.styles, v.width
	week := v.selectedWeek()
	head = append([]string{st.Heading.Render(truncateText(v.weekHeading(week), w))}, v.notes(rfReviewKey(week))...)
	if !v.reviewsLoaded {
		return head, []string{st.Muted.Render(v.sh.ui.Common.Loading)}, nil
	}
	if r, found := v.reviewOf(week); found {
		detail = v.reviewLines(r, w)
	} else {
		detail = rfStyleLines(st.Muted.Render, rfWrap(v.sh.ui.Reflect.ReviewEmpty, w))
	}
	return head, detail, v.reviewFigures(week, w)
}

// listLines is the height of the list of weeks with its heading and the
// blank line under it.
func (v *reviewModel) listLines() int { return 1 + v.weekRows() + 1 }

// room is the height left for the review itself, under the list and a
// head of headLines, above figureLines of figures.
func (v *reviewModel) room(headLines, figureLines int) int {
	return max(v.height-v.listLines()-headLines-figureLines, 1)
}

func (v *reviewModel) reviewLines(r domain.Review, w int) []string {
	st, p := v.sh.styles, v.sh.coach().Review
	out := v.answerLines(p.WentWell, r.WentWell, w)
	out = append(out, v.answerLines(p.Adjust, r.Adjust, w)...)
	out = append(out, st.Label.Render(truncateText(p.Focus, w)))
	if r.Focus != "" {
		out = append(out, "  "+st.competency(r.Focus, truncateText(content.CompetencyName(v.sh.lang, r.Focus), w-2)))
	} else {
		out = append(out, "  "+st.Faint.Render(v.sh.ui.Reflect.NoFocus))
	}
	return append(out, v.answerLines(p.Notes, r.Notes, w)...)
}

// View is the list of weeks on top, then the selected week's review.
func (v *reviewModel) View() []string {
	st, t, w := v.sh.styles, v.sh.ui.Reflect, v.width
	lines := []string{st.Heading.Render(truncateText(t.PastReviews, w))}
	ws := v.weeks()
	cur := v.sh.today().Week()
	for i := v.weekTop; i < len(ws) && i < v.weekTop+v.weekRows(); i++ {
		r, found := v.reviewOf(ws[i])
		row := ws[i]
		if ws[i] == cur {
			row += "  " + t.ThisWeek
		} else if !found {
			row += "  " + t.NotWritten
		}
		if found {
			if r.Focus != "" {
				row += "  " + content.CompetencyName(v.sh.lang, r.Focus)
			}
			if first := rfFirstLine(r.WentWell); first != "" {
				row += "  " + first
			}
		}
		lines = append(lines, v.listRow(row, i == v.weekCursor, w))
	}
	lines = append(lines, "")
	head, detail, figures := v.parts()
	lines = append(lines, head...)
	lines = append(lines, rfWindow(detail, v.reviewScroll, v.room(len(head), len(figures)))...)
	return append(lines, figures...)
}

func (v *reviewModel) ShortHelp() []key.Binding {
	k := v.sh.keys
	return []key.Binding{k.Up, k.Down, k.EditEntry, k.Back}
}

func (v *reviewModel) FullHelp() [][]key.Binding {
	k := v.sh.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.EditEntry, k.Delete, k.Back, k.Review, k.Past},
	}
}
