// Command launchtime measures how long a full-screen program takes from its
// start to the first frame that shows every marker, and how much memory it
// holds then. It runs the program one of two ways:
//
//   - in a pseudo-terminal of its own, read by a terminal emulator
//     (charmbracelet/x/vt) that also answers the program's queries as a
//     terminal would; the clock stops at the read that brings the bytes
//     completing the frame;
//   - with -tmux, in a window of a tmux server it starts, watched through
//     tmux's control mode: every time the pane prints, the pane is captured
//     over the same connection (no process per poll), and the clock stops
//     when a capture shows the frame.
//
// Usage:
//
//	launchtime [-tmux] [-runs 15] [-marker TEXT]... -- PROGRAM [ARG]...
//
// It prints one line of figures, medians over the runs after one warm-up
// run that is not counted:
//
//	median=37.5ms fastest=33.0ms slowest=41.2ms rss=20.0MiB hwm=20.1MiB runs=15
//
// The program is sent "q" once the frame is there, and killed if it does
// not end soon after.
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
)

// markers collects repeated -marker flags.
type markers []string

func (m *markers) String() string     { return strings.Join(*m, ",") }
func (m *markers) Set(s string) error { *m = append(*m, s); return nil }

// result is one launch: when the frame showed, and the program's resident
// memory then (VmRSS) and at its peak so far (VmHWM), in KiB.
type result struct {
	at       time.Duration
	rss, hwm int64
}

// launcher starts a program and times its first full frame.
type launcher interface {
	launch(argv []string) (result, error)
	close()
}

func main() {
	runs := flag.Int("runs", 15, "launches to time (after one warm-up)")
	width := flag.Int("width", 120, "terminal columns")
	height := flag.Int("height", 40, "terminal rows")
	timeout := flag.Duration("timeout", 15*time.Second, "longest wait for one frame")
	inTmux := flag.Bool("tmux", false, "run the program in tmux rather than in a pseudo-terminal of its own")
	var want markers
	flag.Var(&want, "marker", "text the frame must show (repeatable; default: \"Coach: \", \" done \", \"? help\")")
	flag.Parse()
	if flag.NArg() == 0 || *runs < 1 {
		fmt.Fprintln(os.Stderr, "usage: launchtime [-tmux] [-runs N] [-marker TEXT]... -- PROGRAM [ARG]...")
		os.Exit(2)
	}
	if len(want) == 0 {
		want = markers{"Coach: ", " done ", "? help"}
	}
	frame := screenCheck{want: want, timeout: *timeout, width: *width, height: *height}
	var l launcher = ptyLauncher{frame}
	if *inTmux {
		t, err := startTmux(frame)
		if err != nil {
			fail(err)
		}
		l = t
	}
	rs, err := launchAll(l, flag.Args(), *runs)
	l.close()
	if err != nil {
		fail(err)
	}
	fmt.Println(summary(rs))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "launchtime:", err)
	os.Exit(1)
}

// launchAll runs the program runs+1 times and keeps all but the first run,
// which warms the page cache.
func launchAll(l launcher, argv []string, runs int) ([]result, error) {
	var rs []result
	for i := 0; i <= runs; i++ {
		r, err := l.launch(argv)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			rs = append(rs, r)
		}
	}
	return rs, nil
}

// summary is the figures line: medians, and the spread of the times.
func summary(rs []result) string {
	ats := make([]time.Duration, len(rs))
	rss := make([]int64, len(rs))
	hwm := make([]int64, len(rs))
	for i, r := range rs {
		ats[i], rss[i], hwm[i] = r.at, r.rss, r.hwm
	}
	slices.Sort(ats)
	slices.Sort(rss)
	slices.Sort(hwm)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	mib := func(kib int64) float64 { return float64(kib) / 1024 }
	return fmt.Sprintf("median=%.1fms fastest=%.1fms slowest=%.1fms rss=%.1fMiB hwm=%.1fMiB runs=%d",
		ms(median(ats)), ms(ats[0]), ms(ats[len(ats)-1]), mib(median(rss)), mib(median(hwm)), len(rs))
}

// median of sorted values; the mean of the middle two for an even count.
func median[T time.Duration | int64](sorted []T) T {
	n := len(sorted)
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

// screenCheck is what makes a frame full, and how long to wait for it.
type screenCheck struct {
	want          []string
	timeout       time.Duration
	width, height int
}

// full reports whether the screen shows every marker.
func (c screenCheck) full(screen string) bool {
	for _, s := range c.want {
		if !strings.Contains(screen, s) {
			return false
		}
	}
	return true
}

// notShown is the error for a frame that never came, with the last screen.
func (c screenCheck) notShown(why, screen string) error {
	err := fmt.Errorf("%s: no frame with %q", why, c.want)
	if s := strings.TrimRight(screen, "\n "); strings.TrimSpace(s) != "" {
		err = fmt.Errorf("%w; the screen showed:\n%s", err, s)
	}
	return err
}
