package safefile

import (
	"errors"
	"os"
	"syscall"
)

// Running reports whether a process with this id exists; true when that
// cannot be known.
func Running(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || !errors.Is(err, os.ErrProcessDone)
}
