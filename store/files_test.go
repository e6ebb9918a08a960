package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"coach/domain"
)

func dirNames(t *testing.T, dir string) []string {
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

// A reading command opens with OpenExisting: a missing file is named, and
// neither it nor its directory is made.
func TestOpenExistingCreatesNothing(t *testing.T) {
	root := t.TempDir()
	path := filepath.Join(root, "typo", "x.db")
	if _, err := OpenExisting(path); err == nil || !strings.Contains(err.Error(), path+" does not exist") {
		t.Errorf("OpenExisting = %v", err)
	}
	if n := dirNames(t, root); len(n) != 0 {
		t.Errorf("made %v", n)
	}
	if _, err := Open(path); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenExisting(path); err != nil {
		t.Errorf("OpenExisting after Open: %v", err)
	}
}

// The file moved away after Open: no transaction makes it again, and each
// says it is gone.
func TestGoneFileIsNotRecreated(t *testing.T) {
	s := newStore(t)
	mustTask(t, s, domain.Task{Title: "First", Competency: "depth", Repeat: "daily"})
	moved := s.Path() + ".moved"
	if err := os.Rename(s.Path(), moved); err != nil {
		t.Fatal(err)
	}
	_, err := s.AddTask(domain.Task{Title: "Second", Competency: "depth", Repeat: "daily"})
	if err == nil || !strings.Contains(err.Error(), "is gone") {
		t.Errorf("AddTask = %v", err)
	}
	if _, err := s.Rev(); err == nil || !strings.Contains(err.Error(), "is gone") {
		t.Errorf("Rev = %v", err)
	}
	if _, err := s.Dump(); err == nil {
		t.Error("Dump of a gone file")
	}
	if _, err := os.Lstat(s.Path()); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the file is back: %v", err)
	}
	// a pipe put in its place is refused without waiting for a writer
	if err := mkfifo(s.Path()); err == nil {
		if _, err := s.Rev(); err == nil || !strings.Contains(err.Error(), "no longer a regular file") {
			t.Errorf("Rev on a pipe = %v", err)
		}
		os.Remove(s.Path())
	}
	if err := os.Rename(moved, s.Path()); err != nil {
		t.Fatal(err)
	}
	mustTask(t, s, domain.Task{Title: "Back", Competency: "depth", Repeat: "daily"})
}

// Two databases in one directory keep copies of their own; pruning keeps
// each one's newest seven and removes nothing else: not the other's, not
// the user's files, not an old-style name made on another day.
func TestDailyCopiesPerDatabase(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	now := time.Date(2026, 11, 1, 9, 0, 0, 0, time.Local)
	clock := WithClock(func() time.Time { return now })
	a, err := Open(filepath.Join(dir, "a.db"), clock)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Open(filepath.Join(dir, "b.db"), clock)
	if err != nil {
		t.Fatal(err)
	}
	backups := a.BackupDir()
	if err := os.MkdirAll(backups, 0o700); err != nil {
		t.Fatal(err)
	}
	theirs := []string{"a.db-mine.db", "a.db-2026-11-01.db.bak", "coach-2026-10-01.db", "a-2026-10-01.db", "a.db-2026-13-01.db", "notes.partial"}
	for _, n := range theirs {
		os.WriteFile(filepath.Join(backups, n), []byte("mine"), 0o600)
	}
	// named like a copy of 10-02, written on another day: the user's
	os.WriteFile(filepath.Join(backups, "a.db-2026-10-02.db"), []byte("mine"), 0o600)
	theirs = append(theirs, "a.db-2026-10-02.db")
	for i := range 10 {
		now = time.Date(2026, 11, 1+i, 9, 0, 0, 0, time.Local)
		mustTask(t, a, domain.Task{Title: "a", Competency: "depth", Repeat: "daily"})
		if i < 3 {
			mustTask(t, b, domain.Task{Title: "b", Competency: "depth", Repeat: "daily"})
		}
	}
	got := dirNames(t, backups)
	for _, n := range theirs {
		if !slices.Contains(got, n) {
			t.Errorf("pruning removed %s", n)
		}
	}
	var copiesA, copiesB []string
	for _, n := range got {
		if ownName(n, []string{"a.db-"}) != "" && !slices.Contains(theirs, n) {
			copiesA = append(copiesA, n)
		}
		if ownName(n, []string{"b.db-"}) != "" {
			copiesB = append(copiesB, n)
		}
	}
	if len(copiesA) != KeptCopies || copiesA[0] != "a.db-2026-11-04.db" {
		t.Errorf("a's copies %v", copiesA)
	}
	if !slices.Equal(copiesB, []string{"b.db-2026-11-01.db", "b.db-2026-11-02.db", "b.db-2026-11-03.db"}) {
		t.Errorf("b's copies %v", copiesB)
	}
}

// COACH_TODAY moves the records' clock, not the copies' names.
func TestDailyCopyNamedByTheWallClock(t *testing.T) {
	wall := time.Date(2026, 11, 1, 9, 0, 0, 0, time.Local)
	far := time.Date(9999, 12, 31, 9, 0, 0, 0, time.Local)
	s, err := Open(filepath.Join(t.TempDir(), "coach.db"), WithClock(func() time.Time { return far }), WithWallClock(func() time.Time { return wall }))
	if err != nil {
		t.Fatal(err)
	}
	mustTask(t, s, domain.Task{Title: "a", Competency: "depth", Repeat: "daily"})
	if got := dirNames(t, s.BackupDir()); !slices.Equal(got, []string{"coach.db-2026-11-01.db"}) {
		t.Errorf("copies %v", got)
	}
}

// Restore onto a link replaces the file it names and keeps the link.
func TestRestoreThroughALink(t *testing.T) {
	root := t.TempDir()
	real := filepath.Join(root, "data", "coach.db")
	s, err := Open(real)
	if err != nil {
		t.Fatal(err)
	}
	mustTask(t, s, domain.Task{Title: "before", Competency: "depth", Repeat: "daily"})
	spare := filepath.Join(root, "spare.db")
	if err := s.Backup(spare, false); err != nil {
		t.Fatal(err)
	}
	mustTask(t, s, domain.Task{Title: "after", Competency: "depth", Repeat: "daily"})
	link := filepath.Join(root, "link.db")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	kept, err := At(link).Restore(spare)
	if err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if filepath.Dir(kept) != filepath.Dir(real) {
		t.Errorf("kept %s, want it beside %s", kept, real)
	}
	if ts, _ := s.Tasks(true); len(ts) != 1 {
		t.Errorf("%d tasks after the restore, want 1", len(ts))
	}
}
