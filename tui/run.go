// Package tui is coach's full-screen app: a root model that routes to one
// model per screen, all on bubbletea v2.
package tui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"

	"coach/cli"
	"coach/content"
)

// Run starts the full-screen app and returns when the user quits.
func Run(ctx context.Context, opts cli.TUIOptions) error {
	if !term.IsTerminal(os.Stdout.Fd()) {
		return errors.New("the full-screen app needs a terminal: run coach in one, or use a command such as coach today (see coach --help)")
	}
	a := New(opts).(*app)
	// Read the day before the terminal is taken over (a few milliseconds),
	// so that the first frame is the full Today rather than "Loading…".
	a.preload = a.screens[a.active].(*todayScreen).load()()
	path := draftsPath(opts.Store.Path())
	restored, draftErr := loadDrafts(opts.Store, path)
	if draftErr != nil {
		a.setError(draftErr) // and the file is left as it is
	}
	a.restore = restored
	// lipgloss detected the terminal's colours when the program started;
	// passing that on spares a second detection (which, inside tmux, runs
	// a tmux subprocess).
	p := tea.NewProgram(a, tea.WithContext(ctx), tea.WithFPS(120), tea.WithColorProfile(lipgloss.Writer.Profile),
		tea.WithoutSignalHandler())
	stopped := catchSignals(p)
	_, err := p.Run()
	by := stopped()
	// A sync still running is cancelled and waited for: it holds the
	// sync lock, which the command line's sync after the app needs.
	a.stopSync(syncStopWait)
	if by == "" && errors.Is(err, tea.ErrInterrupted) {
		by = "ctrl+c"
	}
	// Run returned, so the model is ours again: whatever it holds unsaved
	// is written for the next start (nothing after q and y).
	ds := a.drafts()
	var keepErr error
	if len(ds) > 0 || draftErr == nil {
		keepErr = writeDrafts(path, ds)
	}
	ui := a.sh.ui.Common
	switch {
	case by == "":
		if keepErr != nil && err == nil {
			err = keepErr
		}
		return err
	case keepErr != nil:
		return fmt.Errorf(ui.Stopped+"; %v", by, keepErr)
	case len(ds) > 0:
		return fmt.Errorf(ui.StoppedKept, by, path)
	}
	return fmt.Errorf(ui.Stopped, by)
}

// catchSignals makes a hangup, a kill (SIGTERM) or an interrupt end the
// program as q does, so that the terminal is restored and the model comes
// back with its drafts; a second signal kills it at once. stopped names
// the first signal caught, once the program has ended.
func catchSignals(p *tea.Program) (stopped func() string) {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT)
	done := make(chan struct{})
	first := make(chan string, 1)
	go func() {
		for n := 0; ; n++ {
			select {
			case s := <-sigs:
				if n == 0 {
					first <- signalName(s)
					go p.Quit()
				} else {
					go p.Kill()
				}
			case <-done:
				return
			}
		}
	}()
	return func() string {
		signal.Stop(sigs)
		close(done)
		select {
		case name := <-first:
			return name
		default:
			return ""
		}
	}
}

func signalName(s os.Signal) string {
	switch s {
	case syscall.SIGHUP:
		return "SIGHUP"
	case syscall.SIGTERM:
		return "SIGTERM"
	case syscall.SIGINT:
		return "SIGINT"
	}
	return s.String()
}

// New builds the root model; tests drive it directly or through teatest.
func New(opts cli.TUIOptions) tea.Model {
	sh := newShared(opts)
	a := newApp(sh, allScreens(sh))
	a.sync.run = opts.Sync
	return a
}

func newShared(opts cli.TUIOptions) *shared {
	ui := content.Strings(opts.Lang)
	noColor := opts.Getenv("NO_COLOR") != ""
	return &shared{
		store:    opts.Store,
		lang:     opts.Lang,
		ui:       ui,
		keys:     newKeys(ui.Keys),
		styles:   newStyles(true, noColor),
		today:    opts.Today,
		now:      time.Now,
		getenv:   opts.Getenv,
		renderer: content.NewRenderer(),
	}
}
