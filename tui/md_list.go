package tui

// The left pane of the Guide and FAQ screens: the pages, a cursor over
// them and the filter that narrows them. It knows nothing of the page
// shown beside it; the browser asks it what is selected.

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/content"
)

// mdFilterLimit is the longest filter query.
const mdFilterLimit = 64

// pageItem is one entry of the list: a guide section or a FAQ question.
type pageItem struct {
	id      string
	title   string
	related string // FAQ: id of the related guide section
	relName string // FAQ: title of the related guide section
}

// pagesFilteredMsg carries the ids matching a filter query.
type pagesFilteredMsg struct {
	kind  string
	query string
	ids   map[string]bool
}

// searchPages finds the pages of a kind whose title or text has every
// word of query.
func searchPages(lang content.Lang, kind, query string) tea.Cmd {
	return func() tea.Msg {
		ids := map[string]bool{}
		for _, h := range content.Search(lang, query) {
			if h.Kind == kind {
				ids[h.ID] = true
			}
		}
		return pagesFilteredMsg{kind: kind, query: query, ids: ids}
	}
}

// mdList is the list of pages with its cursor and filter.
type mdList struct {
	sh     *shared
	kind   string // content.KindGuide or content.KindFAQ
	header string // title of the list

	items []pageItem
	shown []int // indexes into items that match the filter, in order
	sel   int   // index into shown
	top   int   // first list row on screen

	filter    textinput.Model
	filtering bool   // the filter field has the keys
	query     string // the query the list is filtered by

	width, height int        // inside the pane's border
	titleLines    [][]string // each item's title wrapped to the width, by index into items
}

// mdMaxTitleLines bounds the lines one title takes in the list; a title
// longer still ends in "…".
const mdMaxTitleLines = 3

func newMDList(sh *shared, kind, header string, items []pageItem) *mdList {
	l := &mdList{sh: sh, kind: kind, header: header, items: items, filter: textinput.New()}
	l.filter.Prompt = sh.ui.Guide.Filter
	l.filter.Placeholder = sh.ui.Guide.FilterHint
	l.filter.CharLimit = mdFilterLimit
	l.filter.SetStyles(sh.styles.filterStyles())
	l.showAll()
	l.wrapTitles()
	return l
}

func (l *mdList) showAll() {
	l.shown = make([]int, len(l.items))
	for i := range l.items {
		l.shown[i] = i
	}
}

// selected returns the item under the cursor.
func (l *mdList) selected() (pageItem, bool) {
	if l.sel < 0 || l.sel >= len(l.shown) {
		return pageItem{}, false
	}
	return l.items[l.shown[l.sel]], true
}

// rows is how many lines of items fit under the header line.
func (l *mdList) rows() int { return max(l.height-1, 0) }

// SetSize takes the room inside the pane's border.
func (l *mdList) SetSize(w, h int) {
	l.width, l.height = max(w, 0), max(h, 0)
	// Room for a space, the prompt, the cursor and a count like " 12/21".
	l.filter.SetWidth(max(l.width-1-lipgloss.Width(l.filter.Prompt)-1-6, 1))
	l.wrapTitles()
	l.keepVisible()
}

// wrapTitles wraps every title to the list's width after the two columns
// of the cursor mark, so a long question reads whole on a narrow screen
// instead of being cut after twenty characters.
func (l *mdList) wrapTitles() {
	w := max(l.width-2, 1)
	l.titleLines = make([][]string, len(l.items))
	for i, it := range l.items {
		lines := strings.Split(content.WrapText(it.title, w), "\n")
		if len(lines) > mdMaxTitleLines {
			lines = lines[:mdMaxTitleLines]
			lines[len(lines)-1] += "…"
		}
		l.titleLines[i] = lines
	}
}

// itemHeight is how many lines the shown item n takes.
func (l *mdList) itemHeight(n int) int {
	if i := l.shown[n]; i < len(l.titleLines) {
		return len(l.titleLines[i])
	}
	return 1
}

// linesBetween is how many lines the shown items from..to take.
func (l *mdList) linesBetween(from, to int) int {
	n := 0
	for i := from; i <= to && i < len(l.shown); i++ {
		n += l.itemHeight(i)
	}
	return n
}

// keepVisible scrolls so the selected item shows whole, and so the list
// leaves no room empty under its last item while items above are hidden.
func (l *mdList) keepVisible() {
	rows := l.rows()
	if rows <= 0 || len(l.shown) == 0 {
		l.top = max(min(l.sel, len(l.shown)-1), 0)
		return
	}
	l.top = max(min(l.top, len(l.shown)-1), 0)
	if l.sel < l.top {
		l.top = l.sel
	}
	for l.top < l.sel && l.linesBetween(l.top, l.sel) > rows {
		l.top++
	}
	for l.top > 0 && l.linesBetween(l.top-1, len(l.shown)-1) <= rows {
		l.top--
	}
}

// move moves the cursor by n, staying within the list.
func (l *mdList) move(n int) {
	if len(l.shown) == 0 {
		return
	}
	l.sel = max(min(l.sel+n, len(l.shown)-1), 0)
	l.keepVisible()
}

// moveKey moves the cursor for the movement keys; it reports whether the
// key was one of them.
func (l *mdList) moveKey(msg tea.KeyPressMsg) bool {
	k := l.sh.keys
	switch {
	case key.Matches(msg, k.Up):
		l.move(-1)
	case key.Matches(msg, k.Down):
		l.move(1)
	case key.Matches(msg, k.Top):
		l.move(-len(l.shown))
	case key.Matches(msg, k.Bottom):
		l.move(len(l.shown))
	default:
		return false
	}
	return true
}

