package tui

import (
	"fmt"
	"math"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"coach/content"
	"coach/domain"
	"coach/insight"
	"coach/store"
)

// progressScreen shows the heat-map, habits, balance, ratings and a
// sparkline, computed off the UI loop and kept until the data changes.
type progressScreen struct {
	sh            *shared
	report        insight.Report
	loaded        bool
	history       store.History // what the report came from, for a habit's history
	recall        store.RecallStats
	lines         []string      // the laid-out report, drawn a window at a time
	offset        int           // first line shown
	cursor        int           // the selected habit, in report.Tasks
	cursorLine    int           // the line of the selected habit in lines
	habit         *habitHistory // open over the report, or nil
	width, height int
	// the heat-map drawn for heatWidth: moving the habit cursor lays the
	// report out again, and the heat-map was most of that work
	heat      string
	heatWidth int
	// where the habits are in lines, to draw them alone again
	habitsAt, habitsLen int
}

func newProgressScreen(sh *shared) screen {
	return &progressScreen{sh: sh}
}

// Init has nothing to read: the root computes the report every screen
// shares and sends it (see report.go).
func (s *progressScreen) Init() tea.Cmd { return nil }

func (s *progressScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.refresh()
	if s.habit != nil {
		s.habit.SetSize(w, h)
	}
}

func (s *progressScreen) Capturing() bool { return false }

func (s *progressScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case reportMsg:
		if msg.err != nil {
			return s, reportErr(msg.err)
		}
		s.report, s.history, s.recall, s.loaded = msg.report, msg.history, msg.recall, true
		s.heat = ""
		s.cursor = max(min(s.cursor, len(s.report.Tasks)-1), 0)
		s.refresh()
		s.refreshHabit()
		return s, nil
	case tea.BackgroundColorMsg:
		s.refresh()
		return s, nil
	case tea.KeyPressMsg:
		k := s.sh.keys
		if s.habit != nil {
			cmd, back := s.habit.Update(msg)
			if back {
				s.habit = nil
			}
			return s, cmd
		}
		switch {
		case key.Matches(msg, k.History):
			s.openHabit()
		case key.Matches(msg, k.Down):
			s.moveCursor(1)
		case key.Matches(msg, k.Up):
			s.moveCursor(-1)
		case key.Matches(msg, k.PageDown):
			s.scroll(s.height)
		case key.Matches(msg, k.PageUp):
			s.scroll(-s.height)
		case key.Matches(msg, k.Top):
			s.offset = 0
		case key.Matches(msg, k.Bottom):
			s.scroll(len(s.lines))
		}
		return s, nil
	case tea.MouseWheelMsg:
		if msg.Button == tea.MouseWheelUp {
			s.scroll(-3)
		} else if msg.Button == tea.MouseWheelDown {
			s.scroll(3)
		}
	}
	return s, nil
}

// scroll moves the window by n lines, within the report.
func (s *progressScreen) scroll(n int) {
	s.offset = max(0, min(s.offset+n, len(s.lines)-s.height))
}

// refresh lays the report out for the current size; View only shows it.
func (s *progressScreen) refresh() {
	if !s.loaded || s.width == 0 {
		return
	}
	s.lines = strings.Split(s.render(), "\n")
	s.scroll(0)
}

func (s *progressScreen) View() string {
	if s.habit != nil {
		return s.habit.View()
	}
	if !s.loaded {
		return s.sh.styles.Muted.Render(s.sh.ui.Common.Loading)
	}
	end := min(s.offset+s.height, len(s.lines))
	return strings.Join(s.lines[s.offset:end], "\n")
}

func (s *progressScreen) render() string {
	st := s.sh.styles
	ui := s.sh.ui.Coach
	r := s.report
	parts := []string{
		s.streakAndRatings(),
		st.Faint.Render(wrapText(ui.StreakWhy, max(s.width, 1))),
		st.Muted.Render(truncateText(fmt.Sprintf(ui.Perfect, r.PerfectDays.Streak, r.PerfectDays.Days28), s.width)),
		"",
		st.Heading.Render(ui.Heatmap),
		s.cachedHeatmap(),
		"",
		st.Heading.Render(ui.Habits),
	}
	above := lipgloss.Height(strings.Join(parts, "\n"))
	habits := s.habits()
	s.habitsAt, s.habitsLen = above, lipgloss.Height(habits)
	parts = append(parts,
		habits,
		"",
		st.Heading.Render(ui.Balance),
		s.balance(),
		"",
		st.Heading.Render(ui.Last30)+"  "+sparkline(st, r.Last30),
	)
	if s.recall.Cards > 0 {
		parts = append(parts, "", st.Heading.Render(s.sh.ui.Recall.Heading), s.recallFigures())
	}
	s.cursorLine += above
	return clampWidth(strings.Join(parts, "\n"), s.width)
}

// streakAndRatings is the day streak and the mean ratings on one line, or
// on two when one would not hold them.
func (s *progressScreen) streakAndRatings() string {
	streak := s.sh.styles.Title.Render(fmt.Sprintf(s.sh.ui.Coach.DayStreak, s.report.DayStreak))
	ratings := s.ratings()
	if line := streak + "   " + ratings; lipgloss.Width(line) <= s.width {
		return line
	}
	return streak + "\n" + ratings
}

