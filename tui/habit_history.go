package tui

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"coach/domain"
	"coach/sanitize"
	"coach/store"
)

// habitHistory is one habit's history, opened from Progress or a goal's
// detail: a calendar by month with a day cursor, its streaks and strength,
// and its notes. Everything it shows is computed from the history of the
// latest report; a toggle writes through the store in a command, and the
// report that follows brings the new figures.
type habitHistory struct {
	sh            *shared
	task          domain.Task
	checkIns      []domain.CheckIn // this habit's, by date
	stats         habitStats       // counted from checkIns, which the cursor does not change
	cursor        domain.Date
	width, height int
}

// habitStats are the figures of a habit's history: its streaks, its
// strength today and at the end of each of the last sampleWeeks weeks.
type habitStats struct {
	streak   domain.Streak
	strength domain.Strength
	samples  []float64
}

// sampleWeeks is how many weeks the strength sparkline covers.
const sampleWeeks = 26

func newHabitHistory(sh *shared, t domain.Task, h store.History) *habitHistory {
	v := &habitHistory{sh: sh, task: t, cursor: sh.today()}
	v.setData(t, h)
	return v
}

// setData takes the habit's record and check-ins from a fresh history.
func (v *habitHistory) setData(t domain.Task, h store.History) {
	v.task = t
	v.checkIns = v.checkIns[:0]
	for _, c := range h.CheckIns {
		if c.TaskID == t.ID {
			v.checkIns = append(v.checkIns, c)
		}
	}
	sort.Slice(v.checkIns, func(i, j int) bool { return v.checkIns[i].Date < v.checkIns[j].Date })
	v.count()
}

// count sets the figures from the check-ins, once per change of them
// rather than on every frame.
func (v *habitHistory) count() {
	today := v.sh.today()
	done := v.done(today)
	v.stats = habitStats{
		streak:   domain.TaskStreak(v.task, done, today),
		strength: domain.TaskStrength(v.task, done, today),
		samples:  v.samples(sampleWeeks),
	}
}

func (v *habitHistory) SetSize(w, h int) { v.width, v.height = w, h }

// done is the habit's check-in days up to `to`, in order.
func (v *habitHistory) done(to domain.Date) []domain.Date {
	var ds []domain.Date
	for _, c := range v.checkIns {
		if c.Date <= to {
			ds = append(ds, c.Date)
		}
	}
	return ds
}

func (v *habitHistory) checkIn(d domain.Date) (domain.CheckIn, bool) {
	i := sort.Search(len(v.checkIns), func(i int) bool { return v.checkIns[i].Date >= d })
	if i < len(v.checkIns) && v.checkIns[i].Date == d {
		return v.checkIns[i], true
	}
	return domain.CheckIn{}, false
}

// dayState is what the calendar shows for a day.
type dayState int

const (
	dayDone dayState = iota
	dayExtra
	dayMissed
	dayUnscheduled
	dayOpen   // today, not yet ticked
	dayToCome // after today
	dayBefore // before the habit was created, not ticked
)

// state classifies day d by the habit's schedule and check-ins, as the
// streak and the weekly review count them.
func (v *habitHistory) state(d domain.Date) dayState {
	today := v.sh.today()
	if d > today {
		return dayToCome
	}
	if _, ok := v.checkIn(d); ok {
		// the week's check-ins, found by date in the sorted list
		mon := d.Monday()
		i := sort.Search(len(v.checkIns), func(i int) bool { return v.checkIns[i].Date >= mon })
		var week []domain.Date
		for ; i < len(v.checkIns) && v.checkIns[i].Date < mon+7; i++ {
			week = append(week, v.checkIns[i].Date)
		}
		if domain.ExtraCheckIn(v.task, week, d) {
			return dayExtra
		}
		return dayDone
	}
	switch r := v.task.Schedule(); {
	case d == today:
		return dayOpen
	case d < v.task.CreatedOn():
		return dayBefore
	case r.Kind == domain.PerWeek || !r.ScheduledOn(d):
		// An N/week habit asks for no day in particular.
		return dayUnscheduled
	}
	return dayMissed
}

// Update handles a key; back reports that esc asks to leave.
func (v *habitHistory) Update(msg tea.KeyPressMsg) (cmd tea.Cmd, back bool) {
	k := v.sh.keys
	switch {
	case key.Matches(msg, k.Back):
		return nil, true
	case key.Matches(msg, k.PrevDay):
		v.move(-1)
	case key.Matches(msg, k.NextDay):
		v.move(1)
	case key.Matches(msg, k.Up):
		v.move(-7)
	case key.Matches(msg, k.Down):
		v.move(7)
	case key.Matches(msg, k.Today):
		v.cursor = v.sh.today()
	case key.Matches(msg, k.Toggle):
		return v.toggle(), false
	}
	return nil, false
}

