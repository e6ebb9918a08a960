package store

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"coach/safefile"
)

// removeStrays deletes the temporaries that killed runs left beside the
// database: those of create and restore (see safefile), and FILE.new-PID,
// the name older versions of create used. A file whose process still runs
// is another run at work and stays, as does any file whose process cannot
// be asked.
func removeStrays(path string) {
	safefile.SweepFor(path)
	dir, prefix := filepath.Dir(path), filepath.Base(path)+".new-"
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || e.IsDir() {
			continue
		}
		pid, err := strconv.Atoi(rest)
		if err != nil || pid <= 0 || (pid != os.Getpid() && safefile.Running(pid)) {
			continue // not ours to judge, or another first run at work
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}
