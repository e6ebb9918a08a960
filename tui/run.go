// Package tui is coach's full-screen app: a root model that routes to one
// model per screen, all on bubbletea v2.
package tui

import (
	"context"
	"errors"
	"os"

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
	// lipgloss detected the terminal's colours when the program started;
	// passing that on spares a second detection (which, inside tmux, runs
	// a tmux subprocess).
	p := tea.NewProgram(a, tea.WithContext(ctx), tea.WithFPS(120), tea.WithColorProfile(lipgloss.Writer.Profile))
	_, err := p.Run()
	return err
}

// New builds the root model; tests drive it directly or through teatest.
func New(opts cli.TUIOptions) tea.Model {
	sh := newShared(opts)
	return newApp(sh, [6]screen{
		newTodayScreen(sh),
		newGoalsScreen(sh),
		newReflectScreen(sh),
		newProgressScreen(sh),
		lazy(func() screen { return newGuideScreen(sh) }),
		lazy(func() screen { return newFAQScreen(sh) }),
	})
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
		getenv:   opts.Getenv,
		renderer: content.NewRenderer(),
	}
}
