package tui

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"coach/content"
	"coach/domain"
	"coach/insight"
	"coach/store"
)

// todayScreen is the daily check-in: the tasks due on the shown day,
// grouped by competency.
type todayScreen struct {
	sh            *shared
	day           domain.Date
	items         []store.DueItem
	goals         []domain.Goal
	lastComp      string
	emptyDB       bool
	loaded        bool
	cursor        int
	offset        int // first visible row of the list
	width, height int
	form          *taskForm
	advice        insight.Suggestion   // the advice shown: the first of advices Today has no line of its own for
	advices       []insight.Suggestion // the coach's ranked advice, from the latest report
	reported      bool                 // a report came: it brings the advice from now on
	adviceOpen    bool                 // the whole advice is shown
	prevNext      string               // the next step written the day before the shown day
	unreviewed    string               // last week, when its review is missing
	dismissed     string               // the missing review dismissed, hidden before the store says so
	logForm       *checkInForm         // a done task's minutes and note, while open
	recallDue     int                  // cards today's recall session holds
	recall        *recallSession       // open over the list, or nil
	history       store.History        // the latest report's, for a session's cues
	week          store.DayWeek        // the habits' last days, the day's reflection and review
	filter        textinput.Model      // the list's filter (/), kept after enter
	filtering     bool                 // the filter field has the keys
}

func newTodayScreen(sh *shared) screen {
	return &todayScreen{sh: sh, day: sh.today(), lastComp: domain.Learning, filter: newTodayFilter(sh)}
}

// todayLoadedMsg carries what the Today screen shows for one day.
type todayLoadedMsg struct {
	day      domain.Date
	items    []store.DueItem
	goals    []domain.Goal
	lastComp string
	emptyDB  bool
	advices  []insight.Suggestion // the coach's ranked advice, with the first load only
	prevNext string
	reviewOf string // last week, when its review is missing
	recall   int    // cards today's recall session holds
	week     store.DayWeek
	err      error
}

func (s *todayScreen) Init() tea.Cmd { return s.load() }

// load reads the shown day in a command. Until the first report comes
// (Progress computes one at start and after every change), it also reads
// the habits, in the same transaction, for the advice of the first frame.
func (s *todayScreen) load() tea.Cmd {
	st, day, today := s.sh.store, s.day, s.sh.today()
	lang, advise := s.sh.lang, !s.reported
	return func() tea.Msg {
		var d store.Day
		var h store.Habits
		var err error
		if advise {
			d, h, err = st.FirstDay(day, today)
		} else {
			d, err = st.Day(day, today)
		}
		m := todayLoadedMsg{day: day, items: d.Items, goals: d.ActiveGoals, lastComp: d.LastCompetency, emptyDB: d.Empty,
			prevNext: d.PrevNext, reviewOf: d.UnreviewedWeek, week: d.DayWeek, err: err}
		if err == nil && day == today {
			// From the index of due days: no scan of the journal. Only
			// today shows it, so another day reads nothing.
			m.recall, m.err = st.RecallDueCount(today)
		}
		if advise && err == nil && !d.Empty {
			m.advices = insight.Advice(h, today, lang)
		}
		return m
	}
}

func (s *todayScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.sizeFilter()
	if s.form != nil {
		s.form.SetSize(min(w, formMaxWidth), h)
	}
	if s.logForm != nil {
		s.logForm.SetSize(min(w, formMaxWidth), h)
	}
	if s.recall != nil {
		s.recall.SetSize(w, h)
	}
}

func (s *todayScreen) Capturing() bool {
	return s.form != nil || s.adviceOpen || s.logForm != nil || s.recall != nil || s.filtering
}

