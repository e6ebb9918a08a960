//go:build unix

package importer

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A pipe where harsh's habits or log file should be is refused before it
// is opened: opening it would wait for a writer that never comes.
func TestHarshRefusesPipes(t *testing.T) {
	for _, name := range []string{"habits", "log"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			if name == "log" {
				dir = writeHarsh(t, "A: 1\n")
			}
			if err := syscall.Mkfifo(filepath.Join(dir, name), 0o600); err != nil {
				t.Skipf("mkfifo: %v", err)
			}
			done := make(chan error, 1)
			go func() {
				_, err := ReadHarsh(dir, Options{Today: harshToday})
				done <- err
			}()
			select {
			case err := <-done:
				if err == nil || !strings.Contains(err.Error(), "not a regular file") {
					t.Errorf("a pipe as %s: %v, want it refused", name, err)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("ReadHarsh waited on a pipe as %s", name)
			}
		})
	}
}
