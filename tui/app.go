package tui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"coach/domain"
	"coach/sanitize"
	"coach/store"
)

// Minimum terminal size; below it the app says so instead of drawing.
const (
	minWidth  = 60
	minHeight = 15
)

// pollEvery is how often the app looks for changes made by another process.
var pollEvery = time.Second

// undoEntry reverts one change.
type undoEntry struct {
	status string
	undo   func(*store.Store) error
}

// app is the root model: it owns the tab bar, help and status lines and the
// window size, and routes messages to the screens.
type app struct {
	sh      *shared
	screens [screenKinds]screen
	active  int
	width   int
	height  int
	help    help.Model
	status  string
	// ownStatus: the status reports the user's own change, which a
	// notice of another coach's change does not replace
	ownStatus bool
	isErr     bool
	undos     []undoEntry
	report    reportLoad // the coaching report every screen shares
	rev       uint64
	day       domain.Date
	streak    int
	welcome   *welcome        // the starter pick, shown over the screens while open
	greeted   bool            // the welcome opened once on an empty database
	warm      bool            // the screens other than the first have started loading
	preload   tea.Msg         // the first screen's load, read before the program started
	restore   []restoredDraft // drafts to offer back once the first screen has loaded
	asking    *askMsg         // the open y/n question (ask.go), nil when none
	sync      appSync         // the state of sync and the sync running (sync.go)
}

func newApp(sh *shared, screens [screenKinds]screen) *app {
	h := help.New()
	h.Styles = sh.styles.Help
	return &app{sh: sh, screens: screens, help: h, day: sh.today()}
}

// tickMsg drives the poll for outside changes and the midnight check.
type tickMsg struct{}

// revMsg carries the store's revision read by a poll.
type revMsg struct {
	rev uint64
	err error
}

// Init loads the first screen only; the others start loading once it has
// drawn (see warmUp), so they do not compete with it for the first frame.
func (a *app) Init() tea.Cmd {
	first := a.screens[a.active].Init()
	if a.preload != nil {
		// The first screen's data was read before the program started.
		_, first = a.Update(a.preload)
		a.preload = nil
	}
	// The state of sync is a read of the store; git runs only after the
	// first frame (warmUp).
	return tea.Batch(tea.RequestBackgroundColor, a.tick(), a.readRev(), first, a.readSyncStatus(), a.syncMinuteTick())
}

// warmUpMsg starts the other screens' loads.
type warmUpMsg struct{}

// warmUpSoon lets the first frame draw before the other screens start
// loading, so they do not compete with it for the cores.
func (a *app) warmUpSoon() tea.Cmd {
	if a.warm {
		return nil
	}
	return tea.Tick(warmUpDelay, func(time.Time) tea.Msg { return warmUpMsg{} })
}

// warmUpDelay is the pause between the first frame and the other loads.
var warmUpDelay = 50 * time.Millisecond

// warmUp starts the other screens' loads, once.
func (a *app) warmUp() tea.Cmd {
	if a.warm {
		return nil
	}
	a.warm = true
	cmds := []tea.Cmd{a.report.start(a.sh), a.startSync(false)}
	for i, s := range a.screens {
		if i != a.active {
			cmds = append(cmds, s.Init())
		}
	}
	return tea.Batch(cmds...)
}

func (a *app) tick() tea.Cmd {
	return tea.Tick(pollEvery, func(time.Time) tea.Msg { return tickMsg{} })
}

func (a *app) readRev() tea.Cmd {
	st := a.sh.store
	return func() tea.Msg {
		rev, err := st.Rev()
		return revMsg{rev, err}
	}
}

