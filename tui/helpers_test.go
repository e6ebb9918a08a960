package tui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// testDay is the fixed "today" of the model tests: a Saturday.
var testDay = domain.NewDate(2026, 11, 28)

// testShared builds the shared context over a fresh temporary store, with
// colours off and today fixed.
func testShared(t *testing.T, lang content.Lang) *shared {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "c.db"), store.WithClock(func() time.Time {
		return time.Date(2026, 11, 1, 9, 0, 0, 0, time.Local)
	}))
	if err != nil {
		t.Fatal(err)
	}
	ui := content.Strings(lang)
	return &shared{
		store: st, lang: lang, ui: ui,
		keys: newKeys(ui.Keys), styles: newStyles(true, true),
		today:    func() domain.Date { return testDay },
		getenv:   func(string) string { return "" },
		renderer: content.NewRenderer(),
	}
}

// runCmd executes cmd the way the runtime would, feeding every message it
// produces back into the screen, until nothing is left. Timers, quits and
// external processes are skipped.
func runCmd(t *testing.T, s screen, cmd tea.Cmd) screen {
	t.Helper()
	settle(t, cmd, 1000, runWithTimeout, func(msg tea.Msg) (next tea.Cmd) {
		s, next = s.Update(msg)
		return next
	})
	return s
}

// settle runs cmd and every command its messages lead to, one at a time,
// with run; update takes each message (batches and sequences are opened,
// nil, ticks and quits dropped) and returns the next command. It fails
// after limit steps.
func settle(tb testing.TB, cmd tea.Cmd, limit int, run func(tea.Cmd) tea.Msg, update func(tea.Msg) tea.Cmd) {
	tb.Helper()
	queue := []tea.Cmd{cmd}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > limit {
			tb.Fatal("the command loop does not settle")
		}
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := run(c).(type) {
		case nil, tickMsg, tea.QuitMsg:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			if isSequence(msg) {
				queue = append(queue, sequenceCmds(msg)...)
				continue
			}
			queue = append(queue, update(msg))
		}
	}
}

// runWithTimeout runs a command, giving up on ones that block (tea.Tick).
func runWithTimeout(c tea.Cmd) tea.Msg {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case m := <-ch:
		return m
	case <-time.After(200 * time.Millisecond):
		return nil
	}
}

// press sends one key press and runs what it returns.
func press(t *testing.T, s screen, keys ...string) screen {
	t.Helper()
	for _, k := range keys {
		var cmd tea.Cmd
		s, cmd = s.Update(keyMsg(k))
		s = runCmd(t, s, cmd)
	}
	return s
}

// typeText types runes one by one.
func typeText(t *testing.T, s screen, text string) screen {
	t.Helper()
	for _, r := range text {
		var cmd tea.Cmd
		s, cmd = s.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		s = runCmd(t, s, cmd)
	}
	return s
}

// keyMsg builds a key press from its String() form.
func keyMsg(k string) tea.KeyPressMsg {
	special := map[string]tea.Key{
		"enter": {Code: tea.KeyEnter}, "esc": {Code: tea.KeyEscape}, "tab": {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift}, "space": {Code: tea.KeySpace, Text: " "},
		"up": {Code: tea.KeyUp}, "down": {Code: tea.KeyDown}, "left": {Code: tea.KeyLeft}, "right": {Code: tea.KeyRight},
		"backspace": {Code: tea.KeyBackspace}, "pgup": {Code: tea.KeyPgUp}, "pgdown": {Code: tea.KeyPgDown},
		"ctrl+s": {Code: 's', Mod: tea.ModCtrl}, "ctrl+e": {Code: 'e', Mod: tea.ModCtrl}, "ctrl+c": {Code: 'c', Mod: tea.ModCtrl},
		"home": {Code: tea.KeyHome}, "end": {Code: tea.KeyEnd},
	}
	if k, ok := special[k]; ok {
		return tea.KeyPressMsg(k)
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// plainView is a screen's view without escape codes.
func plainView(s screen) string { return ansi.Strip(s.View()) }

// assertFits fails when a line of view is wider than width.
func assertFits(t *testing.T, view string, width int) {
	t.Helper()
	for i, line := range strings.Split(view, "\n") {
		if w := lipgloss.Width(line); w > width {
			t.Errorf("line %d is %d columns, wider than %d: %q", i, w, width, ansi.Strip(line))
		}
	}
}

// runModel is runCmd for the root model.
func runModel(t *testing.T, m tea.Model, cmd tea.Cmd) tea.Model {
	t.Helper()
	settle(t, cmd, 1000, runWithTimeout, func(msg tea.Msg) (next tea.Cmd) {
		m, next = m.Update(msg)
		return next
	})
	return m
}

// pressModel sends key presses to the root model.
func pressModel(t *testing.T, m tea.Model, keys ...string) tea.Model {
	t.Helper()
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(keyMsg(k))
		m = runModel(t, m, cmd)
	}
	return m
}

// viewOf is the root model's frame without escape codes.
func viewOf(m tea.Model) string { return ansi.Strip(m.View().Content) }
