//go:build unix

package gitsync

import (
	"errors"
	"os"
	"syscall"
)

// ErrBusy is a sync while another one runs on the same database.
var ErrBusy = errors.New("another sync of this journal is running; try again in a moment")

// lock takes the lock file at path for this process; the kernel lets go
// of it when the process ends, however it ends.
func lock(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, ErrBusy
		}
		return nil, err
	}
	return func() { f.Close() }, nil
}
