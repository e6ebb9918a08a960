package tui

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/content"
	"coach/domain"
	"coach/gitsync"
	"coach/store"
)

// syncNow is the fixed "now" of the sync tests; the app's clock starts
// there and the fake remote stamps its syncs with it.
var syncNow = time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)

// fakeRemote is opts.Sync in the tests: a remote that takes every change
// and may bring records of its own. It counts its calls, can be held on
// gate until the test lets it go (or its context ends), and fails with err.
type fakeRemote struct {
	st      *store.Store
	now     func() time.Time
	calls   atomic.Int32
	started chan struct{} // when set, a call says it has begun
	gate    chan struct{} // when set, a call waits for it to close
	err     error         // the failure to return (recorded in the store unless record is false)
	record  bool
	receive func(*store.Store) int // records "from another device", how many
	ctxErr  atomic.Value           // the context's error a held call ended with
}

func (f *fakeRemote) sync(ctx context.Context) (gitsync.Result, error) {
	f.calls.Add(1)
	if f.started != nil {
		f.started <- struct{}{}
	}
	if f.gate != nil {
		select {
		case <-f.gate:
		case <-ctx.Done():
			f.ctxErr.Store(ctx.Err())
			return gitsync.Result{}, ctx.Err()
		}
	}
	if f.err != nil {
		if f.record {
			var off *gitsync.OfflineError
			f.st.RecordSync(store.SyncLast{At: f.now(), Error: f.err.Error(), Offline: errors.As(f.err, &off)})
		}
		return gitsync.Result{}, f.err
	}
	var res gitsync.Result
	if f.receive != nil {
		res.Received = f.receive(f.st)
	}
	round, err := f.st.SyncRound(nil)
	if err != nil {
		return res, err
	}
	var pushed uint64
	for _, seg := range round.Pending {
		res.Sent += len(seg.Ops)
		pushed = max(pushed, seg.Seq)
	}
	if err := f.st.SyncPushed(pushed); err != nil {
		return res, err
	}
	return res, f.st.RecordSync(store.SyncLast{At: f.now(), Sent: res.Sent, Received: res.Received})
}

// syncApp is the fixture app with sync set up on its database, at w×h,
// with the app's clock at *clock. Its first frame is drawn and the
// other screens' loads are held back, and with them the sync that starts
// after the first frame: warmUp reports whether that point was reached.
type syncApp struct {
	m      tea.Model
	a      *app
	remote *fakeRemote
	clock  *time.Time
	warmUp bool
}

func newSyncApp(t *testing.T, lang content.Lang, w, h int) *syncApp {
	t.Helper()
	opts := fixtureOptions(t, lang, true)
	if err := opts.Store.SetUpSync(store.SyncConfig{Device: store.NewDevice(), Remote: "/nowhere", Since: syncNow}); err != nil {
		t.Fatal(err)
	}
	clock := syncNow
	remote := &fakeRemote{st: opts.Store, now: func() time.Time { return syncNow }, record: true}
	opts.Sync = remote.sync
	a := New(opts).(*app)
	a.sh.now = func() time.Time { return clock }
	s := &syncApp{m: a, a: a, remote: remote, clock: &clock}
	s.m = s.run(t, a.Init())
	s.m = s.run(t, func() tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} })
	return s
}

// run is runModel that holds back the warm-up after the first frame.
func (s *syncApp) run(t *testing.T, cmd tea.Cmd) tea.Model {
	t.Helper()
	settle(t, cmd, 1000, runWithTimeout, func(msg tea.Msg) (next tea.Cmd) {
		if _, ok := msg.(warmUpMsg); ok {
			s.warmUp = true
			return nil
		}
		s.m, next = s.m.Update(msg)
		return next
	})
	return s.m
}

// send gives the model one message (a warm-up too) and runs what follows.
func (s *syncApp) send(t *testing.T, msg tea.Msg) {
	t.Helper()
	var cmd tea.Cmd
	s.m, cmd = s.m.Update(msg)
	s.run(t, cmd)
}

// press types keys; a sync they start runs to its end.
func (s *syncApp) press(t *testing.T, keys ...string) {
	t.Helper()
	for _, k := range keys {
		s.send(t, keyMsg(k))
	}
}

