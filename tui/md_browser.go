package tui

// The Guide and FAQ screens share one layout: a list of pages on the left
// (mdList) and the selected page, rendered as markdown, on the right
// (mdPage). mdBrowser puts the two side by side, says which has the focus
// and keeps the page in step with the list; the two screens wrap it and
// add what is theirs (opening a section, following a FAQ entry's related
// section).

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Layout of the list pane: about a third of the width, within bounds.
const (
	mdListMinWidth = 22
	mdListMaxWidth = 36
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

// mdBrowser is the list and page pair of the Guide and FAQ screens. The
// two are embedded so the screens read the selection and the page shown
// directly; the browser itself names which one it means.
type mdBrowser struct {
	sh *shared
	*mdList
	*mdPage
	focus         mdFocus
	width, height int
}

func newMDBrowser(sh *shared, kind, header string, items []pageItem) *mdBrowser {
	return &mdBrowser{sh: sh, mdList: newMDList(sh, kind, header, items), mdPage: newMDPage(sh, kind)}
}

// --- layout ---

// listWidth is the outer width of the list pane.
func (b *mdBrowser) listWidth() int {
	w := min(max(b.width/3, mdListMinWidth), mdListMaxWidth)
	return min(w, b.width/2)
}

// textWidth is the inner width of the text pane (inside its border).
func (b *mdBrowser) textWidth() int { return max(b.width-b.listWidth()-2, 0) }

// SetSize lays the panes out; a rendering already made for the new width
// shows at once, otherwise the next update asks for one.
func (b *mdBrowser) SetSize(w, h int) {
	b.width, b.height = max(w, 0), max(h, 0)
	inside := max(b.height-2, 0) // within the borders
	b.mdPage.SetSize(b.textWidth(), inside)
	b.mdList.SetSize(max(b.listWidth()-2, 0), inside)
	b.showCached()
}

// --- keeping the page in step ---

// want is the rendering the page pane should show.
func (b *mdBrowser) want() (pageKey, bool) {
	it, ok := b.mdList.selected()
	if !ok || b.width == 0 {
		return pageKey{}, false
	}
	return b.mdPage.keyFor(it.id), true
}

// showCached shows the wanted page if it is at hand, a placeholder if
// not, or why there is none. It reports whether the page still needs
// rendering.
func (b *mdBrowser) showCached() bool {
	k, ok := b.want()
	if !ok {
		if b.width > 0 {
			b.mdPage.showNote(b.mdList.emptyText())
		} else {
			b.mdPage.vpKey = pageKey{} // no page, and no room to say why
		}
		return false
	}
	return b.mdPage.showCached(k)
}

// sync shows the wanted page and returns the command that renders it when
// it is not at hand.
func (b *mdBrowser) sync() tea.Cmd {
	if !b.showCached() {
		return nil
	}
	k, _ := b.want()
	return b.mdPage.request(k)
}

// --- update ---

func (b *mdBrowser) Init() tea.Cmd {
	b.mdPage.pending = pageKey{} // a result may have gone to another screen
	return b.sync()
}

// update handles what both screens share. The screens call it after their
// own keys. Whatever changed, the page is brought in step at the end
// (sync also catches up with a resize, which SetSize could not answer
// with a command).
func (b *mdBrowser) update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case sectionRenderedMsg:
		if msg.kind != b.mdPage.kind {
			return nil
		}
		want, _ := b.want()
		return b.mdPage.rendered(msg, want)
	case pagesFilteredMsg:
		if !b.mdList.filtered(msg) {
			return nil
		}
	case tea.BackgroundColorMsg:
		b.mdList.filter.SetStyles(b.sh.styles.filterStyles())
	case tea.WindowSizeMsg:
		// Only the sync below: the size came through SetSize.
	case tea.MouseWheelMsg:
		b.wheel(msg.Mouse())
	case tea.MouseClickMsg:
		b.click(msg.Mouse())
	case tea.KeyPressMsg:
		if b.mdList.filtering {
			cmd = b.mdList.filterKey(msg)
		} else {
			cmd = b.key(msg)
		}
	default:
		if b.mdList.filtering { // a paste, for one
			cmd = b.mdList.filterUpdate(msg)
		}
	}
	return tea.Batch(cmd, b.sync())
}