func (s *progressScreen) ratings() string {
	st := s.sh.styles
	ui := s.sh.ui.Coach
	m := s.report.RatingMean
	var out []string
	for _, p := range []struct {
		label string
		v     *float64
	}{{ui.Period7, m.D7}, {ui.Period30, m.D30}, {ui.Period365, m.D365}} {
		if p.v != nil {
			out = append(out, fmt.Sprintf(ui.Mean, p.label, *p.v))
		}
	}
	if len(out) == 0 {
		return st.Muted.Render(ui.RatingsOf + ui.NoRating)
	}
	return st.Muted.Render(ui.RatingsOf) + strings.Join(out, " · ")
}

// redrawHabits draws the habits again in place, for a move of the
// cursor, which changes nothing else of the laid-out report.
func (s *progressScreen) redrawHabits() {
	if s.habitsAt+s.habitsLen > len(s.lines) {
		s.refresh()
		return
	}
	habits := strings.Split(clampWidth(s.habits(), s.width), "\n")
	if len(habits) != s.habitsLen {
		s.refresh()
		return
	}
	copy(s.lines[s.habitsAt:], habits)
	s.cursorLine += s.habitsAt
}

func (s *progressScreen) cachedHeatmap() string {
	if s.heat == "" || s.heatWidth != s.width {
		s.heat, s.heatWidth = s.heatmap(), s.width
	}
	return s.heat
}

// heatmap draws one column per week and one row per weekday, with month
// labels above, a legend below and today marked.
func (s *progressScreen) heatmap() string {
	st := s.sh.styles
	ui := s.sh.ui.Coach
	days := s.report.Heat
	if len(days) == 0 {
		return ""
	}
	weeks := (len(days) + 6) / 7
	cell := 1
	if s.width >= 4+weeks*2+1 {
		cell = 2
	}
	// Drop the oldest weeks that do not fit; the newest week always shows
	// (a narrower window cuts it).
	if fit := max((s.width-4)/cell, 1); weeks > fit {
		drop := (weeks - fit) * 7
		days, weeks = days[drop:], fit
	}
	label := 4
	var months strings.Builder
	months.WriteString(strings.Repeat(" ", label))
	col := 0
	for w := 0; w < weeks; w++ {
		d := days[w*7].Date.Time()
		if w == 0 || d.Day() <= 7 {
			name := ui.Months[d.Month()-1]
			if w*cell >= col && (w == 0 || w*cell+lipgloss.Width(name) <= weeks*cell) {
				months.WriteString(strings.Repeat(" ", w*cell-col) + name)
				col = w*cell + lipgloss.Width(name) + 1
				months.WriteString(" ")
			}
		}
	}
	rows := []string{st.Muted.Render(strings.TrimRight(months.String(), " "))}
	today := s.sh.today()
	for wd := 0; wd < 7; wd++ {
		var b strings.Builder
		b.WriteString(st.Muted.Render(padRight(ui.Days[wd], label)))
		for w := 0; w < weeks; w++ {
			i := w*7 + wd
			if i >= len(days) {
				break
			}
			glyph := strings.Repeat("■", 1) + strings.Repeat(" ", cell-1)
			if days[i].Date == today {
				b.WriteString(st.Today.Render("◆") + strings.Repeat(" ", cell-1))
				continue
			}
			b.WriteString(st.Heat[days[i].Level()].Render(glyph))
		}
		rows = append(rows, b.String())
	}
	legend := strings.Repeat(" ", label) + st.Muted.Render(ui.Less+" ")
	for _, h := range st.Heat {
		legend += h.Render("■") + " "
	}
	legend += st.Muted.Render(ui.More) + "   " + st.Today.Render("◆") + " " + st.Muted.Render(s.sh.today().String())
	return strings.Join(append(rows, legend), "\n")
}

// habits lists each habit with its streaks and strength, and says what the
// strength is made of.
func (s *progressScreen) habits() string {
	st := s.sh.styles
	ui := s.sh.ui.Coach
	s.cursorLine = 0
	if len(s.report.Tasks) == 0 {
		return st.Muted.Render(ui.NoHabits)
	}
	const numbers = 30 // "▍ " + " %5d %5d  " + a 10-cell bar + " 100%"
	titleW := max(s.width-numbers-4, 12)
	head := padRight("", titleW+2) + st.Muted.Render(padLeft(ui.Streak, 5)+" "+padLeft(ui.Best, 5)+"  "+ui.Strength)
	lines := []string{head}
	for i, t := range s.report.Tasks {
		name := padRight(truncateText(t.Title, titleW), titleW)
		if i == s.cursor {
			name = st.Selected.Render(name)
			s.cursorLine = len(lines) // within the block; render adds what is above
		}
		title := st.competency(t.Competency, "▍") + " " + name
		if t.New {
			// A score still climbing from 0 reads as failure: say what it is.
			lines = append(lines, fmt.Sprintf("%s %5d %5d  %s", title, t.Streak, t.BestStreak, st.Muted.Render(ui.NewHabit)))
			if ex, ok := s.report.Explain(t.ID); ok {
				lines = append(lines, s.note(fmt.Sprintf(ui.NewWhy, ex.Days))...)
			}
			continue
		}
		// One rounding for the bar's figure and the line under it, so they
		// never say 60% and 61% of the same habit.
		pct := int(math.Round(t.Strength * 100))
		lines = append(lines, fmt.Sprintf("%s %5d %5d  %s %3d%%", title, t.Streak, t.BestStreak, bar(st, t.Strength, 10), pct))
		if ex, ok := s.report.Explain(t.ID); ok {
			why := fmt.Sprintf(ui.Why, pct, ex.Recent, ex.Expected, ex.Decay*100)
			lines = append(lines, s.note(why)...)
		}
	}
	lines = append(lines, st.Muted.Render(wrapText(ui.StrengthIs, max(s.width, 1))))
	return strings.Join(lines, "\n")
}