// pressHeld types one key and returns the command it started without
// running it: the test runs it, on a goroutine of its own.
func (s *syncApp) pressHeld(t *testing.T, k string) tea.Cmd {
	t.Helper()
	var cmd tea.Cmd
	s.m, cmd = s.m.Update(keyMsg(k))
	return cmd
}

// topBar is the first line of the frame.
func (s *syncApp) topBar() string { return strings.SplitN(viewOf(s.m), "\n", 2)[0] }

// statusLine is the line above the help.
func (s *syncApp) statusLine() string {
	lines := strings.Split(viewOf(s.m), "\n")
	return lines[len(lines)-2]
}

func (s *syncApp) state(st store.SyncStatus) {
	s.a.keepSyncStatus(syncStatusMsg{status: st, at: *s.clock})
}

// The words of each state of sync, in both languages, at the right of
// the tab bar.
func TestSyncStateWords(t *testing.T) {
	ago := func(d time.Duration) store.SyncStatus {
		return store.SyncStatus{On: true, Last: store.SyncLast{At: syncNow.Add(-d)}, LastOK: syncNow.Add(-d)}
	}
	failed := store.SyncStatus{On: true, Last: store.SyncLast{At: syncNow, Error: "git fetch: repository not found"}, LastOK: syncNow.Add(-time.Hour)}
	offline := store.SyncStatus{On: true, Last: store.SyncLast{At: syncNow, Error: "offline: git fetch: could not resolve host", Offline: true}}
	waiting := func(n int) store.SyncStatus { s := ago(time.Minute); s.Waiting = n; return s }
	cases := []struct {
		name   string
		status store.SyncStatus
		en, zh string
	}{
		{"just now", ago(20 * time.Second), "synced just now", "刚刚同步"},
		{"minutes", ago(3*time.Minute + 10*time.Second), "synced 3 min ago", "同步于 3 分钟前"},
		{"hours", ago(5 * time.Hour), "synced 5 h ago", "同步于 5 小时前"},
		{"days", ago(72 * time.Hour), "synced 3 d ago", "同步于 3 天前"},
		{"never", store.SyncStatus{On: true}, "not synced yet", "尚未同步"},
		{"two waiting", waiting(2), "2 changes waiting", "2 项待同步"},
		{"one waiting", waiting(1), "1 change waiting", "1 项待同步"},
		{"offline", offline, "offline", "离线"},
		{"failed", failed, "sync failed: git fetch: repository not found", "同步失败：git fetch: repository not found"},
	}
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		s := newSyncApp(t, lang, 140, 30)
		for _, c := range cases {
			s.a.sync = appSync{run: s.a.sync.run}
			s.state(c.status)
			want := c.en
			if lang == content.ZH {
				want = c.zh
			}
			bar := s.topBar()
			if !strings.Contains(bar, want) || !strings.Contains(bar, "2026-11-28") {
				t.Errorf("%s, %s: the top bar is %q, want %q and the date", lang, c.name, bar, want)
			}
		}
		s.a.sync.flight = &syncFlight{}
		want := map[content.Lang]string{content.EN: "syncing…", content.ZH: "同步中…"}[lang]
		if bar := s.topBar(); !strings.Contains(bar, want) {
			t.Errorf("%s: while a sync runs the top bar is %q, want %q", lang, bar, want)
		}
	}
}

// The state is counted from the app's clock, and the minute tick moves it on.
func TestSyncStateMovesWithTheClock(t *testing.T) {
	s := newSyncApp(t, content.EN, 120, 30)
	s.press(t, "S")
	if bar := s.topBar(); !strings.Contains(bar, "synced just now") {
		t.Fatalf("after a sync the top bar is %q", bar)
	}
	*s.clock = syncNow.Add(3*time.Minute + 5*time.Second)
	s.send(t, syncMinuteMsg{})
	if bar := s.topBar(); !strings.Contains(bar, "synced 3 min ago") {
		t.Errorf("three minutes on, the top bar is %q", bar)
	}
}

