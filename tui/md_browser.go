package tui

// The Guide and FAQ screens share one layout: a list of pages on the left
// and the selected page, rendered as markdown, in a scrolling viewport on
// the right. mdBrowser holds that shared state and logic; the two screens
// wrap it and add what is theirs (opening a section, following a FAQ
// entry's related section).

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

// Layout of the list pane: about a third of the width, within bounds.
const (
	mdListMinWidth = 22
	mdListMaxWidth = 36
	// mdWheelLines is how far one wheel step scrolls the text.
	mdWheelLines = 3
	// mdMaxPages bounds a screen's own cache of rendered pages.
	mdMaxPages = 256
	// mdFilterLimit is the longest filter query.
	mdFilterLimit = 64
	// Below this size the panes are not drawn (the root needs more anyway).
	mdMinWidth  = 30
	mdMinHeight = 5
)

// mdFocus says which pane takes the movement keys.
type mdFocus int

const (
	mdFocusList mdFocus = iota
	mdFocusText
)

func (f mdFocus) String() string {
	if f == mdFocusText {
		return "text"
	}
	return "list"
}

// pageItem is one entry of the list: a guide section or a FAQ question.
type pageItem struct {
	id      string
	title   string
	related string // FAQ: id of the related guide section
	relName string // FAQ: title of the related guide section
}

// pageKey names one rendering of a page.
type pageKey struct {
	id    string
	width int
	style string
}

// sectionRenderedMsg carries a page rendered by renderPage. kind tells the
// guide's results from the FAQ's, since the root gives such a result to
// every screen.
type sectionRenderedMsg struct {
	kind  string
	id    string
	width int
	style string
	text  string
	err   error
}

func (m sectionRenderedMsg) key() pageKey { return pageKey{m.id, m.width, m.style} }

// pagesFilteredMsg carries the ids matching a filter query.
type pagesFilteredMsg struct {
	kind  string
	query string
	ids   map[string]bool
}

// mdBrowser is the list + viewport pair of the Guide and FAQ screens.
type mdBrowser struct {
	sh     *shared
	kind   string // content.KindGuide or content.KindFAQ
	header string // title of the list

	items []pageItem
	shown []int // indexes into items that match the filter, in order
	sel   int   // index into shown
	top   int   // first list row on screen

	focus     mdFocus
	filter    textinput.Model
	filtering bool   // the filter field has the keys
	query     string // the query the list is filtered by

	vp      pager
	vpKey   pageKey // what the viewport shows; width 0 while a placeholder
	pending pageKey // the rendering asked for and not yet received
	pages   map[pageKey]string

	width, height int
}

func newMDBrowser(sh *shared, kind, header string, items []pageItem) *mdBrowser {
	b := &mdBrowser{
		sh:     sh,
		kind:   kind,
		header: header,
		items:  items,
		filter: textinput.New(),
		pages:  map[pageKey]string{},
	}
	b.filter.Prompt = sh.ui.Guide.Filter
	b.filter.Placeholder = sh.ui.Guide.FilterHint
	b.filter.CharLimit = mdFilterLimit
	b.setInputStyles()
	b.showAll()
	return b
}

// setInputStyles follows the background, with the screen's prompt styles.
func (b *mdBrowser) setInputStyles() {
	st := inputStyles(b.sh.styles.isDark)
	st.Focused.Prompt = b.sh.styles.FocusedLabel
	st.Blurred.Prompt = b.sh.styles.Label
	b.filter.SetStyles(st)
}

func (b *mdBrowser) showAll() {
	b.shown = make([]int, len(b.items))
	for i := range b.items {
		b.shown[i] = i
	}
}

// selected returns the item under the cursor.
func (b *mdBrowser) selected() (pageItem, bool) {
	if b.sel < 0 || b.sel >= len(b.shown) {
		return pageItem{}, false
	}
	return b.items[b.shown[b.sel]], true
}

// --- layout ---

// listWidth is the outer width of the list pane.
func (b *mdBrowser) listWidth() int {
	w := min(max(b.width/3, mdListMinWidth), mdListMaxWidth)
	return min(w, b.width/2)
}

