package cli

import (
	"fmt"
	"io"
	"os"

	"coach/sanitize"
)

// What a command prints goes through here. Text that comes from the user
// or the file system (titles, notes, paths) is neutralised on the way
// (sanitize.Line), so an escape sequence in a file name cannot act on the
// terminal any more than one in a title; and a failed write is remembered
// (checkedWriter), so that output lost to a full disk or a closed pipe is a
// failure, not exit status 0.

// printf prints to stdout with every string, error and Stringer argument
// made one safe line. The format itself is the program's own.
func (a *app) printf(format string, args ...any) {
	fmt.Fprintf(a.Stdout, format, safeArgs(args)...)
}

// eprintf is printf to stderr, for lines beside the output (what was kept).
func (a *app) eprintf(format string, args ...any) {
	fmt.Fprintf(a.Stderr, format, safeArgs(args)...)
}

// printBlock prints text that may hold several lines, neutralised but for
// its line breaks.
func (a *app) printBlock(text string) {
	io.WriteString(a.Stdout, sanitize.Block(text)+"\n")
}

// writeRendered prints output that the program made whole, escape codes
// and all: glamour's rendering of the guide.
func (a *app) writeRendered(out string) {
	io.WriteString(a.Stdout, out)
}

// stdoutFile is stdout as an open file, when it is one.
func (a *app) stdoutFile() (*os.File, bool) {
	w := a.Stdout
	if c, ok := w.(*checkedWriter); ok {
		w = c.w
	}
	f, ok := w.(*os.File)
	return f, ok
}

func safeArgs(args []any) []any {
	safe := make([]any, len(args))
	for i, v := range args {
		switch v := v.(type) {
		case string:
			safe[i] = sanitize.Line(v)
		case error:
			safe[i] = sanitize.Line(v.Error())
		case fmt.Stringer:
			safe[i] = sanitize.Line(v.String())
		default:
			safe[i] = v
		}
	}
	return safe
}

// checkedWriter passes writes on to w and keeps the first error, which
// Main turns into a failure once the command is done.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = fmt.Errorf("cannot write the output: %w", err)
	}
	return n, c.err
}

// Fd is that of the terminal or file underneath, so that a check for a
// terminal sees through the wrapper; ^0, no descriptor, otherwise.
func (c *checkedWriter) Fd() uintptr {
	if f, ok := c.w.(interface{ Fd() uintptr }); ok {
		return f.Fd()
	}
	return ^uintptr(0)
}