// Without sync set up, nothing about it shows, and S says how to set it up.
func TestSyncOffSaysHowToSetItUp(t *testing.T) {
	for lang, want := range map[content.Lang]string{
		content.EN: "sync is not set up: run coach sync init REMOTE",
		content.ZH: "尚未设置同步：运行 coach sync init REMOTE",
	} {
		opts := fixtureOptions(t, lang, true)
		m := New(opts)
		var model tea.Model = runModel(t, m, m.Init())
		model = runModel(t, model, func() tea.Msg { return tea.WindowSizeMsg{Width: 140, Height: 30} })
		bar := strings.SplitN(viewOf(model), "\n", 2)[0]
		for _, w := range []string{"sync", "同步", "waiting", "offline", "离线"} {
			if strings.Contains(bar, w) {
				t.Errorf("%s: sync is off and the top bar says %q: %q", lang, w, bar)
			}
		}
		model = pressModel(t, model, "S")
		if v := viewOf(model); !strings.Contains(v, want) {
			t.Errorf("%s: S without sync set up does not say %q:\n%s", lang, want, v)
		}
		model = pressModel(t, model, "?")
		if strings.Contains(viewOf(model), content.Strings(lang).Keys.Sync) {
			t.Errorf("%s: the full help offers S although sync is off", lang)
		}
	}
}

// One sync starts once the first frame is drawn, never before, and the
// full help offers S.
func TestSyncStartsAfterTheFirstFrame(t *testing.T) {
	s := newSyncApp(t, content.EN, 120, 30)
	if !s.warmUp {
		t.Fatal("the first screen loaded but the warm-up never came")
	}
	if n := s.remote.calls.Load(); n != 0 {
		t.Fatalf("%d syncs ran before the first frame", n)
	}
	if bar := s.topBar(); !strings.Contains(bar, "changes waiting") {
		t.Errorf("before any sync the top bar is %q, want the fixture's changes waiting", bar)
	}
	s.send(t, warmUpMsg{})
	if n := s.remote.calls.Load(); n != 1 {
		t.Fatalf("after the first frame %d syncs ran, want 1", n)
	}
	if bar := s.topBar(); !strings.Contains(bar, "synced just now") {
		t.Errorf("after the sync the top bar is %q", bar)
	}
	if line := s.statusLine(); strings.TrimSpace(line) != "" {
		t.Errorf("a background sync that brought nothing says %q on the status line", line)
	}
	s.send(t, warmUpMsg{})
	if n := s.remote.calls.Load(); n != 1 {
		t.Errorf("a second warm-up started another sync: %d calls", n)
	}
	s.send(t, tea.WindowSizeMsg{Width: 220, Height: 30}) // the global keys are the last column
	s.press(t, "?")
	if v := viewOf(s.m); !strings.Contains(v, "S") || !strings.Contains(v, "sync now") {
		t.Errorf("the full help does not offer S:\n%s", v)
	}
}

// While a sync runs, every key works; S says one is running and starts
// no other; when it ends the state and the status line say so.
func TestSyncDoesNotHoldKeys(t *testing.T) {
	s := newSyncApp(t, content.EN, 120, 30)
	s.remote.started = make(chan struct{}, 1)
	s.remote.gate = make(chan struct{})
	cmd := s.pressHeld(t, "S")
	if cmd == nil {
		t.Fatal("S started nothing")
	}
	result := make(chan tea.Msg, 1)
	go func() { result <- cmd() }()
	select {
	case <-s.remote.started:
	case <-time.After(5 * time.Second):
		t.Fatal("the sync never started")
	}
	if bar := s.topBar(); !strings.Contains(bar, "syncing…") {
		t.Errorf("while the sync runs the top bar is %q", bar)
	}

	st := s.a.sh.store
	before := doneToday(t, st)
	start := time.Now()
	s.press(t, "space")
	if got := doneToday(t, st); got == before {
		t.Errorf("space did not tick the task while the sync ran")
	}
	s.press(t, "S")
	if line := s.statusLine(); !strings.Contains(line, "Already syncing") {
		t.Errorf("S during a sync says %q", line)
	}
	s.press(t, "2")
	if s.a.active != 1 {
		t.Errorf("2 did not switch to Goals while the sync ran")
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("three keys took %v while the sync ran", took)
	}
	if n := s.remote.calls.Load(); n != 1 {
		t.Errorf("%d syncs ran, want 1", n)
	}

	close(s.remote.gate)
	select {
	case msg := <-result:
		s.send(t, msg)
	case <-time.After(5 * time.Second):
		t.Fatal("the sync did not end")
	}
	if bar := s.topBar(); !strings.Contains(bar, "synced just now") {
		t.Errorf("after the sync the top bar is %q", bar)
	}
	if line := s.statusLine(); !strings.Contains(line, "Synced: ") || !strings.Contains(line, " sent, 0 received") {
		t.Errorf("after S the status line is %q", line)
	}
}