// textWidth is the inner width of the text pane (inside its border).
func (b *mdBrowser) textWidth() int { return max(b.width-b.listWidth()-2, 0) }

// listRows is how many items fit under the list's header line.
func (b *mdBrowser) listRows() int { return max(b.height-3, 0) }

func (b *mdBrowser) renderWidth() int { return max(b.textWidth(), content.MinRenderWidth) }

// SetSize lays the panes out; a rendering already made for the new width
// shows at once, otherwise the next update asks for one.
func (b *mdBrowser) SetSize(w, h int) {
	b.width, b.height = max(w, 0), max(h, 0)
	b.vp.SetWidth(b.textWidth())
	b.vp.SetHeight(max(b.height-3, 0)) // border and footer line
	// Room for a space, the prompt, the cursor and a count like " 12/21".
	b.filter.SetWidth(max(b.listWidth()-2-1-lipgloss.Width(b.filter.Prompt)-1-6, 1))
	b.keepVisible()
	b.showCached()
}

func (b *mdBrowser) keepVisible() {
	rows := b.listRows()
	switch {
	case rows <= 0:
		b.top = b.sel
	case b.sel < b.top:
		b.top = b.sel
	case b.sel >= b.top+rows:
		b.top = b.sel - rows + 1
	}
	b.top = max(min(b.top, len(b.shown)-rows), 0)
}

// --- rendering ---

// want is the rendering the viewport should show.
func (b *mdBrowser) want() (pageKey, bool) {
	it, ok := b.selected()
	if !ok || b.width == 0 {
		return pageKey{}, false
	}
	return pageKey{it.id, b.renderWidth(), b.sh.styles.MarkdownStyle}, true
}

// showCached puts the wanted page in the viewport if it is at hand, or a
// placeholder when the selection moved to a page not rendered yet. It
// reports whether the page still needs rendering.
func (b *mdBrowser) showCached() bool {
	k, ok := b.want()
	if !ok {
		if b.width > 0 {
			b.vp.SetContent(b.emptyText())
			b.vp.GotoTop()
		}
		b.vpKey = pageKey{}
		return false
	}
	if k == b.vpKey {
		return false
	}
	if text, ok := b.pages[k]; ok {
		b.setPage(k, text)
		return false
	}
	if b.vpKey.id != k.id {
		// Another page: its old text would mislead; the same page at
		// another width or style keeps its text until the new one comes.
		b.vp.SetContent(b.sh.styles.Muted.Render(b.sh.ui.Guide.Rendering))
		b.vp.GotoTop()
		b.vpKey = pageKey{id: k.id}
	}
	return true
}

// sync shows the wanted page and returns the command that renders it when
// it is not at hand.
func (b *mdBrowser) sync() tea.Cmd {
	if !b.showCached() {
		return nil
	}
	k, _ := b.want()
	if k == b.pending {
		return nil
	}
	b.pending = k
	return renderPage(b.sh.renderer, b.sh.lang, b.kind, k)
}

// renderPage renders one page in a command; the Renderer caches it.
func renderPage(r *content.Renderer, lang content.Lang, kind string, k pageKey) tea.Cmd {
	return func() tea.Msg {
		var text string
		var err error
		if kind == content.KindFAQ {
			text, err = r.FAQ(lang, k.id, k.width, k.style)
		} else {
			text, err = r.Section(lang, k.id, k.width, k.style)
		}
		return sectionRenderedMsg{kind: kind, id: k.id, width: k.width, style: k.style, text: text, err: err}
	}
}

func (b *mdBrowser) setPage(k pageKey, text string) {
	same := b.vpKey.id == k.id
	b.vp.SetContent(text)
	b.vpKey = k
	if !same {
		b.vp.GotoTop()
	}
}

