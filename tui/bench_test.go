package tui

// Benchmarks of the full-screen app on the demo datasets of a heavy user:
// one year and ten years of history, today fixed at 2026-11-28, a 120×40
// terminal with colours. The app is driven as the runtime drives it, minus
// the terminal: a key press is Update, the commands it returns run one
// after another with their messages fed back (benchSettle), and the frame
// is View. Run them with
//
//	go test -run '^$' -bench . -benchmem ./tui
//
// No test asserts a timing: CI runs them once each (-benchtime=1x).
// scripts/bench.sh measures the real program in a real terminal (tmux).

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/cli"
	"coach/content"
	"coach/demo/benchset"
	"coach/domain"
)

// The terminal size of every benchmark.
const (
	benchWidth  = 120
	benchHeight = 40
)

// benchEach runs fn as one sub-benchmark per dataset size ("1y", "10y"),
// each with the options of an app over a copy of that dataset's file.
func benchEach(b *testing.B, fn func(b *testing.B, opts cli.TUIOptions)) {
	// The poll timer fires at once, and benchSettle drops its tick, so a
	// settle never waits for it.
	saved := pollEvery
	pollEvery = 0
	defer func() { pollEvery = saved }()
	benchset.Each(b, func(b *testing.B, s benchset.Set) {
		fn(b, cli.TUIOptions{
			Store:  benchset.Store(b, s),
			Lang:   content.EN,
			Today:  func() domain.Date { return benchset.Today },
			Getenv: func(string) string { return "" }, // colours on
		})
	})
}

// benchSettle runs cmd the way the runtime would, one command at a time,
// feeding every message back into m until nothing is left; the poll's tick
// and quitting are dropped.
func benchSettle(b *testing.B, m tea.Model, cmd tea.Cmd) tea.Model {
	settle(b, cmd, 10000, func(c tea.Cmd) tea.Msg { return c() }, func(msg tea.Msg) (next tea.Cmd) {
		m, next = m.Update(msg)
		return next
	})
	return m
}

// benchLaunch starts the app as the runtime does (Init, then the window
// size), runs every command the start returns and draws the first frame.
func benchLaunch(b *testing.B, opts cli.TUIOptions) (tea.Model, string) {
	m := New(opts)
	cmd := m.Init()
	m, sized := m.Update(tea.WindowSizeMsg{Width: benchWidth, Height: benchHeight})
	m = benchSettle(b, m, tea.Batch(cmd, sized))
	return m, m.View().Content
}

// benchApp is the app started and settled on Today, checked to show it.
func benchApp(b *testing.B, opts cli.TUIOptions) tea.Model {
	m, view := benchLaunch(b, opts)
	benchExpect(b, view, "Coach: ", " done  ", "? help")
	return m
}

// benchExpect fails unless the frame shows every marker.
func benchExpect(b *testing.B, view string, markers ...string) {
	b.Helper()
	plain := ansi.Strip(view)
	for _, mk := range markers {
		if !strings.Contains(plain, mk) {
			b.Fatalf("the screen does not show %q:\n%s", mk, plain)
		}
	}
}

// benchPress is one key press to the next frame: Update, the commands it
// returns, and View.
func benchPress(b *testing.B, m tea.Model, k string) (tea.Model, string) {
	m, cmd := m.Update(keyMsg(k))
	m = benchSettle(b, m, cmd)
	return m, m.View().Content
}

// benchKeys times key presses that alternate between two keys (down and
// up, say), after the keys in setup took the app where it should be.
func benchKeys(b *testing.B, setup []string, markers []string, keys [2]string) {
	benchEach(b, func(b *testing.B, opts cli.TUIOptions) {
		m := benchApp(b, opts)
		var view string
		for _, k := range setup {
			m, view = benchPress(b, m, k)
		}
		if len(setup) > 0 {
			benchExpect(b, view, markers...)
		}
		i := 0
		for b.Loop() {
			m, view = benchPress(b, m, keys[i%2])
			i++
		}
		_ = view
	})
}

// BenchmarkLaunch is the app's work from start to the first full Today
// frame: every screen's loading (Today's tasks, Goals, Reflect, the
// coaching report for Progress) run one after another, and View. The
// real program runs the loads concurrently and also starts the process
// and draws on a terminal; scripts/bench.sh measures that.
func BenchmarkLaunch(b *testing.B) {
	benchEach(b, func(b *testing.B, opts cli.TUIOptions) {
		var view string
		for b.Loop() {
			_, view = benchLaunch(b, opts)
		}
		benchExpect(b, view, "Coach: ", " done  ", "? help")
	})
}

// BenchmarkFirstFrame is what Run does before the first frame: read the
// day and the advice, build the app, take the window size, and draw Today.
// Unlike BenchmarkLaunch it leaves out the other screens' loads, which
// start after the first frame.
func BenchmarkFirstFrame(b *testing.B) {
	benchEach(b, func(b *testing.B, opts cli.TUIOptions) {
		var view string
		for b.Loop() {
			a := New(opts).(*app)
			a.preload = a.screens[a.active].(*todayScreen).load()()
			a.Init()
			m, _ := a.Update(tea.WindowSizeMsg{Width: benchWidth, Height: benchHeight})
			view = m.View().Content
		}
		benchExpect(b, view, "Coach: ", " done  ", "? help")
	})
}

