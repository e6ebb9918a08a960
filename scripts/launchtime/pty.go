package main

import (
	"errors"
	"io"
	"os/exec"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// ptyLauncher runs the program in a pseudo-terminal of its own, read by a
// terminal emulator.
type ptyLauncher struct{ screenCheck }

func (ptyLauncher) close() {}

// launch starts argv in the pseudo-terminal and returns the time until the
// screen first shows every marker.
func (l ptyLauncher) launch(argv []string) (result, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	em := vt.NewEmulator(l.width, l.height)
	start := time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(l.width), Rows: uint16(l.height)})
	if err != nil {
		return result{}, err
	}

	// The emulator's answers to the program's queries go back as input;
	// they must be read while the emulator writes them. The copy ends when
	// it can no longer write to the closed terminal.
	answered := make(chan struct{})
	go func() {
		defer close(answered)
		_, _ = io.Copy(f, em)
	}()

	shown := make(chan time.Duration, 1)
	read := make(chan struct{})
	var last atomic.Pointer[string] // the screen after the latest read
	go func() {
		defer close(read)
		buf := make([]byte, 64<<10)
		found := false
		for {
			n, err := f.Read(buf)
			at := time.Since(start)
			if n > 0 {
				_, _ = em.Write(buf[:n])
				if !found {
					screen := em.String()
					last.Store(&screen)
					if l.full(screen) {
						found = true
						shown <- at
					}
				}
			}
			if err != nil {
				return // EIO once the program has ended
			}
		}
	}()

	var r result
	select {
	case r.at = <-shown:
		r.rss, r.hwm = memory(cmd.Process.Pid)
	case <-read:
		err = errors.New("the program ended")
	case <-time.After(l.timeout):
		err = errors.New("timed out after " + l.timeout.String())
	}
	if err != nil {
		seen := ""
		if p := last.Load(); p != nil {
			seen = *p
		}
		err = l.notShown(err.Error(), seen)
	}
	_, _ = f.Write([]byte("q"))
	ended := make(chan struct{})
	go func() { _ = cmd.Wait(); close(ended) }()
	select {
	case <-ended:
	case <-time.After(2 * time.Second):
		_ = cmd.Process.Kill()
		<-ended
	}
	_ = f.Close()
	<-read
	// Wake the answering copy: it writes this to the closed terminal, fails
	// and returns.
	_, _ = em.InputPipe().Write([]byte{0})
	<-answered
	return r, err
}
