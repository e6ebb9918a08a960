//go:build linux

package safety

// A closed terminal (SIGHUP), a kill (SIGTERM) or an interrupt (SIGINT)
// ends the app with the terminal restored and a non-zero status, and the
// text of an unsaved form comes back at the next start.

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// rawTUI is the app in a pseudo-terminal, with every byte it wrote kept.
type rawTUI struct {
	t    *testing.T
	cmd  *exec.Cmd
	ptm  *os.File
	done chan struct{}

	mu  sync.Mutex
	raw bytes.Buffer
	scr *screen
}

func startRaw(t *testing.T, u *user) *rawTUI {
	t.Helper()
	ptm, pts, err := openPTY(30, 100)
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	cmd := exec.Command(coachBin)
	cmd.Env, cmd.Dir = u.env(), u.home
	cmd.Stdin, cmd.Stdout, cmd.Stderr = pts, pts, pts
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pts.Close()
	r := &rawTUI{t: t, cmd: cmd, ptm: ptm, done: make(chan struct{}), scr: newScreen(30, 100)}
	go func() {
		defer close(r.done)
		buf := make([]byte, 32<<10)
		for {
			n, err := ptm.Read(buf)
			r.mu.Lock()
			r.raw.Write(buf[:n])
			r.scr.Write(buf[:n])
			r.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		select {
		case <-r.done:
		default:
			cmd.Process.Kill()
		}
		<-r.done
		cmd.Wait()
		ptm.Close()
	})
	return r
}