// mdTrimBlank drops the empty lines glamour puts around a document.
func mdTrimBlank(s string) string {
	lines := strings.Split(s, "\n")
	blank := func(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

func (b *mdBrowser) rendered(msg sectionRenderedMsg) tea.Cmd {
	k := msg.key()
	if k == b.pending {
		b.pending = pageKey{}
	}
	if msg.err == nil {
		if len(b.pages) >= mdMaxPages {
			b.pages = map[pageKey]string{}
		}
		b.pages[k] = mdTrimBlank(msg.text) // trimmed once, not at every switch
	}
	if want, ok := b.want(); !ok || want != k {
		return nil // stale: the selection, width or style moved on
	}
	if msg.err != nil {
		b.vp.SetContent(b.sh.styles.Error.Render(fmt.Sprintf(b.sh.ui.Guide.RenderError, msg.err)))
		b.vpKey = k
		err := msg.err
		return reportErr(err)
	}
	b.setPage(k, b.pages[k])
	return nil
}

func (b *mdBrowser) emptyText() string {
	if b.query != "" {
		return fmt.Sprintf(b.sh.ui.Guide.NoMatch, b.query)
	}
	return b.sh.ui.Guide.Empty
}

// --- filtering ---

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

// setQuery filters the list by q: at once when q is empty, through a
// search command otherwise.
func (b *mdBrowser) setQuery(q string) tea.Cmd {
	q = strings.TrimSpace(q)
	if q == b.query {
		return nil
	}
	b.query = q
	if q == "" {
		b.applyFilter(nil)
		return b.sync()
	}
	return searchPages(b.sh.lang, b.kind, q)
}

// applyFilter keeps the items whose id is in ids (all when ids is nil),
// keeping the selection when it still matches.
func (b *mdBrowser) applyFilter(ids map[string]bool) {
	cur, hadSel := b.selected()
	if ids == nil {
		b.showAll()
	} else {
		b.shown = b.shown[:0]
		for i, it := range b.items {
			if ids[it.id] {
				b.shown = append(b.shown, i)
			}
		}
	}
	b.sel = 0
	if hadSel {
		b.selectID(cur.id)
	}
	b.keepVisible()
}

// selectID moves the cursor to the item id if it is shown.
func (b *mdBrowser) selectID(id string) bool {
	for i, j := range b.shown {
		if b.items[j].id == id {
			b.sel = i
			b.keepVisible()
			return true
		}
	}
	return false
}

func (b *mdBrowser) clearFilter() tea.Cmd {
	b.filtering = false
	b.filter.Blur()
	b.filter.Reset()
	return b.setQuery("")
}

// --- update ---

func (b *mdBrowser) Init() tea.Cmd {
	b.pending = pageKey{} // a result may have gone to another screen
	return b.sync()
}

// update handles what both screens share. The screens call it after their
// own keys.
func (b *mdBrowser) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case sectionRenderedMsg:
		if msg.kind == b.kind {
			return b.rendered(msg)
		}
		return nil
	case pagesFilteredMsg:
		if msg.kind == b.kind && msg.query == b.query {
			b.applyFilter(msg.ids)
			return b.sync()
		}
		return nil
	case tea.BackgroundColorMsg:
		b.setInputStyles()
		return b.sync()
	case tea.WindowSizeMsg:
		return b.sync()
	case tea.MouseWheelMsg:
		return tea.Batch(b.wheel(msg.Mouse()), b.sync())
	case tea.MouseClickMsg:
		return tea.Batch(b.click(msg.Mouse()), b.sync())
	case tea.KeyPressMsg:
		// sync also catches up with a resize, which SetSize could not
		// answer with a command.
		if b.filtering {
			return tea.Batch(b.filterKey(msg), b.sync())
		}
		return tea.Batch(b.key(msg), b.sync())
	}
	if b.filtering { // a paste, for one
		var cmd tea.Cmd
		b.filter, cmd = b.filter.Update(msg)
		return tea.Batch(cmd, b.setQuery(b.filter.Value()))
	}
	return b.sync()
}

