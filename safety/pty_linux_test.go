//go:build linux

package safety

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
	"unsafe"
)

// openPTY returns the two ends of a new pseudo-terminal of the given size.
// (The same as github.com/creack/pty does, which this module does not
// require.)
func openPTY(rows, cols int) (ptm, pts *os.File, err error) {
	ptm, err = os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, nil, err
	}
	var n uint32
	unlock := int32(0)
	size := struct{ rows, cols, x, y uint16 }{uint16(rows), uint16(cols), 0, 0}
	err = ioctl(ptm, syscall.TIOCGPTN, unsafe.Pointer(&n))
	if err == nil {
		err = ioctl(ptm, syscall.TIOCSPTLCK, unsafe.Pointer(&unlock))
	}
	if err == nil {
		err = ioctl(ptm, syscall.TIOCSWINSZ, unsafe.Pointer(&size))
	}
	if err == nil {
		pts, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	}
	if err != nil {
		ptm.Close()
		return nil, nil, err
	}
	return ptm, pts, nil
}

// ioctl runs a pointer ioctl on f without taking it out of the poller.
func ioctl(f *os.File, req uint, arg unsafe.Pointer) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var errno syscall.Errno
	err = rc.Control(func(fd uintptr) {
		_, _, errno = syscall.Syscall(syscall.SYS_IOCTL, fd, uintptr(req), uintptr(arg))
	})
	if err != nil {
		return err
	}
	if errno != 0 {
		return errno
	}
	return nil
}

// tui is the full-screen app running in a pseudo-terminal.
type tui struct {
	t    *testing.T
	name string
	cmd  *exec.Cmd
	ptm  *os.File
	done chan struct{} // closed when the app's output ends

	mu      sync.Mutex
	changed *sync.Cond
	scr     *screen
	raw     bytes.Buffer         // every byte the app wrote: the modes it left on are in it
	watch   map[string]time.Time // text → when it first showed; zero while not yet
	exited  error
}

// startTUI opens coach with no arguments in a rows×cols terminal.
func startTUI(t *testing.T, u *user, name string, rows, cols int) *tui {
	t.Helper()
	return startInPTY(t, u, name, rows, cols, coachBin)
}

// startInPTY runs argv in a rows×cols terminal.
func startInPTY(t *testing.T, u *user, name string, rows, cols int, argv ...string) *tui {
	t.Helper()
	ptm, pts, err := openPTY(rows, cols)
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = u.env()
	cmd.Dir = u.home
	cmd.Stdin, cmd.Stdout, cmd.Stderr = pts, pts, pts
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pts.Close()
	a := &tui{t: t, name: name, cmd: cmd, ptm: ptm, done: make(chan struct{}), scr: newScreen(rows, cols), watch: map[string]time.Time{}}
	a.changed = sync.NewCond(&a.mu)
	go a.read()
	t.Cleanup(func() {
		select {
		case <-a.done:
		default:
			cmd.Process.Kill()
		}
		<-a.done
		cmd.Wait()
		ptm.Close()
		if len(a.scr.unknown) > 0 {
			t.Logf("%s: sequences the test screen ignored: %v", name, a.scr.unknown)
		}
	})
	return a
}

func (a *tui) read() {
	defer close(a.done)
	buf := make([]byte, 64<<10)
	for {
		n, err := a.ptm.Read(buf)
		now := time.Now()
		a.mu.Lock()
		a.raw.Write(buf[:n])
		a.scr.Write(buf[:n])
		if len(a.watch) > 0 {
			text := a.scr.Text()
			for w, seen := range a.watch {
				if seen.IsZero() && strings.Contains(text, w) {
					a.watch[w] = now
				}
			}
		}
		if err != nil {
			a.exited = err
		}
		a.changed.Broadcast()
		a.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// Watch starts noting when text first shows on the screen.
func (a *tui) Watch(text string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.watch[text]; !ok {
		a.watch[text] = time.Time{}
		if strings.Contains(a.scr.Text(), text) {
			a.watch[text] = time.Now()
		}
	}
}

// Seen is when watched text first showed, zero if it has not.
func (a *tui) Seen(text string) time.Time {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.watch[text]
}

// Screen is what the terminal shows now.
func (a *tui) Screen() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.scr.Text()
}

// WaitFor waits until ok holds for the screen, and fails the test after
// timeout. ok runs with a.mu held.
func (a *tui) WaitFor(what string, timeout time.Duration, ok func(screen string) bool) string {
	a.t.Helper()
	deadline := time.Now().Add(timeout)
	timer := time.AfterFunc(timeout, func() {
		a.mu.Lock()
		a.changed.Broadcast()
		a.mu.Unlock()
	})
	defer timer.Stop()
	a.mu.Lock()
	defer a.mu.Unlock()
	for {
		text := a.scr.Text()
		if ok(text) {
			return text
		}
		if a.exited != nil || time.Now().After(deadline) {
			a.t.Fatalf("%s: waited %v for %s (app ended: %v); the screen:\n%s", a.name, timeout, what, a.exited, text)
		}
		a.changed.Wait()
	}
}

// WaitText waits for text to show.
func (a *tui) WaitText(text string, timeout time.Duration) {
	a.t.Helper()
	a.WaitFor(fmt.Sprintf("%q", text), timeout, func(s string) bool { return strings.Contains(s, text) })
}

// Type sends keys as a person types them, a little apart.
func (a *tui) Type(keys ...string) {
	a.t.Helper()
	for _, k := range keys {
		if _, err := a.ptm.Write([]byte(k)); err != nil {
			a.t.Fatalf("%s: typing %q: %v", a.name, k, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Exit waits for the app to end and returns its status (-1 when a signal
// killed it) and every byte it wrote.
func (a *tui) Exit() (int, string) {
	a.t.Helper()
	select {
	case <-a.done:
	case <-time.After(10 * time.Second):
		a.t.Fatalf("%s: still running; the screen:\n%s", a.name, a.Screen())
	}
	err := a.cmd.Wait()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		a.t.Fatal(err)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return code, a.raw.String()
}

// Quit presses q and waits for the app to end with status 0.
func (a *tui) Quit() {
	a.t.Helper()
	a.Type("q")
	select {
	case <-a.done:
	case <-time.After(5 * time.Second):
		a.t.Fatalf("%s: still running 5 s after q; the screen:\n%s", a.name, a.Screen())
	}
	if err := a.cmd.Wait(); err != nil {
		a.t.Errorf("%s: ended with %v", a.name, err)
	}
}
