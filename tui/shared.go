package tui

import (
	"sync"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// shared is the context every screen gets: the store, language, strings,
// keys, styles and the clock. Screens read it; only the root changes it.
type shared struct {
	store    *store.Store
	lang     content.Lang
	ui       content.UI
	keys     keyMap
	styles   *styles
	today    func() domain.Date
	now      func() time.Time // the app's clock: how long ago the last sync was
	getenv   func(string) string
	renderer *content.Renderer

	coachOnce sync.Once
	coachData content.Coach
}

// clock is the app's time now.
func (sh *shared) clock() time.Time {
	if sh.now == nil {
		return time.Now()
	}
	return sh.now()
}

// coach is the starter goals and tasks, prompts and tips, parsed on first
// use rather than before the first frame.
func (sh *shared) coach() *content.Coach {
	sh.coachOnce.Do(func() { sh.coachData = content.CoachData(sh.lang) })
	return &sh.coachData
}

// screen is one tab of the app. The root forwards messages, sizes it, and
// asks it for help bindings; only the root returns a tea.View.
type screen interface {
	Init() tea.Cmd
	Update(tea.Msg) (screen, tea.Cmd)
	View() string
	SetSize(width, height int)
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	// Capturing reports that a text field or an overlay of the screen
	// (Today's whole advice) has the keys, so the root must not treat q,
	// digits or tab as its own.
	Capturing() bool
}

// errMsg reports a failure; the status line shows it until the next key.
type errMsg struct{ err error }

// statusMsg is a short note on the status line.
type statusMsg string

// reportErr and showStatus put an error or a note on the status line.
func reportErr(err error) tea.Cmd { return func() tea.Msg { return errMsg{err} } }
func showStatus(s string) tea.Cmd { return func() tea.Msg { return statusMsg(s) } }

// writtenMsg reports a finished write. undo, when set, reverts it and is
// pushed on the undo stack with its description.
type writtenMsg struct {
	status string
	undo   func(*store.Store) error
	err    error
	rev    uint64 // the store's revision after the write
}

// dataChangedMsg tells every screen to reload: a write happened, here or in
// another process.
type dataChangedMsg struct{}

// dayChangedMsg tells the screens that the clock passed midnight.
type dayChangedMsg struct{ from, to domain.Date }

// write runs a store change in a command. do returns the status line text
// and, when the change can be undone, a function that undoes it.
func (sh *shared) write(do func(*store.Store) (string, func(*store.Store) error, error)) tea.Cmd {
	st := sh.store
	return func() tea.Msg {
		status, undo, err := do(st)
		rev, _ := st.Rev()
		return writtenMsg{status: status, undo: undo, err: err, rev: rev}
	}
}

// helpKeys adapts binding lists to help.KeyMap.
type helpKeys struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h helpKeys) ShortHelp() []key.Binding  { return h.short }
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }
