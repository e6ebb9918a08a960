package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// choiceInput is one of a few options, ←/→ to change. It shows every
// option with the chosen one marked when they fit, else the chosen one
// between arrows.
type choiceInput struct {
	options []string
	choice  int
	width   int
}

func newChoiceField(label string, options []string, choice int) *field {
	choice = max(0, min(choice, len(options)-1))
	return &field{label: label, input: &choiceInput{options: options, choice: choice}}
}

func (c *choiceInput) update(msg tea.Msg, k keyMap) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	n := len(c.options)
	switch {
	case key.Matches(km, k.ChoicePrev):
		c.choice = (c.choice + n - 1) % n
	case key.Matches(km, k.ChoiceNext):
		c.choice = (c.choice + 1) % n
	}
	return nil
}

func (c *choiceInput) focus() tea.Cmd            { return nil }
func (c *choiceInput) blur()                     {}
func (c *choiceInput) state() string             { return strconv.Itoa(c.choice) }
func (c *choiceInput) value() string             { return c.options[c.choice] }
func (c *choiceInput) draft() (string, int)      { return "", c.choice }
func (c *choiceInput) restore(_ string, num int) { c.choice = max(0, min(num, len(c.options)-1)) }
func (c *choiceInput) multiline() bool           { return false }
func (c *choiceInput) typing() bool              { return false }
func (c *choiceInput) setSize(w, _ int)          { c.width = w }
func (c *choiceInput) summary() string           { return c.value() }
func (c *choiceInput) below(bool) string         { return "" }
func (c *choiceInput) restyle(bool)              {}

func (c *choiceInput) view(st *styles, focused bool) string {
	chosen := st.Title
	if focused {
		chosen = st.Selected
	}
	parts := make([]string, len(c.options))
	for i, o := range c.options {
		if i == c.choice {
			parts[i] = chosen.Render(" " + o + " ")
		} else {
			parts[i] = st.Muted.Render(" " + o + " ")
		}
	}
	line := strings.Join(parts, "")
	if c.width <= 0 || lipgloss.Width(line) <= c.width {
		return line
	}
	// Too wide for every option: the chosen one between arrows, and
	// where it is among them when there is room.
	pos := " " + strconv.Itoa(c.choice+1) + "/" + strconv.Itoa(len(c.options))
	name := c.options[c.choice]
	if lipgloss.Width(name)+4+len(pos) > c.width {
		pos = ""
	}
	name = truncateText(name, max(c.width-4-len(pos), 1))
	return st.Muted.Render("◀") + chosen.Render(" "+name+" ") + st.Muted.Render("▶"+pos)
}

// ratingInput is a rating from 1 to 5, 0 while unset: a digit sets it,
// ←/→ step it.
type ratingInput struct {
	num   int
	unset string // shown beside the numbers while unset
}

func newRatingField(label string, num int, unset string) *field {
	return &field{label: label, input: &ratingInput{num: min(max(num, 0), 5), unset: unset}}
}

func (r *ratingInput) update(msg tea.Msg, k keyMap) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(km, k.Rate):
		r.num = int(km.String()[0] - '0')
	case key.Matches(km, k.ChoicePrev):
		r.num = max(r.num-1, 1)
	case key.Matches(km, k.ChoiceNext):
		r.num = min(r.num+1, 5)
	}
	return nil
}

func (r *ratingInput) focus() tea.Cmd            { return nil }
func (r *ratingInput) blur()                     {}
func (r *ratingInput) state() string             { return strconv.Itoa(r.num) }
func (r *ratingInput) value() string             { return strconv.Itoa(r.num) }
func (r *ratingInput) draft() (string, int)      { return "", r.num }
func (r *ratingInput) restore(_ string, num int) { r.num = max(0, min(num, 5)) }
func (r *ratingInput) multiline() bool           { return false }
func (r *ratingInput) typing() bool              { return false }
func (r *ratingInput) setSize(int, int)          {}
func (r *ratingInput) summary() string           { return r.value() }
func (r *ratingInput) below(bool) string         { return "" }
func (r *ratingInput) restyle(bool)              {}

// view shows 1 … 5 with the chosen number in brackets.
func (r *ratingInput) view(st *styles, _ bool) string {
	var b strings.Builder
	for n := 1; n <= 5; n++ {
		d := strconv.Itoa(n)
		switch {
		case n == r.num:
			b.WriteString(st.Selected.Render("[" + d + "]"))
		case n < r.num:
			b.WriteString(st.BarFull.Render(" " + d + " "))
		default:
			b.WriteString(st.Faint.Render(" " + d + " "))
		}
	}
	if r.num == 0 && r.unset != "" {
		b.WriteString("  " + st.Faint.Render(r.unset))
	}
	return b.String()
}

// choice is the option chosen in choice field i of f.
func (f *form) choice(i int) int { return f.fields[i].input.(*choiceInput).choice }
