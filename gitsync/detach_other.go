//go:build !unix

package gitsync

import "os/exec"

func detach(*exec.Cmd) {}
