package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// goalRow is a goal with what the list shows about it.
type goalRow struct {
	goal domain.Goal
	fig  domain.Figures
	sum  store.GoalSummary
}

// goalsScreen lists goals by competency with their progress; enter opens
// one goal's detail.
type goalsScreen struct {
	sh            *shared
	rows          []goalRow
	done          map[uint64][]domain.Date // check-ins of the last 28 days
	showAll       bool
	cursor        int
	offset        int
	detail        bool
	task          int            // the cursor over the detail's tasks
	habit         *habitHistory  // a habit's history, open over the detail
	history       *store.History // from the latest report, for a habit's history
	form          *goalForm
	loaded        bool
	width, height int
}

func newGoalsScreen(sh *shared) screen { return &goalsScreen{sh: sh} }

type goalsLoadedMsg struct {
	rows []goalRow
	done map[uint64][]domain.Date
	err  error
}

func (s *goalsScreen) Init() tea.Cmd { return s.load() }

// load reads the goals' summaries and the recent check-ins and counts
// each goal's figures, all in a command.
func (s *goalsScreen) load() tea.Cmd {
	st, today := s.sh.store, s.sh.today()
	return func() tea.Msg {
		sums, cs, err := st.GoalSummaries(today-domain.Window+1, today)
		if err != nil {
			return goalsLoadedMsg{err: err}
		}
		done := map[uint64][]domain.Date{}
		for _, c := range cs {
			done[c.TaskID] = append(done[c.TaskID], c.Date)
		}
		var rows []goalRow
		for _, c := range domain.Competencies {
			for _, sum := range sums {
				if sum.Goal.Competency != c {
					continue
				}
				rows = append(rows, goalRow{goal: sum.Goal, fig: sum.Figures(done, today), sum: sum})
			}
		}
		return goalsLoadedMsg{rows: rows, done: done}
	}
}

func (s *goalsScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	if s.form != nil {
		s.form.SetSize(min(w, formMaxWidth), h)
	}
	if s.habit != nil {
		s.habit.SetSize(w, h)
	}
}

func (s *goalsScreen) Capturing() bool { return s.form != nil }

// visible is the rows the list shows: active goals, or all with showAll.
func (s *goalsScreen) visible() []goalRow {
	if s.showAll {
		return s.rows
	}
	var out []goalRow
	for _, r := range s.rows {
		if r.goal.Status == domain.StatusActive {
			out = append(out, r)
		}
	}
	return out
}

func (s *goalsScreen) selected() (goalRow, bool) {
	v := s.visible()
	if s.cursor < 0 || s.cursor >= len(v) {
		return goalRow{}, false
	}
	return v[s.cursor], true
}

func (s *goalsScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case goalsLoadedMsg:
		if msg.err != nil {
			return s, reportErr(msg.err)
		}
		s.rows, s.done, s.loaded = msg.rows, msg.done, true
		s.cursor = max(0, min(s.cursor, len(s.visible())-1))
		s.task = max(0, min(s.task, len(s.detailTasks())-1))
		return s, nil
	case habitLoadedMsg:
		return s, s.showHabit(msg)
	case reportMsg:
		// Every change brings a new report: an open habit's history
		// takes its data from it.
		if msg.err != nil {
			return s, nil
		}
		h := msg.history
		s.history = &h
		if s.habit != nil {
			return s, s.showHabit(habitLoadedMsg{id: s.habit.task.ID, history: h})
		}
		return s, nil
	case dataChangedMsg, dayChangedMsg:
		return s, s.load()
	case tea.MouseWheelMsg:
		if msg.Button == tea.MouseWheelUp {
			s.move(-1)
		} else if msg.Button == tea.MouseWheelDown {
			s.move(1)
		}
		return s, nil
	case tea.KeyPressMsg:
		switch {
		case s.form != nil:
			return s, s.updateForm(msg)
		case s.habit != nil:
			cmd, back := s.habit.Update(msg)
			if back {
				s.habit = nil
			}
			return s, cmd
		}
		return s, s.handleKey(msg)
	}
	if s.form != nil {
		_, cmd := s.form.Update(msg)
		return s, cmd
	}
	return s, nil
}

func (s *goalsScreen) move(n int) {
	if s.detail {
		s.task = max(0, min(s.task+n, len(s.detailTasks())-1))
		return
	}
	s.cursor = max(0, min(s.cursor+n, len(s.visible())-1))
	s.task = 0
}

