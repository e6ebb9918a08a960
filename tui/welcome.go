package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// openWelcomeMsg asks the root to show the welcome and its starter pick.
type openWelcomeMsg struct{}

// welcomeRow is one line of the pick: a competency heading, a starter goal
// or one of its tasks.
type welcomeRow struct {
	heading string // competency id, for a heading row
	goal    int    // index in coach.Goals, or -1
	task    int    // index in coach.Tasks, or -1
}

// welcome is the first-start welcome: the six competencies in a line each,
// then a multi-select of starter goals with their tasks.
type welcome struct {
	sh            *shared
	rows          []welcomeRow
	picked        map[welcomeRow]bool
	cursor        int
	offset        int
	width, height int
}

func newWelcome(sh *shared) *welcome {
	w := &welcome{sh: sh, picked: map[welcomeRow]bool{}}
	c := sh.coach()
	for _, comp := range domain.Competencies {
		w.rows = append(w.rows, welcomeRow{heading: comp, goal: -1, task: -1})
		for gi, g := range c.Goals {
			if g.Competency != comp {
				continue
			}
			w.rows = append(w.rows, welcomeRow{goal: gi, task: -1})
			for ti, t := range c.Tasks {
				if t.Goal == g.Key {
					w.rows = append(w.rows, welcomeRow{goal: gi, task: ti})
				}
			}
		}
		for ti, t := range c.Tasks {
			if t.Competency == comp && t.Goal == "" {
				w.rows = append(w.rows, welcomeRow{goal: -1, task: ti})
			}
		}
	}
	w.cursor = 1 // the first goal
	return w
}

func (w *welcome) SetSize(width, height int) { w.width, w.height = width, height }

// Update handles a key; done is true when the welcome should close.
func (w *welcome) Update(msg tea.KeyPressMsg) (done bool, cmd tea.Cmd) {
	k := w.sh.keys
	switch {
	case key.Matches(msg, k.Skip):
		return true, nil
	case key.Matches(msg, k.AddPicked):
		return true, w.add()
	case key.Matches(msg, k.Up):
		w.move(-1)
	case key.Matches(msg, k.Down):
		w.move(1)
	case key.Matches(msg, k.PageUp):
		w.move(-w.listHeight())
	case key.Matches(msg, k.PageDown):
		w.move(w.listHeight())
	case key.Matches(msg, k.Top):
		w.cursor = 1
	case key.Matches(msg, k.Bottom):
		w.cursor = len(w.rows) - 1
	case key.Matches(msg, k.Select):
		w.toggle()
	}
	return false, nil
}

// move steps over headings, which cannot be picked.
func (w *welcome) move(n int) {
	step := 1
	if n < 0 {
		step = -1
	}
	for i := 0; i < max(n, -n); i++ {
		next := w.cursor + step
		for next >= 0 && next < len(w.rows) && w.rows[next].heading != "" {
			next += step
		}
		if next < 0 || next >= len(w.rows) {
			return
		}
		w.cursor = next
	}
}

// toggle picks or drops the row under the cursor. A goal brings its tasks
// along; picking a task picks its goal.
func (w *welcome) toggle() {
	r := w.rows[w.cursor]
	on := !w.picked[r]
	w.picked[r] = on
	if r.task == -1 {
		for _, o := range w.rows {
			if o.goal == r.goal && o.task != -1 {
				w.picked[o] = on
			}
		}
	} else if on && r.goal != -1 {
		w.picked[welcomeRow{goal: r.goal, task: -1}] = true
	}
}

// counts is how many goals and tasks are picked.
func (w *welcome) counts() (goals, tasks int) {
	for _, r := range w.rows {
		if r.heading != "" || !w.picked[r] {
			continue
		}
		if r.task == -1 {
			goals++
		} else {
			tasks++
		}
	}
	return goals, tasks
}

