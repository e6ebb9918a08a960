// Package tui is coach's full-screen app: a root model that routes to one
// model per screen, all on bubbletea v2.
package tui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"coach/cli"
	"coach/content"
)

// Run starts the full-screen app and returns when the user quits.
func Run(ctx context.Context, opts cli.TUIOptions) error {
	p := tea.NewProgram(New(opts), tea.WithContext(ctx), tea.WithFPS(120))
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
		newGuideScreen(sh),
		newFAQScreen(sh),
	})
}

func newShared(opts cli.TUIOptions) *shared {
	ui := content.Strings(opts.Lang)
	noColor := opts.Getenv("NO_COLOR") != ""
	return &shared{
		store:    opts.Store,
		lang:     opts.Lang,
		ui:       ui,
		coach:    content.CoachData(opts.Lang),
		keys:     newKeys(ui.Keys),
		styles:   newStyles(true, noColor),
		today:    opts.Today,
		getenv:   opts.Getenv,
		renderer: content.NewRenderer(),
	}
}
