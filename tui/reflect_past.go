package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"coach/domain"
	"coach/sanitize"
)

// pastModel is the Reflect screen's past reflections: a list by date,
// newest first, searchable; enter opens one read-only. The list, which
// decodes years of journal text, is read only while it is shown.
type pastModel struct {
	*reflectCommon
	past       []domain.Reflection
	pastLoaded bool
	query      string // the search the list shows
	search     textinput.Model
	searching  bool // the search field has the keys
	cursor     int
	top        int
	opened     *domain.Reflection // shown read-only
	openScroll int
}

// reflectionsFoundMsg carries the past reflections matching query (all of
// them for an empty query), newest first.
type reflectionsFoundMsg struct {
	query string
	rs    []domain.Reflection
	err   error
}

func newPastModel(c *reflectCommon) *pastModel {
	in := textinput.New()
	in.Prompt = c.sh.ui.Reflect.SearchPrompt
	in.CharLimit = 200
	in.SetStyles(inputStyles(c.sh.styles.isDark))
	return &pastModel{reflectCommon: c, search: in}
}

func (p *pastModel) load() tea.Cmd {
	st, q := p.sh.store, p.query
	return func() tea.Msg {
		rs, err := st.SearchReflections(q)
		return reflectionsFoundMsg{query: q, rs: rs, err: err}
	}
}

// resized follows the screen's new size.
func (p *pastModel) resized() {
	p.search.SetWidth(max(p.width-lipgloss.Width(p.search.Prompt)-1, 1))
	p.move(p.cursor)
}

func (p *pastModel) Capturing() bool { return p.searching }

func (p *pastModel) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case reflectionsFoundMsg:
		if msg.query != p.query {
			return nil // an older search
		}
		if msg.err != nil {
			return reportErr(msg.err)
		}
		p.past, p.pastLoaded = msg.rs, true
		p.move(p.cursor)
		if p.opened != nil {
			p.refreshOpened()
		}
	case tea.BackgroundColorMsg:
		p.search.SetStyles(inputStyles(p.sh.styles.isDark))
	case tea.PasteMsg:
		if p.searching {
			msg.Content = sanitize.Line(msg.Content)
			return p.updateSearch(msg)
		}
	case tea.KeyPressMsg:
		switch {
		case p.searching:
			return p.searchKey(msg)
		case p.opened != nil:
			return p.openedKey(msg)
		}
		return p.listKey(msg)
	}
	return nil
}

// back is esc in the list: it clears a search first, then goes back.
func (p *pastModel) back() key.Binding {
	if p.query != "" {
		return p.sh.keys.Clear
	}
	return p.sh.keys.Back
}

// head is the heading of the list and, while typing, the search field.
func (p *pastModel) head() []string {
	st, t := p.sh.styles, p.sh.ui.Reflect
	h := fmt.Sprintf(t.PastHeading, len(p.past))
	if q := strings.TrimSpace(p.query); q != "" {
		h = fmt.Sprintf(t.SearchHeading, sanitize.Line(q), len(p.past))
	}
	head := []string{st.Heading.Render(truncateText(h, p.width))}
	if p.searching {
		head = append(head, rfInputView(st, p.search, t.SearchHint))
	}
	return head
}

// rows is the height of the list.
func (p *pastModel) rows() int { return max(p.height-len(p.head()), 1) }

func (p *pastModel) move(to int) {
	p.cursor = min(max(to, 0), max(len(p.past)-1, 0))
	p.top = keepVisible(p.top, p.cursor, p.rows(), len(p.past), 0)
}

func (p *pastModel) listKey(msg tea.KeyPressMsg) tea.Cmd {
	k := p.sh.keys
	switch {
	case key.Matches(msg, k.Up):
		p.move(p.cursor - 1)
	case key.Matches(msg, k.Down):
		p.move(p.cursor + 1)
	case key.Matches(msg, k.PageUp):
		p.move(p.cursor - p.rows())
	case key.Matches(msg, k.PageDown):
		p.move(p.cursor + p.rows())
	case key.Matches(msg, k.Top):
		p.move(0)
	case key.Matches(msg, k.Bottom):
		p.move(len(p.past) - 1)
	case key.Matches(msg, k.Open):
		if p.cursor < len(p.past) {
			r := p.past[p.cursor]
			p.opened, p.openScroll = &r, 0
		}
	case key.Matches(msg, k.Edit):
		if p.cursor < len(p.past) {
			return p.nav.editDay(p.past[p.cursor])
		}
	case key.Matches(msg, k.Filter):
		return p.startSearch()
	case key.Matches(msg, k.Clear) && p.query != "":
		return p.clearSearch()
	case key.Matches(msg, k.Back, k.Past):
		return p.nav.show(reflectDay)
	case key.Matches(msg, k.Review):
		return p.nav.show(reflectReview)
	}
	return nil
}

