package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/content"
)

// testList is a list of eight pages, a to h, with room for four rows.
func testList(t *testing.T) *mdList {
	t.Helper()
	var items []pageItem
	for _, id := range strings.Split("abcdefgh", "") {
		items = append(items, pageItem{id: id, title: "page " + id})
	}
	l := newMDList(testShared(t, content.EN), content.KindGuide, "Pages", items)
	l.SetSize(20, 5)
	return l
}

func listIDs(l *mdList) []string {
	var ids []string
	for _, i := range l.shown {
		ids = append(ids, l.items[i].id)
	}
	return ids
}

func TestMDListCursorKeepsInView(t *testing.T) {
	l := testList(t)
	steps := []struct {
		key      string
		sel, top int
	}{
		{"k", 0, 0}, // already at the top
		{"j", 1, 0}, {"j", 2, 0}, {"j", 3, 0},
		{"j", 4, 1}, // the fifth row scrolls the list by one
		{"G", 7, 4},
		{"j", 7, 4}, // already at the bottom
		{"g", 0, 0},
	}
	for _, s := range steps {
		if !l.moveKey(keyMsg(s.key)) {
			t.Fatalf("%s is not a movement key", s.key)
		}
		if l.sel != s.sel || l.top != s.top {
			t.Fatalf("after %s: sel %d top %d, want %d %d", s.key, l.sel, l.top, s.sel, s.top)
		}
	}
	if l.moveKey(keyMsg("l")) {
		t.Error("l moved the list cursor")
	}
	view := strings.Split(ansi.Strip(l.View(true)), "\n")
	if len(view) != 5 || view[1] != "▸ page a"+strings.Repeat(" ", 12) {
		t.Errorf("view %q: want 5 lines of 20 columns, the first item marked", view)
	}
	if strings.Contains(l.View(false), "▸") {
		t.Error("the cursor is marked while the list has no focus")
	}
}

func TestMDListFilterKeepsSelection(t *testing.T) {
	l := testList(t)
	l.selectID("c")
	if cmd := l.setQuery("  x "); cmd == nil || l.query != "x" {
		t.Fatalf("a query started no search (query %q)", l.query)
	}
	if l.setQuery("x") != nil {
		t.Error("the same query searched again")
	}
	if l.filtered(pagesFilteredMsg{kind: content.KindGuide, query: "older", ids: map[string]bool{"a": true}}) ||
		l.filtered(pagesFilteredMsg{kind: content.KindFAQ, query: "x", ids: map[string]bool{"a": true}}) {
		t.Error("a result for another query or kind was taken")
	}
	if len(l.shown) != 8 {
		t.Fatalf("%d shown before the result", len(l.shown))
	}
	if !l.filtered(pagesFilteredMsg{kind: content.KindGuide, query: "x", ids: map[string]bool{"b": true, "c": true, "f": true}}) {
		t.Fatal("the list's own result was refused")
	}
	if got := listIDs(l); !slices.Equal(got, []string{"b", "c", "f"}) {
		t.Fatalf("shown %v, want b c f", got)
	}
	if it, _ := l.selected(); it.id != "c" || l.sel != 1 {
		t.Errorf("selected %q at %d, want c kept at 1", it.id, l.sel)
	}
	if head := ansi.Strip(strings.Split(l.View(true), "\n")[0]); !strings.Contains(head, "3/8") {
		t.Errorf("header %q lacks the count 3/8", head)
	}
	// A filter without c's page moves the cursor to the first match.
	l.setQuery("y")
	l.filtered(pagesFilteredMsg{kind: content.KindGuide, query: "y", ids: map[string]bool{"g": true, "h": true}})
	if it, _ := l.selected(); it.id != "g" {
		t.Errorf("selected %q, want g", it.id)
	}
	l.setQuery("z")
	l.filtered(pagesFilteredMsg{kind: content.KindGuide, query: "z", ids: map[string]bool{}})
	if _, ok := l.selected(); ok || l.moveKey(keyMsg("j")) && l.sel != 0 {
		t.Errorf("an empty list has a selection (sel %d)", l.sel)
	}
	if !strings.Contains(ansi.Strip(l.View(true)), "Nothing matches") {
		t.Errorf("no note for no match:\n%s", ansi.Strip(l.View(true)))
	}
	if l.clearFilter() != nil || l.query != "" || len(l.shown) != 8 || l.filtering {
		t.Errorf("clear: query %q, %d shown, filtering %v", l.query, len(l.shown), l.filtering)
	}
}

