package safety

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// snapshot is every file under dir with its bytes' sum: to show that a
// failed command left nothing half-written behind.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files[p] = fileSum(t, p)
		}
		return nil
	})
	return files
}

func sameFiles(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for p, sum := range after {
		if before[p] == "" {
			t.Errorf("%s: %s appeared", what, p)
		} else if before[p] != sum {
			t.Errorf("%s: %s changed", what, p)
		}
	}
	for p := range before {
		if after[p] == "" {
			t.Errorf("%s: %s is gone", what, p)
		}
	}
}

// writes are the commands that change the database, for a database whose
// task 1 is done today; restoreFrom and importFile must exist.
func writes(restoreFrom, importFile string) [][]string {
	return [][]string{
		{"add", "A new task"},
		{"done", "1", "--date", "yesterday"},
		{"undone", "1"},
		{"goal", "add", "A goal", "--competency", "depth"},
		{"reflect", "--rating", "4", "-m", "a line"},
		{"import", "--replace", importFile},
		{"restore", restoreFrom},
	}
}

// readOnlyPlace runs, on a database that the program may read but not
// write, the reading commands (which work) and the writing ones (which fail
// in one line naming the database and why, and change no byte).
func readOnlyPlace(t *testing.T, u *user, why string) {
	t.Helper()
	dir := filepath.Dir(u.db)
	before := snapshot(t, dir)
	for _, args := range [][]string{{"today"}, {"today", "--json"}, {"export"}, {"stats"}, {"goals"}, {"check"}} {
		if r := u.run(args...); r.code != 0 {
			t.Errorf("reading a database that cannot be written: %v", r)
		}
	}
	spare := filepath.Join(u.home, "spare.db")
	u.must("backup", spare, "--force") // into a writable place: fine
	imp := filepath.Join(u.home, "import.json")
	u.must("export", "-o", imp, "--force")
	for _, args := range writes(spare, imp) {
		oneLineError(t, u.run(args...), u.db, why)
	}
	// a new day: the write would first keep a daily copy
	today := u.today
	u.today = "2026-12-01"
	oneLineError(t, u.run("add", "On a new day"), why)
	u.today = today
	// copies into the read-only place
	oneLineError(t, u.run("backup", filepath.Join(dir, "copy.db")), filepath.Join(dir, "copy.db"), why)
	oneLineError(t, u.run("export", "-o", filepath.Join(dir, "out.json")), filepath.Join(dir, "out.json"), why)
	sameFiles(t, "after the failed writes", before, snapshot(t, dir))
}

// prepare makes a database with one task done today, a daily copy and a
// backup.
func prepare(u *user) {
	u.must("add", "Read the net/http source", "--repeat", "daily")
	u.must("done", "1")
	u.must("backup", filepath.Join(filepath.Dir(u.db), "manual.db"))
}

// TestPathThroughAFile points the database below a regular file: the error
// says so, and nothing is made.
func TestPathThroughAFile(t *testing.T) {
	u := newUser(t)
	file := filepath.Join(u.home, "notes.txt")
	if err := os.WriteFile(file, []byte("my notes\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, u.home)
	for _, db := range []string{filepath.Join(file, "coach.db"), filepath.Join(file, "sub", "coach.db")} {
		u.db = db
		for _, args := range [][]string{{"add", "A task"}, {"today"}, {}} {
			oneLineError(t, u.run(args...), file, "not a directory")
		}
	}
	sameFiles(t, "a path through a file", before, snapshot(t, u.home))
}

// TestNoPlaceToCreate points the database into /proc and /sys, where no
// file can be made: one clear line, nothing made.
func TestNoPlaceToCreate(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc and /sys are Linux's")
	}
	u := newUser(t)
	for _, db := range []string{"/proc/coach.db", "/sys/coach.db", "/proc/self/coach/coach.db"} {
		u.db = db
		r := u.run("add", "A task")
		oneLineError(t, r, filepath.Dir(db))
		if _, err := os.Stat(db); err == nil {
			t.Errorf("%s exists", db)
		}
		if strings.Contains(r.stderr, ".new-") {
			t.Errorf("the error names a temporary file: %v", r)
		}
	}
}