// openedKey: one past reflection is open read-only.
func (p *pastModel) openedKey(msg tea.KeyPressMsg) tea.Cmd {
	k := p.sh.keys
	switch {
	case key.Matches(msg, k.Back):
		p.opened = nil
	case key.Matches(msg, k.Edit):
		r := *p.opened
		p.opened = nil
		return p.nav.editDay(r)
	case key.Matches(msg, k.Past):
		p.opened = nil
		return p.nav.show(reflectDay)
	default:
		head, body := p.openedParts()
		p.openScroll = rfScrollKey(msg, k, p.openScroll, len(body), p.height-len(head))
	}
	return nil
}

// refreshOpened follows a reload: the open reflection shows its new text.
func (p *pastModel) refreshOpened() {
	for _, r := range p.past {
		if r.Date == p.opened.Date {
			p.opened = &r
			return
		}
	}
}

func (p *pastModel) startSearch() tea.Cmd {
	p.searching = true
	p.search.SetValue(p.query)
	p.search.CursorEnd()
	p.move(p.cursor)
	return p.search.Focus()
}

func (p *pastModel) clearSearch() tea.Cmd {
	p.search.SetValue("")
	if p.query == "" {
		return nil
	}
	p.query, p.cursor, p.top = "", 0, 0
	return p.load()
}

// searchKey: the search field has the keys; every change searches again.
func (p *pastModel) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	k := p.sh.keys
	switch {
	case key.Matches(msg, k.Clear):
		p.searching = false
		p.search.Blur()
		cmd := p.clearSearch()
		p.move(p.cursor)
		return cmd
	case key.Matches(msg, k.KeepFilter):
		p.searching = false
		p.search.Blur()
		p.move(p.cursor)
		return nil
	case key.Matches(msg, k.ResultUp):
		p.move(p.cursor - 1)
		return nil
	case key.Matches(msg, k.ResultDown):
		p.move(p.cursor + 1)
		return nil
	}
	return p.updateSearch(msg)
}

func (p *pastModel) updateSearch(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.search, cmd = p.search.Update(msg)
	if q := p.search.Value(); q != p.query {
		p.query, p.cursor, p.top = q, 0, 0
		return tea.Batch(cmd, p.load())
	}
	return cmd
}

func (p *pastModel) View() []string {
	if p.opened != nil {
		head, body := p.openedParts()
		return append(head, rfWindow(body, p.openScroll, p.height-len(head))...)
	}
	return p.listView()
}

func (p *pastModel) listView() []string {
	st, t, w := p.sh.styles, p.sh.ui.Reflect, p.width
	lines := p.head()
	switch {
	case !p.pastLoaded:
		return append(lines, st.Muted.Render(p.sh.ui.Common.Loading))
	case len(p.past) == 0 && strings.TrimSpace(p.query) != "":
		return append(lines, rfStyleLines(st.Muted.Render, rfWrap(fmt.Sprintf(t.NoMatch, sanitize.Line(p.query)), w))...)
	case len(p.past) == 0:
		return append(lines, rfStyleLines(st.Muted.Render, rfWrap(t.PastEmpty, w))...)
	}
	end := min(len(p.past), p.top+max(p.height-len(lines), 1))
	for i := p.top; i < end; i++ {
		lines = append(lines, p.listRow(p.rowText(p.past[i]), i == p.cursor, w))
	}
	return lines
}

// rowText is "2026-11-27  4/5  first line of learned  #tag".
func (p *pastModel) rowText(r domain.Reflection) string {
	rating := p.sh.ui.Reflect.NoRating
	if r.Rating != domain.Unrated {
		rating = fmt.Sprintf(p.sh.ui.Reflect.RatingOf, r.Rating)
	}
	row := r.Date.String() + "  " + rating
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
func (p *pastModel) openedParts() (head, body []string) {
	r := *p.opened
	head = []string{p.sh.styles.Heading.Render(truncateText(p.dayHeading(r.Date), p.width))}
	return head, p.reflectionLines(r, p.width)
}

func (p *pastModel) ShortHelp() []key.Binding {
	k := p.sh.keys
	switch {
	case p.searching:
		return []key.Binding{k.Results, k.KeepFilter, k.Clear}
	case p.opened != nil:
		return []key.Binding{k.Up, k.Down, k.Edit, k.Back}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Filter, k.Edit, p.back()}
}

func (p *pastModel) FullHelp() [][]key.Binding {
	k := p.sh.keys
	switch {
	case p.searching:
		return [][]key.Binding{{k.Results}, {k.KeepFilter, k.Clear}}
	case p.opened != nil:
		return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Edit, k.Back, k.Past}}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Edit, k.Filter, p.back(), k.Past, k.Review},
	}
}
