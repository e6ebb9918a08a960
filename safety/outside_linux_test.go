//go:build linux

package safety

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hang is how long a command may take before the test calls it hung: far
// more than any run needs, so that only a real hang reaches it.
const hang = 30 * time.Second

// runOrKill runs a command that must end by itself; a hang is a failure.
func (u *user) runOrKill(args ...string) result {
	u.t.Helper()
	r := u.killed(hang, args...)
	if r.code == -1 {
		u.t.Fatalf("coach %s hung: %v", strings.Join(args, " "), r)
	}
	return r
}

// TestRestoreThroughALink: COACH_DB is a link to the real file. Restore
// replaces the file the link names and keeps the old one beside it; the
// link stays a link.
func TestRestoreThroughALink(t *testing.T) {
	u := newUser(t)
	real := u.db
	u.must("add", "Before the backup")
	spare := filepath.Join(u.home, "spare.db")
	u.must("backup", spare)
	link := filepath.Join(u.home, "link.db")
	plant(t, real, link)
	u.db = link
	u.must("add", "After the backup")
	u.must("restore", spare)
	isLink(t, link)
	regular(t, real, 0o600)
	if ds := read(t, real); len(ds.Tasks) != 1 || ds.Tasks[0].Title != "Before the backup" {
		t.Errorf("the file behind the link holds %+v", ds.Tasks)
	}
	kept, _ := filepath.Glob(real + ".before-restore-*")
	if len(kept) != 1 {
		t.Fatalf("kept %v, want one copy beside %s", kept, real)
	}
	if ds := read(t, kept[0]); len(ds.Tasks) != 2 {
		t.Errorf("the kept copy holds %d tasks, want 2", len(ds.Tasks))
	}
	// a link to a missing file is refused, and nothing is made
	nowhere := filepath.Join(u.home, "nowhere", "coach.db")
	dangling := filepath.Join(u.home, "dangling.db")
	plant(t, nowhere, dangling)
	u.db = dangling
	oneLineError(t, u.run("restore", spare), dangling)
	oneLineError(t, u.run("add", "A task"), dangling)
	missing(t, filepath.Dir(nowhere))
	isLink(t, dangling)
}

// TestDatabaseIsNotAFile points COACH_DB at a pipe, a directory and (as
// root) a device: every command, restore too, refuses in one line at once
// and leaves the thing as it was.
func TestDatabaseIsNotAFile(t *testing.T) {
	u := newUser(t)
	u.must("add", "A task")
	spare := filepath.Join(u.home, "spare.db")
	u.must("backup", spare)
	imp := filepath.Join(u.home, "all.json")
	u.must("export", "-o", imp)

	dir := filepath.Join(u.home, "odd")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	things := map[string]os.FileMode{}
	fifo := filepath.Join(dir, "fifo.db")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	things[fifo] = os.ModeNamedPipe
	sub := filepath.Join(dir, "dir.db")
	if err := os.Mkdir(sub, 0o700); err != nil {
		t.Fatal(err)
	}
	things[sub] = os.ModeDir
	if os.Geteuid() == 0 {
		null := filepath.Join(dir, "null.db")
		if err := syscall.Mknod(null, syscall.S_IFCHR|0o600, 1<<8|3); err == nil {
			things[null] = os.ModeDevice | os.ModeCharDevice
		}
	}
	for path, kind := range things {
		u.db = path
		for _, args := range [][]string{
			{"restore", spare}, {"check"}, {"today"}, {"export"}, {"backup", filepath.Join(u.home, "b.db")},
			{"add", "Another task"}, {"done", "1"}, {"import", imp}, {"import", "--replace", imp},
		} {
			r := u.runOrKill(args...)
			oneLineError(t, r, path)
		}
		if info, err := os.Lstat(path); err != nil || info.Mode().Type() != kind {
			t.Errorf("%s changed: %v %v", path, info.Mode(), err)
		}
		if kept, _ := filepath.Glob(path + ".*"); len(kept) > 0 {
			t.Errorf("left beside %s: %v", path, kept)
		}
	}
	if n := names(t, dir); len(n) != len(things) {
		t.Errorf("%s holds %v", dir, n)
	}
}

