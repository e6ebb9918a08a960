package safety

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The files coach makes outside the database (exports, backups, daily
// copies, the copies kept before a restore or an import) are made under
// fresh private names and never through a link; what already sits at a
// name is replaced only with --force.

// plant puts a link at path pointing to target.
func plant(t *testing.T, target, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, path); err != nil {
		t.Fatal(err)
	}
}

// victim is a file of the user's that no write of coach may touch.
func victim(t *testing.T, path string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte("precious\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return fileSum(t, path)
}

func regular(t *testing.T, path string, mode os.FileMode) {
	t.Helper()
	info, err := os.Lstat(path)
	switch {
	case err != nil:
		t.Errorf("%s: %v", path, err)
	case !info.Mode().IsRegular():
		t.Errorf("%s is %v, want a regular file", path, info.Mode())
	case info.Mode().Perm() != mode:
		t.Errorf("%s: mode %04o, want %04o", path, info.Mode().Perm(), mode)
	}
}

func isLink(t *testing.T, path string) {
	t.Helper()
	if info, err := os.Lstat(path); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("%s is no longer a link: %v", path, err)
	}
}

func missing(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Lstat(path); err == nil {
		t.Errorf("%s exists", path)
	}
}

// TestTemporariesNeverFollowLinks plants links and stale files where coach
// used to write its temporaries (FILE.partial, FILE.restoring.partial,
// backups/coach-DATE.db.partial): the user's files they point to keep
// their bytes, and what coach writes is a fresh 0600 file.
func TestTemporariesNeverFollowLinks(t *testing.T) {
	u := newUser(t)
	u.today = "" // the real date, which names the daily copies
	u.must("add", "Read the net/http source", "--repeat", "daily")
	spare := filepath.Join(u.home, "spare.db")
	u.must("backup", spare)

	precious := filepath.Join(u.home, "precious.txt")
	sum := victim(t, precious)
	out := filepath.Join(u.home, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	export, backup := filepath.Join(out, "all.json"), filepath.Join(out, "manual.db")
	plant(t, precious, export+".partial")
	plant(t, precious, backup+".partial")
	plant(t, precious, u.db+".restoring")
	plant(t, precious, u.db+".restoring.partial")
	backups := filepath.Join(filepath.Dir(u.db), "backups")
	for d := -1; d <= 1; d++ {
		date := time.Now().AddDate(0, 0, d).Format("2006-01-02")
		plant(t, precious, filepath.Join(backups, "coach-"+date+".db.partial"))
		plant(t, precious, filepath.Join(backups, "coach.db-"+date+".db.partial"))
	}
	os.RemoveAll(filepath.Join(backups, "coach.db-"+time.Now().Format("2006-01-02")+".db"))
	// a stale temporary that anyone may read
	csv := filepath.Join(out, "all.csv")
	if err := os.WriteFile(csv+".partial", []byte("stale"), 0o600); err != nil {
		t.Fatal(err)
	}
	os.Chmod(csv+".partial", 0o666)

	u.must("export", "-o", export)
	u.must("backup", backup)
	u.must("export", "--format", "csv", "-o", csv)
	u.must("done", "1")
	u.must("restore", spare)
	u.must("done", "1") // a write after the restore: a new daily copy
	if fileSum(t, precious) != sum {
		t.Fatalf("a write went through a link into %s", precious)
	}
	for _, p := range []string{export, backup, csv} {
		regular(t, p, 0o600)
	}
	isLink(t, export+".partial")
	u.checkFine(backup)
	u.checkFine(u.db)
	copies, _ := filepath.Glob(filepath.Join(backups, "coach.db-*.db"))
	if len(copies) != 1 {
		t.Errorf("daily copies %v, want today's", copies)
	}
	for _, c := range copies {
		regular(t, c, 0o600)
	}
}

// TestKeptCopyNeverFollowsALink plants dangling links under every name the
// copy kept by import --replace could take in the next seconds: none is
// written through, and the kept copy has a name of its own.
func TestKeptCopyNeverFollowsALink(t *testing.T) {
	u := newUser(t)
	u.today = "" // the kept copy is named by the real clock
	u.must("add", "Read the net/http source", "--repeat", "daily")
	imp := filepath.Join(u.home, "all.json")
	u.must("export", "-o", imp)
	var targets []string
	now := time.Now()
	for s := -2; s < 30; s++ {
		target := filepath.Join(u.home, "target-"+now.Add(time.Duration(s)*time.Second).Format("150405"))
		for _, what := range []string{"import", "restore"} {
			plant(t, target+"-"+what, u.db+".before-"+what+"-"+now.Add(time.Duration(s)*time.Second).Format("20060102-150405"))
			targets = append(targets, target+"-"+what)
		}
	}
	u.must("import", "--replace", imp)
	spare := filepath.Join(u.home, "spare.db")
	u.must("backup", spare)
	u.must("restore", spare)
	for _, target := range targets {
		missing(t, target)
	}
	for _, what := range []string{"import", "restore"} {
		var kept []string
		all, _ := filepath.Glob(u.db + ".before-" + what + "-*")
		for _, p := range all {
			if info, err := os.Lstat(p); err == nil && info.Mode().IsRegular() {
				kept = append(kept, p)
				regular(t, p, 0o600)
				u.checkFine(p)
			}
		}
		if len(kept) != 1 {
			t.Errorf("%s kept %v, want one file", what, kept)
		}
	}
}

// TestOutputAlreadyThere: a dangling link, a link to a file and a file
// open to all at an output's name. Without --force each is refused in one
// line and stays; with --force a dangling link is replaced (its target is
// never made), a link to a file has its file replaced, and every result is
// a fresh 0600 file.
func TestOutputAlreadyThere(t *testing.T) {
	u := newUser(t)
	u.must("add", "Read the net/http source", "--repeat", "daily")
	for _, c := range []struct{ name string }{{"export"}, {"backup"}} {
		args := func(path string, force bool) []string {
			a := []string{"backup", path}
			if c.name == "export" {
				a = []string{"export", "-o", path}
			}
			if force {
				a = append(a, "--force")
			}
			return a
		}
		dir := filepath.Join(u.home, c.name)
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		nowhere := filepath.Join(dir, "nowhere")
		dangling := filepath.Join(dir, "dangling")
		plant(t, nowhere, dangling)
		open := filepath.Join(dir, "open")
		victim(t, open)
		os.Chmod(open, 0o666)
		target := filepath.Join(dir, "target")
		victim(t, target)
		linked := filepath.Join(dir, "linked")
		plant(t, target, linked)

		for _, p := range []string{dangling, open, linked} {
			oneLineError(t, u.run(args(p, false)...), p, "already exists")
		}
		missing(t, nowhere)
		isLink(t, dangling)
		isLink(t, linked)

		for _, p := range []string{dangling, open, linked} {
			u.must(args(p, true)...)
		}
		missing(t, nowhere)
		regular(t, dangling, 0o600)
		regular(t, open, 0o600)
		isLink(t, linked)
		regular(t, target, 0o600)
		if c.name == "backup" {
			u.checkFine(target)
		} else if b, _ := os.ReadFile(target); !strings.HasPrefix(string(b), "{") {
			t.Errorf("export through a link wrote %q", b)
		}
	}
}

// TestReadingCreatesNothing: the reading commands on a mistyped path say
// the file does not exist and make neither it nor its directory; a
// writing command then makes both.
func TestReadingCreatesNothing(t *testing.T) {
	u := newUser(t)
	u.db = filepath.Join(u.home, "typo", "sub", "x.db")
	before := snapshot(t, u.home)
	out := filepath.Join(u.home, "out.json")
	for _, args := range [][]string{
		{"check"}, {"today"}, {"today", "--json"}, {"stats"}, {"stats", "--json"}, {"goals"}, {"goals", "--json"},
		{"export"}, {"export", "-o", out}, {"export", "--format", "csv"}, {"backup", out},
	} {
		oneLineError(t, u.run(args...), u.db, "does not exist")
	}
	missing(t, filepath.Join(u.home, "typo"))
	missing(t, out)
	sameFiles(t, "reading a missing database", before, snapshot(t, u.home))

	// the directory exists, the file does not
	if err := os.MkdirAll(filepath.Dir(u.db), 0o700); err != nil {
		t.Fatal(err)
	}
	oneLineError(t, u.run("check"), u.db, "does not exist")
	missing(t, u.db)

	u.must("add", "Read the net/http source")
	u.checkFine(u.db)
}
