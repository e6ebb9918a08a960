// Command coach is a terminal coach for a programmer's long-term growth.
package main

import (
	"context"
	"os"
	"time"

	"coach/cli"
	"coach/tui"
)

func main() {
	io := cli.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Now: time.Now}
	os.Exit(cli.Main(context.Background(), os.Args[1:], io, tui.Run))
}
