//go:build unix

package gitsync

import (
	"os/exec"
	"syscall"
)

// detach runs cmd in a session of its own, without the terminal, so that
// ssh fails at once rather than asking for a passphrase over the app.
func detach(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	// The session is a process group of its own: on cancel, stop all of
	// it (git and the ssh it started), not git alone.
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