func (s *goalsScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.sh.keys
	if s.detail && key.Matches(msg, k.Back) {
		s.detail = false
		return nil
	}
	switch {
	case key.Matches(msg, k.Up):
		s.move(-1)
	case key.Matches(msg, k.Down):
		s.move(1)
	case key.Matches(msg, k.Top):
		s.move(-len(s.rows) - len(s.detailTasks()))
	case key.Matches(msg, k.Bottom):
		s.move(len(s.rows) + len(s.detailTasks()))
	case s.detail && key.Matches(msg, k.History):
		return s.openHabit()
	case key.Matches(msg, k.Open):
		if _, ok := s.selected(); ok {
			s.detail, s.task = true, 0
		}
	case key.Matches(msg, k.CountMore):
		return s.count(1)
	case key.Matches(msg, k.CountLess):
		return s.count(-1)
	case key.Matches(msg, k.Onboard):
		return func() tea.Msg { return openWelcomeMsg{} }
	case key.Matches(msg, k.ShowAll):
		s.showAll = !s.showAll
		s.cursor = 0
	case key.Matches(msg, k.Add):
		comp := domain.Learning
		if r, ok := s.selected(); ok {
			comp = r.goal.Competency
		}
		return s.openForm(domain.Goal{Competency: comp})
	case key.Matches(msg, k.Edit):
		if r, ok := s.selected(); ok {
			return s.openForm(r.goal)
		}
	case key.Matches(msg, k.Complete):
		return s.setSelectedStatus(domain.StatusDone)
	case key.Matches(msg, k.Reopen):
		return s.setSelectedStatus(domain.StatusActive)
	case key.Matches(msg, k.Archive):
		if r, ok := s.selected(); ok {
			question := askAbout(s.sh.ui.Goals.ArchiveConfirm, r.goal.Title, s.width)
			return ask(question, func() tea.Cmd { return s.setStatus(r.goal, domain.StatusArchived) })
		}
	}
	return nil
}

func (s *goalsScreen) openForm(g domain.Goal) tea.Cmd {
	s.form = newGoalForm(s.sh, g)
	s.form.SetSize(min(s.width, formMaxWidth), s.height)
	return s.form.setFocus(0)
}

func (s *goalsScreen) updateForm(msg tea.KeyPressMsg) tea.Cmd {
	old := s.form.goal
	closed, cmd := submitForm(s.form, msg, s.sh.today(), func(g domain.Goal) tea.Cmd { return s.save(old, g) })
	if closed {
		s.form = nil
	}
	return cmd
}

func (s *goalsScreen) save(old, g domain.Goal) tea.Cmd {
	ui := s.sh.ui.Goals
	if old.ID == 0 {
		return s.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
			added, err := st.AddGoal(g)
			title := truncateText(added.Title, 60)
			undo := func(st *store.Store) error { return unaddGoal(st, added.ID, fmt.Sprintf(ui.UndoArchived, title)) }
			return fmt.Sprintf(ui.Added, title), undo, err
		})
	}
	return s.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
		saved, err := st.UpdateGoal(g)
		undo := func(st *store.Store) error { _, err := st.UpdateGoal(old); return err }
		return fmt.Sprintf(ui.Edited, truncateText(saved.Title, 60)), undo, err
	})
}

// setSelectedStatus completes or reopens the selected goal.
func (s *goalsScreen) setSelectedStatus(status string) tea.Cmd {
	if r, ok := s.selected(); ok {
		return s.setStatus(r.goal, status)
	}
	return nil
}

// setStatus completes, archives or reopens goal g.
func (s *goalsScreen) setStatus(g domain.Goal, status string) tea.Cmd {
	if g.Status == status {
		return nil
	}
	ui := s.sh.ui.Goals
	text := map[string]string{domain.StatusDone: ui.Completed, domain.StatusArchived: ui.Archived, domain.StatusActive: ui.Reopened}[status]
	id, prev, title := g.ID, g.Status, truncateText(g.Title, 60)
	return s.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
		_, err := st.SetGoalStatus(id, status)
		undo := func(st *store.Store) error { _, err := st.SetGoalStatus(id, prev); return err }
		return fmt.Sprintf(text, title), undo, err
	})
}

func (s *goalsScreen) View() string {
	if s.form != nil {
		return s.form.View()
	}
	if s.habit != nil {
		return s.habit.View()
	}
	st := s.sh.styles
	ui := s.sh.ui.Goals
	var out string
	switch {
	case !s.loaded:
		out = st.Muted.Render(s.sh.ui.Common.Loading)
	case len(s.visible()) == 0:
		out = "\n  " + ui.Empty
		if s.showAll {
			out += "\n  " + st.Faint.Render(ui.ShowAll)
		}
	case s.detail:
		r, _ := s.selected()
		out = s.detailView(r)
	default:
		out = s.listView()
	}
	return clampWidth(out, s.width)
}

