//go:build linux

package safety

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"coach/domain"
)

// A read-only file system and a full disk need a file system of their own:
// a tmpfs mounted in a mount namespace of its own, which vanishes with the
// process that made it. Only root may do that; the test binary runs itself
// again under unshare(1) for it, with helperBin and helperScenario set.
var scenarios = map[string]struct {
	size string // of the tmpfs
	run  func(t *testing.T, mnt string)
}{
	"read-only file system": {"16m", readOnlyFileSystem},
	"full disk":             {"4m", fullDisk},
}

// inMountNamespace runs a scenario in a helper process of its own.
func inMountNamespace(t *testing.T, scenario string) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a file system of its own needs root")
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		t.Skip("unshare(1) (util-linux) is not installed")
	}
	cmd := exec.Command(unshare, "--mount", "--propagation", "private", os.Args[0],
		"-test.run", "^TestMountNamespaceHelper$", "-test.v", "-test.count=1")
	cmd.Env = append(os.Environ(), helperBin+"="+coachBin, helperScenario+"="+scenario)
	out, err := cmd.CombinedOutput()
	text := string(out)
	switch {
	case strings.Contains(text, "--- SKIP"):
		t.Skipf("%s: %s", scenario, text)
	case err != nil || !strings.Contains(text, "--- PASS: TestMountNamespaceHelper"):
		t.Fatalf("%s (%v):\n%s", scenario, err, text)
	}
	t.Logf("%s:\n%s", scenario, text)
}

// TestMountNamespaceHelper is the helper's side; in an ordinary run it has
// nothing to do.
func TestMountNamespaceHelper(t *testing.T) {
	name := os.Getenv(helperScenario)
	if name == "" {
		t.Skip("runs only as the helper of TestReadOnlyFileSystem and TestFullDisk")
	}
	sc := scenarios[name]
	mnt := t.TempDir()
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size="+sc.size+",mode=0700"); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(mnt, syscall.MNT_DETACH) })
	sc.run(t, mnt)
}

// TestReadOnlyFileSystem puts the database on a file system mounted
// read-only (root's writes fail there too): reading works, every write
// fails in one line that names the file and the cause, and no byte changes.
func TestReadOnlyFileSystem(t *testing.T) { inMountNamespace(t, "read-only file system") }

func readOnlyFileSystem(t *testing.T, mnt string) {
	u := newUser(t)
	u.db = filepath.Join(mnt, "data", "coach.db")
	prepare(u)
	if err := syscall.Mount("tmpfs", mnt, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Fatalf("remounting read-only: %v", err)
	}
	readOnlyPlace(t, u, "read-only file system")

	// a first run that would create the database there
	before := snapshot(t, mnt)
	u.db = filepath.Join(mnt, "elsewhere", "coach.db")
	oneLineError(t, u.run("add", "A task"), filepath.Join(mnt, "elsewhere"), "read-only file system")
	u.db = filepath.Join(mnt, "data", "other.db")
	oneLineError(t, u.run("add", "A task"), u.db, "read-only file system")
	sameFiles(t, "after a first run on a read-only file system", before, snapshot(t, mnt))
}

// TestReadOnlyDataDirectory makes the data directory and the database
// read-only by their modes.
func TestReadOnlyDataDirectory(t *testing.T) {
	u := newUser(t)
	if os.Geteuid() == 0 {
		// file modes do not stop root: be nobody
		nobody(t, u)
	}
	prepare(u)
	dir := filepath.Dir(u.db)
	var paths []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		paths = append(paths, p)
		return nil
	})
	// files first read-only, then directories (children before parents)
	for i := len(paths) - 1; i >= 0; i-- {
		mode := os.FileMode(0o400)
		if info, err := os.Stat(paths[i]); err == nil && info.IsDir() {
			mode = 0o500
		}
		if err := os.Chmod(paths[i], mode); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		for _, p := range paths {
			os.Chmod(p, 0o700)
		}
	})
	readOnlyPlace(t, u, "permission denied")
}

// nobody makes u's commands run as the user nobody (65534), owner of u's
// home, so that file modes apply to them when the test runs as root.
func nobody(t *testing.T, u *user) {
	t.Helper()
	const id = 65534
	if err := os.Chmod(filepath.Dir(u.home), 0o711); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(u.home, id, id); err != nil {
		t.Skipf("cannot hand the home directory to nobody: %v", err)
	}
	u.sys = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: id, Gid: id}}
}

// TestFullDisk fills the file system that holds the database and then
// writes: a write either succeeds and stays, or fails in one line ("no space
// left on device") and leaves nothing of itself; exports and backups fail
// without leaving half files; once space is freed, everything works and the
// file passes the check.
func TestFullDisk(t *testing.T) { inMountNamespace(t, "full disk") }

