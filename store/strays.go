package store

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// removeStrays deletes the files that create leaves beside the database
// (FILE.new-PID) when a first run is killed before it can remove its own.
// It runs before create makes its own, so a file with this process's id is
// a leftover too. A file whose process still runs is another first run at
// work and stays, as does any file whose process cannot be asked.
func removeStrays(path string) {
	dir, prefix := filepath.Dir(path), filepath.Base(path)+".new-"
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || e.IsDir() {
			continue
		}
		pid, err := strconv.Atoi(rest)
		if err != nil || pid <= 0 || (pid != os.Getpid() && running(pid)) {
			continue // not ours to judge, or another first run at work
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// running reports whether a process with this id exists; true when that
// cannot be known.
func running(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || !errors.Is(err, os.ErrProcessDone)
}
