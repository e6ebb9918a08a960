//go:build linux

package gitsync

import (
	"os/exec"
	"runtime"
	"syscall"
)

// runChild runs cmd so that it dies with coach: a sync killed mid-way
// (kill -9, a closed terminal) must not leave a git behind that still
// writes into the clone while the next sync works there. The kernel sends
// the signal when the thread that started the child ends, so the thread
// is held for as long as the child runs.
func runChild(cmd *exec.Cmd) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
	return cmd.Run()
}
