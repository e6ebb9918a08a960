//go:build unix

package importer

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A pipe where the export should be is refused before it is opened:
// opening it would wait for a writer that never comes.
func TestTaskwarriorRefusesAFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "export.json")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := ReadTaskwarrior(path, Options{})
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("error %v, want one saying %s is not a regular file", err, path)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("ReadTaskwarrior waited on the FIFO")
	}
}
