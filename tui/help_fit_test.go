package tui

// Every screen and overlay, at the common small sizes and in both
// languages, shows its way out and every key it lists whole.

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/content"
)

// helpFitStates are the places a user can be, the keys that lead there
// (at 100×40) and what the frame must show to prove it got there.
var helpFitStates = []struct {
	name string
	keys []string
	data sizeData
	full bool // the full help, as asked by a message: in a form ? is text
	open func(a *app) bool
}{
	{name: "today", open: func(a *app) bool { return a.active == int(todayScreenKind) }},
	{name: "today full help", keys: []string{"?"}, open: func(a *app) bool { return a.help.ShowAll }},
	{name: "task form", keys: []string{"a"}, open: todayFormOpen},
	{name: "task form on its notes", keys: []string{"e", "shift+tab"}, open: todayFormOpen},
	{name: "task form full help", keys: []string{"a"}, full: true, open: todayFormOpen},
	{name: "check-in form", keys: []string{"m"}, open: func(a *app) bool { return a.screens[todayScreenKind].(*todayScreen).logForm != nil }},
	{name: "y/n question", keys: []string{"d"}, open: func(a *app) bool { return a.asking != nil }},
	{name: "recall session", keys: []string{"r"}, data: years, open: func(a *app) bool { return a.screens[todayScreenKind].(*todayScreen).recall != nil }},
	{name: "recall full help", keys: []string{"r", "?"}, data: years, open: func(a *app) bool { return a.help.ShowAll }},
	{name: "goals", keys: []string{"2"}},
	{name: "goals full help", keys: []string{"2", "?"}, open: func(a *app) bool { return a.help.ShowAll }},
	{name: "goal form", keys: []string{"2", "a"}, open: goalFormOpen},
	{name: "goal form on why", keys: []string{"2", "a", "tab", "tab"}, open: goalFormOpen},
	{name: "goal form full help", keys: []string{"2", "a", "tab", "tab"}, full: true, open: goalFormOpen},
	{name: "goal detail", keys: []string{"2", "enter"}},
	{name: "goal habit history", keys: []string{"2", "enter", "enter"}, open: func(a *app) bool { return a.screens[goalsScreenKind].(*goalsScreen).habit != nil }},
	{name: "reflect", keys: []string{"3"}},
	{name: "reflect full help", keys: []string{"3", "?"}, open: func(a *app) bool { return a.help.ShowAll }},
	{name: "reflection form", keys: []string{"3", "e"}, open: reflectFormOpen},
	{name: "reflection form on its rating", keys: []string{"3", "e", "tab", "tab", "tab", "tab", "tab", "tab"}, open: reflectFormOpen},
	{name: "reflection form full help", keys: []string{"3", "e"}, full: true, open: reflectFormOpen},
	{name: "review form full help", keys: []string{"3", "w", "e"}, data: years, full: true, open: reflectFormOpen},
	{name: "reflect past", keys: []string{"3", "p"}, data: years},
	{name: "reflect search", keys: []string{"3", "/", "g"}},
	{name: "weekly review", keys: []string{"3", "w"}, data: years},
	{name: "review form", keys: []string{"3", "w", "e"}, data: years, open: reflectFormOpen},
	{name: "review form on its focus", keys: []string{"3", "w", "e", "tab", "tab"}, data: years, open: reflectFormOpen},
	{name: "progress", keys: []string{"4"}},
	{name: "progress full help", keys: []string{"4", "?"}, open: func(a *app) bool { return a.help.ShowAll }},
	{name: "habit history", keys: []string{"4", "j", "enter"}, open: func(a *app) bool { return a.screens[progressScreenKind].(*progressScreen).habit != nil }},
	{name: "habit history full help", keys: []string{"4", "j", "enter", "?"}, open: func(a *app) bool { return a.help.ShowAll }},
	{name: "guide", keys: []string{"5"}},
	{name: "guide page", keys: []string{"5", "enter"}},
	{name: "guide full help", keys: []string{"5", "?"}, open: func(a *app) bool { return a.help.ShowAll }},
	{name: "guide filter", keys: []string{"5", "/", "a"}},
	{name: "faq", keys: []string{"6"}},
	{name: "faq full help", keys: []string{"6", "?"}, open: func(a *app) bool { return a.help.ShowAll }},
	{name: "welcome", data: empty, open: func(a *app) bool { return a.welcome != nil }},
	{name: "welcome full help", keys: []string{"?"}, data: empty, open: func(a *app) bool { return a.welcome != nil && a.help.ShowAll }},
	{name: "quit question", keys: []string{"3", "e", "x", "esc", "q"}, open: func(a *app) bool { return a.asking != nil }},
}

func todayFormOpen(a *app) bool   { return a.screens[todayScreenKind].(*todayScreen).form != nil }
func goalFormOpen(a *app) bool    { return a.screens[goalsScreenKind].(*goalsScreen).form != nil }
func reflectFormOpen(a *app) bool { return a.screens[reflectScreenKind].(*reflectScreen).form != nil }

