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
}
