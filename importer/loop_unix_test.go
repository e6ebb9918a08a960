//go:build unix

package importer

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A pipe where the zip, Habits.csv or a Checkmarks.csv should be is
// refused before it is opened: opening it would wait for a writer.
func TestLoopRefusesPipes(t *testing.T) {
	for _, c := range []struct{ name, pipe, want string }{
		{"zip", "Loop Habits CSV 2026-06-15.zip", "neither a zip file nor a folder"},
		{"habits", "Habits.csv", "not a regular file"},
		{"checkmarks", filepath.Join("001 A", "Checkmarks.csv"), "not a regular file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := dir
			switch c.name {
			case "zip":
				path = filepath.Join(dir, c.pipe)
			case "checkmarks":
				dir = writeLoop(t, loopHeader+"001,A,YES_NO,,,1,1,,,,,false\n", map[string]string{"001 A": ""})
				path = dir
				if err := syscall.Unlink(filepath.Join(dir, c.pipe)); err != nil {
					t.Fatal(err)
				}
			}
			if err := syscall.Mkfifo(filepath.Join(dir, c.pipe), 0o600); err != nil {
				t.Skipf("mkfifo: %v", err)
			}
			done := make(chan error, 1)
			go func() {
				_, err := ReadLoop(path, Options{Today: loopToday})
				done <- err
			}()
			select {
			case err := <-done:
				if err == nil || !strings.Contains(err.Error(), c.want) {
					t.Errorf("a pipe as %s: %v, want it refused", c.name, err)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("ReadLoop waited on a pipe as %s", c.name)
			}
		})
	}
}
