// Package e2e runs the real coach binary in a pseudo-terminal and reads its
// screen through a terminal emulator, as a person at a terminal would.
package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"

	"coach/domain"
	"coach/store"
)

// bin is the coach binary TestMain builds.
var bin string

// today is the fixed day every run of the binary sees (COACH_TODAY).
var today = domain.NewDate(2026, 11, 28)

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "coach-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	bin = filepath.Join(dir, "coach")
	build := exec.Command("go", "build", "-o", bin, "coach")
	build.Dir = filepath.Dir(wd) // the module root
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// TestFirstRun starts on an empty database: the welcome, then a task added,
// checked off and found in the database and by `coach today --json`.
func TestFirstRun(t *testing.T) {
	dir := t.TempDir()
	a := startApp(t, dir)

	a.waitText(t, 10*time.Second, "Welcome to coach")
	a.press(t, "\x1b") // esc skips the starter pick
	a.waitText(t, 5*time.Second, "Nothing here yet")

	a.press(t, "a")
	a.waitText(t, 5*time.Second, "New task")
	a.press(t, "Read the net/http source")
	a.waitText(t, 5*time.Second, "Read the net/http source")
	a.press(t, "\r")
	a.waitText(t, 5*time.Second, "[ ] Read the net/http source", "0 of 1 done")

	a.press(t, " ")
	a.waitText(t, 5*time.Second, "[x] Read the net/http source", "1 of 1 done")

	a.press(t, "q")
	a.waitExit(t, 5*time.Second)

	st, err := store.Open(filepath.Join(dir, "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	tasks, err := st.Tasks(true)
	if err != nil {
		t.Fatal(err)
	}
	if len(tasks) != 1 || tasks[0].Title != "Read the net/http source" {
		t.Fatalf("tasks in the database: %+v, want one titled %q", tasks, "Read the net/http source")
	}
	cs, err := st.CheckInsBetween(today, today)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].TaskID != tasks[0].ID {
		t.Fatalf("check-ins on %s: %+v, want one of task %d", today, cs, tasks[0].ID)
	}

	out := runCLI(t, dir, "today", "--json")
	var got struct {
		Date  string `json:"date"`
		Done  int    `json:"done"`
		Total int    `json:"total"`
		Tasks []struct {
			Title string `json:"title"`
			Done  bool   `json:"done"`
		} `json:"tasks"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("coach today --json: %v\n%s", err, out)
	}
	if got.Date != "2026-11-28" || got.Done != 1 || got.Total != 1 || len(got.Tasks) != 1 ||
		got.Tasks[0].Title != "Read the net/http source" || !got.Tasks[0].Done {
		t.Fatalf("coach today --json says %+v, want the one task done on 2026-11-28", got)
	}
}

// TestDoneFromAnotherProcess checks a task off with the command line while
// the app is open: the command does not wait for the app, and the app shows
// the change by itself.
func TestDoneFromAnotherProcess(t *testing.T) {
	dir := t.TempDir()
	runCLI(t, dir, "add", "Daily habit", "--repeat", "daily")
	a := startApp(t, dir)
	a.waitText(t, 10*time.Second, "[ ] Daily habit")

	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "done", "1")
	cmd.Env = appEnv(dir)
	out, err := cmd.CombinedOutput()
	took := time.Since(start)
	if err != nil {
		t.Fatalf("coach done 1: %v\n%s", err, out)
	}
	t.Logf("coach done 1 took %v", took.Round(time.Millisecond))
	if took > 2*time.Second {
		t.Errorf("coach done 1 took %v while the app was open, want under 2s", took)
	}

	seen := a.waitText(t, 3*time.Second, "[x] Daily habit")
	t.Logf("the app showed the check-in %v after the command ended", seen.Round(time.Millisecond))

	a.press(t, "q")
	a.waitExit(t, 5*time.Second)
}

// TestResize shrinks the terminal below the minimum and back.
func TestResize(t *testing.T) {
	dir := t.TempDir()
	runCLI(t, dir, "add", "Daily habit", "--repeat", "daily")
	a := startApp(t, dir)
	a.waitText(t, 10*time.Second, "[ ] Daily habit")

	a.resize(t, 50, 12)
	a.waitText(t, 5*time.Second, "Terminal too small: 50×12")

	a.resize(t, 100, 30)
	a.waitFor(t, 5*time.Second, "the screen back at 100×30", func(screen string) bool {
		return strings.Contains(screen, "1 Today") && strings.Contains(screen, "[ ] Daily habit") &&
			!strings.Contains(screen, "too small")
	})

	a.press(t, "q")
	a.waitExit(t, 5*time.Second)
}

// appEnv is the whole environment of a run of the binary.
func appEnv(dir string) []string {
	return []string{
		"COACH_DB=" + filepath.Join(dir, "c.db"),
		"COACH_TODAY=" + today.String(),
		"TERM=xterm-256color",
		"HOME=" + dir,
		"LANG=C",
	}
}

// runCLI runs a command of the binary to its end and returns its output.
func runCLI(t *testing.T, dir string, args ...string) string {
	t.Helper()
	return runCLIEnv(t, appEnv(dir), args...)
}

// runCLIEnv is runCLI in the environment env.
func runCLIEnv(t *testing.T, env []string, args ...string) string {
	t.Helper()
	stdout, stderr, err := execCLI(env, args...)
	if err != nil {
		t.Fatalf("coach %s: %v\n%s%s", strings.Join(args, " "), err, stdout, stderr)
	}
	return stdout
}

// execCLI runs a command of the binary in env, for at most 10 s.
func execCLI(env []string, args ...string) (stdout, stderr string, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = env
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	return out.String(), errOut.String(), err
}

// app is the binary running full-screen in a pseudo-terminal.
type app struct {
	cmd      *exec.Cmd
	pty      *os.File
	term     *terminal
	exited   chan struct{} // closed when the process has ended
	waitErr  error         // its exit status, once exited is closed
	readDone chan struct{} // closed when the pty's output is drained
}

// startApp runs the binary at 100×30 on the database in dir.
func startApp(t *testing.T, dir string) *app {
	t.Helper()
	return startAppEnv(t, appEnv(dir))
}

// startAppEnv is startApp in the environment env.
func startAppEnv(t *testing.T, env []string) *app {
	t.Helper()
	cmd := exec.Command(bin)
	cmd.Env = env
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 100, Rows: 30})
	if errors.Is(err, pty.ErrUnsupported) || errors.Is(err, fs.ErrNotExist) {
		t.Skipf("no pseudo-terminal on this platform: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	a := &app{cmd: cmd, pty: f, exited: make(chan struct{}), readDone: make(chan struct{})}
	// The emulator's answers to the program's queries (colours, modes)
	// are typed back into the terminal.
	a.term = newTerminal(100, 30, func(p []byte) { _, _ = f.Write(p) })
	go func() {
		defer close(a.readDone)
		buf := make([]byte, 32*1024)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				a.term.write(buf[:n])
			}
			if err != nil {
				return // EIO once the process has ended and the pty is closed
			}
		}
	}()
	go func() {
		a.waitErr = cmd.Wait()
		close(a.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-a.exited:
		default:
			_ = cmd.Process.Kill()
			<-a.exited
		}
		_ = f.Close()
		<-a.readDone
		a.term.close()
		if t.Failed() {
			t.Logf("last screen:\n%s", a.term.text())
		}
	})
	return a
}

// press types keys into the terminal.
func (a *app) press(t *testing.T, keys string) {
	t.Helper()
	if _, err := a.pty.Write([]byte(keys)); err != nil {
		t.Fatalf("typing %q: %v", keys, err)
	}
}

// resize changes the terminal's size; the process gets SIGWINCH.
func (a *app) resize(t *testing.T, w, h int) {
	t.Helper()
	a.term.resize(w, h)
	if err := pty.Setsize(a.pty, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)}); err != nil {
		t.Fatal(err)
	}
}

// waitText waits until the screen shows every text and returns how long
// that took.
func (a *app) waitText(t *testing.T, timeout time.Duration, texts ...string) time.Duration {
	t.Helper()
	return a.waitFor(t, timeout, fmt.Sprintf("%q on the screen", texts), func(screen string) bool {
		for _, s := range texts {
			if !strings.Contains(screen, s) {
				return false
			}
		}
		return true
	})
}

// waitFor polls the screen every 50 ms until ok holds, and fails the test
// with the screen after timeout.
func (a *app) waitFor(t *testing.T, timeout time.Duration, what string, ok func(screen string) bool) time.Duration {
	t.Helper()
	start := time.Now()
	for {
		if ok(a.term.text()) {
			return time.Since(start)
		}
		select {
		case <-a.exited:
			if ok(a.term.text()) {
				return time.Since(start)
			}
			t.Fatalf("waiting for %s: the process ended (%v)", what, a.waitErr)
		case <-time.After(50 * time.Millisecond):
		}
		if time.Since(start) > timeout {
			t.Fatalf("waiting for %s: not there after %v", what, timeout)
		}
	}
}

// waitExit waits for the process to end with status 0.
func (a *app) waitExit(t *testing.T, timeout time.Duration) {
	t.Helper()
	select {
	case <-a.exited:
		if a.waitErr != nil {
			t.Fatalf("coach ended with %v", a.waitErr)
		}
	case <-time.After(timeout):
		t.Fatalf("coach still running %v after quitting", timeout)
	}
}

// terminal is a vt emulator safe for the goroutine feeding it and the test
// reading it.
type terminal struct {
	mu   sync.Mutex
	em   *vt.Emulator
	stop atomic.Bool
	done chan struct{}
}

// sentinel wakes the answer reader when the terminal closes; the
// emulator's answers are escape sequences and never hold a NUL.
const sentinel = "\x00"

// newTerminal makes a w×h emulator; answer receives what the emulator
// replies to queries. The emulator writes replies into a pipe during
// Write, so they must be read at all times.
func newTerminal(w, h int, answer func([]byte)) *terminal {
	tm := &terminal{em: vt.NewEmulator(w, h), done: make(chan struct{})}
	go func() {
		defer close(tm.done)
		buf := make([]byte, 1024)
		for {
			n, err := tm.em.Read(buf)
			if err != nil {
				return
			}
			if tm.stop.Load() {
				if string(buf[:n]) == sentinel {
					return
				}
				continue
			}
			answer(buf[:n])
		}
	}()
	return tm
}

func (tm *terminal) write(p []byte) {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	_, _ = tm.em.Write(p)
}

func (tm *terminal) resize(w, h int) {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	tm.em.Resize(w, h)
}

// text is the screen as plain text.
func (tm *terminal) text() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.em.String()
}

// close stops the answer reader; nothing may write to the terminal after.
func (tm *terminal) close() {
	tm.stop.Store(true)
	_, _ = tm.em.InputPipe().Write([]byte(sentinel))
	<-tm.done
}