func TestMDListClickRow(t *testing.T) {
	l := testList(t)
	l.moveKey(keyMsg("G")) // rows e to h on screen
	if l.clickRow(0) {
		t.Error("a click on the header selected an item")
	}
	if !l.clickRow(2) || l.items[l.shown[l.sel]].id != "f" {
		t.Errorf("click on the second row selected %d", l.sel)
	}
	l.setQuery("x")
	l.filtered(pagesFilteredMsg{kind: content.KindGuide, query: "x", ids: map[string]bool{"a": true}})
	if l.clickRow(2) {
		t.Error("a click under the last item selected one")
	}
}

func TestMDPageScroll(t *testing.T) {
	sh := testShared(t, content.EN)
	p := newMDPage(sh, content.KindGuide)
	p.SetSize(30, 6) // five lines of text and the footer
	var lines []string
	for i := 1; i <= 20; i++ {
		lines = append(lines, fmt.Sprintf("line %d", i))
	}
	k := p.keyFor("x")
	p.pending = k
	if cmd := p.rendered(sectionRenderedMsg{kind: content.KindGuide, id: "x", width: k.width, style: k.style,
		text: "\n" + strings.Join(lines, "\n") + "\n\n"}, k); cmd != nil || p.vpKey != k || p.pending != (pageKey{}) {
		t.Fatalf("rendered: shows %+v, pending %+v", p.vpKey, p.pending)
	}
	first := func() string { return strings.TrimSpace(ansi.Strip(strings.Split(p.View(""), "\n")[0])) }
	steps := []struct {
		key   string
		first string
	}{
		{"k", "line 1"}, {"j", "line 2"}, {"pgdown", "line 7"}, {"G", "line 16"},
		{"pgdown", "line 16"}, {"pgup", "line 11"}, {"g", "line 1"},
	}
	for _, s := range steps {
		if !p.scrollKey(keyMsg(s.key)) {
			t.Fatalf("%s does not scroll", s.key)
		}
		if first() != s.first {
			t.Fatalf("after %s the page starts %q, want %q", s.key, first(), s.first)
		}
	}
	p.wheel(false)
	if first() != fmt.Sprintf("line %d", 1+mdWheelLines) {
		t.Errorf("a wheel step shows %q first", first())
	}
	if p.scrollKey(keyMsg("l")) {
		t.Error("l scrolled the page")
	}
	view := strings.Split(ansi.Strip(p.View("foot")), "\n")
	if len(view) != 6 || !strings.HasPrefix(view[5], "foot") || !strings.HasSuffix(view[5], "20%") {
		t.Errorf("view %q: want 6 lines, the footer and 20%% last", view)
	}
	// Another page shows a placeholder until it comes; the first is kept.
	other := p.keyFor("y")
	if !p.showCached(other) || !strings.Contains(ansi.Strip(p.View("")), "Rendering…") {
		t.Error("no placeholder for a page not rendered yet")
	}
	if p.request(other) == nil || p.request(other) != nil {
		t.Error("a render was not asked for once")
	}
	if p.showCached(k) || first() != "line 1" {
		t.Errorf("the kept page did not show from the top (%q)", first())
	}
}

func TestScreenMouseTakesOffTheTabBar(t *testing.T) {
	m := tea.Mouse{X: 7, Y: 9, Button: tea.MouseLeft}
	for _, msg := range []tea.MouseMsg{tea.MouseClickMsg(m), tea.MouseReleaseMsg(m), tea.MouseWheelMsg(m), tea.MouseMotionMsg(m)} {
		got, ok := screenMouse(msg).(tea.MouseMsg)
		if !ok {
			t.Fatalf("%T is no longer a mouse message", msg)
		}
		if fmt.Sprintf("%T", got) != fmt.Sprintf("%T", msg) || got.Mouse().X != 7 || got.Mouse().Y != 9-tabBarHeight {
			t.Errorf("%T became %T at (%d, %d)", msg, got, got.Mouse().X, got.Mouse().Y)
		}
	}
}

