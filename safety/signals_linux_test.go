//go:build linux

package safety

// A closed terminal (SIGHUP), a kill (SIGTERM) or an interrupt (SIGINT)
// ends the app with the terminal restored and a non-zero status, and the
// text of an unsaved form comes back at the next start.

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// wait is how long the app may take to show a text.
const wait = 10 * time.Second

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
func started(t *testing.T) (*user, *tui) {
	u := newUser(t)
	u.must("add", "read the bbolt source")
	a := startTUI(t, u, "coach", 30, 100)
	a.WaitText("read the bbolt source", wait)
	return u, a
}

func TestSignalKeepsTaskDraft(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			u, a := started(t)
			typed := "half-typed " + strings.ToLower(sig.String()[:4]) + " draft"
			a.Type("a")
			a.WaitText("New task", wait)
			a.Type(typed)
			a.WaitText("draft", wait)
			if err := a.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			code, raw := a.Exit()
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
			b := startTUI(t, u, "coach restarted", 30, 100)
			b.WaitText("Unsaved text from last time is back: a task", wait)
			b.WaitText("New task", wait)
			b.WaitText("half-typed", wait)
			b.Type("\x13") // ctrl+s saves it
			b.WaitText("Added", wait)
			b.Type("q")
			if code, raw := b.Exit(); code != 0 || restored(raw) != nil {
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
	a.Type("3", "e")
	a.WaitText("editing", wait)
	a.Type("what a hangup teaches")
	a.WaitText("what a hangup", wait)
	a.Type("\x1b") // closed: it waits as a draft
	a.WaitText("Draft kept", wait)
	if err := a.cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	if code, raw := a.Exit(); code == 0 || restored(raw) != nil {
		t.Fatalf("after SIGHUP: status %d, %v", code, restored(raw))
	}

	b := startTUI(t, u, "coach restarted", 30, 100)
	b.WaitText("Unsaved text from last time is back: the reflection of 2026-11-28", wait)
	b.Type("3")
	b.WaitText("Unsaved draft", wait)
	b.Type("e")
	b.WaitText("what a hangup", wait)
	b.Type("\x1b") // alone: ESC and q at once read as alt+q
	b.WaitText("Draft kept", wait)
	b.Type("q")
	b.WaitText("Press y to quit and lose the unsaved drafts", wait)
	b.Type("y")
	if code, raw := b.Exit(); code != 0 || restored(raw) != nil {
		t.Errorf("q, y: status %d, %v", code, restored(raw))
	}
	if _, err := os.Stat(u.db + ".drafts"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the drafts file stays after q and y: %v", err)
	}
}

// ctrl+c is the interrupt key: it keeps drafts as SIGINT does.
func TestCtrlCKeepsGoalDraft(t *testing.T) {
	u, a := started(t)
	a.Type("2", "a")
	a.WaitText("New goal", wait)
	a.Type("a goal typed before ctrl+c")
	a.WaitText("before ctrl+c", wait)
	a.Type("\x03")
	if code, raw := a.Exit(); code == 0 || restored(raw) != nil {
		t.Fatalf("after ctrl+c: status %d, %v", code, restored(raw))
	}
	b := startTUI(t, u, "coach restarted", 30, 100)
	b.WaitText("Unsaved text from last time is back: a goal", wait)
	b.WaitText("a goal typed before ctrl+c", wait)
}

// q with a draft asks; any key but y stays.
func TestQuitAsksAboutDrafts(t *testing.T) {
	_, a := started(t)
	a.Type("3", "e")
	a.WaitText("editing", wait)
	a.Type("not saved yet", "\x1b")
	a.WaitText("Draft kept", wait)
	a.Type("q")
	a.WaitText("Press y to quit and lose the unsaved drafts, any other key to stay: the reflection of 2026-11-28", wait)
	a.Type("n")
	a.WaitText("Unsaved draft", wait) // still there, the question gone
	a.Type("e")
	a.WaitText("not saved yet", wait)
	a.Type("\x1b")
	a.WaitText("Draft kept", wait)
	a.Type("q")
	a.WaitText("Press y to quit", wait)
	a.Type("y")
	if code, raw := a.Exit(); code != 0 || restored(raw) != nil {
		t.Errorf("q, y: status %d, %v", code, restored(raw))
	}
}
