//go:build !linux

package gitsync

import "os/exec"

func runChild(cmd *exec.Cmd) error { return cmd.Run() }
