// Command launchtime measures how long a full-screen program takes from
// its start to the first frame that shows every marker, in a 120×40
// pseudo-terminal read by a terminal emulator (which also answers the
// program's queries, as a real terminal would). It is the precise twin of
// the tmux harness in scripts/bench.sh: no terminal multiplexer and no
// polling, the clock stops when the bytes that complete the frame arrive.
//
//	launchtime [-runs 15] [-marker TEXT]... -- PROGRAM [ARG]...
//
// It prints one line: the median, the fastest and the slowest launch in
// milliseconds, after one warm-up run that is not counted. The program
// is sent "q" once the frame is there, then killed if it does not end.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// markers collects repeated -marker flags.
type markers []string

func (m *markers) String() string     { return strings.Join(*m, ",") }
func (m *markers) Set(s string) error { *m = append(*m, s); return nil }

func main() {
	runs := flag.Int("runs", 15, "launches to time (after one warm-up)")
	width := flag.Int("width", 120, "terminal columns")
	height := flag.Int("height", 40, "terminal rows")
	timeout := flag.Duration("timeout", 15*time.Second, "longest wait for one frame")
	var want markers
	flag.Var(&want, "marker", "text the frame must show (repeatable; default: Coach:, done, ? help)")
	flag.Parse()
	if flag.NArg() == 0 || *runs < 1 {
		fmt.Fprintln(os.Stderr, "usage: launchtime [-runs N] [-marker TEXT]... -- PROGRAM [ARG]...")
		os.Exit(2)
	}
	if len(want) == 0 {
		want = markers{"Coach: ", " done ", "? help"}
	}
	var times []time.Duration
	for i := 0; i <= *runs; i++ {
		d, err := launch(flag.Args(), *width, *height, want, *timeout)
		if err != nil {
			fmt.Fprintln(os.Stderr, "launchtime:", err)
			os.Exit(1)
		}
		if i > 0 { // run 0 warms the page cache
			times = append(times, d)
		}
	}
	slices.Sort(times)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	fmt.Printf("median %.1f ms  fastest %.1f ms  slowest %.1f ms  (%d runs)\n",
		ms(times[len(times)/2]), ms(times[0]), ms(times[len(times)-1]), len(times))
}

// launch starts argv in a w×h pseudo-terminal and returns the time until
// the screen first shows every marker.
func launch(argv []string, w, h int, want []string, timeout time.Duration) (time.Duration, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	em := vt.NewEmulator(w, h)
	start := time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)})
	if err != nil {
		return 0, err
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
					if hasAll(screen, want) {
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

	var d time.Duration
	select {
	case d = <-shown:
	case <-read:
		err = errors.New("the program ended before its frame showed " + strings.Join(want, ", "))
	case <-time.After(timeout):
		err = fmt.Errorf("no frame with %q within %v", want, timeout)
	}
	var seen string
	if p := last.Load(); p != nil {
		seen = *p
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
	if err != nil && strings.TrimSpace(seen) != "" {
		err = fmt.Errorf("%w; the screen showed:\n%s", err, strings.TrimRight(seen, "\n "))
	}
	return d, err
}

func hasAll(screen string, want []string) bool {
	for _, s := range want {
		if !strings.Contains(screen, s) {
			return false
		}
	}
	return true
}