// waitText waits until the screen shows text.
func (r *rawTUI) waitText(text string) {
	r.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		r.mu.Lock()
		screen := r.scr.Text()
		r.mu.Unlock()
		if strings.Contains(screen, text) {
			return
		}
		select {
		case <-r.done:
			r.t.Fatalf("the app ended before showing %q; the screen:\n%s", text, screen)
		default:
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("%q did not show; the screen:\n%s", text, screen)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (r *rawTUI) keys(keys ...string) {
	r.t.Helper()
	for _, k := range keys {
		if _, err := r.ptm.Write([]byte(k)); err != nil {
			r.t.Fatal(err)
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// exit waits for the app to end and returns its status and everything it
// wrote.
func (r *rawTUI) exit() (int, string) {
	r.t.Helper()
	select {
	case <-r.done:
	case <-time.After(10 * time.Second):
		r.t.Fatalf("the app is still running; the screen:\n%s", r.scr.Text())
	}
	err := r.cmd.Wait()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode() // -1 when a signal killed it
	} else if err != nil {
		r.t.Fatal(err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return code, r.raw.String()
}

// restored says what the app left switched on in the terminal: each mode
// it set must be reset after the last time it was set.
func restored(raw string) error {
	var left []string
	for _, m := range []struct{ on, off, what string }{
		{"\x1b[?1049h", "\x1b[?1049l", "the alternate screen"},
		{"\x1b[?25l", "\x1b[?25h", "the hidden cursor"},
		{"\x1b[?1002h", "\x1b[?1002l", "mouse reporting"},
		{"\x1b[?1006h", "\x1b[?1006l", "SGR mouse reporting"},
		{"\x1b[?2004h", "\x1b[?2004l", "bracketed paste"},
	} {
		if on := strings.LastIndex(raw, m.on); on >= 0 && strings.LastIndex(raw, m.off) < on {
			left = append(left, m.what)
		}
	}
	if len(left) > 0 {
		return fmt.Errorf("left on: %s", strings.Join(left, ", "))
	}
	return nil
}

// started is a user whose database holds a task (so the welcome does not
// open) and the app open on Today.
func started(t *testing.T) (*user, *rawTUI) {
	u := newUser(t)
	u.must("add", "read the bbolt source")
	a := startRaw(t, u)
	a.waitText("read the bbolt source")
	return u, a
}

func TestSignalKeepsTaskDraft(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			u, a := started(t)
			typed := "half-typed " + strings.ToLower(sig.String()[:4]) + " draft"
			a.keys("a")
			a.waitText("New task")
			a.keys(typed)
			a.waitText("draft")
			if err := a.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			code, raw := a.exit()
			if code == 0 {
				t.Errorf("exit status 0 after %v", sig)
			}
			if err := restored(raw); err != nil {
				t.Errorf("after %v the terminal is not restored: %v", sig, err)
			}
			if !strings.Contains(raw, "kept in") {
				t.Errorf("after %v nothing says the text is kept:\n%q", sig, raw[max(0, len(raw)-400):])
			}
			if _, err := os.Stat(u.db + ".drafts"); err != nil {
				t.Fatalf("no drafts file: %v", err)
			}

			// The next start opens the form with the text.
			b := startRaw(t, u)
			b.waitText("Unsaved text from last time is back: a task")
			b.waitText("New task")
			b.waitText("half-typed")
			b.keys("\x13") // ctrl+s saves it
			b.waitText("Added")
			b.keys("q")
			if code, raw := b.exit(); code != 0 || restored(raw) != nil {
				t.Errorf("q after saving the draft: status %d, %v", code, restored(raw))
			}
			if _, err := os.Stat(u.db + ".drafts"); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("the drafts file stays after the draft was saved: %v", err)
			}
			if out := u.must("today"); !strings.Contains(out, "half-typed") {
				t.Errorf("the saved draft is not a task:\n%s", out)
			}
		})
	}
}

func TestSignalKeepsReflectionDraft(t *testing.T) {
	u, a := started(t)
	a.keys("3", "e")
	a.waitText("editing")
	a.keys("what a hangup teaches")
	a.waitText("what a hangup")
	a.keys("\x1b") // closed: it waits as a draft
	a.waitText("Draft kept")
	if err := a.cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	if code, raw := a.exit(); code == 0 || restored(raw) != nil {
		t.Fatalf("after SIGHUP: status %d, %v", code, restored(raw))
	}

	b := startRaw(t, u)
	b.waitText("Unsaved text from last time is back: the reflection of 2026-11-28")
	b.keys("3")
	b.waitText("Unsaved draft")
	b.keys("e")
	b.waitText("what a hangup")
	b.keys("\x1b") // alone: ESC and q at once read as alt+q
	b.waitText("Draft kept")
	b.keys("q")
	b.waitText("Press y to quit and lose the unsaved drafts")
	b.keys("y")
	if code, raw := b.exit(); code != 0 || restored(raw) != nil {
		t.Errorf("q, y: status %d, %v", code, restored(raw))
	}
	if _, err := os.Stat(u.db + ".drafts"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the drafts file stays after q and y: %v", err)
	}
}

// ctrl+c is the interrupt key: it keeps drafts as SIGINT does.
func TestCtrlCKeepsGoalDraft(t *testing.T) {
	u, a := started(t)
	a.keys("2", "a")
	a.waitText("New goal")
	a.keys("a goal typed before ctrl+c")
	a.waitText("before ctrl+c")
	a.keys("\x03")
	if code, raw := a.exit(); code == 0 || restored(raw) != nil {
		t.Fatalf("after ctrl+c: status %d, %v", code, restored(raw))
	}
	b := startRaw(t, u)
	b.waitText("Unsaved text from last time is back: a goal")
	b.waitText("a goal typed before ctrl+c")
}

// q with a draft asks; any key but y stays.
func TestQuitAsksAboutDrafts(t *testing.T) {
	_, a := started(t)
	a.keys("3", "e")
	a.waitText("editing")
	a.keys("not saved yet", "\x1b")
	a.waitText("Draft kept")
	a.keys("q")
	a.waitText("Press y to quit and lose the unsaved drafts, any other key to stay: the reflection of 2026-11-28")
	a.keys("n")
	a.waitText("Unsaved draft") // still there, the question gone
	a.keys("e")
	a.waitText("not saved yet")
	a.keys("\x1b")
	a.waitText("Draft kept")
	a.keys("q")
	a.waitText("Press y to quit")
	a.keys("y")
	if code, raw := a.exit(); code != 0 || restored(raw) != nil {
		t.Errorf("q, y: status %d, %v", code, restored(raw))
	}
}
