package safety

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestPrivateModes runs every command that makes a file, with a umask that
// would leave files readable by all, and checks the modes: the database,
// its copies and exports are 0600, their directories 0700.
func TestPrivateModes(t *testing.T) {
	old := syscall.Umask(0) // the children inherit it
	defer syscall.Umask(old)

	u := newUser(t)
	u.db = filepath.Join(u.home, "deep", "er", "coach.db")
	u.must("add", "Read the net/http source", "--repeat", "daily") // creates the file and its directories
	u.must("done", "1")                                            // keeps the daily copy
	u.today = "2026-11-29"
	u.must("done", "1") // another day, another copy
	out := filepath.Join(u.home, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	u.must("backup", filepath.Join(out, "manual.db"))
	u.must("backup", filepath.Join(out, "manual.db"), "--force")
	u.must("export", "-o", filepath.Join(out, "all.json"))
	u.must("export", "--format", "markdown", "-o", filepath.Join(out, "journal.md"))
	u.must("export", "--format", "csv", "-o", filepath.Join(out, "all.csv"))
	u.must("export", "--format", "csv", "-o", filepath.Join(out, "all.csv"), "--force")
	u.must("import", "--replace", filepath.Join(out, "all.json")) // keeps the database before it
	u.must("restore", filepath.Join(out, "manual.db"))            // keeps it again, replaces it

	dirs := []string{filepath.Dir(u.db), filepath.Join(filepath.Dir(u.db), "backups"), filepath.Join(u.home, "deep")}
	for _, d := range dirs {
		mode(t, d, 0o700)
	}
	files := []string{u.db}
	for _, pattern := range []string{
		filepath.Join(filepath.Dir(u.db), "backups", "*"),
		u.db + ".before-*",
		filepath.Join(out, "*"),
	} {
		m, _ := filepath.Glob(pattern)
		if len(m) == 0 {
			t.Errorf("no file matches %s", pattern)
		}
		files = append(files, m...)
	}
	for _, f := range files {
		mode(t, f, 0o600)
	}
	if n := len(files); n < 8 {
		t.Errorf("checked only %d files: %v", n, files)
	}
	if p := partials(t, u.home); len(p) > 0 {
		t.Errorf("left behind: %v", p)
	}
}

func mode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Error(err)
		return
	}
	if got := info.Mode().Perm(); got != want {
		t.Errorf("%s: mode %04o, want %04o", path, got, want)
	}
}