func (b *mdBrowser) filterKey(msg tea.KeyPressMsg) tea.Cmd {
	k := b.sh.keys
	switch {
	case key.Matches(msg, k.KeepFilter):
		b.filtering = false
		b.filter.Blur()
		return b.sync()
	case key.Matches(msg, k.Clear):
		return b.clearFilter()
	}
	var cmd tea.Cmd
	b.filter, cmd = b.filter.Update(msg)
	return tea.Batch(cmd, b.setQuery(b.filter.Value()))
}

func (b *mdBrowser) key(msg tea.KeyPressMsg) tea.Cmd {
	k := b.sh.keys
	text := b.focus == mdFocusText
	switch {
	case key.Matches(msg, k.Filter):
		b.filtering = true
		b.focus = mdFocusList
		return b.filter.Focus()
	case key.Matches(msg, k.Up):
		if text {
			b.vp.ScrollUp(1)
			return nil
		}
		return b.move(-1)
	case key.Matches(msg, k.Down):
		if text {
			b.vp.ScrollDown(1)
			return nil
		}
		return b.move(1)
	case key.Matches(msg, k.Top):
		if text {
			b.vp.GotoTop()
			return nil
		}
		return b.move(-len(b.shown))
	case key.Matches(msg, k.Bottom):
		if text {
			b.vp.GotoBottom()
			return nil
		}
		return b.move(len(b.shown))
	case key.Matches(msg, k.PageUp):
		b.vp.PageUp()
		return nil
	case key.Matches(msg, k.PageDown):
		b.vp.PageDown()
		return nil
	case key.Matches(msg, k.FocusText):
		if _, ok := b.selected(); ok {
			b.focus = mdFocusText
		}
		return nil
	case key.Matches(msg, k.FocusList):
		b.focus = mdFocusList
		return nil
	case key.Matches(msg, k.Back) && text:
		b.focus = mdFocusList
		return nil
	case key.Matches(msg, k.Clear) && b.query != "":
		return b.clearFilter()
	}
	return nil
}

// move moves the list cursor by n, staying within the list, and shows the
// page under it.
func (b *mdBrowser) move(n int) tea.Cmd {
	if len(b.shown) == 0 {
		return nil
	}
	b.sel = max(min(b.sel+n, len(b.shown)-1), 0)
	b.keepVisible()
	return b.sync()
}

// wheel scrolls the pane under the pointer. The screen starts on the
// terminal's second row, below the tab bar.
func (b *mdBrowser) wheel(m tea.Mouse) tea.Cmd {
	up := m.Button == tea.MouseWheelUp
	if !up && m.Button != tea.MouseWheelDown {
		return nil
	}
	if m.X >= b.listWidth() {
		if up {
			b.vp.ScrollUp(mdWheelLines)
		} else {
			b.vp.ScrollDown(mdWheelLines)
		}
		return nil
	}
	if up {
		return b.move(-1)
	}
	return b.move(1)
}

// click selects the list item under the pointer, or focuses the text.
func (b *mdBrowser) click(m tea.Mouse) tea.Cmd {
	if m.Button != tea.MouseLeft || b.filtering {
		return nil
	}
	if m.X >= b.listWidth() {
		if _, ok := b.selected(); ok {
			b.focus = mdFocusText
		}
		return nil
	}
	b.focus = mdFocusList
	row := m.Y - 1 - 2 // tab bar, top border, header
	if row < 0 || row >= b.listRows() || b.top+row >= len(b.shown) {
		return nil
	}
	b.sel = b.top + row
	b.keepVisible()
	return b.sync()
}

// --- view ---

func (b *mdBrowser) View(footer string) string {
	if b.width < mdMinWidth || b.height < mdMinHeight {
		return ""
	}
	st := b.sh.styles
	listPane, textPane := st.PaneBorder, st.PaneBorder
	if b.focus == mdFocusText && !b.filtering {
		textPane = st.FocusedBorder
	} else {
		listPane = st.FocusedBorder
	}
	// Boxes drawn by hand and joined line by line: the panes' lines are
	// already exactly their width, so nothing needs measuring again.
	left := strings.Split(box(strings.Split(b.listView(), "\n"), b.listWidth()-2, listPane), "\n")
	right := strings.Split(box(strings.Split(b.textView(footer), "\n"), b.textWidth(), textPane), "\n")
	out := make([]string, max(len(left), len(right)))
	for i := range out {
		if i < len(left) {
			out[i] = left[i]
		}
		if i < len(right) {
			out[i] += right[i]
		}
	}
	return strings.Join(out, "\n")
}

