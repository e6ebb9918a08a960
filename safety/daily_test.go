package safety

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// Daily copies are named for their database (backups/DBFILE-DATE.db) by
// the real date, and pruning removes only this database's copies that
// coach made.

// dailyCopy is the name of db's daily copy of day.
func dailyCopy(db string, day time.Time) string {
	return filepath.Join(filepath.Dir(db), "backups", filepath.Base(db)+"-"+day.Format("2006-01-02")+".db")
}

// names lists the files in dir.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var n []string
	for _, e := range entries {
		n = append(n, e.Name())
	}
	return n
}

// madeOn gives a file the time it would have if coach had made it on day.
func madeOn(t *testing.T, path string, day time.Time) {
	t.Helper()
	noon := time.Date(day.Year(), day.Month(), day.Day(), 12, 0, 0, 0, time.Local)
	if err := os.Chtimes(path, noon, noon); err != nil {
		t.Fatal(err)
	}
}

// copyTo copies the file src to dst.
func copyTo(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// today is the real date, allowing for a run that crosses midnight.
func todayCopy(t *testing.T, db string) string {
	t.Helper()
	for _, d := range []time.Time{time.Now(), time.Now().AddDate(0, 0, -1)} {
		if _, err := os.Stat(dailyCopy(db, d)); err == nil {
			return dailyCopy(db, d)
		}
	}
	t.Fatalf("no daily copy of %s for today: %v", db, names(t, filepath.Join(filepath.Dir(db), "backups")))
	return ""
}

// TestTwoDatabasesOneDirectory: a.db and b.db side by side each keep
// their own daily copy.
func TestTwoDatabasesOneDirectory(t *testing.T) {
	u := newUser(t)
	dir := filepath.Dir(u.db)
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	u.db = a
	u.must("add", "Task of a")
	u.must("add", "Another task of a")
	u.db = b
	u.must("add", "Task of b")
	u.must("add", "Another task of b")
	for _, db := range []string{a, b} {
		c := todayCopy(t, db)
		u.checkFine(c)
		regular(t, c, 0o600)
	}
	if n := names(t, filepath.Join(dir, "backups")); len(n) != 2 {
		t.Errorf("backups holds %v, want one copy of each", n)
	}
}

// TestPruningTakesOnlyItsOwnCopies fills backups/ with the copies of past
// days, older copies under the names coach used before (coach-DATE.db),
// another database's copies and the user's own files there: the next
// first write of a day keeps the newest seven copies of this database and
// touches nothing else.
func TestPruningTakesOnlyItsOwnCopies(t *testing.T) {
	u := newUser(t)
	u.today = ""
	u.must("add", "Read the net/http source", "--repeat", "daily")
	dir := filepath.Dir(u.db)
	backups := filepath.Join(dir, "backups")
	today := todayCopy(t, u.db)
	if err := os.Remove(today); err != nil { // so that the next write keeps one
		t.Fatal(err)
	}
	spare := filepath.Join(u.home, "spare.db")
	u.must("backup", spare)

	now := time.Now()
	var ours, theirs []string
	for d := 1; d <= 9; d++ { // copies coach made on past days
		day := now.AddDate(0, 0, -d)
		p := dailyCopy(u.db, day)
		copyTo(t, spare, p)
		madeOn(t, p, day)
		ours = append(ours, p)
	}
	for d := 10; d <= 11; d++ { // under the old names
		day := now.AddDate(0, 0, -d)
		p := filepath.Join(backups, "coach-"+day.Format("2006-01-02")+".db")
		copyTo(t, spare, p)
		madeOn(t, p, day)
		ours = append(ours, p)
	}
	for d := 1; d <= 10; d++ { // another database's
		day := now.AddDate(0, 0, -d)
		p := dailyCopy(filepath.Join(dir, "b.db"), day)
		copyTo(t, spare, p)
		madeOn(t, p, day)
		theirs = append(theirs, p)
	}
	// the user's own backups, one with a name like an old daily copy
	for _, name := range []string{"coach-mine.db", "coach-2001-01-01.db", "coach.db-2001-01-01.db", "coach-.db", "notes.txt"} {
		p := filepath.Join(backups, name)
		u.must("backup", p)
		theirs = append(theirs, p)
	}
	sums := map[string]string{}
	for _, p := range theirs {
		sums[p] = fileSum(t, p)
	}

	u.must("done", "1") // the first write of the day
	todayCopy(t, u.db)
	for _, p := range theirs {
		if fileSum(t, p) != sums[p] {
			t.Errorf("pruning touched %s", p)
		}
	}
	var kept []string
	for _, p := range ours {
		if _, err := os.Stat(p); err == nil {
			kept = append(kept, filepath.Base(p))
		}
	}
	want := []string{}
	for _, p := range ours[:6] {
		want = append(want, filepath.Base(p))
	}
	if !slices.Equal(kept, want) {
		t.Errorf("kept %v, want today's and %v", kept, want)
	}
}

// TestLinkedBackupsDirectory: backups/ is a link to a directory shared
// with other files, some named like coach's old daily copies: the copy is
// kept there, and nothing there that is not this database's copy is
// removed.
func TestLinkedBackupsDirectory(t *testing.T) {
	u := newUser(t)
	u.today = ""
	u.must("add", "Read the net/http source", "--repeat", "daily")
	spare := filepath.Join(u.home, "spare.db")
	u.must("backup", spare)
	backups := filepath.Join(filepath.Dir(u.db), "backups")
	if err := os.RemoveAll(backups); err != nil {
		t.Fatal(err)
	}
	shared := filepath.Join(u.home, "shared")
	if err := os.Mkdir(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	plant(t, shared, backups)
	now := time.Now()
	var foreign []string
	for d := 1; d <= 12; d++ {
		day := now.AddDate(0, 0, -d)
		p := filepath.Join(shared, "coach-"+day.Format("2006-01-02")+".db")
		copyTo(t, spare, p)
		madeOn(t, p, day)
		foreign = append(foreign, p)
	}
	before := snapshot(t, shared)
	u.must("done", "1")
	after := snapshot(t, shared)
	c := todayCopy(t, u.db)
	u.checkFine(c)
	delete(after, filepath.Join(shared, filepath.Base(c)))
	sameFiles(t, "a write with a linked backups/", before, after)
	isLink(t, backups)
	if info, err := os.Stat(shared); err != nil || info.Mode().Perm() != 0o755 {
		t.Errorf("the shared directory changed: %v %v", info.Mode(), err)
	}
}

// TestDailyCopyFollowsTheClock: COACH_TODAY far in the future or past
// does not name the daily copy; the real date does, so pruning, which
// keeps the newest, still works.
func TestDailyCopyFollowsTheClock(t *testing.T) {
	u := newUser(t)
	u.today = "9999-12-30"
	u.must("add", "Read the net/http source", "--repeat", "daily")
	u.today = "9999-12-31"
	u.must("add", "Another task")
	u.today = "1900-01-02"
	u.must("add", "A third task")
	u.today = ""
	u.must("add", "A fourth task")
	c := todayCopy(t, u.db)
	if n := names(t, filepath.Join(filepath.Dir(u.db), "backups")); len(n) != 1 || n[0] != filepath.Base(c) {
		t.Errorf("backups holds %v, want only %s", n, filepath.Base(c))
	}
}
