package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// Backup writes a consistent copy of the database to dst through a read
// transaction, so other processes keep working meanwhile. It refuses to
// overwrite an existing file unless force is set. The copy appears under its
// name only once complete.
func (s *Store) Backup(dst string, force bool) error {
	if !force {
		if _, err := os.Stat(dst); err == nil {
			return fmt.Errorf("%s already exists: choose another name or use --force", dst)
		}
	}
	tmp := dst + ".partial"
	err := s.view(func(tx *bolt.Tx) error {
		return tx.CopyFile(tmp, 0o600)
	})
	if err == nil {
		err = syncFile(tmp)
	}
	if err == nil {
		err = os.Rename(tmp, dst)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("backup to %s failed: %w", dst, err)
	}
	return nil
}

// Restore replaces the database with the backup at src after checking it.
// The current database is kept beside it as FILE.before-restore-TIMESTAMP;
// that name is returned.
func (s *Store) Restore(src string) (kept string, err error) {
	b, err := openExisting(src)
	if err != nil {
		return "", fmt.Errorf("cannot restore from %s: %w", src, err)
	}
	if problems, err := b.Check(); err != nil || len(problems) > 0 {
		if err == nil {
			err = errors.New(problems[0])
		}
		return "", fmt.Errorf("cannot restore from %s: it fails the check: %w", src, err)
	}
	tmp := s.path + ".restoring"
	if err := b.Backup(tmp, true); err != nil {
		return "", err
	}
	defer os.Remove(tmp)
	if _, err := os.Stat(s.path); err == nil {
		kept = s.KeepName("restore")
		if err := s.Backup(kept, false); err != nil {
			return "", err
		}
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return "", fmt.Errorf("cannot replace %s: %w", s.path, err)
	}
	return kept, nil
}

// openExisting opens a store on a file that must already exist.
func openExisting(path string) (*Store, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s does not exist", path)
	}
	return Open(path)
}

func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return err
	}
	d, err := os.Open(filepath.Dir(path))
	if err != nil {
		return nil
	}
	defer d.Close()
	d.Sync()
	return nil
}

// KeepName returns an unused name beside the database for a copy kept
// before a risky change: FILE.before-WHAT-YYYYMMDD-HHMMSS, with -2, -3 …
// added when two happen within one second.
func (s *Store) KeepName(what string) string {
	base := fmt.Sprintf("%s.before-%s-%s", s.path, what, s.now().Format("20060102-150405"))
	name := base
	for i := 2; ; i++ {
		if _, err := os.Stat(name); errors.Is(err, fs.ErrNotExist) {
			return name
		}
		name = fmt.Sprintf("%s-%d", base, i)
	}
}