func (b *mdBrowser) key(msg tea.KeyPressMsg) tea.Cmd {
	k := b.sh.keys
	text := b.focus == mdFocusText
	switch {
	case key.Matches(msg, k.Filter):
		b.focus = mdFocusList
		return b.mdList.startFilter()
	case key.Matches(msg, k.FocusText):
		b.focusText()
	case key.Matches(msg, k.FocusList), key.Matches(msg, k.Back) && text:
		b.focus = mdFocusList
	case key.Matches(msg, k.Clear) && b.mdList.query != "":
		return b.mdList.clearFilter()
	case key.Matches(msg, k.PageUp, k.PageDown), text:
		b.mdPage.scrollKey(msg)
	default:
		b.mdList.moveKey(msg)
	}
	return nil
}

// focusText gives the keys to the page, when there is one.
func (b *mdBrowser) focusText() {
	if _, ok := b.mdList.selected(); ok {
		b.focus = mdFocusText
	}
}

// The mouse arrives in the screen's own coordinates (the root takes off
// the tab bar): row 0 is the panes' top border.

// wheel scrolls the pane under the pointer.
func (b *mdBrowser) wheel(m tea.Mouse) {
	up := m.Button == tea.MouseWheelUp
	if !up && m.Button != tea.MouseWheelDown {
		return
	}
	switch {
	case m.X >= b.listWidth():
		b.mdPage.wheel(up)
	case up:
		b.mdList.move(-1)
	default:
		b.mdList.move(1)
	}
}

// click selects the list item under the pointer, or focuses the text.
func (b *mdBrowser) click(m tea.Mouse) {
	if m.Button != tea.MouseLeft || b.mdList.filtering {
		return
	}
	if m.X >= b.listWidth() {
		b.focusText()
		return
	}
	b.focus = mdFocusList
	b.mdList.clickRow(m.Y - 1) // the list's lines start under the border
}

// --- view ---

func (b *mdBrowser) View(footer string) string {
	if b.width < mdMinWidth || b.height < mdMinHeight {
		return ""
	}
	st := b.sh.styles
	listPane, textPane := st.PaneBorder, st.PaneBorder
	if b.focus == mdFocusText && !b.mdList.filtering {
		textPane = st.FocusedBorder
	} else {
		listPane = st.FocusedBorder
	}
	// Boxes drawn by hand and joined line by line: the panes' lines are
	// already exactly their width, so nothing needs measuring again.
	list := b.mdList.View(b.focus == mdFocusList)
	left := strings.Split(box(strings.Split(list, "\n"), b.listWidth()-2, listPane), "\n")
	right := strings.Split(box(strings.Split(b.mdPage.View(footer), "\n"), b.textWidth(), textPane), "\n")
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

// --- help ---

func (b *mdBrowser) shortHelp(extra ...key.Binding) []key.Binding {
	k := b.sh.keys
	if b.mdList.filtering {
		return []key.Binding{k.KeepFilter, k.Clear}
	}
	if b.focus == mdFocusText {
		out := append([]key.Binding{k.Down, k.Up, k.PageDown}, extra...)
		return append(out, k.FocusList, k.Filter)
	}
	out := append([]key.Binding{k.Down, k.Up}, extra...)
	out = append(out, k.FocusText, k.Filter)
	if b.mdList.query != "" {
		out = append(out, k.Clear)
	}
	return out
}

func (b *mdBrowser) fullHelp(extra ...key.Binding) [][]key.Binding {
	k := b.sh.keys
	if b.mdList.filtering {
		return [][]key.Binding{{k.KeepFilter, k.Clear}}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom},
		{k.PageUp, k.PageDown, k.FocusText, k.FocusList, k.Back},
		append([]key.Binding{k.Filter, k.KeepFilter, k.Clear}, extra...),
	}
}