func (s *goalsScreen) listView() string {
	st := s.sh.styles
	type line struct {
		text string
		row  int
	}
	var lines []line
	last := ""
	fw := s.figureColumn()
	for i, r := range s.visible() {
		if c := r.goal.Competency; c != last {
			if last != "" {
				lines = append(lines, line{"", -1})
			}
			lines = append(lines, line{st.competency(c, content.CompetencyName(s.sh.lang, c)), -1})
			last = c
		}
		lines = append(lines, line{s.rowLine(i, r, fw), i})
	}
	if s.showAll {
		lines = append([]line{{st.Faint.Render(s.sh.ui.Goals.ShowAll), -1}}, lines...)
	}
	h := max(s.height, 1)
	cur := 0
	for i, l := range lines {
		if l.row == s.cursor {
			cur = i
		}
	}
	s.offset = keepVisible(s.offset, cur, h, len(lines), 1)
	var b strings.Builder
	for i := s.offset; i < len(lines) && i < s.offset+h; i++ {
		if i > s.offset {
			b.WriteString("\n")
		}
		b.WriteString(lines[i].text)
	}
	return b.String()
}

// noteWidth is the column of target notes, and figWidth that of the
// labelled figures, so the bars and notes line up; a target's figure
// ("17/40 graph problems") may widen the column up to maxFigWidth.
const (
	noteWidth   = 18
	figWidth    = 18
	maxFigWidth = 28
)

// figureColumn is the width of the figures of the rows shown. It widens
// only while titles keep 30 columns beside the bar and the note.
func (s *goalsScreen) figureColumn() int {
	w := figWidth
	for _, r := range s.visible() {
		w = max(w, lipgloss.Width(s.sh.ui.Goals.Figure(r.fig)))
	}
	const beside = 2 + 1 + 10 + 1 + 2 + noteWidth + 1 + 30 // prefix, bar, note, gaps, a title
	return max(figWidth, min(w, maxFigWidth, s.width-beside))
}

// rowLine is "› title ……  ████░░ habits 40% (28 d)  12 days left".
func (s *goalsScreen) rowLine(i int, r goalRow, figCol int) string {
	st := s.sh.styles
	prefix := "  "
	if i == s.cursor {
		prefix = st.Cursor.Render("› ")
	}
	// A narrow screen drops the note, then shortens the figure, before
	// the title falls under minTitle: every row keeps the same columns.
	const minTitle = 8
	free := s.width - 2 - 1 - 11 - 1 - minTitle // prefix, gap, bar, space
	fw, nw := figCol, noteWidth
	if free < fw+2+nw {
		nw = 0
	}
	fw = max(min(fw, free), 1)
	right := " " + bar(st, r.fig.Share(), 10) + " " + padRight(truncateText(s.sh.ui.Goals.Figure(r.fig), fw), fw)
	if nw > 0 {
		note := s.targetNote(r.goal)
		if r.goal.Status != domain.StatusActive {
			note = s.sh.ui.Goals.StatusName(r.goal.Status)
		}
		right += "  " + st.Muted.Render(padRight(truncateText(note, nw), nw))
	}
	room := s.width - 2 - lipgloss.Width(right) - 1
	title := truncateText(r.goal.Title, max(room, 8))
	pad := max(room-lipgloss.Width(title), 0)
	if i == s.cursor {
		title = st.Selected.Render(title)
	}
	return prefix + title + strings.Repeat(" ", pad) + right
}

// targetNote says how far the target date is.
func (s *goalsScreen) targetNote(g domain.Goal) string {
	ui := s.sh.ui.Goals
	if g.Target.IsZero() {
		return ""
	}
	switch left := int(g.Target - s.sh.today()); {
	case left == 0:
		return ui.TargetToday
	case left == 1:
		return ui.OneDayLeft
	case left == -1:
		return ui.OneDayOverdue
	case left < 0:
		return fmt.Sprintf(ui.Overdue, -left)
	default:
		return fmt.Sprintf(ui.DaysLeft, left)
	}
}

func (s *goalsScreen) ShortHelp() []key.Binding {
	k := s.sh.keys
	switch {
	case s.form != nil:
		return s.form.help()
	case s.habit != nil:
		return s.habit.ShortHelp()
	case s.detail:
		return []key.Binding{k.Back, k.History, k.Count, k.Edit, k.Complete, k.Archive}
	}
	return []key.Binding{k.Open, k.Add, k.Edit, k.Complete, k.Archive, k.ShowAll}
}

func (s *goalsScreen) FullHelp() [][]key.Binding {
	k := s.sh.keys
	switch {
	case s.form != nil:
		return [][]key.Binding{s.ShortHelp(), append([]key.Binding{k.PrevField}, s.form.saveKeys()...)}
	case s.habit != nil:
		return s.habit.FullHelp()
	case s.detail:
		return [][]key.Binding{
			{k.Up, k.Down, k.History, k.Back},
			{k.Count, k.Edit, k.Complete, k.Archive, k.Reopen},
			{k.Undo},
		}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom},
		{k.Open, k.Back, k.Add, k.Edit, k.Count},
		{k.Complete, k.Archive, k.Reopen, k.ShowAll, k.Onboard, k.Undo},
	}
}