// move steps the cursor by n days, never past today nor before the
// oldest month the calendar can show.
func (v *habitHistory) move(n int) {
	today := v.sh.today()
	v.cursor = max(min(v.cursor+domain.Date(n), today), domain.MinDate)
}

// toggle ticks or unticks the cursor's day: one store command, with its
// undo on the root's stack, as Today does.
func (v *habitHistory) toggle() tea.Cmd {
	d, t := v.cursor, v.task
	if d > v.sh.today() {
		return reportErr(fmt.Errorf("%s", v.sh.ui.Today.FutureDay))
	}
	ui := v.sh.ui.History
	title := truncateText(sanitize.Line(t.Title), 60)
	if prev, ok := v.checkIn(d); ok {
		v.drop(d)
		return v.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
			_, err := st.SetUndone(t.ID, d)
			return fmt.Sprintf(ui.Untoggled, d, title), func(st *store.Store) error { _, err := st.SetDone(prev); return err }, err
		})
	}
	c := domain.CheckIn{TaskID: t.ID, Date: d, Minutes: t.Minutes}
	v.add(c)
	return v.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
		_, err := st.SetDone(c)
		return fmt.Sprintf(ui.Toggled, d, title), func(st *store.Store) error { _, err := st.SetUndone(t.ID, d); return err }, err
	})
}

// drop and add show a toggle at once; the reload after the write confirms it.
func (v *habitHistory) drop(d domain.Date) {
	out := v.checkIns[:0]
	for _, c := range v.checkIns {
		if c.Date != d {
			out = append(out, c)
		}
	}
	v.checkIns = out
	v.count()
}

func (v *habitHistory) add(c domain.CheckIn) {
	v.checkIns = append(v.checkIns, c)
	sort.Slice(v.checkIns, func(i, j int) bool { return v.checkIns[i].Date < v.checkIns[j].Date })
	v.count()
}

const (
	monthWidth = 28 // seven cells of four columns
	monthGap   = 2
	monthLines = 8 // name, weekdays, six weeks
)

func (v *habitHistory) View() string {
	st := v.sh.styles
	ui := v.sh.ui.History
	w := max(v.width, 1)
	head := []string{
		st.Title.Render(truncateText(fmt.Sprintf(ui.Title, sanitize.Line(v.task.Title)), w)),
		st.Muted.Render(truncateText(v.sh.ui.Today.ScheduleText(v.task.Repeat), w)),
	}
	figures := v.figures()
	day := v.dayLine()
	legend := st.Faint.Render(truncateText(ui.Legend, w))
	// The calendar takes what the figures and up to three notes leave;
	// rows of months are a blank line apart.
	fixed := len(head) + 2 + 1 + len(figures) + 2 + min(max(v.noteCount(), 1), 3)
	perRow := max((w+monthGap)/(monthWidth+monthGap), 1)
	rows := max((v.height-fixed+1)/(monthLines+1), 1)
	lines := append(head, v.calendar(perRow*rows, perRow)...)
	lines = append(lines, legend, day, "")
	lines = append(lines, figures...)
	lines = append(lines, "", st.Heading.Render(ui.Notes))
	lines = append(lines, v.notes(max(v.height-len(lines), 1))...)
	if len(lines) > v.height {
		lines = lines[:max(v.height, 0)]
	}
	return clampWidth(strings.Join(lines, "\n"), w)
}

// figures are the streaks, the strength now and its weekly samples.
func (v *habitHistory) figures() []string {
	st := v.sh.styles
	ui := v.sh.ui.History
	s, str := v.stats.streak, v.stats.strength
	line := fmt.Sprintf(ui.Streak, s.Current, s.Best) + "   "
	if str.New() {
		line += fmt.Sprintf(ui.New, str.Days)
	} else {
		line += fmt.Sprintf(ui.Strength, int(math.Round(str.Score*100)))
	}
	return []string{
		truncateText(line, max(v.width, 1)),
		st.Muted.Render(ui.Over) + "  " + sparkline(st, v.stats.samples),
	}
}

// samples is the strength at the end of each of the last n weeks, from
// the week the habit was created.
func (v *habitHistory) samples(n int) []float64 {
	today := v.sh.today()
	var vs []float64
	for i := n - 1; i >= 0; i-- {
		d := today - domain.Date(7*i)
		if d < v.task.CreatedOn() {
			continue
		}
		vs = append(vs, domain.TaskStrength(v.task, v.done(d), d).Score)
	}
	return vs
}

// dayLine says what the cursor's day holds.
func (v *habitHistory) dayLine() string {
	st := v.sh.styles
	ui := v.sh.ui.History
	d := v.cursor
	state := v.state(d)
	text := ""
	if state == dayBefore {
		text = ui.Before
	} else {
		text = ui.States[min(int(state), len(ui.States)-1)]
	}
	wd := ui.Weekdays[(int(d.Weekday())+6)%7]
	line := "› " + fmt.Sprintf(ui.Day, wd, d) + " · " + text
	if c, ok := v.checkIn(d); ok && c.Minutes > 0 {
		line += " · " + fmt.Sprintf(v.sh.ui.Coach.Minutes, c.Minutes)
	}
	return st.Cursor.Render(truncateText(line, max(v.width, 1)))
}

