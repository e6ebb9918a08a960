package tui

// The app's side of git sync: one sync in the background once the first
// frame is drawn, one more each time the user presses S, and the state of
// sync at the right of the top bar. git runs only inside commands, so a
// sync never holds up a key; on quit, Run cancels the one running and
// waits for it (the command line syncs once more after the app, and a
// second sync in this process would find the lock taken).

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/gitsync"
	"coach/sanitize"
	"coach/store"
)

// appSync is what the app knows of sync: the state last read from the
// store and the sync it runs, if any.
type appSync struct {
	run    func(context.Context) (gitsync.Result, error) // nil: sync is not set up here
	status store.SyncStatus
	readAt time.Time // the app's clock when status was read: "N min ago" counts to it
	flight *syncFlight
	// err is this app's last sync failing in a way the store did not
	// record (no git, a copied database); it stands until the stored
	// outcome changes.
	err     error
	errLast time.Time // the stored outcome's time when err came
}

// syncFlight is the sync running in a command.
type syncFlight struct {
	cancel context.CancelFunc
	done   chan struct{} // closed once the command has finished with the store
}

// syncStatusMsg carries the state of sync read from the store.
type syncStatusMsg struct {
	status store.SyncStatus
	at     time.Time
	err    error
}

// syncDoneMsg reports a finished sync, with the state after it.
type syncDoneMsg struct {
	res    gitsync.Result
	err    error
	rev    uint64 // the store's revision after the sync
	state  syncStatusMsg
	manual bool
}

// syncMinuteMsg reads the state again, so that "N min ago" moves on and
// a sync made by another coach (a timer) shows.
type syncMinuteMsg struct{}

var syncMinute = time.Minute

// syncStopWait bounds the wait on quit for a cancelled sync to return.
var syncStopWait = 3 * time.Second

// minSyncWidth is the fewest columns a clipped state keeps: fewer say
// nothing useful, and the state is dropped instead.
const minSyncWidth = 16

func (a *app) syncOn() bool { return a.sync.run != nil }

// readSyncStatus reads the state of sync in a command; nothing when sync
// is not set up.
func (a *app) readSyncStatus() tea.Cmd {
	if !a.syncOn() {
		return nil
	}
	st, clock := a.sh.store, a.sh.clock
	return func() tea.Msg { return readSyncState(st, clock) }
}

// readSyncState reads the state; its time is taken first, so that of two
// reads the later one is never older than the state it carries.
func readSyncState(st *store.Store, clock func() time.Time) syncStatusMsg {
	at := clock()
	status, err := st.SyncStatus()
	return syncStatusMsg{status: status, at: at, err: err}
}

func (a *app) syncMinuteTick() tea.Cmd {
	if !a.syncOn() {
		return nil
	}
	return tea.Tick(syncMinute, func(time.Time) tea.Msg { return syncMinuteMsg{} })
}

// startSync runs one sync in a command, unless one runs already.
func (a *app) startSync(manual bool) tea.Cmd {
	if !a.syncOn() || a.sync.flight != nil {
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	f := &syncFlight{cancel: cancel, done: make(chan struct{})}
	a.sync.flight = f
	run, st, clock := a.sync.run, a.sh.store, a.sh.clock
	return func() tea.Msg {
		defer close(f.done)
		defer cancel()
		res, err := run(ctx)
		rev, _ := st.Rev()
		return syncDoneMsg{res: res, err: err, rev: rev, state: readSyncState(st, clock), manual: manual}
	}
}

// syncNow is the S key.
func (a *app) syncNow() tea.Cmd {
	ui := a.sh.ui.Sync
	switch {
	case !a.syncOn():
		a.setStatus(ui.NotSetUp)
	case a.sync.flight != nil:
		a.setStatus(ui.Running)
	default:
		return a.startSync(true)
	}
	return nil
}

// stopSync cancels the sync running, if any, and waits at most wait for
// it to let go of the store and the lock. Run calls it once the program
// has ended.
func (a *app) stopSync(wait time.Duration) {
	f := a.sync.flight
	if f == nil {
		return
	}
	f.cancel()
	select {
	case <-f.done:
	case <-time.After(wait):
	}
}

// updateSync takes the messages of sync.
func (a *app) updateSync(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case syncStatusMsg:
		a.keepSyncStatus(msg)
	case syncMinuteMsg:
		return tea.Batch(a.readSyncStatus(), a.syncMinuteTick()), true
	case syncDoneMsg:
		return a.syncDone(msg), true
	default:
		return nil, false
	}
	return nil, true
}

