package cli

import "coach/sanitize"

// clippedError is an error's message cut short for the error line (it
// may quote a file's text), still wrapping the error: the line is said in
// the interface's language from what it wraps, an input rule included.
type clippedError struct {
	msg string
	err error
}

func (e clippedError) Error() string { return e.msg }
func (e clippedError) Unwrap() error { return e.err }

// clipped is err with its message kept to n characters and safe to print.
func clipped(err error, n int) error {
	return clippedError{msg: sanitize.Clip(err.Error(), n), err: err}
}