func TestEveryScreenShowsItsKeysWhole(t *testing.T) {
	for _, st := range helpFitStates {
		for _, lang := range []content.Lang{content.EN, content.ZH} {
			t.Run(fmt.Sprintf("%s %s", st.name, lang), func(t *testing.T) {
				a := sizeModel(t, lang, st.keys, st.data)
				if st.full {
					a.Update(showHelpMsg{})
				}
				if st.open != nil && !st.open(a) {
					t.Fatalf("the keys %q did not lead to %s:\n%s", st.keys, st.name, viewOf(a))
				}
				// 60×15 is the least the app takes; 80×15 and 70×20 are
				// short windows where the full help is taller than the room.
				for _, size := range [][2]int{{80, 24}, {100, 30}, {60, 15}, {80, 15}, {70, 20}} {
					m, cmd := a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
					m = runModel(t, m, cmd)
					a = m.(*app)
					checkKeysWhole(t, a, size[0], size[1])
				}
			})
		}
	}
}

// checkKeysWhole checks the frame of a at w×h: no line wider than the
// window, the whole help at its foot, its way out in it, and every key it
// lists there beside its description, none cut with "…".
func checkKeysWhole(t *testing.T, a *app, w, h int) {
	t.Helper()
	view := viewOf(a)
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Errorf("%d×%d: the frame has %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lipgloss.Width(l) > w {
			t.Errorf("%d×%d: line %d is %d wide: %q", w, h, i+1, lipgloss.Width(l), l)
		}
	}
	help := ansi.Strip(a.helpView())
	helpLines := strings.Split(help, "\n")
	if len(helpLines) >= h-2 {
		t.Fatalf("%d×%d: the help takes %d of %d lines", w, h, len(helpLines), h)
	}
	foot := strings.Join(lines[len(lines)-len(helpLines):], "\n")
	if trimLines(foot) != trimLines(help) {
		t.Errorf("%d×%d: the help is not whole at the foot:\n%s\nwant:\n%s", w, h, foot, help)
	}
	if a.asking != nil {
		// The question above the help is whole too, wrapped if it must.
		status := strings.Join(lines[len(lines)-a.footerHeight():len(lines)-len(helpLines)], "")
		if q := a.asking.question; !strings.Contains(noSpace(status), noSpace(q)) {
			t.Errorf("%d×%d: the question %q is cut:\n%s", w, h, q, view)
		}
	}
	if strings.Contains(help, "…") {
		t.Errorf("%d×%d: the help is cut:\n%s", w, h, help)
	}
	km := a.screenHelp()
	var listed []key.Binding
	// A full help too tall for the window gives way to the short help.
	if a.help.ShowAll && help != ansi.Strip(renderShortHelp(a.help.Styles, km.ShortHelp(), w)) {
		for _, g := range km.FullHelp() {
			listed = append(listed, g...)
		}
	} else {
		listed = km.ShortHelp()
	}
	for _, b := range listed {
		if !b.Enabled() {
			continue
		}
		hb := b.Help()
		re := regexp.MustCompile(`(^|\s)` + regexp.QuoteMeta(hb.Key) + ` +` + regexp.QuoteMeta(hb.Desc) + `(\s|$)`)
		if !re.MatchString(help) {
			t.Errorf("%d×%d: %q %q is not whole in the help:\n%s", w, h, hb.Key, hb.Desc, help)
		}
	}
	if out := wayOut(a); !hasBinding(listed, out) {
		t.Errorf("%d×%d: the help does not show the way out (%s):\n%s", w, h, out.Help().Key, help)
	}
}

// wayOut is the key that leaves where the user is: q on a screen, esc in
// a form, the question and the welcome, esc/q in a recall session.
func wayOut(a *app) key.Binding {
	k := a.sh.keys
	switch {
	case a.asking != nil:
		return k.Cancel
	case a.welcome != nil:
		return k.Quit
	case todayFormOpen(a), goalFormOpen(a), reflectFormOpen(a), a.screens[todayScreenKind].(*todayScreen).logForm != nil:
		return k.Cancel
	case a.screens[todayScreenKind].(*todayScreen).recall != nil && a.active == int(todayScreenKind):
		return k.EndSession
	case a.screens[a.active].Capturing():
		return k.Back // or another esc: a filter clears
	}
	return k.Quit
}

// hasBinding reports whether bs holds want, or another binding of esc
// when want is esc.
func hasBinding(bs []key.Binding, want key.Binding) bool {
	for _, b := range bs {
		if b.Help() == want.Help() || want.Help().Key == "esc" && slices.Contains(b.Keys(), "esc") {
			return true
		}
	}
	return false
}

func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// noSpace is s without its white space, to compare wrapped text.
func noSpace(s string) string {
	return strings.Join(strings.Fields(s), "")
}