// keepSyncStatus keeps a state read from the store, unless a later read
// came first.
func (a *app) keepSyncStatus(msg syncStatusMsg) {
	if msg.err != nil || msg.at.Before(a.sync.readAt) {
		return
	}
	a.sync.status, a.sync.readAt = msg.status, msg.at
}

func (a *app) syncDone(msg syncDoneMsg) tea.Cmd {
	a.sync.flight = nil
	a.keepSyncStatus(msg.state)
	// The sync's own writes are not another coach's.
	a.rev = max(a.rev, msg.rev)
	busy := errors.Is(msg.err, gitsync.ErrBusy)
	switch {
	case busy:
		// Another coach syncs this journal (a timer): the state it
		// leaves in the store is the one to show.
	case msg.err != nil:
		a.sync.err, a.sync.errLast = msg.err, a.sync.status.Last.At
	default:
		a.sync.err = nil
	}
	ui := a.sh.ui.Sync
	done := fmt.Sprintf(ui.Done, msg.res.Sent, msg.res.Received)
	switch {
	case a.ownStatus:
		// What the user's own last action said stays until their next key.
	case msg.manual && busy:
		a.setStatus(ui.Busy)
	case msg.manual && msg.err != nil:
		a.status, a.isErr = fmt.Sprintf(ui.Failed, errLine(msg.err)), true
	case msg.manual, msg.err == nil && msg.res.Received > 0:
		a.setStatus(done)
	}
	if msg.res.Received > 0 {
		// Records came from the other devices: every screen reloads, as
		// for a change made by another coach here.
		return a.changed(dataChangedMsg{})
	}
	return nil
}

// errLine is an error as one printable line.
func errLine(err error) string { return sanitize.Line(strings.TrimSpace(err.Error())) }

// syncState is the top bar's words for sync, and whether they tell of a
// problem; "" when sync is not set up or its state is not known yet.
func (a *app) syncState() (text string, trouble bool) {
	if !a.syncOn() {
		return "", false
	}
	ui := a.sh.ui.Sync
	if a.sync.flight != nil {
		return ui.Syncing, false
	}
	if a.sync.readAt.IsZero() { // not read yet
		return "", false
	}
	s := a.sync.status
	reason, offline := s.Last.Error, s.Last.Offline
	if err := a.sync.err; err != nil && s.Last.At.Equal(a.sync.errLast) {
		var off *gitsync.OfflineError
		reason, offline = err.Error(), errors.As(err, &off)
	}
	switch {
	case offline:
		return ui.Offline, true
	case reason != "":
		return fmt.Sprintf(ui.Failed, sanitize.Line(strings.TrimSpace(reason))), true
	case s.Waiting == 1:
		return ui.WaitingOne, false
	case s.Waiting > 1:
		return fmt.Sprintf(ui.Waiting, s.Waiting), false
	case s.LastOK.IsZero():
		return ui.Never, false
	}
	return a.syncedAgo(a.sync.readAt.Sub(s.LastOK)), false
}

// syncedAgo says how long ago the last sync completed.
func (a *app) syncedAgo(d time.Duration) string {
	ui := a.sh.ui.Sync
	switch {
	case d < time.Minute:
		return ui.JustNow
	case d < time.Hour:
		return fmt.Sprintf(ui.MinAgo, int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf(ui.HoursAgo, int(d.Hours()))
	}
	return fmt.Sprintf(ui.DaysAgo, int(d.Hours()/24))
}

// clipSync fits the sync state into room columns, or gives "" when it
// would keep too little of it.
func clipSync(state string, room int) string {
	w := ansi.StringWidth(state)
	if room >= w {
		return state
	}
	if room < min(w, minSyncWidth) {
		return ""
	}
	return truncateText(state, room)
}