// BenchmarkTodayMove is the cursor moving down and up on Today.
func BenchmarkTodayMove(b *testing.B) {
	benchKeys(b, nil, nil, [2]string{"j", "k"})
}

// BenchmarkTodayToggle is space on Today up to the frame that shows the
// tick: the screen flips it at once. The write the key returns is not run
// here (BenchmarkTodayToggleSettled runs it), so the database stays as it
// was.
func BenchmarkTodayToggle(b *testing.B) {
	benchEach(b, func(b *testing.B, opts cli.TUIOptions) {
		m := benchApp(b, opts)
		var view string
		for b.Loop() {
			m, _ = m.Update(keyMsg("space"))
			view = m.View().Content
		}
		_ = view
	})
}

// BenchmarkTodayToggleSettled is space on Today with all that follows: the
// write, every screen reloading (the coaching report too) and the last
// frame. The app's loop stays free meanwhile; this is the work a toggle
// costs in all. The day's first write, which keeps the daily copy of the
// database, happens before the timing.
func BenchmarkTodayToggleSettled(b *testing.B) {
	benchEach(b, func(b *testing.B, opts cli.TUIOptions) {
		m := benchApp(b, opts)
		m, _ = benchPress(b, m, "space")
		for b.Loop() {
			m, _ = benchPress(b, m, "space")
		}
	})
}

// BenchmarkGoalsMove is the cursor moving down and up on Goals.
func BenchmarkGoalsMove(b *testing.B) {
	benchKeys(b, []string{"2"}, []string{"Technical depth"}, [2]string{"j", "k"})
}

// BenchmarkProgressScroll is Progress scrolling down and up a line.
func BenchmarkProgressScroll(b *testing.B) {
	benchKeys(b, []string{"4"}, []string{"Day streak:"}, [2]string{"j", "k"})
}

// BenchmarkProgressSwitch is 4 on Today up to the Progress frame, with the
// report computed at start-up at hand. Going back to Today is not timed.
func BenchmarkProgressSwitch(b *testing.B) {
	benchEach(b, func(b *testing.B, opts cli.TUIOptions) {
		m := benchApp(b, opts)
		var view string
		for b.Loop() {
			m, view = benchPress(b, m, "4")
			b.StopTimer()
			m, _ = benchPress(b, m, "1")
			b.StartTimer()
		}
		benchExpect(b, view, "Day streak:")
	})
}

// BenchmarkProgressOpenCold is the Progress screen opened without a
// report (as after a change): read the history, compute the report, lay
// it out and draw it.
func BenchmarkProgressOpenCold(b *testing.B) {
	benchEach(b, func(b *testing.B, opts cli.TUIOptions) {
		a := benchApp(b, opts).(*app)
		old := a.screens[3].(*progressScreen)
		var view string
		for b.Loop() {
			s := newProgressScreen(a.sh)
			s.SetSize(old.width, old.height)
			s = benchSettleScreen(b, s, loadReport(a.sh)) // the root computes the report Progress draws
			view = s.View()
		}
		benchExpect(b, view, "Day streak:")
	})
}

// benchSettleScreen is benchSettle for one screen.
func benchSettleScreen(b *testing.B, s screen, cmd tea.Cmd) screen {
	m := benchSettle(b, benchScreenModel{s}, cmd)
	return m.(benchScreenModel).s
}

// benchScreenModel lets benchSettle drive a single screen.
type benchScreenModel struct{ s screen }

func (m benchScreenModel) Init() tea.Cmd { return m.s.Init() }
func (m benchScreenModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	s, cmd := m.s.Update(msg)
	return benchScreenModel{s}, cmd
}
func (m benchScreenModel) View() tea.View { return tea.NewView(m.s.View()) }

// BenchmarkReviewOpen is w on Reflect up to the weekly review's frame,
// with its figures. Going back is not timed.
func BenchmarkReviewOpen(b *testing.B) {
	benchEach(b, func(b *testing.B, opts cli.TUIOptions) {
		m := benchApp(b, opts)
		m, _ = benchPress(b, m, "3")
		var view string
		for b.Loop() {
			m, view = benchPress(b, m, "w")
			b.StopTimer()
			m, _ = benchPress(b, m, "w")
			b.StartTimer()
		}
		benchExpect(b, view, benchset.Today.Week())
	})
}

// BenchmarkGuideSwitch moves between two guide sections already rendered:
// the frame comes from the cache, with no rendering.
func BenchmarkGuideSwitch(b *testing.B) {
	benchKeys(b, []string{"5", "j", "k"}, []string{"Few careers reset their toolbox"}, [2]string{"j", "k"})
}

// BenchmarkHabitHistoryMove is a day step in a habit's history: the
// calendar, the streaks and the 26 weekly strength samples drawn again.
func BenchmarkHabitHistoryMove(b *testing.B) {
	benchKeys(b, []string{"4", "enter"}, []string{"History of "}, [2]string{"h", "l"})
}
