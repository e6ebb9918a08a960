package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// KeptCopies is how many daily copies stay in the backups directory.
const KeptCopies = 7

// BackupDir is where the daily copies go: backups/ beside the database.
func (s *Store) BackupDir() string { return filepath.Join(filepath.Dir(s.path), "backups") }

// keepDailyCopy runs before the first write of each day: it copies the
// database as it is into the backups directory, prunes the oldest copies,
// and removes the strays of killed first runs.
// It runs under the caller's lock, so the copy is consistent.
func (s *Store) keepDailyCopy(db *bolt.DB) error {
	name := filepath.Join(s.BackupDir(), "coach-"+s.now().Format("2006-01-02")+".db")
	if _, err := os.Stat(name); !errors.Is(err, fs.ErrNotExist) {
		return nil // today's copy exists (or the directory is unreadable: the write will say so)
	}
	if err := os.MkdirAll(s.BackupDir(), 0o700); err != nil {
		return fmt.Errorf("cannot keep the daily copy: %w", err)
	}
	err := writeAtomically(name, func(tmp string) error {
		return db.View(func(tx *bolt.Tx) error { return tx.CopyFile(tmp, 0o600) })
	})
	if err != nil {
		return fmt.Errorf("cannot keep the daily copy in %s: %w", s.BackupDir(), err)
	}
	// Once a day is often enough to look for what a killed first run left
	// beside the database after linking it into place.
	removeStrays(s.path)
	return s.pruneCopies()
}

// pruneCopies removes all but the newest KeptCopies daily copies, and the
// half-made copies of runs that were killed while copying (none is being
// made now: the caller holds the lock).
func (s *Store) pruneCopies() error {
	entries, err := os.ReadDir(s.BackupDir())
	if err != nil {
		return err
	}
	var copies []string
	for _, e := range entries {
		n := e.Name()
		switch {
		case strings.HasPrefix(n, "coach-") && strings.HasSuffix(n, ".db"):
			copies = append(copies, n)
		case strings.HasPrefix(n, "coach-") && strings.HasSuffix(n, ".db.partial"):
			if err := os.Remove(filepath.Join(s.BackupDir(), n)); err != nil {
				return err
			}
		}
	}
	sort.Strings(copies) // the date in the name sorts by time
	for len(copies) > KeptCopies {
		if err := os.Remove(filepath.Join(s.BackupDir(), copies[0])); err != nil {
			return err
		}
		copies = copies[1:]
	}
	return nil
}