// TestBackupToAPipeHoldsNoLock backs up into a named pipe that nobody
// reads yet: the backup waits for its reader without the database's lock,
// so writes go on meanwhile; then the reader gets a whole copy.
func TestBackupToAPipeHoldsNoLock(t *testing.T) {
	u := newUser(t)
	u.must("add", "Read the net/http source", "--repeat", "daily")
	pipe := filepath.Join(u.home, "pipe")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd, _, errb := u.command("backup", pipe, "--force")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	waitBlocked(t, cmd.Process.Pid)
	u.must("done", "1")
	u.must("add", "Written while the backup waits")

	f, err := os.Open(pipe)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("the backup: %v: %s", err, errb)
	}
	got := filepath.Join(u.home, "got.db")
	if err := os.WriteFile(got, b, 0o600); err != nil {
		t.Fatal(err)
	}
	u.checkFine(got)
	if info, err := os.Lstat(pipe); err != nil || info.Mode().Type() != os.ModeNamedPipe {
		t.Errorf("the pipe was replaced: %v %v", info.Mode(), err)
	}
}

// waitBlocked waits until the process sleeps in the kernel for a pipe (or
// has waited long enough that it must have got there).
func waitBlocked(t *testing.T, pid int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		b, _ := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "wchan"))
		if w := string(b); strings.Contains(w, "fifo") || strings.Contains(w, "pipe") || strings.Contains(w, "partner") {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("could not see where process %d sleeps; going on", pid)
}

// TestAppWhenTheFileIsGone moves the database away while the full-screen
// app is open: the app's next write says the file is gone, nothing is made
// at the path, and the moved file keeps its bytes. Put back, the app
// writes again.
func TestAppWhenTheFileIsGone(t *testing.T) {
	u := newUser(t)
	seeds := seedTasks(u, 2)
	a := startTUI(t, u, "app", 40, 120)
	a.WaitText(seeds[1], 5*time.Second)
	moved := u.db + ".moved"
	if err := os.Rename(u.db, moved); err != nil {
		t.Fatal(err)
	}
	sum := fileSum(t, moved)
	a.Type("a")
	a.WaitText("New task", 3*time.Second)
	a.Type("Written to nowhere", "\r")
	a.WaitText("is gone", 5*time.Second)
	a.Type("g", " ")
	time.Sleep(500 * time.Millisecond)
	missing(t, u.db)
	if fileSum(t, moved) != sum {
		t.Error("the moved file changed")
	}
	if n := names(t, filepath.Dir(u.db)); len(n) != 2 { // the moved file and backups/
		t.Errorf("%s holds %v", filepath.Dir(u.db), n)
	}
	if err := os.Rename(moved, u.db); err != nil {
		t.Fatal(err)
	}
	appAdds(a, "Written when it is back", -1)
	a.Quit()
	ds := read(t, u.db)
	if len(ds.Tasks) != 3 {
		t.Errorf("%d tasks, want the 2 seeds and the one written after the file came back", len(ds.Tasks))
	}
}

// TestOutputThroughStdout writes an export and a backup to /dev/stdout and
// /proc/self/fd/1, links that only the system can follow to a pipe: the
// bytes go down the pipe, and the links stay as they were.
func TestOutputThroughStdout(t *testing.T) {
	u := newUser(t)
	u.must("add", "Read the net/http source", "--repeat", "daily")
	stdout, err := os.Lstat("/dev/stdout")
	if err != nil {
		t.Skip("no /dev/stdout here")
	}
	for _, out := range []string{"/dev/stdout", "/proc/self/fd/1"} {
		r := u.runOrKill("export", "-o", out, "--force")
		if r.code != 0 || !strings.HasPrefix(r.stdout, "{") {
			t.Errorf("export to %s: %v", out, r)
		}
		r = u.runOrKill("backup", out, "--force")
		got := filepath.Join(u.home, "got.db")
		os.Remove(got)
		// the success line follows the copy on standard output
		if i := strings.LastIndex(r.stdout, "backed up "); r.code != 0 || i < 0 {
			t.Errorf("backup to %s: %v", out, r)
		} else if err := os.WriteFile(got, []byte(r.stdout[:i]), 0o600); err == nil {
			u.checkFine(got)
		}
		oneLineError(t, u.runOrKill("export", "-o", out), out, "already exists")
	}
	if now, err := os.Lstat("/dev/stdout"); err != nil || now.Mode() != stdout.Mode() {
		t.Fatalf("/dev/stdout changed: %v %v", now.Mode(), err)
	}
}

// TestExportToAPipe: an export into a pipe nobody reads yet holds no lock
// either.
func TestExportToAPipe(t *testing.T) {
	u := newUser(t)
	u.must("add", "Read the net/http source", "--repeat", "daily")
	pipe := filepath.Join(u.home, "pipe")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd, _, errb := u.command("export", "-o", pipe, "--force")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	waitBlocked(t, cmd.Process.Pid)
	u.must("done", "1")
	f, err := os.Open(pipe)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(f)
	f.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("the export: %v: %s", err, errb)
	}
	if !strings.Contains(string(b), "Read the net/http source") {
		t.Errorf("the pipe got %q", b)
	}
}
