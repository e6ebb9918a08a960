package tui

import (
	"context"
	"errors"

	"coach/cli"
)

// Run starts the full-screen app.
func Run(ctx context.Context, opts cli.TUIOptions) error {
	return errors.New("the full-screen app is not built yet")
}
