//go:build unix

package importer

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A pipe where the export should be is refused before it is opened, and a
// symbolic link to the export is read as the export.
func TestJrnlFIFOAndSymlink(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "journal.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := ReadJrnl(fifo, Options{Today: jrnlToday})
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("error %v, want one saying it is not a regular file", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("ReadJrnl waited on the FIFO")
	}
	abs, err := filepath.Abs("testdata/jrnl/export.json")
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(abs, link); err != nil {
		t.Fatal(err)
	}
	if b, err := ReadJrnl(link, Options{Today: jrnlToday}); err != nil || len(b.Reflections) != 3 {
		t.Errorf("through a link: %d reflections, %v", len(b.Reflections), err)
	}
}
