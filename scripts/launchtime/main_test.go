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
	d, err := launch([]string{bin}, 120, 40, []string{"Coach: ", " done ", "? help"}, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if d <= 0 || d > 10*time.Second {
		t.Errorf("launch took %v", d)
	}
	_, err = launch([]string{bin}, 80, 24, []string{"not on the screen"}, 500*time.Millisecond)
	if err == nil || !strings.Contains(err.Error(), "not on the screen") || !strings.Contains(err.Error(), "Coach: a minimal program") {
		t.Errorf("a missing marker gave %v", err)
	}
	_, err = launch([]string{"true"}, 80, 24, []string{"Coach: "}, 5*time.Second)
	if err == nil || !strings.Contains(err.Error(), "ended before") {
		t.Errorf("a program that draws nothing gave %v", err)
	}
}
