package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// Output is where a write to a path the user named goes, decided by
// Plan.
type Output struct {
	// Path is the file written: the path itself, or the file a link
	// there names.
	Path string
	// Stream is set when Path is a device, a pipe or a socket: it is
	// written into as it is, since a file renamed over it would replace
	// it. Such a write may wait for a reader as long as it takes.
	// (Also a regular file that only the system can find behind a link,
	// which is then overwritten in place.)
	Stream  bool
	replace bool
}

// Plan decides how to write path. Nothing there: a new file. Something
// there, a dangling link included, is refused unless force. With force a
// link is followed to the file it names, which is replaced; a dangling
// link is itself replaced (the file it names is never made); a device or
// a pipe is written into; a directory is refused.
func Plan(path string, force bool) (Output, error) {
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return Output{Path: path}, nil
	} else if err != nil {
		return Output{}, err
	}
	if !force {
		return Output{}, &ExistsError{Path: path}
	}
	// The system follows the links: /dev/stdout and /proc/self/fd/N
	// lead to a pipe or a terminal that no link text names.
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Output{Path: path, replace: true}, nil
	case err != nil:
		return Output{}, err
	case info.IsDir():
		return Output{}, fmt.Errorf("%s is a directory", path)
	case !info.Mode().IsRegular():
		return Output{Path: path, Stream: true}, nil
	}
	target, err := Resolve(path)
	if err != nil {
		return Output{}, err
	}
	if tinfo, err := os.Lstat(target); err != nil || !os.SameFile(info, tinfo) {
		// a link whose text does not name its file (a deleted file
		// behind /proc/self/fd/N): write into it where it is
		return Output{Path: path, Stream: true}, nil
	}
	return Output{Path: target, replace: true}, nil
}

// Write fills the output through write: a private temporary moved into
// place once whole, or the stream itself.
func (o Output) Write(write func(*os.File) error) error {
	if o.Stream {
		f, err := os.OpenFile(o.Path, os.O_WRONLY|os.O_TRUNC, 0)
		if err != nil {
			return bare(err)
		}
		err = write(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	}
	SweepFor(o.Path)
	f, err := Temp(o.Path)
	if err != nil {
		return err
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if pathErr, ok := err.(*fs.PathError); ok && pathErr.Path == f.Name() {
		err = pathErr.Err // name the output, not its temporary
	}
	if err == nil {
		err = Place(f.Name(), o.Path, o.replace)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// Write makes path hold what write puts in it, as Plan decides.
func Write(path string, force bool, write func(*os.File) error) error {
	o, err := Plan(path, force)
	if err != nil {
		return err
	}
	return o.Write(write)
}
