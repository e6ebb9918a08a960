package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"coach/content"
	"coach/store"
)

// Today's filter: / gives the keys to a field on the line above the list,
// and the list narrows as the user types to the tasks whose title or
// competency holds the text, in any case. enter keeps the filter and gives
// the keys back to the list (whose keys then act on what it shows); esc
// clears it, while typing or after.

// todayFilterLimit is the longest filter text.
const todayFilterLimit = 60

// newTodayFilter is the empty filter field, in the screen's styles.
func newTodayFilter(sh *shared) textinput.Model {
	in := textinput.New()
	in.Prompt = sh.ui.Today.Filter
	in.Placeholder = sh.ui.Today.FilterHint
	in.CharLimit = todayFilterLimit
	in.SetStyles(sh.styles.filterStyles())
	return in
}

// query is the text the list is filtered by, folded for matching; "" shows
// every task.
func (s *todayScreen) query() string {
	return strings.ToLower(strings.TrimSpace(s.filter.Value()))
}

// matches reports whether item it shows under the current filter.
func (s *todayScreen) matches(it store.DueItem) bool {
	q := s.query()
	if q == "" {
		return true
	}
	return strings.Contains(strings.ToLower(it.Task.Title), q) ||
		strings.Contains(strings.ToLower(content.CompetencyName(s.sh.lang, it.Task.Competency)), q)
}

// visible is the indexes of the items the filter shows, in order.
func (s *todayScreen) visible() []int {
	out := make([]int, 0, len(s.items))
	for i, it := range s.items {
		if s.matches(it) {
			out = append(out, i)
		}
	}
	return out
}

// snapCursor puts the cursor on a shown item: the one it is on if shown,
// else the first shown after it, else the last shown.
func (s *todayScreen) snapCursor() {
	vis := s.visible()
	if len(vis) == 0 {
		return
	}
	for _, i := range vis {
		if i >= s.cursor {
			s.cursor = i
			return
		}
	}
	s.cursor = vis[len(vis)-1]
}

// startFilter gives the keys to the filter field, keeping its text.
func (s *todayScreen) startFilter() tea.Cmd {
	s.filtering = true
	s.sizeFilter()
	return s.filter.Focus()
}

// sizeFilter leaves room on the filter's line for the text and the count
// after it; SetSize calls it again as the window changes.
func (s *todayScreen) sizeFilter() {
	s.filter.SetWidth(max(min(todayFilterLimit/2, s.width-lipgloss.Width(s.filter.Prompt)-30), 1))
}

// keepFilter gives the keys back to the list, filtered.
func (s *todayScreen) keepFilter() {
	s.filtering = false
	s.filter.Blur()
}

// clearFilter empties the field and shows every task.
func (s *todayScreen) clearFilter() {
	s.keepFilter()
	s.filter.Reset()
	s.offset = 0
}

// filterKey handles a key, or a paste, while the field has the keys.
func (s *todayScreen) filterKey(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, s.sh.keys.KeepFilter):
			s.keepFilter()
			return nil
		case key.Matches(k, s.sh.keys.Clear):
			s.clearFilter()
			return nil
		case key.Matches(k, s.sh.keys.ResultUp): // the arrows still move in the list while typing
			s.move(-1)
			return nil
		case key.Matches(k, s.sh.keys.ResultDown):
			s.move(1)
			return nil
		}
	}
	var cmd tea.Cmd
	s.filter, cmd = s.filter.Update(msg)
	s.offset = 0
	s.snapCursor()
	return cmd
}

// filterLine is the line above the list while a filter is typed or kept:
// the field, and how many tasks it shows; "" without a filter.
func (s *todayScreen) filterLine() string {
	if !s.filtering && s.query() == "" {
		return ""
	}
	count := s.sh.styles.Muted.Render("  " + fmt.Sprintf(s.sh.ui.Today.FilterCount, len(s.visible()), len(s.items)))
	if !s.filtering {
		count += s.sh.styles.Muted.Render("  " + s.sh.ui.Today.FilterClear)
	}
	return s.filter.View() + count
}
