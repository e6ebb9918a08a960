package tui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"coach/content"
	"coach/domain"
)

// styles is every style of the app, built from a small semantic palette for
// a dark or a light background. Screens use these and never build their own.
type styles struct {
	isDark  bool
	noColor bool

	Tab, ActiveTab, TabBar, TabInfo lipgloss.Style
	Title, Heading, Muted, Faint    lipgloss.Style
	Selected, Cursor                lipgloss.Style
	Done, Pending, Overdue          lipgloss.Style
	Missed                          lipgloss.Style // a day a habit asked for and did not get, in its week strip
	Status, Error, Warning, Success lipgloss.Style
	Suggestion                      lipgloss.Style
	PaneBorder, FocusedBorder       lipgloss.Style // the colour of a hand-drawn box
	Label, FocusedLabel, FieldError lipgloss.Style
	BarFull, BarEmpty               lipgloss.Style
	Competency                      map[string]lipgloss.Style
	Heat                            [5]lipgloss.Style // nothing due, none done … all done
	Today                           lipgloss.Style
	Recall, Cue                     lipgloss.Style // Today's line of due cards; a card's question
	Help                            help.Styles
	MarkdownStyle                   string // glamour style name
}

func newStyles(isDark, noColor bool) *styles {
	ld := lipgloss.LightDark(isDark)
	c := func(light, dark string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(dark)) }
	// The palette the markdown pages are coloured from too (content/mdstyle.go).
	p := content.LightPalette
	if isDark {
		p = content.DarkPalette
	}
	accent, muted, faint := lipgloss.Color(p.Accent), lipgloss.Color(p.Muted), lipgloss.Color(p.Faint)
	good, warn, bad := lipgloss.Color(p.Good), lipgloss.Color(p.Warn), lipgloss.Color(p.Bad)
	selBg := lipgloss.Color(p.SelBg)
	comp := map[string]color.Color{
		domain.Depth:          c("#1D4ED8", "#7AA2F7"),
		domain.Breadth:        c("#0E7490", "#4FD1C5"),
		domain.Learning:       c("#15803D", "#9ECE6A"),
		domain.ProblemSolving: c("#B45309", "#E0AF68"),
		domain.Collaboration:  c("#BE185D", "#F7768E"),
		domain.Innovation:     c("#7E22CE", "#BB9AF7"),
	}
	s := &styles{isDark: isDark, noColor: noColor, Competency: map[string]lipgloss.Style{}}
	n := lipgloss.NewStyle
	s.Tab = n().Padding(0, 1).Foreground(muted)
	s.ActiveTab = n().Padding(0, 1).Bold(true).Foreground(accent).Underline(true)
	s.TabBar = n()
	s.TabInfo = n().Foreground(muted)
	s.Title = n().Bold(true)
	s.Heading = n().Bold(true).Foreground(accent)
	s.Muted = n().Foreground(muted)
	s.Faint = n().Foreground(faint)
	s.Selected = n().Background(selBg).Bold(true)
	s.Cursor = n().Foreground(accent).Bold(true)
	s.Done = n().Foreground(good)
	s.Pending = n()
	s.Overdue = n().Foreground(warn)
	s.Missed = n().Foreground(bad)
	s.Status = n().Foreground(muted)
	s.Error = n().Foreground(bad).Bold(true)
	s.Warning = n().Foreground(warn)
	s.Success = n().Foreground(good)
	s.Suggestion = n().Foreground(accent).Italic(true)
	s.PaneBorder = n().Foreground(faint)
	s.FocusedBorder = n().Foreground(accent)
	s.Label = n().Foreground(muted)
	s.FocusedLabel = n().Foreground(accent).Bold(true)
	s.FieldError = n().Foreground(bad)
	s.BarFull = n().Foreground(accent)
	s.BarEmpty = n().Foreground(faint)
	s.Heat = [5]lipgloss.Style{
		n().Foreground(faint),
		n().Foreground(c("#C9C9C9", "#3A3A3A")),
		n().Foreground(c("#9BE9A8", "#0E4429")),
		n().Foreground(c("#40C463", "#26A641")),
		n().Foreground(c("#216E39", "#39D353")),
	}
	s.Today = n().Foreground(accent).Bold(true)
	s.Recall = n().Foreground(accent)
	s.Cue = n().Bold(true)
	for id, col := range comp {
		s.Competency[id] = n().Foreground(col).Bold(true)
	}
	s.Help = help.DefaultStyles(isDark)
	s.MarkdownStyle = "dark"
	if !isDark {
		s.MarkdownStyle = "light"
	}
	if noColor {
		s.plain()
	}
	return s
}

// plain drops every colour (NO_COLOR) but keeps bold and underline, so the
// screen stays readable: selection is shown by reverse video instead.
func (s *styles) plain() {
	strip := func(st lipgloss.Style) lipgloss.Style {
		return st.UnsetForeground().UnsetBackground().UnsetBorderForeground()
	}
	for _, p := range []*lipgloss.Style{&s.Tab, &s.ActiveTab, &s.TabBar, &s.TabInfo, &s.Title, &s.Heading, &s.Muted, &s.Faint,
		&s.Cursor, &s.Done, &s.Pending, &s.Overdue, &s.Status, &s.Error, &s.Warning, &s.Success, &s.Suggestion,
		&s.PaneBorder, &s.FocusedBorder, &s.Label, &s.FocusedLabel, &s.FieldError, &s.BarFull, &s.BarEmpty, &s.Today, &s.Recall, &s.Cue,
		&s.Heat[0], &s.Heat[1], &s.Heat[2], &s.Heat[3], &s.Heat[4]} {
		*p = strip(*p)
	}
	s.Selected = lipgloss.NewStyle().Reverse(true)
	for id, st := range s.Competency {
		s.Competency[id] = strip(st)
	}
	s.MarkdownStyle = "notty"
}

// competency styles a competency name in its colour.
func (s *styles) competency(id, text string) string {
	if st, ok := s.Competency[id]; ok {
		return st.Render(text)
	}
	return text
}

// inputStyles and areaStyles style every text field for the background.
// The cursor does not blink: a steady cursor needs no timer.
func inputStyles(dark bool) textinput.Styles {
	st := textinput.DefaultStyles(dark)
	st.Cursor.Blink = false
	return st
}

// filterStyles are a filter field's: inputStyles, with the labels' styles
// on its prompt, focused or not.
func (s *styles) filterStyles() textinput.Styles {
	st := inputStyles(s.isDark)
	st.Focused.Prompt = s.FocusedLabel
	st.Blurred.Prompt = s.Label
	return st
}

func areaStyles(dark bool) textarea.Styles {
	st := textarea.DefaultStyles(dark)
	st.Cursor.Blink = false
	return st
}
