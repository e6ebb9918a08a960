package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"

	"coach/safefile"
)

// Backup writes a consistent copy of the database to dst through a read
// transaction, so other processes keep working meanwhile. It refuses to
// replace anything at dst unless force is set (see safefile.Plan). The
// copy appears under its name only once complete. A device or a pipe gets
// the copy streamed into it only after the transaction has ended, so a
// slow reader or none keeps no lock on the database.
func (s *Store) Backup(dst string, force bool) error {
	out, err := safefile.Plan(dst, force)
	if err == nil && out.Stream {
		err = s.streamCopy(out)
	} else if err == nil {
		err = out.Write(func(f *os.File) error { return s.view(writeTo(f)) })
	}
	var exists *safefile.ExistsError
	switch {
	case errors.As(err, &exists):
		return err
	case err != nil:
		return fmt.Errorf("backup to %s failed: %w", dst, err)
	}
	return nil
}

// streamCopy copies the database to a private file beside it under the
// lock, and then, with the lock released, into out.
func (s *Store) streamCopy(out safefile.Output) error {
	f, err := safefile.Temp(s.path)
	if err != nil {
		return err
	}
	defer f.Close()
	os.Remove(f.Name()) // the open file is enough: a kill leaves nothing
	if err := s.view(writeTo(f)); err != nil {
		return err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	return out.Write(func(w *os.File) error {
		_, err := io.Copy(w, f)
		return err
	})
}

// writeTo copies the database as the transaction sees it into f.
func writeTo(f *os.File) func(*bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(f)
		return err
	}
}

// Restore replaces the database with the backup at src after checking it.
// The current database is kept beside it as FILE.before-restore-TIMESTAMP;
// that name is returned. It works on a Store from At, whose file may be
// damaged, foreign or missing: restore is the way out of those. When the
// path is a link, the file it names is replaced and the link stays; a
// path that is a directory, a device or a pipe is refused.
func (s *Store) Restore(src string) (kept string, err error) {
	real, err := resolve(s.path)
	if err != nil {
		return "", err
	}
	if info, err := os.Stat(real); err == nil && !info.Mode().IsRegular() {
		return "", fmt.Errorf("%s is not a regular file (%v): restore onto a database file", s.path, info.Mode().Type())
	}
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
	if err := os.MkdirAll(filepath.Dir(real), 0o700); err != nil {
		return "", fmt.Errorf("cannot create the data directory: %w", err)
	}
	safefile.SweepFor(real)
	f, err := safefile.Temp(real)
	if err != nil {
		return "", fmt.Errorf("cannot restore to %s: %w", real, err)
	}
	defer os.Remove(f.Name())
	err = b.view(writeTo(f))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("cannot restore from %s: %w", src, err)
	}
	target := At(real, WithClock(s.now), WithWallClock(s.wall))
	if _, err := os.Lstat(real); err == nil {
		if kept, err = target.keepFile("restore"); err != nil {
			return "", err
		}
	}
	if err := safefile.Place(f.Name(), real, true); err != nil {
		return "", fmt.Errorf("cannot replace %s: %w", real, err)
	}
	return kept, nil
}

// keepFile copies the database beside it before it is replaced: through a
// read transaction when it is a sound coach database, byte for byte when
// it is a file coach cannot open (damaged, foreign, newer), so nothing of
// it is lost.
func (s *Store) keepFile(what string) (string, error) {
	write := func(f *os.File) error { return copyFile(s.path, f) }
	if _, err := Open(s.path); err == nil || errors.Is(err, ErrBusy) {
		write = func(f *os.File) error { return s.view(writeTo(f)) }
	}
	return s.keepCopy(what, write)
}

// keepCopy writes a copy kept before a risky change through write and
// gives it an unused name beside the database:
// FILE.before-WHAT-YYYYMMDD-HHMMSS (see keepCopyAs). It returns the name.
func (s *Store) keepCopy(what string, write func(*os.File) error) (string, error) {
	return s.keepCopyAs(fmt.Sprintf("%s.before-%s-%s", s.path, what, s.wall().Format("20060102-150405")), write)
}

// keepCopyAs writes a copy through write and names it base, or base-2,
// base-3 … when that is taken: never a name that anything (a link, a
// pipe, an older copy) already has, which it would follow or replace.
func (s *Store) keepCopyAs(base string, write func(*os.File) error) (string, error) {
	f, err := safefile.Temp(s.path)
	if err == nil {
		defer os.Remove(f.Name())
		err = write(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	name := base
	for i := 2; err == nil; i++ {
		err = safefile.Place(f.Name(), name, false)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
		name, err = fmt.Sprintf("%s-%d", base, i), nil
	}
	if err != nil {
		return "", fmt.Errorf("cannot keep %s as %s: %w", s.path, name, err)
	}
	return name, nil
}

func copyFile(src string, out io.Writer) error {
	if err := regularFile(src); err != nil {
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	_, err = io.Copy(out, in)
	return err
}

// openExisting opens a store on a file that must already exist.
func openExisting(path string) (*Store, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s does not exist", path)
	}
	return Open(path)
}
