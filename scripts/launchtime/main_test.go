package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The harness times the calibration program's first frame, and when a
// marker never shows it says so with the screen it saw.
func TestLaunchTimesTheFirstFrame(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "minimaltea")
	if out, err := exec.Command("go", "build", "-o", bin, "../minimaltea").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	frame := screenCheck{want: []string{"Coach: ", " done ", "? help"}, timeout: 10 * time.Second, width: 120, height: 40}
	r, err := ptyLauncher{frame}.launch([]string{bin})
	if err != nil {
		t.Fatal(err)
	}
	if r.at <= 0 || r.at > 10*time.Second || r.rss <= 0 || r.hwm < r.rss {
		t.Errorf("launch = %+v", r)
	}
	missing := screenCheck{want: []string{"not on the screen"}, timeout: 500 * time.Millisecond, width: 80, height: 24}
	_, err = ptyLauncher{missing}.launch([]string{bin})
	if err == nil || !strings.Contains(err.Error(), "not on the screen") || !strings.Contains(err.Error(), "Coach: a minimal program") {
		t.Errorf("a missing marker gave %v", err)
	}
	_, err = ptyLauncher{frame}.launch([]string{"true"})
	if err == nil || !strings.Contains(err.Error(), "the program ended") {
		t.Errorf("a program that draws nothing gave %v", err)
	}
}

// The same through tmux's control mode, where tmux is installed.
func TestLaunchInTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	bin := filepath.Join(t.TempDir(), "minimaltea")
	if out, err := exec.Command("go", "build", "-o", bin, "../minimaltea").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	frame := screenCheck{want: []string{"Coach: ", " done ", "? help"}, timeout: 10 * time.Second, width: 100, height: 30}
	l, err := startTmux(frame)
	if err != nil {
		t.Fatal(err)
	}
	defer l.close()
	rs, err := launchAll(l, []string{bin}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 {
		t.Fatalf("%d results, want 2 (the warm-up is not counted)", len(rs))
	}
	for _, r := range rs {
		if r.at <= 0 || r.rss <= 0 {
			t.Errorf("launch = %+v", r)
		}
	}
	if s := summary(rs); !strings.HasPrefix(s, "median=") || !strings.HasSuffix(s, "runs=2") {
		t.Errorf("summary = %q", s)
	}
	// A frame that never comes, then a program that ends at once: each
	// is an error, and the server is still there for the next launch.
	l.want = []string{"not on the screen"}
	l.timeout = 500 * time.Millisecond
	if _, err := l.launch([]string{bin}); err == nil || !strings.Contains(err.Error(), "Coach: a minimal program") {
		t.Errorf("a missing marker gave %v", err)
	}
	if _, err := l.launch([]string{"true"}); err == nil || !strings.Contains(err.Error(), "ended") {
		t.Errorf("a program that draws nothing gave %v", err)
	}
	l.want = frame.want
	l.timeout = frame.timeout
	if _, err := l.launch([]string{bin}); err != nil {
		t.Errorf("after the failures: %v", err)
	}
}

func TestMedian(t *testing.T) {
	if got := median([]int64{1, 2, 9}); got != 2 {
		t.Errorf("median of 3 = %d", got)
	}
	if got := median([]int64{1, 2, 4, 9}); got != 3 {
		t.Errorf("median of 4 = %d", got)
	}
}
