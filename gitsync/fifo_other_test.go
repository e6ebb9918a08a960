//go:build !unix

package gitsync

import "errors"

func syscallMkfifo(string) error { return errors.New("no named pipes here") }