// mdRootStep returns a function that gives the app a message and every
// message its commands yield, until nothing is left.
func mdRootStep(t *testing.T, a *app) func(tea.Msg) {
	return func(msg tea.Msg) {
		t.Helper()
		queue := []tea.Msg{msg}
		for len(queue) > 0 {
			var cmd tea.Cmd
			_, cmd = a.Update(queue[0])
			queue = append(queue[1:], mdCollect(t, cmd)...)
		}
	}
}

// Through the root, the mouse lands where the terminal shows things: a
// click on the fifth list row selects the fifth section, the wheel over
// the text scrolls it, and a click on the tab bar still switches tabs.
func TestGuideMouseThroughRoot(t *testing.T) {
	sh := testShared(t, content.EN)
	g := newGuideScreen(sh)
	s := mdStubScreen{}
	a := newApp(sh, [screenKinds]screen{s, s, s, s, g, s})
	step := mdRootStep(t, a)
	step(tea.WindowSizeMsg{Width: 100, Height: 30})
	step(keyMsg("5"))
	gs := g.(*guideScreen)
	rowY := func(row int) int { return 1 + 1 + 1 + row } // tab bar, border, header
	// Find the fifth row's line on the terminal, as a user would.
	title := content.Sections(content.EN)[4].Title
	if line := strings.Split(ansi.Strip(a.render()), "\n")[rowY(4)]; !strings.Contains(line, ansi.Truncate(title, 10, "")) {
		t.Fatalf("terminal line %d is %q, not the fifth section", rowY(4), line)
	}
	step(tea.MouseClickMsg{X: 3, Y: rowY(4), Button: tea.MouseLeft})
	if gs.sel != 4 || gs.vpKey.id != content.Sections(content.EN)[4].ID {
		t.Errorf("a click on the fifth row selected %d showing %q", gs.sel, gs.vpKey.id)
	}
	step(tea.MouseWheelMsg{X: gs.listWidth() + 5, Y: rowY(2), Button: tea.MouseWheelDown})
	if gs.vp.YOffset() != mdWheelLines || gs.sel != 4 {
		t.Errorf("the wheel over the text: offset %d, sel %d", gs.vp.YOffset(), gs.sel)
	}
	step(tea.MouseClickMsg{X: 1, Y: 0, Button: tea.MouseLeft})
	if a.active != 0 {
		t.Errorf("a click on the first tab left screen %d active", a.active)
	}
}

// A title longer than the pane wraps over as many lines as it needs (up
// to mdMaxTitleLines); the list scrolls by whole items and a click on any
// line of an item selects it.
func TestMDListWrapsLongTitles(t *testing.T) {
	items := []pageItem{
		{id: "a", title: "How do I build real technical depth?"},
		{id: "b", title: "short"},
		{id: "c", title: "How can I learn a new technology quickly?"},
		{id: "d", title: strings.Repeat("very long title ", 10)},
	}
	l := newMDList(testShared(t, content.EN), content.KindFAQ, "Questions", items)
	l.SetSize(20, 6) // a header and five lines
	view := strings.Split(ansi.Strip(l.View(true)), "\n")
	want := []string{"▸ How do I build    ", "  real technical    ", "  depth?            ", "  short             ", "  How can I learn a "}
	if !slices.Equal(view[1:], want) {
		t.Fatalf("view:\n%s\nwant:\n%s", strings.Join(view[1:], "\n"), strings.Join(want, "\n"))
	}
	if !l.clickRow(5) || l.sel != 2 {
		t.Fatalf("a click on the first line of c selected %d", l.sel)
	}
	// c takes three lines: a and b scroll away until it shows whole.
	if l.top != 1 {
		t.Errorf("top %d, want 1 (b and c whole)", l.top)
	}
	if !l.clickRow(3) || l.sel != 2 {
		t.Errorf("a click on the second line of c selected %d", l.sel)
	}
	l.moveKey(keyMsg("G"))
	view = strings.Split(ansi.Strip(l.View(true)), "\n")
	if l.top != 3 || !strings.HasSuffix(strings.TrimSpace(view[3]), "…") || strings.TrimSpace(view[4]) != "" {
		t.Errorf("the last, longest title: top %d, view:\n%s", l.top, strings.Join(view, "\n"))
	}
}
