package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"coach/domain"
	"coach/sanitize"
)

// What the Reflect screen's three views share: the context they draw in,
// the contract the screen holds them to, and the lines more than one draws.

// reflectMode is which view the Reflect screen shows while no form is open.
type reflectMode int

const (
	reflectDay    reflectMode = iota // the shown day's reflection
	reflectPast                      // past reflections, searchable
	reflectReview                    // the weekly reviews
)

func (m reflectMode) String() string {
	return [...]string{"day", "past", "review"}[m]
}

// reflectView is one view of the Reflect screen: the day, the past
// reflections or the weekly reviews. The screen gives every view each
// message it does not handle itself, but keys only to the view shown, and
// asks only that one for its lines and help.
type reflectView interface {
	Update(tea.Msg) tea.Cmd
	View() []string
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	// Capturing reports that a text field of the view has the keys.
	Capturing() bool
}

// reflectNav is what a view asks of the screen: to show another view, or
// to open a form.
type reflectNav interface {
	show(to reflectMode) tea.Cmd
	// searchPast shows the past reflections with the search field open.
	searchPast() tea.Cmd
	// openForm gives f the keys; f is already among the drafts.
	openForm(f *reflectForm) tea.Cmd
	// editDay shows r's day and opens its form (or its draft).
	editDay(r domain.Reflection) tea.Cmd
}

// reflectCommon is what the views share with the screen. Only the screen
// sets the size and the mode; a view may add a draft or ask to discard one.
type reflectCommon struct {
	sh     *shared
	width  int
	height int
	mode   reflectMode
	drafts map[string]*reflectForm // open and closed-with-changes forms, by key
	nav    reflectNav
}

// discardDraftMsg drops the draft with key: the user answered y.
type discardDraftMsg struct{ key string }

// askDiscard asks y/n before dropping the draft with draftKey, if any.
func (c *reflectCommon) askDiscard(draftKey string) tea.Cmd {
	if c.drafts[draftKey] == nil {
		return nil
	}
	return ask(c.sh.ui.Reflect.DiscardConfirm, func() tea.Cmd {
		return func() tea.Msg { return discardDraftMsg{key: draftKey} }
	})
}

// dayHeading is "Reflection · 2026-11-28 Sat · today".
func (c *reflectCommon) dayHeading(d domain.Date) string {
	label := d.String() + " " + c.sh.ui.Today.Weekdays[d.Weekday()]
	h := fmt.Sprintf(c.sh.ui.Reflect.Heading, label)
	if d == c.sh.today() {
		h += " · " + c.sh.ui.Reflect.TodayMark
	}
	return h
}

// weekHeading is "Weekly review · 2026-W48 (2026-11-23 – 2026-11-29)".
func (c *reflectCommon) weekHeading(week string) string {
	t := c.sh.ui.Reflect
	mon, err := domain.ParseWeek(week)
	if err != nil {
		return fmt.Sprintf(t.ReviewHeading, sanitize.Line(week), "", "")
	}
	h := fmt.Sprintf(t.ReviewHeading, week, mon, mon+6)
	if week == c.sh.today().Week() {
		h += " · " + t.ThisWeek
	}
	return h
}

// notes are the warnings under a heading: a draft waits there.
func (c *reflectCommon) notes(draftKey string) []string {
	if c.drafts[draftKey] == nil {
		return nil
	}
	return rfStyleLines(c.sh.styles.Warning.Render, rfWrap(c.sh.ui.Reflect.Draft, c.width))
}

// reflectionLines shows a reflection read-only.
func (c *reflectCommon) reflectionLines(r domain.Reflection, w int) []string {
	st, t, p := c.sh.styles, c.sh.ui.Reflect, c.sh.coach().Reflection
	var out []string
	for i, q := range []struct{ label, text string }{
		{p.Learned, r.Learned}, {p.Solved, r.Solved}, {p.Collaborated, r.Collaborated},
		{p.Idea, r.Idea}, {p.Next, r.Next},
	} {
		out = append(out, c.answerLines(q.label, q.text, w)...)
		if i == rfLearned && strings.TrimSpace(r.Ask) != "" {
			// "Ask me later", as the form has it: after what was learned
			out = append(out, c.answerLines(c.sh.ui.Recall.Ask, sanitize.Line(r.Ask), w)...)
		}
	}
	rating := st.Faint.Render(t.NoRating)
	if r.Rating > 0 {
		rating = st.BarFull.Render(fmt.Sprintf(t.RatingOf, r.Rating))
	}
	out = append(out, st.Label.Render(t.Rating)+"  "+rating)
	if len(r.Tags) > 0 {
		room := w - lipgloss.Width(t.Tags) - 2
		out = append(out, st.Label.Render(t.Tags)+"  "+truncateText(strings.Join(r.Tags, ", "), room))
	}
	return out
}

// answerLines is a prompt and its answer, wrapped and indented.
func (c *reflectCommon) answerLines(label, text string, w int) []string {
	st := c.sh.styles
	out := []string{st.Label.Render(truncateText(label, w))}
	text = strings.TrimSpace(text)
	if text == "" {
		return append(out, "  "+st.Faint.Render(c.sh.ui.Reflect.NoAnswer))
	}
	for _, l := range rfWrap(sanitize.Block(text), w-2) {
		out = append(out, "  "+l)
	}
	return out
}

// listRow draws one row of a list, the selected one highlighted.
func (c *reflectCommon) listRow(text string, selected bool, w int) string {
	st := c.sh.styles
	text = truncateText(text, w-2)
	if selected {
		return st.Cursor.Render("> ") + st.Selected.Render(padRight(text, w-2))
	}
	return "  " + text
}

// rfScrollKey applies a scrolling key to an offset over total lines shown
// room at a time.
func rfScrollKey(msg tea.KeyPressMsg, k keyMap, off, total, room int) int {
	room = max(room, 1)
	switch {
	case key.Matches(msg, k.Up):
		off--
	case key.Matches(msg, k.Down):
		off++
	case key.Matches(msg, k.PageUp):
		off -= room
	case key.Matches(msg, k.PageDown):
		off += room
	case key.Matches(msg, k.Top):
		off = 0
	case key.Matches(msg, k.Bottom):
		off = total
	}
	return min(max(off, 0), max(total-room, 0))
}

// rfWindow is lines[off:off+room], off clamped.
func rfWindow(lines []string, off, room int) []string {
	if room <= 0 {
		return nil
	}
	off = min(max(off, 0), max(len(lines)-room, 0))
	return lines[off:min(off+room, len(lines))]
}

func rfStyleLines(render func(...string) string, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = render(l)
	}
	return out
}
