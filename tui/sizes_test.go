package tui

// No window size, from 1×1 up, may crash the app: every screen and every
// overlay is resized through every width and every height.

import (
	"fmt"
	"runtime/debug"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/demo"
)

// sizeStates are the places a user can be when the window changes size:
// the keys that lead there from the first frame (at 100×40).
var sizeStates = []struct {
	name string
	keys []string
	data sizeData
	root bool // also resized through the root at every width and height
}{
	{name: "today"},
	{name: "today help", keys: []string{"?"}, root: true},
	{name: "today add", keys: []string{"a"}, root: true},
	{name: "today edit", keys: []string{"e", "tab", "tab", "tab", "tab", "tab", "tab"}},
	{name: "today delete", keys: []string{"d"}, root: true}, // the root's question
	{name: "goals", keys: []string{"2"}},
	{name: "goal detail", keys: []string{"2", "enter"}},
	{name: "goal habit history", keys: []string{"2", "enter", "enter"}},
	{name: "goals add", keys: []string{"2", "a"}},
	{name: "goals edit", keys: []string{"2", "e"}},
	{name: "goals all", keys: []string{"2", "A"}},
	{name: "reflect", keys: []string{"3"}},
	{name: "reflect form", keys: []string{"3", "e", "x"}, root: true},
	{name: "reflect discard", keys: []string{"3", "e", "x", "esc", "d"}},
	{name: "reflect past", keys: []string{"3", "p"}, data: years},
	{name: "reflect search", keys: []string{"3", "/", "g"}},
	{name: "reflect opened", keys: []string{"3", "p", "enter"}},
	{name: "reflect review", keys: []string{"3", "w"}, data: years},
	{name: "review form", keys: []string{"3", "w", "e"}},
	{name: "progress", keys: []string{"4"}, root: true},
	{name: "progress years", keys: []string{"4"}, data: years},
	{name: "habit history", keys: []string{"4", "j", "enter"}, root: true},
	{name: "habit history years", keys: []string{"4", "enter", "k", "h", "space"}, data: years},
	{name: "guide", keys: []string{"5"}},
	{name: "guide pager", keys: []string{"5", "enter"}},
	{name: "guide filter", keys: []string{"5", "/", "a"}},
	{name: "faq", keys: []string{"6"}},
	{name: "faq pager", keys: []string{"6", "enter"}},
	{name: "welcome", data: empty, root: true},
	{name: "quit question", keys: []string{"3", "e", "x", "esc", "q"}, root: true},
	{name: "welcome help", keys: []string{"?"}, data: empty},
}

// sizeData is what the database holds.
type sizeData int

const (
	fixture sizeData = iota // a month of records (fixture_test.go)
	years                   // two years from the demo generator
	empty                   // nothing: the welcome opens
)

// sizeModel is the app over data in the state that keys lead to.
func sizeModel(t *testing.T, lang content.Lang, keys []string, data sizeData) *app {
	t.Helper()
	opts := fixtureOptions(t, lang, data == fixture)
	if data == years {
		ds := demo.Generate(demo.Options{Days: 2 * 365, Seed: 7, Today: testDay, Lang: lang, Loc: time.Local})
		if err := opts.Store.Load(ds, false); err != nil {
			t.Fatal(err)
		}
	}
	m := New(opts)
	m = runModel(t, m, m.Init())
	m, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	m = runModel(t, m, cmd)
	return pressModel(t, m, keys...).(*app)
}

// sweep is every size up to 5×5, every width from 1 to 200 with a few
// heights, and every height with a few widths.
func sweep(few ...int) [][2]int {
	var sizes [][2]int
	for w := 1; w <= 5; w++ {
		for h := 1; h <= 5; h++ {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for n := 1; n <= 200; n++ {
		for _, f := range few {
			sizes = append(sizes, [2]int{n, f}, [2]int{f, n})
		}
	}
	return sizes
}

// TestEverySizeOnEveryScreen resizes the screen or overlay of each state
// through every width and height and draws it (the app draws a screen only
// from its minimum size up, but a screen must not depend on that), and
// the whole app too for one state of each screen. Resizing the app resizes
// every screen, which is what makes it slow, so the other states resize
// their own screen only.
func TestEverySizeOnEveryScreen(t *testing.T) {
	langs := []content.Lang{content.EN, content.ZH}
	for i, st := range sizeStates {
		lang := langs[i%2]
		t.Run(fmt.Sprintf("%s %s", st.name, lang), func(t *testing.T) {
			a := sizeModel(t, lang, st.keys, st.data)
			t.Parallel()
			for _, wh := range sweep(1, 3, 24) {
				noPanic(t, wh, func() {
					var s screen = a.screens[a.active]
					if a.welcome != nil {
						a.welcome.SetSize(wh[0], wh[1])
						_ = a.welcome.View()
						return
					}
					s.SetSize(wh[0], wh[1])
					s, cmd := s.Update(tea.WindowSizeMsg{Width: wh[0], Height: wh[1]})
					settle(t, cmd, 1000, runWithTimeout, func(msg tea.Msg) tea.Cmd { _, c := s.Update(msg); return c })
					_ = s.View()
					_ = s.ShortHelp()
				})
			}
			if !st.root {
				return
			}
			for _, wh := range sweep(2, 24) {
				noPanic(t, wh, func() {
					m, cmd := a.Update(tea.WindowSizeMsg{Width: wh[0], Height: wh[1]})
					settle(t, cmd, 1000, runWithTimeout, func(msg tea.Msg) tea.Cmd { _, c := m.Update(msg); return c })
					_ = m.View()
				})
			}
		})
	}
}

// noPanic runs f, failing the test with the stack if it panics.
func noPanic(t *testing.T, wh [2]int, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%d×%d: panic: %v\n%s", wh[0], wh[1], r, debug.Stack())
		}
	}()
	f()
}