// add writes the picked goals and tasks in one transaction.
func (w *welcome) add() tea.Cmd {
	c := w.sh.coach()
	today := w.sh.today()
	var plans []store.GoalPlan
	byGoal := map[int]int{} // coach goal index → plan index
	loose := store.GoalPlan{}
	for _, r := range w.rows {
		if r.heading != "" || !w.picked[r] {
			continue
		}
		if r.task == -1 {
			g := c.Goals[r.goal]
			byGoal[r.goal] = len(plans)
			plans = append(plans, store.GoalPlan{Goal: domain.Goal{Title: g.Title, Competency: g.Competency, Why: g.Why, Resources: g.Resources}})
			continue
		}
		st := c.Tasks[r.task]
		t := domain.Task{Title: st.Title, Competency: st.Competency, Repeat: st.Repeat, Minutes: st.Minutes, Due: today}
		if i, ok := byGoal[r.goal]; ok && r.goal != -1 {
			plans[i].Tasks = append(plans[i].Tasks, t)
		} else {
			loose.Tasks = append(loose.Tasks, t)
		}
	}
	if len(loose.Tasks) > 0 {
		plans = append(plans, loose)
	}
	if len(plans) == 0 {
		return nil
	}
	ui := w.sh.ui.Welcome
	return w.sh.write(func(s *store.Store) (string, func(*store.Store) error, error) {
		gids, tids, err := s.AddPlans(plans)
		return ui.AddedText(len(gids), len(tids)), nil, err
	})
}

// header is the title with the count picked, and the introduction. The
// competencies are introduced by the list's headings, so that the pick
// gets the room.
func (w *welcome) header() []string {
	st := w.sh.styles
	ui := w.sh.ui.Welcome
	g, t := w.counts()
	lines := []string{st.Title.Render(ui.Title) + "  " + st.Muted.Render(ui.SelectedText(g, t))}
	lines = append(lines, strings.Split(wrapText(w.sh.coach().Welcome, w.width), "\n")...)
	return append(lines, "")
}

func (w *welcome) listHeight() int { return w.rowsUnder(w.header()) }

// rowsUnder is the height of the list under a header of head.
func (w *welcome) rowsUnder(head []string) int { return max(w.height-len(head), 3) }

// headingRow is a competency's name and what it means, in the width.
func (w *welcome) headingRow(id string) string {
	st := w.sh.styles
	name := content.CompetencyName(w.sh.lang, id)
	text := st.competency(id, name)
	for _, c := range w.sh.coach().Competencies {
		if c.ID == id && c.Summary != "" {
			room := w.width - lipgloss.Width(text) - 3
			if room >= 10 {
				text += st.Muted.Render(" · " + truncateText(c.Summary, room))
			}
		}
	}
	return text
}

func (w *welcome) View() string {
	st := w.sh.styles
	c := w.sh.coach()
	head := w.header()
	h := w.rowsUnder(head)
	w.offset = keepVisible(w.offset, w.cursor, h, len(w.rows), 1)
	var lines []string
	for i := w.offset; i < len(w.rows) && i < w.offset+h; i++ {
		r := w.rows[i]
		var text string
		switch {
		case r.heading != "":
			text = w.headingRow(r.heading)
		default:
			box := "[ ]"
			if w.picked[r] {
				box = "[x]"
			}
			indent, title, meta := "  ", "", ""
			if r.task == -1 {
				title = c.Goals[r.goal].Title
			} else {
				t := c.Tasks[r.task]
				if r.goal != -1 {
					indent = "      "
				}
				title = t.Title
				what := []string{w.sh.ui.Today.ScheduleText(t.Repeat), w.sh.ui.Today.MinutesText(t.Minutes)}
				if what[0] == "" {
					what[0] = w.sh.ui.Welcome.Once
				}
				meta = st.Muted.Render("  " + strings.Join(what, " · "))
			}
			line := box + " " + truncateText(title, max(w.width-len(indent)-4-lipgloss.Width(meta)-2, 10))
			if i == w.cursor {
				line = st.Selected.Render(line)
			}
			text = indent + line + meta
		}
		lines = append(lines, text)
	}
	return clampWidth(strings.Join(append(head, lines...), "\n"), w.width)
}

func (w *welcome) helpKeys() helpKeys {
	k := w.sh.keys
	return helpKeys{
		short: []key.Binding{k.Down, k.Up, k.Select, k.AddPicked, k.Skip, k.Help, k.Quit},
		full:  [][]key.Binding{{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom}, {k.Select, k.AddPicked, k.Skip, k.Help, k.Quit}},
	}
}