// clickRow selects the item on line y of the pane's view (line 0 is the
// header); it reports whether an item was there.
func (l *mdList) clickRow(y int) bool {
	row := y - 1
	if row < 0 || row >= l.rows() {
		return false
	}
	for i := l.top; i < len(l.shown); i++ {
		row -= l.itemHeight(i)
		if row < 0 {
			l.sel = i
			l.keepVisible()
			return true
		}
	}
	return false
}

// selectID moves the cursor to the item id if it is shown.
func (l *mdList) selectID(id string) bool {
	for i, j := range l.shown {
		if l.items[j].id == id {
			l.sel = i
			l.keepVisible()
			return true
		}
	}
	return false
}

// --- filtering ---

// startFilter gives the keys to the filter field.
func (l *mdList) startFilter() tea.Cmd {
	l.filtering = true
	return l.filter.Focus()
}

// keepFilter gives the keys back, keeping the query.
func (l *mdList) keepFilter() {
	l.filtering = false
	l.filter.Blur()
}

// clearFilter empties the field and shows every item.
func (l *mdList) clearFilter() tea.Cmd {
	l.keepFilter()
	l.filter.Reset()
	return l.setQuery("")
}

// filterUpdate passes msg (a key, a paste) to the field and filters by
// what it then holds.
func (l *mdList) filterUpdate(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	l.filter, cmd = l.filter.Update(msg)
	return tea.Batch(cmd, l.setQuery(l.filter.Value()))
}

// filterKey handles a key while the field has the keys.
func (l *mdList) filterKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, l.sh.keys.KeepFilter):
		l.keepFilter()
		return nil
	case key.Matches(msg, l.sh.keys.Clear):
		return l.clearFilter()
	}
	return l.filterUpdate(msg)
}

// setQuery filters the list by q: at once when q is empty, through a
// search command otherwise.
func (l *mdList) setQuery(q string) tea.Cmd {
	q = strings.TrimSpace(q)
	if q == l.query {
		return nil
	}
	l.query = q
	if q == "" {
		l.applyFilter(nil)
		return nil
	}
	return searchPages(l.sh.lang, l.kind, q)
}

// filtered takes a search result; it reports whether it was this list's
// answer to its current query.
func (l *mdList) filtered(msg pagesFilteredMsg) bool {
	if msg.kind != l.kind || msg.query != l.query {
		return false
	}
	l.applyFilter(msg.ids)
	return true
}

// applyFilter keeps the items whose id is in ids (all when ids is nil),
// keeping the selection when it still matches.
func (l *mdList) applyFilter(ids map[string]bool) {
	cur, hadSel := l.selected()
	if ids == nil {
		l.showAll()
	} else {
		l.shown = l.shown[:0]
		for i, it := range l.items {
			if ids[it.id] {
				l.shown = append(l.shown, i)
			}
		}
	}
	l.sel = 0
	if hadSel {
		l.selectID(cur.id)
	}
	l.keepVisible()
}

// emptyText says why nothing is listed.
func (l *mdList) emptyText() string {
	if l.query != "" {
		return fmt.Sprintf(l.sh.ui.Guide.NoMatch, l.query)
	}
	return l.sh.ui.Guide.Empty
}

// --- view ---

// View is the pane's inside: exactly width columns by height lines, the
// cursor marked when the list has the focus.
func (l *mdList) View(focused bool) string {
	st := l.sh.styles
	w := l.width
	lines := make([]string, 0, l.height)
	if l.filtering || l.query != "" {
		count := ""
		if l.query != "" {
			count = fmt.Sprintf(" %d/%d", len(l.shown), len(l.items))
		}
		in := fitLine(" "+l.filter.View(), max(w-lipgloss.Width(count), 0))
		lines = append(lines, fitLine(in+st.Muted.Render(count), w))
	} else {
		count := fmt.Sprintf(" %d", len(l.items))
		head := ansi.Truncate(l.header, max(w-lipgloss.Width(count)-1, 0), "…")
		label := st.Label
		if focused {
			label = st.FocusedLabel
		}
		gap := max(w-lipgloss.Width(head)-lipgloss.Width(count)-1, 0)
		lines = append(lines, fitLine(" "+label.Render(head)+strings.Repeat(" ", gap)+st.Muted.Render(count), w))
	}
	rows := l.rows()
	if len(l.shown) == 0 {
		for _, line := range strings.Split(ansi.Wrap(l.emptyText(), max(w-1, 1), ""), "\n") {
			if len(lines) > rows {
				break
			}
			lines = append(lines, fitLine(" "+st.Muted.Render(line), w))
		}
	}
	for i := l.top; i < len(l.shown) && len(lines) <= rows; i++ {
		for j, title := range l.titleLines[l.shown[i]] {
			if len(lines) > rows {
				break
			}
			mark := "  "
			if i == l.sel && j == 0 && (focused || l.filtering) {
				mark = "▸ "
			}
			line := fitLine(mark+title, w)
			if i == l.sel {
				line = st.Selected.Render(line)
			}
			lines = append(lines, line)
		}
	}
	for len(lines) < l.height {
		lines = append(lines, fitLine("", w))
	}
	return strings.Join(lines, "\n")
}