// Records brought by a sync show on every screen, as a change made by
// another coach does, and the status line says what came.
func TestSyncReceivedReloads(t *testing.T) {
	s := newSyncApp(t, content.EN, 120, 30)
	s.send(t, warmUpMsg{}) // every screen loaded, and the first sync done
	s.remote.receive = func(st *store.Store) int {
		if _, err := st.AddTask(domain.Task{Title: "Read the sync doc", Competency: domain.Learning, Repeat: "daily"}); err != nil {
			t.Error(err)
		}
		return 1
	}
	s.press(t, "S")
	if v := viewOf(s.m); !strings.Contains(v, "Read the sync doc") {
		t.Errorf("Today does not show the task the sync brought:\n%s", v)
	}
	if line := s.statusLine(); !strings.Contains(line, "1 received") || strings.Contains(line, "another coach") {
		t.Errorf("after a sync that brought a task the status line is %q", line)
	}
	// A background sync that brings something says so too.
	s.remote.receive = func(st *store.Store) int {
		if _, err := st.AddTask(domain.Task{Title: "Second device task", Competency: domain.Learning, Repeat: "daily"}); err != nil {
			t.Error(err)
		}
		return 1
	}
	s.press(t, "1", "j") // a key clears the status line
	s.send(t, s.a.startSync(false)())
	if v := viewOf(s.m); !strings.Contains(v, "Second device task") || !strings.Contains(s.statusLine(), "1 received") {
		t.Errorf("a background sync's records do not show:\n%s", v)
	}
}

// A write refreshes the state: the change is waiting.
func TestSyncStateAfterAWrite(t *testing.T) {
	s := newSyncApp(t, content.EN, 120, 30)
	s.press(t, "S")
	if bar := s.topBar(); !strings.Contains(bar, "synced just now") {
		t.Fatalf("after a sync the top bar is %q", bar)
	}
	s.press(t, "space")
	if bar := s.topBar(); !strings.Contains(bar, "1 change waiting") {
		t.Errorf("after a check-in the top bar is %q, want 1 change waiting", bar)
	}
	s.press(t, "u")
	s.press(t, "S")
	if bar := s.topBar(); !strings.Contains(bar, "synced just now") {
		t.Errorf("after the next sync the top bar is %q", bar)
	}
}

// A failure shows in the top bar, not over the screen; S also says it
// whole on the status line; the next sync that works clears it.
func TestSyncFailureShowsInTheTopBar(t *testing.T) {
	cases := []struct {
		name, bar string
		err       error
		record    bool // the engine records it in the store
	}{
		{"offline", "offline", &gitsync.OfflineError{Err: errors.New("git fetch: could not resolve host")}, true},
		{"failed", "sync failed: git fetch: repository not found", errors.New("git fetch: repository not found"), true},
		{"not recorded", "sync failed: git is not installed", gitsync.ErrNoGit, false},
	}
	for _, c := range cases {
		s := newSyncApp(t, content.EN, 160, 30)
		s.remote.err, s.remote.record = c.err, c.record
		s.send(t, warmUpMsg{})
		if bar := s.topBar(); !strings.Contains(bar, c.bar) {
			t.Errorf("%s: the top bar is %q, want %q", c.name, bar, c.bar)
		}
		if line := s.statusLine(); strings.TrimSpace(line) != "" {
			t.Errorf("%s: a background sync's failure is on the status line: %q", c.name, line)
		}
		if s.a.asking != nil || s.a.help.ShowAll || s.a.welcome != nil {
			t.Errorf("%s: a failure opened something over the screen", c.name)
		}
		s.press(t, "S")
		if line := s.statusLine(); !strings.Contains(line, "sync failed: "+c.err.Error()) {
			t.Errorf("%s: after S the status line is %q", c.name, line)
		}
		s.press(t, "j") // the app goes on
		s.remote.err = nil
		s.press(t, "S")
		if bar := s.topBar(); !strings.Contains(bar, "synced just now") {
			t.Errorf("%s: after a sync that worked the top bar is %q", c.name, bar)
		}
	}
}

