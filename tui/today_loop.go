package tui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"coach/domain"
	"coach/insight"
	"coach/sanitize"
	"coach/store"
)

// The loop around Today's list: the day before's next step, the coach's
// advice (two lines at most, the whole of it on s), a done task's minutes
// and note (m), and the weekly review's reminder, from Sunday (this
// week's) through the week after (last week's) until it is written (w
// writes it, D dismisses it for that week, stored, so it stays dismissed
// across restarts).

// adviceLines is the most lines the coach's advice takes above the list.
const adviceLines = 2

// topLines are the lines between the day's header and its list.
func (s *todayScreen) topLines() []string {
	st, ui, w := s.sh.styles, s.sh.ui.Today, s.width
	var out []string
	if l := s.dayLine(); l != "" {
		out = append(out, l)
	}
	if s.prevNext != "" {
		out = append(out, withHint(st, st.Label.Render(ui.NextStep), s.prevNext, ui.NextStepHint, w, false))
	}
	if s.advice.Text != "" {
		label := ui.Coach
		room := w - lipgloss.Width(label)
		lines, cut := wrapLines(s.advice.Text, room, adviceLines)
		pad := strings.Repeat(" ", lipgloss.Width(label))
		for i, l := range lines {
			lead := pad
			if i == 0 {
				lead = label
			}
			if i == len(lines)-1 && cut {
				// Room for the key that shows the rest.
				out = append(out, withHint(st, st.Suggestion.Render(lead), l, ui.AdviceMore, w, true))
				continue
			}
			out = append(out, st.Suggestion.Render(lead+l))
		}
	}
	if wk := s.reviewNotice(); wk != "" {
		text := ui.ReviewMissing
		if wk == s.sh.today().Week() {
			text = ui.ReviewDue // Sunday, the review day: this week's
		}
		out = append(out, st.Warning.Render(truncateText(fmt.Sprintf(text, wk), w)))
	}
	if l := s.recallLine(); l != "" {
		out = append(out, st.Recall.Render(truncateText(l, w)))
	}
	return out
}

// withHint is lead and text on one line of width columns, text cut to
// leave room for a muted key hint after it (dropped when room is short).
func withHint(st *styles, lead, text, hint string, width int, suggestion bool) string {
	room := width - lipgloss.Width(lead)
	hint = "  " + hint
	if lipgloss.Width(text)+lipgloss.Width(hint) > room && room-lipgloss.Width(hint) < 20 {
		hint = ""
	}
	text = truncateText(text, max(room-lipgloss.Width(hint), 1))
	if suggestion {
		text = st.Suggestion.Render(text)
	}
	return lead + text + st.Muted.Render(hint)
}

// wrapLines wraps one line of stored text to width columns in at most n
// lines; cut says text was left over, the last line then ending in "…".
func wrapLines(s string, width, n int) (lines []string, cut bool) {
	width = max(width, 10)
	lines = strings.Split(wrapText(sanitize.Line(s), width), "\n")
	if len(lines) > n {
		rest := strings.Join(lines[n-1:], " ")
		return append(lines[:n-1], rest), true
	}
	return lines, false
}

// setAdvice keeps the coach's ranked advice and shows the first that
// Today has no line of its own for: the review has its reminder, which
// stays from Sunday until the review is written.
func (s *todayScreen) setAdvice(ss []insight.Suggestion) {
	s.advices = ss
	s.advice = insight.Suggestion{}
	for _, a := range ss {
		if a.Kind != domain.SuggestReview {
			s.advice = a
			return
		}
	}
}

// reviewNotice is the week whose review is missing, while Today shows
// today and the user has not dismissed it (the store forgets a dismissed
// week; dismissed hides it while that write goes).
func (s *todayScreen) reviewNotice() string {
	if s.unreviewed == "" || s.unreviewed == s.dismissed || s.day != s.sh.today() {
		return ""
	}
	return s.unreviewed
}

// openReviewMsg asks Reflect to open the review of week.
type openReviewMsg struct{ week string }

// loopKey handles the keys of the loop; handled is false for the others.
func (s *todayScreen) loopKey(msg tea.KeyPressMsg) (cmd tea.Cmd, handled bool) {
	k := s.sh.keys
	switch {
	case key.Matches(msg, k.Advice) && s.advice.Text != "":
		s.adviceOpen = true
	case key.Matches(msg, k.NextStep) && s.prevNext != "":
		return s.openForm(s.newTask(strings.Join(strings.Fields(s.prevNext), " "), s.lastComp)), true
	case key.Matches(msg, k.LogTime):
		return s.openCheckIn(), true
	case key.Matches(msg, k.WriteReview) && s.reviewNotice() != "":
		wk := s.reviewNotice()
		return tea.Batch(
			func() tea.Msg { return switchScreenMsg{to: reflectScreenKind} },
			func() tea.Msg { return openReviewMsg{week: wk} }), true
	case key.Matches(msg, k.Dismiss) && s.reviewNotice() != "":
		return s.dismissReview(s.unreviewed), true
	case key.Matches(msg, k.Recall):
		return s.openRecall(), true
	default:
		return nil, false
	}
	return nil, true
}

// dismissReview stores that week's reminder as dismissed, in a command;
// the reload that follows the write no longer brings it, and undo brings
// it back.
func (s *todayScreen) dismissReview(week string) tea.Cmd {
	s.dismissed = week
	text := fmt.Sprintf(s.sh.ui.Today.ReviewDismiss, week)
	return s.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
		prev, err := st.DismissReview(week)
		undo := func(st *store.Store) error { _, err := st.DismissReview(prev); return err }
		return text, undo, err
	})
}