func (s *todayScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case todayLoadedMsg:
		if msg.day != s.day {
			return s, nil // a stale load for a day no longer shown
		}
		if msg.err != nil {
			return s, reportErr(msg.err)
		}
		s.items, s.goals, s.lastComp, s.emptyDB, s.loaded = msg.items, msg.goals, msg.lastComp, msg.emptyDB, true
		s.prevNext, s.unreviewed, s.recallDue, s.week = msg.prevNext, msg.reviewOf, msg.recall, msg.week
		if s.unreviewed == "" {
			s.dismissed = "" // the store has it now; an undo may bring the line back
		}
		if len(msg.advices) > 0 {
			s.setAdvice(msg.advices)
		}
		s.cursor = min(s.cursor, max(len(s.items)-1, 0))
		s.snapCursor()
		return s, nil
	case reportMsg:
		if msg.err == nil {
			s.reported = true
			if len(msg.report.Suggestions) > 0 {
				s.setAdvice(msg.report.Suggestions)
			}
			s.history = msg.history
			if s.recall != nil {
				s.recall.setHistory(msg.history)
			}
		}
		return s, nil
	case recallLoadedMsg:
		return s, s.recallLoaded(msg)
	case dataChangedMsg:
		return s, s.load()
	case dayChangedMsg:
		if s.day == msg.from {
			s.day = msg.to
		}
		return s, s.load()
	case tea.MouseWheelMsg:
		if s.recall != nil {
			s.recall.scrollBy(wheelStep(msg))
			return s, nil
		}
		if msg.Button == tea.MouseWheelUp {
			s.move(-1)
		} else if msg.Button == tea.MouseWheelDown {
			s.move(1)
		}
		return s, nil
	case tea.BackgroundColorMsg:
		s.filter.SetStyles(s.sh.styles.filterStyles())
	case tea.PasteMsg:
		if s.filtering && s.form == nil && s.logForm == nil {
			return s, s.filterKey(msg)
		}
	case tea.KeyPressMsg:
		switch {
		case s.form != nil:
			return s, s.updateForm(msg)
		case s.logForm != nil:
			return s, s.updateCheckIn(msg)
		case s.adviceOpen:
			return s, s.adviceKey(msg)
		case s.recall != nil:
			return s, s.recallKey(msg)
		case s.filtering:
			return s, s.filterKey(msg)
		}
		return s, s.handleKey(msg)
	}
	if s.form != nil {
		_, cmd := s.form.Update(msg)
		return s, cmd
	}
	if s.logForm != nil {
		_, cmd := s.logForm.Update(msg)
		return s, cmd
	}
	return s, nil
}

func (s *todayScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := s.loopKey(msg); ok {
		return cmd
	}
	k := s.sh.keys
	switch {
	case key.Matches(msg, k.Up):
		s.move(-1)
	case key.Matches(msg, k.Down):
		s.move(1)
	case key.Matches(msg, k.Top):
		s.move(-len(s.items))
	case key.Matches(msg, k.Bottom):
		s.move(len(s.items))
	case key.Matches(msg, k.Filter):
		return s.startFilter()
	case key.Matches(msg, k.Clear) && s.query() != "":
		s.clearFilter()
	case key.Matches(msg, k.PageUp):
		s.move(-s.listHeight())
	case key.Matches(msg, k.PageDown):
		s.move(s.listHeight())
	case key.Matches(msg, k.PrevDay):
		return s.showDay(s.day.Step(-1))
	case key.Matches(msg, k.NextDay):
		return s.showDay(s.day.Step(1))
	case key.Matches(msg, k.Today):
		return s.showDay(s.sh.today())
	case key.Matches(msg, k.Toggle):
		return s.toggle()
	case key.Matches(msg, k.Add):
		t := domain.Task{Competency: s.lastComp, Repeat: "once", Due: s.day}
		return s.openForm(t)
	case key.Matches(msg, k.Edit, k.Open):
		if it, ok := s.selected(); ok {
			return s.openForm(it.Task)
		}
	case key.Matches(msg, k.Delete):
		if it, ok := s.selected(); ok {
			question := askAbout(s.sh.ui.Today.DeleteConfirm, it.Task.Title, s.width)
			return ask(question, func() tea.Cmd { return s.archive(it) })
		}
	}
	return nil
}

// move steps the cursor n tasks among those the filter shows.
func (s *todayScreen) move(n int) {
	vis := s.visible()
	if len(vis) == 0 {
		return
	}
	at := 0
	for i, it := range vis {
		if it <= s.cursor {
			at = i
		}
	}
	s.cursor = vis[max(0, min(at+n, len(vis)-1))]
}

func (s *todayScreen) showDay(d domain.Date) tea.Cmd {
	if d == s.day {
		return nil
	}
	s.day, s.cursor, s.offset, s.loaded = d, 0, 0, false
	return s.load()
}

func (s *todayScreen) selected() (store.DueItem, bool) {
	if s.cursor < 0 || s.cursor >= len(s.items) || !s.matches(s.items[s.cursor]) {
		return store.DueItem{}, false
	}
	return s.items[s.cursor], true
}