// calendar draws the last n months (the cursor's month last when it is
// older), perRow side by side, leaving out the months before both the
// habit and the cursor: a young habit is not shown after empty months.
func (v *habitHistory) calendar(n, perRow int) []string {
	last := v.cursor.Time()
	start := min(v.task.CreatedOn(), v.cursor)
	var months [][]string
	for i := n - 1; i >= 0; i-- {
		first := domain.DateOf(last.AddDate(0, -i, 1-last.Day()))
		if end := domain.DateOf(first.Time().AddDate(0, 1, -1)); end < start {
			continue
		}
		months = append(months, v.month(first))
	}
	var out []string
	for i := 0; i < len(months); i += perRow {
		row := months[i:min(i+perRow, len(months))]
		for l := 0; l < monthLines; l++ {
			var parts []string
			for _, m := range row {
				parts = append(parts, padRight(m[l], monthWidth))
			}
			out = append(out, strings.TrimRight(strings.Join(parts, strings.Repeat(" ", monthGap)), " "))
		}
		if i+perRow < len(months) {
			out = append(out, "")
		}
	}
	return out
}

// month draws the month starting on first: its name, Mo..Su, and six
// rows of days, each a cursor column, the day number and its mark.
func (v *habitHistory) month(first domain.Date) []string {
	st := v.sh.styles
	ui := v.sh.ui.History
	t := first.Time()
	lines := []string{st.Heading.Render(fmt.Sprintf(ui.Month, v.sh.ui.Coach.Months[t.Month()-1], t.Year()))}
	var wds strings.Builder
	for _, wd := range ui.Weekdays {
		wds.WriteString(" " + padRight(wd, 2) + " ")
	}
	lines = append(lines, st.Muted.Render(strings.TrimRight(wds.String(), " ")))
	today := v.sh.today()
	start := first.Monday()
	for week := 0; week < 6; week++ {
		var b strings.Builder
		for i := 0; i < 7; i++ {
			d := start + domain.Date(week*7+i)
			if d.Time().Month() != t.Month() {
				b.WriteString("    ")
				continue
			}
			lead := " "
			if d == v.cursor {
				lead = st.Cursor.Render("›")
			}
			num := fmt.Sprintf("%2d", d.Time().Day())
			mark, style := v.mark(v.state(d))
			switch {
			case d == today:
				num = st.Today.Render(num)
			case d > today:
				num = st.Faint.Render(num)
			}
			cell := num + style.Render(mark)
			if d == v.cursor {
				cell = st.Selected.Render(cell)
			}
			b.WriteString(lead + cell)
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
	}
	return lines
}

func (v *habitHistory) mark(s dayState) (string, lipgloss.Style) {
	st := v.sh.styles
	switch s {
	case dayDone:
		return "✓", st.Done
	case dayExtra:
		return "+", st.Success
	case dayMissed:
		return "✗", st.Overdue
	case dayUnscheduled:
		return "·", st.Faint
	case dayOpen:
		return "◆", st.Today
	}
	return " ", st.Faint
}

func (v *habitHistory) noteCount() int {
	n := 0
	for _, c := range v.checkIns {
		if strings.TrimSpace(sanitize.Line(c.Note)) != "" {
			n++
		}
	}
	return n
}

// notes lists the check-ins with a note, the newest first, one line each.
func (v *habitHistory) notes(room int) []string {
	st := v.sh.styles
	ui := v.sh.ui.History
	var out []string
	for i := len(v.checkIns) - 1; i >= 0 && len(out) < room; i-- {
		c := v.checkIns[i]
		note := strings.TrimSpace(sanitize.Line(c.Note))
		if note == "" {
			continue
		}
		mins := ""
		if c.Minutes > 0 {
			mins = fmt.Sprintf(v.sh.ui.Coach.Minutes, c.Minutes)
		}
		prefix := c.Date.String() + "  " + padRight(mins, 8) + " "
		out = append(out, st.Muted.Render(prefix)+truncateText(note, max(v.width-lipgloss.Width(prefix), 1)))
	}
	if len(out) == 0 {
		out = append(out, st.Muted.Render(truncateText(ui.NoNotes, max(v.width, 1))))
	}
	return out
}

func (v *habitHistory) ShortHelp() []key.Binding {
	k := v.sh.keys
	return []key.Binding{k.MoveDay, k.Toggle, k.Today, k.Back, k.Undo}
}

func (v *habitHistory) FullHelp() [][]key.Binding {
	k := v.sh.keys
	return [][]key.Binding{{k.MoveDay, k.Toggle, k.Today, k.Back}} // undo is among the global keys
}