func fullDisk(t *testing.T, mnt string) {
	u := newUser(t)
	u.db = filepath.Join(mnt, "data", "coach.db")
	// some history, so that writes need pages
	past := history(6, domain.NewDate(2026, 6, 1), domain.NewDate(2026, 11, 27), rand.New(rand.NewPCG(1, 2)))
	imp := filepath.Join(u.home, "past.json")
	writeExport(t, imp, past)
	u.must("import", imp)
	u.must("done", "1") // today's daily copy exists from here on
	out := filepath.Join(mnt, "out.json")
	u.must("export", "-o", out)
	manual := filepath.Join(mnt, "manual.db")
	u.must("backup", manual)

	filler := filepath.Join(mnt, "filler")
	fill(t, filler)
	before := snapshot(t, mnt)
	sum := fileSum(t, u.db)

	// writes on a full disk
	var ok, failed []string
	for i := range 40 {
		title := fmt.Sprintf("Written on a full disk %d", i)
		r := u.run("add", title, "--notes", strings.Repeat("a note that takes room ", 40))
		switch r.code {
		case 0:
			ok = append(ok, title)
		default:
			oneLineError(t, r, u.db, "no space left on device")
			failed = append(failed, title)
		}
	}
	t.Logf("on the full disk: %d adds went through (room left in the file), %d failed", len(ok), len(failed))
	if len(ok) == 0 {
		if fileSum(t, u.db) != sum {
			t.Error("failed writes changed the database")
		}
	}
	u.checkFine(u.db)

	// copies to the full disk fail and leave nothing
	oneLineError(t, u.run("export", "-o", filepath.Join(mnt, "new.json")), filepath.Join(mnt, "new.json"), "no space left on device")
	oneLineError(t, u.run("export", "-o", out, "--force"), out, "no space left on device")
	oneLineError(t, u.run("backup", filepath.Join(mnt, "new.db")), filepath.Join(mnt, "new.db"), "no space left on device")
	oneLineError(t, u.run("backup", manual, "--force"), manual, "no space left on device")
	// the first write of a day keeps a daily copy first: no room for it
	// (with today's copy moved aside, the next write is the day's first)
	daily := todayCopy(t, u.db)
	aside := filepath.Join(mnt, "aside.db")
	if err := os.Rename(daily, aside); err != nil {
		t.Fatal(err)
	}
	oneLineError(t, u.run("add", "On a new day"), "no space left on device")
	if err := os.Rename(aside, daily); err != nil {
		t.Fatal(err)
	}
	after := snapshot(t, mnt)
	delete(after, u.db)
	delete(before, u.db)
	sameFiles(t, "after the failed writes", before, after)

	// room again: the failed add goes through, nothing is lost
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	u.today = "2026-11-29"
	u.must("add", "After the disk had room again")
	u.checkFine(u.db)
	have := map[string]bool{}
	ds := u.dump()
	for _, tk := range ds.Tasks {
		have[tk.Title] = true
	}
	for _, title := range append(ok, "After the disk had room again") {
		if !have[title] {
			t.Errorf("%q reported success and is lost", title)
		}
	}
	for _, title := range failed {
		if have[title] {
			t.Errorf("%q failed and yet is there", title)
		}
	}
	if want := len(past.Tasks) + len(ok) + 1; len(ds.Tasks) != want {
		t.Errorf("%d tasks, want %d", len(ds.Tasks), want)
	}
	if len(ds.CheckIns) != len(past.CheckIns)+1 {
		t.Errorf("%d check-ins, want %d", len(ds.CheckIns), len(past.CheckIns)+1)
	}
}

// fill writes to path until the file system is full.
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 4096)
	for {
		if _, err := f.Write(buf); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			return
		}
	}
}

// TestDeviceFull writes an export and a backup to /dev/full, a device where
// every write fails for lack of space: each fails in one line, no .partial
// file is left, and the device stays a device (a rename over it would have
// replaced it with a regular file).
func TestDeviceFull(t *testing.T) {
	info, err := os.Stat("/dev/full")
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		t.Skip("no /dev/full here")
	}
	u := newUser(t)
	prepare(u)
	before := fileSum(t, u.db)
	for _, args := range [][]string{
		{"export", "-o", "/dev/full", "--force"},
		{"export", "--format", "markdown", "-o", "/dev/full", "--force"},
		{"export", "--format", "csv", "-o", "/dev/full", "--force"},
		{"backup", "/dev/full", "--force"},
	} {
		oneLineError(t, u.run(args...), "/dev/full", "no space left on device")
		if info, err := os.Stat("/dev/full"); err != nil || info.Mode()&os.ModeCharDevice == 0 {
			restoreDevFull()
			t.Fatalf("coach %s replaced /dev/full: %v %v", strings.Join(args, " "), info.Mode(), err)
		}
		if _, err := os.Stat("/dev/full.partial"); err == nil {
			os.Remove("/dev/full.partial")
			t.Errorf("coach %s left /dev/full.partial", strings.Join(args, " "))
		}
	}
	// standard output that is the full device
	cmd, _, errb := u.command("export")
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer full.Close()
	cmd.Stdout = full
	err = cmd.Run()
	oneLineError(t, result{args: []string{"export", ">/dev/full"}, stderr: errb.String(), code: exitCode(err)}, "no space left on device")
	if fileSum(t, u.db) != before {
		t.Error("the database changed")
	}
}

// restoreDevFull puts the device back (character device 1, 7) after a
// failing build replaced it with a file, so that one failure does not
// break the machine for what runs after.
func restoreDevFull() {
	if os.Geteuid() == 0 {
		os.Remove("/dev/full")
		syscall.Mknod("/dev/full", syscall.S_IFCHR|0o666, 1<<8|7)
		os.Chmod("/dev/full", 0o666)
	}
}
