package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"coach/domain"
	"coach/sanitize"
)

// The past reflections: a list by date, newest first, searchable; enter
// opens one read-only.

// pastBack is esc in the list: it clears a search first, then goes back.
func (s *reflectScreen) pastBack() key.Binding {
	if s.query != "" {
		return s.sh.keys.Clear
	}
	return s.sh.keys.Back
}

// pastHead is the heading of the list and, while typing, the search field.
func (s *reflectScreen) pastHead() []string {
	st, t, w := s.sh.styles, s.sh.ui.Reflect, s.width
	h := fmt.Sprintf(t.PastHeading, len(s.past))
	if q := strings.TrimSpace(s.query); q != "" {
		h = fmt.Sprintf(t.SearchHeading, sanitize.Line(q), len(s.past))
	}
	head := []string{st.Heading.Render(rfTrunc(h, w))}
	if s.searching {
		head = append(head, rfInputView(st, s.search, t.SearchHint))
	}
	return head
}

// pastRows is the height of the list.
func (s *reflectScreen) pastRows() int { return max(s.height-len(s.pastHead()), 1) }

func (s *reflectScreen) movePast(to int) {
	s.cursor = min(max(to, 0), max(len(s.past)-1, 0))
	s.top = keepVisible(s.top, s.cursor, s.pastRows(), len(s.past), 0)
}

func (s *reflectScreen) pastKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.sh.keys
	switch {
	case key.Matches(msg, k.Up):
		s.movePast(s.cursor - 1)
	case key.Matches(msg, k.Down):
		s.movePast(s.cursor + 1)
	case key.Matches(msg, k.PageUp):
		s.movePast(s.cursor - s.pastRows())
	case key.Matches(msg, k.PageDown):
		s.movePast(s.cursor + s.pastRows())
	case key.Matches(msg, k.Top):
		s.movePast(0)
	case key.Matches(msg, k.Bottom):
		s.movePast(len(s.past) - 1)
	case key.Matches(msg, k.Open):
		if s.cursor < len(s.past) {
			r := s.past[s.cursor]
			s.opened, s.openScroll = &r, 0
		}
	case key.Matches(msg, k.Edit):
		if s.cursor < len(s.past) {
			return s.editPast(s.past[s.cursor])
		}
	case key.Matches(msg, k.Filter):
		return s.startSearch()
	case key.Matches(msg, k.Clear) && s.query != "":
		return s.clearSearch()
	case key.Matches(msg, k.Back, k.Past):
		s.mode = reflectDay
	case key.Matches(msg, k.Review):
		s.mode = reflectReview
	}
	return nil
}

// openedKey: one past reflection is open read-only.
func (s *reflectScreen) openedKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.sh.keys
	switch {
	case key.Matches(msg, k.Back):
		s.opened = nil
	case key.Matches(msg, k.Edit):
		return s.editPast(*s.opened)
	case key.Matches(msg, k.Past):
		s.opened, s.mode = nil, reflectDay
	default:
		head, body := s.openedParts()
		s.openScroll = rfScrollKey(msg, k, s.openScroll, len(body), s.height-len(head))
	}
	return nil
}

// editPast shows r's day and opens its form (or its draft).
func (s *reflectScreen) editPast(r domain.Reflection) tea.Cmd {
	s.opened, s.mode = nil, reflectDay
	s.day, s.dayRec, s.dayFound, s.dayLoaded, s.scroll = r.Date, r, true, true, 0
	return s.editDay()
}

// refreshOpened follows a reload: the open reflection shows its new text.
func (s *reflectScreen) refreshOpened() {
	for _, r := range s.past {
		if r.Date == s.opened.Date {
			r := r
			s.opened = &r
			return
		}
	}
}

func (s *reflectScreen) startSearch() tea.Cmd {
	s.searching = true
	s.search.SetValue(s.query)
	s.search.CursorEnd()
	s.movePast(s.cursor)
	return s.search.Focus()
}

func (s *reflectScreen) clearSearch() tea.Cmd {
	s.search.SetValue("")
	if s.query == "" {
		return nil
	}
	s.query, s.cursor, s.top = "", 0, 0
	return s.loadPast()
}

// searchKey: the search field has the keys; every change searches again.
func (s *reflectScreen) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.sh.keys
	switch {
	case key.Matches(msg, k.Clear):
		s.searching = false
		s.search.Blur()
		cmd := s.clearSearch()
		s.movePast(s.cursor)
		return cmd
	case key.Matches(msg, k.KeepFilter):
		s.searching = false
		s.search.Blur()
		s.movePast(s.cursor)
		return nil
	case key.Matches(msg, k.ResultUp):
		s.movePast(s.cursor - 1)
		return nil
	case key.Matches(msg, k.ResultDown):
		s.movePast(s.cursor + 1)
		return nil
	}
	return s.updateSearch(msg)
}

func (s *reflectScreen) updateSearch(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	s.search, cmd = s.search.Update(msg)
	if q := s.search.Value(); q != s.query {
		s.query, s.cursor, s.top = q, 0, 0
		return tea.Batch(cmd, s.loadPast())
	}
	return cmd
}

func (s *reflectScreen) pastView() []string {
	st, t, w := s.sh.styles, s.sh.ui.Reflect, s.width
	lines := s.pastHead()
	switch {
	case !s.pastLoaded:
		return append(lines, st.Muted.Render(s.sh.ui.Common.Loading))
	case len(s.past) == 0 && strings.TrimSpace(s.query) != "":
		return append(lines, rfStyleLines(st.Muted.Render, rfWrap(fmt.Sprintf(t.NoMatch, sanitize.Line(s.query)), w))...)
	case len(s.past) == 0:
		return append(lines, rfStyleLines(st.Muted.Render, rfWrap(t.PastEmpty, w))...)
	}
	end := min(len(s.past), s.top+max(s.height-len(lines), 1))
	for i := s.top; i < end; i++ {
		lines = append(lines, s.listRow(s.pastRowText(s.past[i]), i == s.cursor, w))
	}
	return lines
}

// pastRowText is "2026-11-27  4/5  first line of learned  #tag".
func (s *reflectScreen) pastRowText(r domain.Reflection) string {
	t := s.sh.ui.Reflect
	row := r.Date.String() + "  " + fmt.Sprintf(t.RatingOf, r.Rating)
	for _, text := range []string{r.Learned, r.Solved, r.Collaborated, r.Idea, r.Next} {
		if first := rfFirstLine(text); first != "" {
			row += "  " + first
			break
		}
	}
	if len(r.Tags) > 0 {
		row += "  #" + sanitize.Line(strings.Join(r.Tags, " #"))
	}
	return row
}

// openedParts is the open reflection: heading, and the body that scrolls.
func (s *reflectScreen) openedParts() (head, body []string) {
	st := s.sh.styles
	r := *s.opened
	head = []string{st.Heading.Render(rfTrunc(s.dayHeading(r.Date), s.width))}
	return head, s.reflectionLines(r, s.width)
}

func (s *reflectScreen) openedView() []string {
	head, body := s.openedParts()
	return append(head, rfWindow(body, s.openScroll, s.height-len(head))...)
}

func rfStyleLines(render func(...string) string, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = render(l)
	}
	return out
}
