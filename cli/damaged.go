package cli

import (
	"sync"

	"coach/content"
	"coach/store"
)

// skipLog holds the damaged records met while the full-screen app runs;
// the app's reads run on goroutines of their own.
type skipLog struct {
	mu    sync.Mutex
	inApp bool
	held  []store.Damaged
}

// skipped tells of a damaged record that a read passed over, so that the
// rest of the output stands: the store tells each record once per run.
// While the full-screen app runs, stderr is the screen, so the lines wait
// until it ends.
func (a *app) skipped(d store.Damaged) {
	a.skips.mu.Lock()
	defer a.skips.mu.Unlock()
	if a.skips.inApp {
		a.skips.held = append(a.skips.held, d)
		return
	}
	a.eprintf(content.Strings(a.errorLang(nil)).CLI.SkippedDamaged+"\n", d)
}

// appStarts holds the lines back until appEnded prints them.
func (a *app) appStarts() {
	a.skips.mu.Lock()
	a.skips.inApp = true
	a.skips.mu.Unlock()
}

func (a *app) appEnded() {
	a.skips.mu.Lock()
	a.skips.inApp = false
	held := a.skips.held
	a.skips.held = nil
	a.skips.mu.Unlock()
	for _, d := range held {
		a.skipped(d)
	}
}
