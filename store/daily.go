package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"coach/safefile"
)

// KeptCopies is how many daily copies stay in the backups directory.
const KeptCopies = 7

// BackupDir is where the daily copies go: backups/ beside the database.
func (s *Store) BackupDir() string { return filepath.Join(filepath.Dir(s.path), "backups") }

// DailyCopy is the name of the daily copy of day: backups/FILE-YYYY-MM-DD.db,
// named for its database so that two databases in one directory keep
// copies of their own.
func (s *Store) DailyCopy(day time.Time) string {
	return filepath.Join(s.BackupDir(), s.copyPrefix()+day.Format(time.DateOnly)+".db")
}

func (s *Store) copyPrefix() string { return filepath.Base(s.path) + "-" }

// legacyPrefix is how coach named the daily copies of every database
// before they were named for it; only coach.db's can be told apart.
const legacyPrefix = "coach-"

// keepDailyCopy runs before the first write of each day (by the real
// clock): it copies the database as it is into the backups directory,
// prunes the oldest copies, and removes the strays of killed runs. It runs
// under the caller's lock, so the copy is consistent.
func (s *Store) keepDailyCopy(db *bolt.DB) error {
	now := s.wall()
	name := s.DailyCopy(now)
	if _, err := os.Lstat(name); !errors.Is(err, fs.ErrNotExist) {
		return nil // today's copy exists (or the directory is unreadable: the write will say so)
	}
	if err := os.MkdirAll(s.BackupDir(), 0o700); err != nil {
		return fmt.Errorf("cannot keep the daily copy: %w", err)
	}
	err := s.writeCopy(name, now, func(f *os.File) error { return db.View(writeTo(f)) })
	if err != nil && !errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("cannot keep the daily copy in %s: %w", s.BackupDir(), err)
	}
	// Once a day is often enough to look for what a killed first run left
	// beside the database after linking it into place.
	removeStrays(s.path)
	return s.pruneCopies()
}

// writeCopy makes the daily copy name, dated made: its time is what marks
// it as coach's copy of that day (see ownCopy).
func (s *Store) writeCopy(name string, made time.Time, write func(*os.File) error) error {
	f, err := safefile.Temp(name)
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = safefile.Place(f.Name(), name, false)
	}
	if err == nil {
		err = os.Chtimes(name, made, made)
	}
	return err
}

// pruneCopies removes all but the newest KeptCopies daily copies of this
// database, and the half-made copies of runs that were killed while
// copying. Only files that coach made as this database's daily copies
// are removed (see ownCopy); everything else in backups/ stays.
func (s *Store) pruneCopies() error {
	dir := s.BackupDir()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	// The old names did not say which database a copy is of: they are
	// coach.db's only in a backups/ of its own, not a link that may lead
	// to a directory shared with others.
	prefixes := []string{s.copyPrefix()}
	if info, err := os.Lstat(dir); err == nil && info.IsDir() && filepath.Base(s.path) == "coach.db" {
		prefixes = append(prefixes, legacyPrefix)
	}
	safefile.Sweep(dir, func(final string) bool { return ownName(final, prefixes) != "" })
	type dated struct{ day, name string }
	var copies []dated
	for _, e := range entries {
		if day := s.ownCopy(e, prefixes); day != "" {
			copies = append(copies, dated{day, e.Name()})
		} else if legacyPartial(e, prefixes) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
	sort.Slice(copies, func(i, j int) bool {
		if copies[i].day != copies[j].day {
			return copies[i].day > copies[j].day
		}
		return copies[i].name > copies[j].name
	})
	for _, c := range copies[min(len(copies), KeptCopies):] {
		if err := os.Remove(filepath.Join(dir, c.name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}

// ownName returns the day of a daily copy's name, PREFIX-YYYY-MM-DD.db,
// or "" when name is not one.
func ownName(name string, prefixes []string) string {
	for _, p := range prefixes {
		rest, ok := strings.CutPrefix(name, p)
		if !ok {
			continue
		}
		day, ok := strings.CutSuffix(rest, ".db")
		if _, err := time.Parse(time.DateOnly, day); ok && err == nil && len(day) == len(time.DateOnly) {
			return day
		}
	}
	return ""
}

// ownCopy returns the day of a daily copy that coach made, or "": a
// regular file named as one and last written on the day it names. A file
// of the user's under such a name (a backup made today, a copy edited
// since) is not coach's to remove.
func (s *Store) ownCopy(e fs.DirEntry, prefixes []string) string {
	day := ownName(e.Name(), prefixes)
	if day == "" || !e.Type().IsRegular() {
		return ""
	}
	info, err := e.Info()
	if err != nil || info.ModTime().In(s.wall().Location()).Format(time.DateOnly) != day {
		return ""
	}
	return day
}

// legacyPartial is a half-made daily copy of an older coach, which wrote
// them as PREFIX-DATE.db.partial.
func legacyPartial(e fs.DirEntry, prefixes []string) bool {
	name, ok := strings.CutSuffix(e.Name(), ".partial")
	return ok && e.Type().IsRegular() && slices.Contains(prefixes, legacyPrefix) && ownName(name, []string{legacyPrefix}) != ""
}