// Another coach syncing (a timer) is not a failure: the stored state
// shows, and S says to try again.
func TestSyncBusyIsNotAFailure(t *testing.T) {
	s := newSyncApp(t, content.EN, 120, 30)
	s.press(t, "S")
	*s.clock = syncNow.Add(4 * time.Minute)
	s.remote.err, s.remote.record = gitsync.ErrBusy, false
	s.send(t, warmUpMsg{})
	if bar := s.topBar(); !strings.Contains(bar, "synced 4 min ago") || strings.Contains(bar, "failed") {
		t.Errorf("after a sync that found another running the top bar is %q", bar)
	}
	s.press(t, "S")
	if line := s.statusLine(); !strings.Contains(line, "Another coach is syncing") || strings.Contains(line, "Error") {
		t.Errorf("S while another coach syncs says %q", line)
	}
}

// Quitting cancels the sync running and waits for it to return.
func TestSyncStopsOnQuit(t *testing.T) {
	s := newSyncApp(t, content.EN, 120, 30)
	s.remote.started = make(chan struct{}, 1)
	s.remote.gate = make(chan struct{}) // never opened: only the context ends the call
	cmd := s.pressHeld(t, "S")
	returned := make(chan struct{})
	go func() { cmd(); close(returned) }()
	<-s.remote.started
	start := time.Now()
	s.a.stopSync(syncStopWait)
	if took := time.Since(start); took > time.Second {
		t.Errorf("stopping the sync took %v", took)
	}
	if err, _ := s.remote.ctxErr.Load().(error); !errors.Is(err, context.Canceled) {
		t.Errorf("the sync's context ended with %v, want canceled", err)
	}
	select {
	case <-returned:
	case <-time.After(time.Second):
		t.Error("the sync's command had not finished when stopSync returned")
	}
	// No sync running: nothing to wait for.
	s2 := newSyncApp(t, content.EN, 120, 30)
	start = time.Now()
	s2.a.stopSync(syncStopWait)
	if took := time.Since(start); took > 100*time.Millisecond {
		t.Errorf("stopping without a sync took %v", took)
	}
}

// At narrow widths the state gives way before the tabs do: every tab
// stays whole, every line fits, and a long reason is clipped.
func TestSyncStateLeavesTheTabsWhole(t *testing.T) {
	long := store.SyncStatus{On: true, Last: store.SyncLast{At: syncNow,
		Error: "git push: the remote end hung up unexpectedly while sending a very large pack of objects"}}
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		tabs := content.Strings(lang).Common.Tabs
		s := newSyncApp(t, lang, 100, 24)
		s.state(long)
		s.a.streak = 13
		for _, w := range []int{20, 60, 70, 80, 100, 200} {
			s.send(t, tea.WindowSizeMsg{Width: w, Height: 24})
			view := viewOf(s.m)
			assertFits(t, s.m.View().Content, w)
			if w < minWidth {
				if !strings.Contains(view, "Terminal too small") && !strings.Contains(view, "终端太小") {
					t.Errorf("%s at %d columns: %q", lang, w, view)
				}
				continue
			}
			bar := s.topBar()
			for i, name := range tabs {
				if tab := string(rune('1'+i)) + " " + name; !strings.Contains(bar, tab) {
					t.Errorf("%s at %d columns: tab %q broken in %q", lang, w, tab, bar)
				}
			}
			failed := map[content.Lang]string{content.EN: "sync failed: git", content.ZH: "同步失败：git"}[lang]
			hasState := strings.Contains(bar, failed)
			if w >= 80 && !hasState {
				t.Errorf("%s at %d columns: the state is missing from %q", lang, w, bar)
			}
			if w < 200 && hasState && !strings.Contains(bar, "…") {
				t.Errorf("%s at %d columns: the long reason is not clipped: %q", lang, w, bar)
			}
			if ansi.StringWidth(bar) != w {
				t.Errorf("%s at %d columns: the top bar is %d wide", lang, w, ansi.StringWidth(bar))
			}
		}
	}
}