// note is a habit's explanation under it: faint, indented, and wrapped to
// the pane rather than cut, so a narrow window still says all of it.
func (s *progressScreen) note(text string) []string {
	lines := strings.Split(wrapText(text, max(s.width-2, 8)), "\n")
	for i, l := range lines {
		lines[i] = "  " + s.sh.styles.Faint.Render(l)
	}
	return lines
}

// balance draws one bar per competency over the last 28 days.
func (s *progressScreen) balance() string {
	st := s.sh.styles
	ui := s.sh.ui.Coach
	nameW := 0
	for _, c := range s.report.Competencies {
		nameW = max(nameW, lipgloss.Width(content.CompetencyName(s.sh.lang, c.ID)))
	}
	nameW = min(nameW, max(s.width-40, 10))
	var lines []string
	for _, c := range s.report.Competencies {
		name := padRight(truncateText(content.CompetencyName(s.sh.lang, c.ID), nameW), nameW)
		score := bar(st, c.Strength, 16) + fmt.Sprintf(" %3.0f%%", c.Strength*100)
		if c.New {
			score = st.Muted.Render(padRight(ui.NewHabit, 21))
		}
		lines = append(lines, fmt.Sprintf("%s %s  %s", st.competency(c.ID, name), score,
			st.Muted.Render(fmt.Sprintf(ui.CheckIns, c.CheckIns28)+" · "+fmt.Sprintf(ui.Minutes, c.Minutes28))))
	}
	return strings.Join(lines, "\n")
}

// sparkline draws values in [0,1] as eighth blocks.
func sparkline(st *styles, vs []float64) string {
	const ticks = "▁▂▃▄▅▆▇█"
	rs := []rune(ticks)
	var b strings.Builder
	for _, v := range vs {
		i := int(math.Round(v * float64(len(rs)-1)))
		b.WriteRune(rs[max(0, min(i, len(rs)-1))])
	}
	return st.BarFull.Render(b.String())
}

func (s *progressScreen) ShortHelp() []key.Binding {
	if s.habit != nil {
		return s.habit.ShortHelp()
	}
	k := s.sh.keys
	// pgup is in the full help: the line keeps to 80 columns without it.
	return []key.Binding{k.Down, k.Up, k.History, k.PageDown}
}

func (s *progressScreen) FullHelp() [][]key.Binding {
	if s.habit != nil {
		return s.habit.FullHelp()
	}
	k := s.sh.keys
	return [][]key.Binding{{k.Up, k.Down, k.History, k.PageUp, k.PageDown, k.Top, k.Bottom}}
}

// moveCursor selects the next or previous habit and keeps it in view;
// past the first or the last habit the arrows scroll the page.
func (s *progressScreen) moveCursor(n int) {
	next := s.cursor + n
	if next < 0 || next >= len(s.report.Tasks) {
		s.scroll(n)
		return
	}
	s.cursor = next
	s.redrawHabits()
	if s.cursorLine < s.offset {
		s.offset = s.cursorLine
	} else if s.cursorLine >= s.offset+s.height {
		s.scroll(s.cursorLine - s.height + 1 - s.offset)
	}
}

// task is the stored record of the selected habit, from the history the
// report came from.
func (s *progressScreen) task() (domain.Task, bool) {
	if s.cursor >= len(s.report.Tasks) {
		return domain.Task{}, false
	}
	id := s.report.Tasks[s.cursor].ID
	for _, t := range s.history.Tasks {
		if t.ID == id {
			return t, true
		}
	}
	return domain.Task{}, false
}

func (s *progressScreen) openHabit() {
	if t, ok := s.task(); ok {
		s.habit = newHabitHistory(s.sh, t, s.history)
		s.habit.SetSize(s.width, s.height)
	}
}

// refreshHabit gives an open history the reloaded data; a habit gone
// (archived, deleted, undone) closes it.
func (s *progressScreen) refreshHabit() {
	if s.habit == nil {
		return
	}
	for i, t := range s.report.Tasks {
		if t.ID == s.habit.task.ID {
			s.cursor = i
			task, _ := s.task()
			s.habit.setData(task, s.history)
			return
		}
	}
	s.habit = nil
}
