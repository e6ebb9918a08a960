//go:build unix

package editor

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// ReadBack reads a regular file, says a missing one is missing, and
// refuses a pipe or a folder at once instead of waiting on it.
func TestReadBack(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f.md")
	if err := os.WriteFile(file, []byte("text\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if b, err := ReadBack(file); err != nil || string(b) != "text\r\n" {
		t.Errorf("regular file: %q, %v", b, err)
	}
	if _, err := ReadBack(filepath.Join(dir, "gone.md")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	pipe := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { _, err := ReadBack(pipe); done <- err }()
	select {
	case err := <-done:
		if err == nil {
			t.Error("a pipe was read")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("ReadBack waited on a pipe")
	}
	if _, err := ReadBack(dir); err == nil {
		t.Error("a folder was read")
	}
}