// newTask is a new one-off task titled title, due on the day shown or
// today if that has passed: a next step is something still to do.
func (s *todayScreen) newTask(title, comp string) domain.Task {
	if domain.CompetencyIndex(comp) < 0 || comp == "" {
		comp = s.lastComp
	}
	if len([]rune(title)) > domain.MaxTitle {
		title = string([]rune(title)[:domain.MaxTitle])
	}
	return domain.Task{Title: title, Competency: comp, Repeat: "once", Due: max(s.day, s.sh.today())}
}

// adviceKey handles a key while the whole advice is shown: esc closes it,
// a adds its task in the task form; nothing else happens.
func (s *todayScreen) adviceKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.sh.keys
	switch {
	case key.Matches(msg, k.Back):
		s.adviceOpen = false
	case key.Matches(msg, k.AddAdvice):
		if s.advice.Task == "" {
			return reportErr(errors.New(s.sh.ui.Today.NoAdviceTask))
		}
		s.adviceOpen = false
		return s.openForm(s.newTask(s.advice.Task, s.advice.Competency))
	}
	return nil
}

// adviceView is the whole advice, wrapped, over the list.
func (s *todayScreen) adviceView() string {
	st := s.sh.styles
	w := min(s.width, formMaxWidth)
	var b strings.Builder
	b.WriteString(st.Title.Render(s.sh.ui.Today.AdviceTitle) + "\n\n")
	b.WriteString(indentLines(st.Suggestion.Render(wrapText(sanitize.Line(s.advice.Text), w-4)), "  "))
	return clampWidth(b.String(), s.width)
}

func (s *todayScreen) adviceHelp() []key.Binding {
	k := s.sh.keys
	if s.advice.Task != "" {
		return []key.Binding{k.AddAdvice, k.Back}
	}
	return []key.Binding{k.Back}
}

// Fields of the check-in form.
const (
	cfMinutes = iota
	cfNote
)

// checkInForm edits the minutes and note of one done task on one day.
type checkInForm struct {
	*form
	ci domain.CheckIn
}

func newCheckInForm(sh *shared, title string, ci domain.CheckIn) *checkInForm {
	ui := sh.ui.Today
	minutes := ""
	if ci.Minutes > 0 {
		minutes = strconv.Itoa(ci.Minutes)
	}
	f := newForm(sh, fmt.Sprintf(ui.CheckInTitle, truncateText(title, 40)),
		newTextField(ui.CheckInMinutes, minutes, "", 5),
		newTextField(ui.CheckInNote, ci.Note, "", domain.MaxNote),
	)
	return &checkInForm{form: f, ci: ci}
}

// result reads the form into the check-in, as the store will check it.
func (cf *checkInForm) result(domain.Date) (domain.CheckIn, bool) {
	f, pui := cf.form, cf.sh.ui.Problems
	c := cf.ci
	f.clearErrors()
	c.Minutes = readMinutes(f.fields[cfMinutes], pui)
	c.Note = f.fields[cfNote].value()
	if f.hasErrors() {
		return c, false
	}
	if _, err := domain.CleanCheckIn(c); err != nil {
		f.fields[cfNote].err = explain(pui, err, nil)
	}
	return c, !f.hasErrors()
}

// openCheckIn opens the minutes and note of the selected task, when it is
// done on the day shown.
func (s *todayScreen) openCheckIn() tea.Cmd {
	it, ok := s.selected()
	if !ok {
		return nil
	}
	if !it.Done {
		return reportErr(errors.New(s.sh.ui.Today.NotTicked))
	}
	ci := it.CheckIn
	ci.TaskID, ci.Date = it.Task.ID, s.day
	s.logForm = newCheckInForm(s.sh, it.Task.Title, ci)
	s.logForm.SetSize(min(s.width, formMaxWidth), s.height)
	return s.logForm.setFocus(0)
}

// updateCheckIn gives the open check-in form a key; a good submit writes
// the check-in, and its undo puts the one it replaced back.
func (s *todayScreen) updateCheckIn(msg tea.KeyPressMsg) tea.Cmd {
	prev := s.logForm.ci
	title := truncateText(s.logForm.title, 60)
	if it, ok := s.selected(); ok {
		title = truncateText(it.Task.Title, 60)
	}
	ui := s.sh.ui.Today
	closed, cmd := submitForm(s.logForm, msg, s.sh.today(), func(c domain.CheckIn) tea.Cmd {
		return s.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
			_, err := st.SetDone(c)
			undo := func(st *store.Store) error { _, err := st.SetDone(prev); return err }
			return fmt.Sprintf(ui.CheckInSaved, title), undo, err
		})
	})
	if closed {
		s.logForm = nil
	}
	return cmd
}

// minutesMeta is the minutes a task shows in the list: those spent once
// it is done, those planned until then.
func (s *todayScreen) minutesMeta(it store.DueItem) []string {
	m := it.Task.Minutes
	if it.Done {
		m = it.CheckIn.Minutes
	}
	if m <= 0 {
		return nil
	}
	return []string{s.sh.ui.Today.MinutesText(m)}
}

// noteMeta is the note of a done task's check-in, on one line.
func (s *todayScreen) noteMeta(it store.DueItem) []string {
	if n := strings.TrimSpace(sanitize.Line(it.CheckIn.Note)); it.Done && n != "" {
		return []string{"“" + truncateText(n, max(s.width/4, 10)) + "”"}
	}
	return nil
}