func (a *app) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if a.asking != nil && isPointerOrPaste(msg) {
		return a, nil // the open question waits for a key
	}
	if cmd, ok := a.updateSync(msg); ok {
		return a, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.help.SetWidth(msg.Width)
		a.resize()
		// Screens that render for a width (the guide) start that here.
		return a, a.broadcast(msg)
	case tea.BackgroundColorMsg:
		if a.sh.styles.isDark != msg.IsDark() && !a.sh.styles.noColor {
			a.sh.styles = newStyles(msg.IsDark(), false)
			a.help.Styles = a.sh.styles.Help
			return a, a.broadcast(msg)
		}
		return a, nil
	case tickMsg:
		cmds := []tea.Cmd{a.tick(), a.readRev()}
		if now := a.sh.today(); now != a.day {
			from := a.day
			a.day = now
			cmds = append(cmds, a.changed(dayChangedMsg{from: from, to: now}))
		}
		return a, tea.Batch(cmds...)
	case revMsg:
		if msg.err != nil || msg.rev == a.rev {
			return a, nil
		}
		first := a.rev == 0
		a.rev = msg.rev
		if first {
			return a, nil
		}
		// Not our own write (those set a.rev first): another coach did it,
		// or this app's sync, which says what it brought when it ends.
		// The notice waits behind what the user's own last action said,
		// until their next key: a refresh must not hide "Done: …".
		if !a.ownStatus && a.sync.flight == nil {
			a.setStatus(a.sh.ui.Common.DataChanged)
		}
		return a, a.changed(dataChangedMsg{})
	case writtenMsg:
		a.rev = max(a.rev, msg.rev)
		if msg.err != nil {
			a.setError(msg.err)
			return a, a.changed(dataChangedMsg{})
		}
		status := msg.status
		switch {
		case msg.undo != nil:
			a.undos = append(a.undos, undoEntry{msg.status, msg.undo})
			if len(a.undos) > 100 {
				a.undos = a.undos[1:]
			}
		case len(a.undos) > 0:
			// A change that cannot be undone: an older undo would now
			// revert something under it, so there is none, and the user
			// is told.
			a.undos = nil
			status += a.sh.ui.Common.UndoCleared
		}
		a.setStatus(status)
		a.ownStatus = true
		return a, a.changed(dataChangedMsg{})
	case undoneMsg:
		a.rev = max(a.rev, msg.rev)
		var note *undoNote
		switch {
		case errors.As(msg.err, &note):
			// The undo did something else than asked, and says what.
			a.setStatus(note.text)
			a.ownStatus = true
		case msg.err != nil:
			a.setError(msg.err)
		default:
			a.setStatus(fmt.Sprintf(a.sh.ui.Common.Undone, msg.status))
			a.ownStatus = true
		}
		return a, a.changed(dataChangedMsg{})
	case errMsg:
		a.setError(msg.err)
		return a, nil
	case statusMsg:
		a.setStatus(string(msg))
		return a, nil
	case switchScreenMsg:
		return a, a.switchTo(int(msg.to))
	case askMsg:
		a.openAsk(msg)
		return a, nil
	case showHelpMsg:
		a.showFullHelp(true)
		return a, nil
	case tea.MouseClickMsg:
		if msg.Y < tabBarHeight {
			if i := a.tabAt(msg.X); i >= 0 {
				return a, a.switchTo(i)
			}
			return a, nil
		}
		return a, a.forward(screenMouse(msg))
	case tea.KeyPressMsg:
		a.status, a.isErr, a.ownStatus = "", false, false
		if cmd, handled := a.handleKey(msg); handled {
			return a, cmd
		}
		return a, a.forward(msg)
	case tea.MouseMsg:
		return a, a.forward(screenMouse(msg))
	case reportMsg:
		if msg.err == nil {
			a.streak = msg.report.DayStreak
		}
		return a, tea.Batch(a.broadcast(msg), a.report.done(a.sh))
	case todayLoadedMsg:
		if msg.err == nil && msg.emptyDB && !a.greeted {
			a.greeted = true
			a.openWelcome()
		}
		cmd := tea.Batch(a.broadcast(msg), a.warmUpSoon())
		return a, tea.Batch(cmd, a.restoreDrafts())
	case warmUpMsg:
		return a, a.warmUp()
	case openWelcomeMsg:
		a.openWelcome()
		return a, nil
	}
	// Everything else may be the answer to a command some screen started,
	// perhaps before the user switched tabs: every screen sees it and keeps
	// what is its own.
	return a, a.broadcast(msg)
}

// handleKey takes the global keys; it leaves the rest to the screen.
func (a *app) handleKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := a.sh.keys
	if msg.String() == "ctrl+c" {
		// As the interrupt signal: the drafts are kept for the next start.
		return tea.Interrupt, true
	}
	if a.asking != nil {
		// The key answers the question, and does nothing else.
		return a.answer(msg), true
	}
	if a.help.ShowAll {
		// Any key closes the full help, over the welcome too, and does
		// nothing else.
		a.showFullHelp(false)
		return nil, true
	}
	if a.welcome != nil {
		switch {
		case key.Matches(msg, k.Help):
			a.showFullHelp(true)
			return nil, true
		case key.Matches(msg, k.Quit):
			return a.quit(), true
		}
		if done, cmd := a.welcome.Update(msg); done {
			a.welcome = nil
			a.resize()
			return cmd, true
		}
		return nil, true
	}
	if a.screens[a.active].Capturing() {
		return nil, false
	}
	switch {
	case key.Matches(msg, k.Quit):
		return a.quit(), true
	case key.Matches(msg, k.Help):
		a.showFullHelp(true)
		return nil, true
	case key.Matches(msg, k.NextTab):
		return a.switchTo((a.active + 1) % len(a.screens)), true
	case key.Matches(msg, k.PrevTab):
		return a.switchTo((a.active + len(a.screens) - 1) % len(a.screens)), true
	case key.Matches(msg, k.Undo):
		return a.undo(), true
	case key.Matches(msg, k.Sync):
		return a.syncNow(), true
	}
	for i, b := range k.Tabs {
		if key.Matches(msg, b) {
			return a.switchTo(i), true
		}
	}
	return nil, false
}