// toggle flips the selected task at once on screen, then writes it.
func (s *todayScreen) toggle() tea.Cmd {
	it, ok := s.selected()
	if !ok {
		return nil
	}
	ui := s.sh.ui.Today
	if s.day > s.sh.today() {
		return reportErr(errors.New(ui.FutureDay))
	}
	item := &s.items[s.cursor]
	item.Done = !item.Done
	t, day := it.Task, s.day
	title := truncateText(t.Title, 60)
	if it.Done {
		prev := it.CheckIn
		return s.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
			_, err := st.SetUndone(t.ID, day)
			return fmt.Sprintf(ui.Untoggled, title), func(st *store.Store) error { _, err := st.SetDone(prev); return err }, err
		})
	}
	c := domain.CheckIn{TaskID: t.ID, Date: day, Minutes: t.Minutes}
	return s.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
		_, err := st.SetDone(c)
		return fmt.Sprintf(ui.Toggled, title), func(st *store.Store) error { _, err := st.SetUndone(t.ID, day); return err }, err
	})
}

func (s *todayScreen) openForm(t domain.Task) tea.Cmd {
	s.form = newTaskForm(s.sh, t, s.goals)
	s.form.SetSize(min(s.width, formMaxWidth), s.height)
	return s.form.setFocus(0)
}

func (s *todayScreen) updateForm(msg tea.KeyPressMsg) tea.Cmd {
	old := s.form.task
	closed, cmd := submitForm(s.form, msg, s.sh.today(), func(t domain.Task) tea.Cmd { return s.save(old, t) })
	if closed {
		s.form = nil
	}
	return cmd
}

// save adds or updates a task; the undo removes the new task or restores
// the old one.
func (s *todayScreen) save(old, t domain.Task) tea.Cmd {
	ui := s.sh.ui.Today
	if old.ID == 0 {
		return s.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
			added, err := st.AddTask(t)
			undo := func(st *store.Store) error { return st.DeleteTask(added.ID) }
			return fmt.Sprintf(ui.Added, truncateText(added.Title, 60)), undo, err
		})
	}
	return s.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
		saved, err := st.UpdateTask(t)
		undo := func(st *store.Store) error { _, err := st.UpdateTask(old); return err }
		return fmt.Sprintf(ui.Edited, truncateText(saved.Title, 60)), undo, err
	})
}

// archive deletes the task asked about from the shown day on; its history
// stays.
func (s *todayScreen) archive(it store.DueItem) tea.Cmd {
	ui := s.sh.ui.Today
	id, on := it.Task.ID, min(s.day, s.sh.today())
	title := truncateText(it.Task.Title, 60)
	return s.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
		_, err := st.ArchiveTask(id, on)
		undo := func(st *store.Store) error { _, err := st.UnarchiveTask(id); return err }
		return fmt.Sprintf(ui.Deleted, title), undo, err
	})
}

// listHeight is the rows left for tasks under the header, the lines above
// the list (one at least) and the blank line before it.
func (s *todayScreen) listHeight() int { return max(s.height-3-max(len(s.topLines()), 1), 1) }

func (s *todayScreen) View() string {
	switch {
	case s.form != nil:
		return s.form.View()
	case s.logForm != nil:
		return s.logForm.View()
	case s.adviceOpen:
		return s.adviceView()
	case s.recall != nil:
		return s.recall.View()
	}
	st := s.sh.styles
	ui := s.sh.ui.Today
	var b strings.Builder
	b.WriteString(s.header() + "\n")
	if top := s.topLines(); len(top) > 0 {
		b.WriteString(strings.Join(top, "\n") + "\n")
	} else {
		b.WriteString("\n")
	}
	vis := s.visible()
	if s.loaded && len(s.items) > 0 {
		b.WriteString(s.stripHeader())
	}
	switch {
	case !s.loaded:
		b.WriteString("\n" + st.Muted.Render(s.sh.ui.Common.Loading))
	case len(s.items) == 0 && s.emptyDB:
		b.WriteString("\n")
		for _, l := range ui.EmptyFirst {
			b.WriteString("  " + l + "\n")
		}
	case len(s.items) == 0:
		b.WriteString("\n  " + st.Muted.Render(ui.EmptyDay))
	case len(vis) == 0:
		b.WriteString("\n  " + st.Muted.Render(fmt.Sprintf(ui.FilterNone, truncateText(s.filter.Value(), 30))))
	default:
		b.WriteString(s.list())
	}
	return clampWidth(b.String(), s.width)
}

// header is the day, its completion and a small bar.
func (s *todayScreen) header() string {
	st := s.sh.styles
	done := 0
	for _, it := range s.items {
		if it.Done {
			done++
		}
	}
	wd := s.sh.ui.Today.Weekdays[s.day.Weekday()]
	head := st.Title.Render(fmt.Sprintf("%s %s", wd, s.day))
	if s.day != s.sh.today() {
		head += st.Warning.Render(fmt.Sprintf("  (%+d)", int(s.day-s.sh.today())))
	}
	if len(s.items) > 0 {
		head += "  " + st.Muted.Render(fmt.Sprintf(s.sh.ui.Today.Progress, done, len(s.items))) + "  " + bar(st, float64(done)/float64(len(s.items)), 12)
	}
	return head
}

// list draws the tasks grouped by competency, scrolled to keep the cursor
// visible.
func (s *todayScreen) list() string {
	st := s.sh.styles
	type row struct {
		text string
		item int // -1 for a heading
	}
	var rows []row
	last := ""
	for i, it := range s.items {
		if !s.matches(it) {
			continue
		}
		if c := it.Task.Competency; c != last {
			rows = append(rows, row{st.competency(c, content.CompetencyName(s.sh.lang, c)), -1})
			last = c
		}
		rows = append(rows, row{s.itemLine(i, it), i})
	}
	h := s.listHeight()
	cursorRow := 0
	for r, rw := range rows {
		if rw.item == s.cursor {
			cursorRow = r
		}
	}
	s.offset = keepVisible(s.offset, cursorRow, h, len(rows), 1)
	var b strings.Builder
	for r := s.offset; r < len(rows) && r < s.offset+h; r++ {
		b.WriteString("\n" + rows[r].text)
	}
	if s.query() == "" {
		b.WriteString(s.moreAdvice(h - len(rows)))
	}
	return b.String()
}

func (s *todayScreen) itemLine(i int, it store.DueItem) string {
	st := s.sh.styles
	t := it.Task
	mark, title := "[ ]", st.Pending
	if it.Done {
		mark, title = "[x]", st.Done
	}
	var meta []string
	if t.Schedule().Recurring() {
		meta = append(meta, s.sh.ui.Today.ScheduleText(t.Repeat))
	} else if t.Due < s.day {
		meta = append(meta, fmt.Sprintf(s.sh.ui.Today.Carried, t.Due))
	}
	meta = append(meta, s.minutesMeta(it)...)
	meta = append(meta, s.noteMeta(it)...)
	metaText := ""
	if len(meta) > 0 {
		metaText = "  " + strings.Join(meta, " · ")
	}
	prefix := "  "
	if i == s.cursor {
		prefix = st.Cursor.Render("› ")
	}
	room := s.width - 2 - 4 - lipgloss.Width(metaText) - 1
	if s.stripShown() {
		room -= stripWidth + 1
	}
	text := truncateText(t.Title, max(room, 10))
	line := mark + " " + text
	if i == s.cursor {
		line = st.Selected.Render(line)
	} else {
		line = title.Render(line)
	}
	styledMeta := st.Muted.Render(metaText)
	if !t.Due.IsZero() && t.Due < s.day && !it.Done {
		styledMeta = st.Overdue.Render(metaText)
	}
	return s.withStrip(prefix+line+styledMeta, it)
}

// bar draws a progress bar of width cells.
func bar(st *styles, frac float64, width int) string {
	full := int(frac*float64(width) + 0.5)
	full = max(0, min(full, width))
	return st.BarFull.Render(strings.Repeat("█", full)) + st.BarEmpty.Render(strings.Repeat("░", width-full))
}

func (s *todayScreen) ShortHelp() []key.Binding {
	k := s.sh.keys
	switch {
	case s.form != nil:
		return s.form.help()
	case s.logForm != nil:
		return []key.Binding{k.NextField, s.logForm.saveKey(), k.Cancel}
	case s.adviceOpen:
		return s.adviceHelp()
	case s.recall != nil:
		return s.recall.ShortHelp()
	case s.filtering:
		return []key.Binding{k.KeepFilter, k.Clear}
	}
	return []key.Binding{k.Toggle, k.Add, k.Edit, k.Delete, k.Days, k.Undo}
}

func (s *todayScreen) FullHelp() [][]key.Binding {
	k := s.sh.keys
	if s.form != nil {
		return [][]key.Binding{s.ShortHelp(), append([]key.Binding{k.PrevField}, s.form.saveKeys()...)}
	}
	if s.logForm != nil {
		return [][]key.Binding{s.ShortHelp(), append([]key.Binding{k.PrevField}, s.logForm.saveKeys()...)}
	}
	if s.adviceOpen {
		return [][]key.Binding{s.adviceHelp()}
	}
	if s.recall != nil {
		return s.recall.FullHelp()
	}
	if s.filtering {
		return [][]key.Binding{{k.KeepFilter, k.Clear}}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown, k.Filter},
		{k.Toggle, k.Add, k.Edit, k.Open, k.Delete, k.Undo},
		{k.PrevDay, k.NextDay, k.Today},
		{k.Advice, k.NextStep, k.LogTime, k.WriteReview, k.Dismiss, k.Recall},
	}
}
