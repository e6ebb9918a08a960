package store

import (
	"errors"
	"fmt"
	"io"
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
	info, err := os.Stat(dst)
	if err == nil && !force {
		return fmt.Errorf("%s already exists: choose another name or use --force", dst)
	}
	if err == nil && !info.Mode().IsRegular() {
		// a device or a pipe: write into it, as renaming a file over it
		// would replace it
		err := s.view(func(tx *bolt.Tx) error {
			f, err := os.OpenFile(dst, os.O_WRONLY, 0)
			if err != nil {
				return err
			}
			_, err = tx.WriteTo(f)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			return err
		})
		if err != nil {
			return fmt.Errorf("backup to %s failed: %w", dst, err)
		}
		return nil
	}
	err = writeAtomically(dst, func(tmp string) error {
		return s.view(func(tx *bolt.Tx) error { return tx.CopyFile(tmp, 0o600) })
	})
	if err != nil {
		return fmt.Errorf("backup to %s failed: %w", dst, err)
	}
	return nil
}

// writeAtomically makes the file name whole or not at all: write fills
// name.partial, which is synced and then renamed into place; on failure
// it is removed. A run killed meanwhile leaves only the .partial.
func writeAtomically(name string, write func(tmp string) error) error {
	tmp := name + ".partial"
	err := write(tmp)
	if err == nil {
		err = syncFile(tmp)
	}
	if err == nil {
		err = os.Rename(tmp, name)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// Restore replaces the database with the backup at src after checking it.
// The current database is kept beside it as FILE.before-restore-TIMESTAMP;
// that name is returned. It works on a Store from At, whose file may be
// damaged, foreign or missing: restore is the way out of those.
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
	if err := os.MkdirAll(filepath.Dir(s.path), 0o700); err != nil {
		return "", fmt.Errorf("cannot create the data directory: %w", err)
	}
	tmp := s.path + ".restoring"
	if err := b.Backup(tmp, true); err != nil {
		return "", err
	}
	defer os.Remove(tmp)
	if _, err := os.Stat(s.path); err == nil {
		kept = s.KeepName("restore")
		if err := s.keep(kept); err != nil {
			return "", err
		}
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return "", fmt.Errorf("cannot replace %s: %w", s.path, err)
	}
	return kept, nil
}

// keep copies the database to name before it is replaced: through a read
// transaction when it is a sound coach database, byte for byte when it is a
// file coach cannot open (damaged, foreign, newer), so nothing of it is lost.
func (s *Store) keep(name string) error {
	if _, err := Open(s.path, WithClock(s.now)); err == nil || errors.Is(err, ErrBusy) {
		return s.Backup(name, false)
	}
	err := writeAtomically(name, func(tmp string) error { return copyFile(s.path, tmp) })
	if err != nil {
		return fmt.Errorf("cannot keep %s as %s: %w", s.path, name, err)
	}
	return nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
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