// showFullHelp opens or closes the full help, which takes its room from
// the screen's body.
func (a *app) showFullHelp(on bool) {
	a.help.ShowAll = on
	a.resize()
}

func (a *app) openWelcome() {
	a.welcome = newWelcome(a.sh)
	a.active = 0
	a.resize()
}

func (a *app) switchTo(i int) tea.Cmd {
	if i == a.active {
		return nil
	}
	a.active = i
	return a.screens[i].Init()
}

// undoneMsg reports an undo.
type undoneMsg struct {
	status string
	err    error
	rev    uint64
}

func (a *app) undo() tea.Cmd {
	if len(a.undos) == 0 {
		a.setStatus(a.sh.ui.Common.NothingUndo)
		return nil
	}
	e := a.undos[len(a.undos)-1]
	a.undos = a.undos[:len(a.undos)-1]
	st := a.sh.store
	return func() tea.Msg {
		err := e.undo(st)
		rev, _ := st.Rev()
		return undoneMsg{status: e.status, err: err, rev: rev}
	}
}

func (a *app) setStatus(s string) { a.status, a.isErr = s, false }
func (a *app) setError(err error) {
	a.status, a.isErr = explain(a.sh.ui.Problems, err, labels(nil)), true
}

// forward sends input (keys, mouse) to the active screen only.
func (a *app) forward(msg tea.Msg) tea.Cmd {
	s, cmd := a.screens[a.active].Update(msg)
	a.screens[a.active] = s
	return cmd
}

// changed tells every screen the data or the day changed, computes the
// report they share again, and reads the state of sync (changes waiting).
func (a *app) changed(msg tea.Msg) tea.Cmd {
	return tea.Batch(a.broadcast(msg), a.report.start(a.sh), a.readSyncStatus())
}

// broadcast sends msg to every screen.
func (a *app) broadcast(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, len(a.screens))
	for i, s := range a.screens {
		a.screens[i], cmds[i] = s.Update(msg)
	}
	return tea.Batch(cmds...)
}

// resize gives each screen the space left by the chrome.
func (a *app) resize() {
	h := a.height - 1 - a.footerHeight()
	for _, s := range a.screens {
		s.SetSize(a.width, max(h, 1))
	}
	if a.welcome != nil {
		a.welcome.SetSize(a.width, max(h, 1))
	}
}

// footerHeight is the status line's (a question may take more than one)
// and the help's.
func (a *app) footerHeight() int {
	return lipgloss.Height(a.statusLine()) + lipgloss.Height(a.helpView())
}

// helpView is the help line, or the full help while it is shown, every
// key of it whole (help_view.go).
func (a *app) helpView() string {
	room := a.height - 1 - lipgloss.Height(a.statusLine()) - minBodyRows
	return renderHelp(a.help.Styles, a.screenHelp(), a.help.ShowAll, a.width, room)
}

// minBodyRows is the least of the screen the full help leaves showing.
const minBodyRows = 4

func (a *app) screenHelp() help.KeyMap {
	k := a.sh.keys
	if a.asking != nil {
		return a.askHelp()
	}
	if a.welcome != nil {
		return a.welcome.helpKeys()
	}
	s := a.screens[a.active]
	if s.Capturing() {
		return helpKeys{short: s.ShortHelp(), full: s.FullHelp()}
	}
	global := []key.Binding{k.Screens, k.Undo, k.Help, k.Quit}
	if a.syncOn() {
		global = []key.Binding{k.Screens, k.Undo, k.Sync, k.Help, k.Quit}
	}
	return helpKeys{
		short: append(append([]key.Binding{}, s.ShortHelp()...), k.Help, k.Quit),
		full:  append(withoutKeys(s.FullHelp(), global), []key.Binding{k.NextTab, k.PrevTab}, global),
	}
}

