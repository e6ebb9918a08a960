// Package safefile makes the files coach writes outside the database
// (exports, backups, daily copies, copies kept before a risky change)
// whole or not at all, private, and never through a link.
//
// A file is first written under a fresh name of its own beside its final
// name (NAME.PID-RANDOM.partial, made with O_EXCL, mode 0600), synced, and
// then moved into place: linked when nothing may be replaced, so that a
// file that appeared meanwhile is never overwritten, renamed when it may.
// A run killed meanwhile leaves only its temporary, which the next write
// of that name removes once its process is gone.
package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ExistsError is a refusal to replace what is already at Path.
type ExistsError struct{ Path string }

func (e *ExistsError) Error() string {
	return fmt.Sprintf("%s already exists: choose another name or use --force", e.Path)
}

// Is makes errors.Is(err, fs.ErrExist) hold.
func (e *ExistsError) Is(target error) bool { return target == fs.ErrExist }

const suffix = ".partial"

// Temp creates an empty private file beside path under a name no other
// file has, without following any link. An error names no file: the
// caller names path.
func Temp(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, base+"."+strconv.Itoa(os.Getpid())+"-*"+suffix)
	return f, bare(err)
}

// bare strips the temporary's name from an error about it.
func bare(err error) error {
	var pathErr *fs.PathError
	var linkErr *os.LinkError
	switch {
	case errors.As(err, &pathErr):
		return pathErr.Err
	case errors.As(err, &linkErr):
		return linkErr.Err
	}
	return err
}

// tempOf returns the final name a temporary was made for and the process
// that made it; ok is false for any other name.
func tempOf(name string) (final string, pid int, ok bool) {
	rest, ok := strings.CutSuffix(name, suffix)
	if !ok {
		return "", 0, false
	}
	dot := strings.LastIndexByte(rest, '.')
	if dot <= 0 {
		return "", 0, false
	}
	p, r, ok := strings.Cut(rest[dot+1:], "-")
	pid, err := strconv.Atoi(p)
	if !ok || err != nil || pid <= 0 || r == "" || strings.Trim(r, "0123456789") != "" {
		return "", 0, false
	}
	return rest[:dot], pid, true
}

// Sweep removes from dir the temporaries whose final name satisfies want
// and whose process no longer runs: what killed runs left. A temporary of
// a running process, this one included, stays.
func Sweep(dir string, want func(final string) bool) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		final, pid, ok := tempOf(e.Name())
		if !ok || !e.Type().IsRegular() || !want(final) || pid == os.Getpid() || Running(pid) {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// SweepFor removes the temporaries that killed runs left for path.
func SweepFor(path string) {
	base := filepath.Base(path)
	Sweep(filepath.Dir(path), func(final string) bool { return final == base })
}

// Place moves the finished temporary tmp to path, after syncing it. Unless
// replace is set, it never replaces anything at path, a dangling link
// included: the answer is then an *ExistsError. On success tmp is gone
// and the directory is synced; on failure the caller removes tmp. An
// error names no file.
func Place(tmp, path string, replace bool) error {
	return bare(place(tmp, path, replace))
}

func place(tmp, path string, replace bool) error {
	if err := syncFile(tmp); err != nil {
		return err
	}
	if replace {
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
		syncDir(path)
		return nil
	}
	err := os.Link(tmp, path)
	if errors.Is(err, fs.ErrExist) {
		return &ExistsError{Path: path}
	}
	if err != nil {
		// a file system without hard links: rename, if nothing is
		// there now
		if _, lerr := os.Lstat(path); lerr == nil {
			return &ExistsError{Path: path}
		}
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
	}
	os.Remove(tmp)
	syncDir(path)
	return nil
}

// Resolve follows the links that path itself is, however many, and
// returns the path they lead to, which may not exist. The directories on
// the way keep their spelling.
func Resolve(path string) (string, error) {
	for range 40 {
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		to, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(path), to)
		}
		path = to
	}
	return "", fmt.Errorf("%s: too many links", path)
}

// syncFile makes the file's bytes durable.
func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// syncDir makes a new name in path's directory durable, where the system
// allows it.
func syncDir(path string) {
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		d.Sync()
		d.Close()
	}
}