func (b *mdBrowser) listView() string {
	st := b.sh.styles
	w := b.listWidth() - 2
	lines := make([]string, 0, b.height-2)
	if b.filtering || b.query != "" {
		count := ""
		if b.query != "" {
			count = fmt.Sprintf(" %d/%d", len(b.shown), len(b.items))
		}
		in := fitLine(" "+b.filter.View(), max(w-lipgloss.Width(count), 0))
		lines = append(lines, fitLine(in+st.Muted.Render(count), w))
	} else {
		count := fmt.Sprintf(" %d", len(b.items))
		head := ansi.Truncate(b.header, max(w-lipgloss.Width(count)-1, 0), "…")
		label := st.Label
		if b.focus == mdFocusList {
			label = st.FocusedLabel
		}
		gap := max(w-lipgloss.Width(head)-lipgloss.Width(count)-1, 0)
		lines = append(lines, fitLine(" "+label.Render(head)+strings.Repeat(" ", gap)+st.Muted.Render(count), w))
	}
	rows := b.listRows()
	if len(b.shown) == 0 {
		for _, l := range strings.Split(ansi.Wrap(b.emptyText(), max(w-1, 1), ""), "\n") {
			if len(lines) > rows {
				break
			}
			lines = append(lines, fitLine(" "+st.Muted.Render(l), w))
		}
	}
	for i := b.top; i < len(b.shown) && i < b.top+rows; i++ {
		title := b.items[b.shown[i]].title
		if i != b.sel {
			lines = append(lines, fitLine("  "+title, w))
			continue
		}
		mark := "  "
		if b.focus == mdFocusList || b.filtering {
			mark = "▸ "
		}
		lines = append(lines, st.Selected.Render(fitLine(mark+title, w)))
	}
	for len(lines) < b.height-2 {
		lines = append(lines, fitLine("", w))
	}
	return strings.Join(lines, "\n")
}

func (b *mdBrowser) textView(footer string) string {
	w := b.textWidth()
	body := b.vp.View()
	if b.vp.Height() == 0 {
		body = ""
	}
	right := ""
	if b.vp.TotalLineCount() > b.vp.Height() {
		right = fmt.Sprintf(" %3.0f%%", b.vp.ScrollPercent()*100)
	}
	left := ansi.Truncate(footer, max(w-lipgloss.Width(right)-1, 0), "…")
	gap := max(w-lipgloss.Width(left)-lipgloss.Width(right), 0)
	foot := fitLine(left+strings.Repeat(" ", gap)+b.sh.styles.Muted.Render(right), w)
	if body == "" {
		return foot
	}
	return body + "\n" + foot
}

// --- help ---

func (b *mdBrowser) shortHelp(extra ...key.Binding) []key.Binding {
	k := b.sh.keys
	if b.filtering {
		return []key.Binding{k.KeepFilter, k.Clear}
	}
	if b.focus == mdFocusText {
		out := append([]key.Binding{k.Down, k.Up, k.PageDown}, extra...)
		return append(out, k.FocusList, k.Filter)
	}
	out := append([]key.Binding{k.Down, k.Up}, extra...)
	out = append(out, k.FocusText, k.Filter)
	if b.query != "" {
		out = append(out, k.Clear)
	}
	return out
}

func (b *mdBrowser) fullHelp(extra ...key.Binding) [][]key.Binding {
	k := b.sh.keys
	if b.filtering {
		return [][]key.Binding{{k.KeepFilter, k.Clear}}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom},
		{k.PageUp, k.PageDown, k.FocusText, k.FocusList, k.Back},
		append([]key.Binding{k.Filter, k.KeepFilter, k.Clear}, extra...),
	}
}