// withoutKeys leaves out of a screen's columns the keys the global column
// lists (undo), so the full help names each key once.
func withoutKeys(cols [][]key.Binding, global []key.Binding) [][]key.Binding {
	listed := map[string]bool{}
	for _, b := range global {
		listed[b.Help().Key] = true
	}
	var out [][]key.Binding
	for _, col := range cols {
		var kept []key.Binding
		for _, b := range col {
			if !listed[b.Help().Key] {
				kept = append(kept, b)
			}
		}
		if len(kept) > 0 {
			out = append(out, kept)
		}
	}
	return out
}

func (a *app) View() tea.View {
	v := tea.NewView(a.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "coach"
	return v
}

func (a *app) render() string {
	if a.width == 0 {
		return ""
	}
	if a.width < minWidth || a.height < minHeight {
		msg := fmt.Sprintf(a.sh.ui.Common.TooSmall, a.width, a.height, minWidth, minHeight)
		return lipgloss.NewStyle().Width(a.width).Render(msg)
	}
	var body string
	if a.welcome != nil {
		body = a.welcome.View()
	} else {
		body = a.screens[a.active].View()
	}
	// Plain joins: this runs on every frame, and lipgloss's layout helpers
	// measure and pad every line several times over.
	helpView, status := a.helpView(), a.statusLine()
	helpHeight := strings.Count(helpView, "\n") + 1
	statusHeight := strings.Count(status, "\n") + 1
	bodyHeight := max(a.height-1-statusHeight-helpHeight, 1)
	return fitLines(a.tabBar(), a.width, 1) + "\n" + fitLines(body, a.width, bodyHeight) + "\n" +
		fitLines(status, a.width, statusHeight) + "\n" + fitLines(helpView, a.width, helpHeight)
}

func (a *app) tabBar() string {
	st := a.sh.styles
	var tabs []string
	for i, name := range a.sh.ui.Common.Tabs {
		label := fmt.Sprintf("%d %s", i+1, name)
		if i == a.active {
			tabs = append(tabs, st.ActiveTab.Render(label))
		} else {
			tabs = append(tabs, st.Tab.Render(label))
		}
	}
	left := strings.Join(tabs, "")
	// At least a space after the tabs and one at the end.
	right := a.tabInfo(a.width - lipgloss.Width(left) - 2)
	if right == "" {
		return lipgloss.NewStyle().MaxWidth(a.width).Render(left)
	}
	return left + strings.Repeat(" ", a.width-lipgloss.Width(left)-lipgloss.Width(right)) + right
}

// tabInfo is the right of the tab bar in room columns (and a space): the
// state of sync, the streak and the date; as room shrinks, the streak
// goes, then the date, then the state is clipped, then it goes too and
// the date comes back alone; "" when nothing fits.
func (a *app) tabInfo(room int) string {
	st := a.sh.styles
	dated := []string{a.day.String()}
	if a.streak > 0 {
		dated = append([]string{fmt.Sprintf(a.sh.ui.Common.Streak, a.streak) + " · " + dated[0]}, dated...)
	}
	if state, trouble := a.syncState(); state != "" {
		style := st.TabInfo
		if trouble {
			style = st.Warning
		}
		// Whole, beside the streak and the date or the date alone.
		for _, d := range dated {
			if rest := " · " + d; lipgloss.Width(state)+lipgloss.Width(rest) <= room {
				return style.Render(state) + st.TabInfo.Render(rest+" ")
			}
		}
		// Alone, clipped if it must be.
		if s := clipSync(state, room); s != "" {
			return style.Render(s) + st.TabInfo.Render(" ")
		}
	}
	for _, d := range dated {
		if lipgloss.Width(d) <= room {
			return st.TabInfo.Render(d + " ")
		}
	}
	return ""
}

// tabAt returns the tab under column x of the tab bar, or -1.
func (a *app) tabAt(x int) int {
	pos := 0
	for i, name := range a.sh.ui.Common.Tabs {
		w := lipgloss.Width(fmt.Sprintf("%d %s", i+1, name)) + 2
		if x >= pos && x < pos+w {
			return i
		}
		pos += w
	}
	return -1
}

func (a *app) statusLine() string {
	st := a.sh.styles
	if a.asking != nil {
		return a.askLine()
	}
	if a.status == "" {
		return ""
	}
	text := sanitize.Line(a.status)
	if a.isErr {
		text = st.Error.Render(a.sh.ui.Common.Error+a.sh.ui.Common.Colon) + st.Error.UnsetBold().Render(text)
	} else {
		text = st.Status.Render(text)
	}
	return lipgloss.NewStyle().MaxWidth(a.width).Render(text)
}
