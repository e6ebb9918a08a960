package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"coach/sanitize"
)

// usageError marks a mistake in how the command was called (exit status 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// exitCode maps an error to the exit status: 0 ok, 2 usage, 1 anything
// else. Every complaint about the command line is a usageError: ours are
// made so, and cobra's flag errors are wrapped by flagError.
func exitCode(err error) int {
	var u usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &u):
		return 2
	}
	return 1
}

// flagError is the root's flag error function: a flag cobra cannot parse
// (unknown, missing its value, a value of the wrong type) is a usage error.
func flagError(_ *cobra.Command, err error) error { return usageError{err} }

// maxArgs is cobra.MaximumNArgs with a usage error that names what the
// command takes.
func maxArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usagef("%s takes at most %s (got %d arguments); see coach %s --help", cmd.Name(), what, len(args), cmd.Name())
		}
		return nil
	}
}

// oneLine keeps an error message to a single line.
func oneLine(err error) string {
	return sanitize.Clip(strings.TrimSpace(err.Error()), 500)
}

// exactArgs is cobra.ExactArgs with a message that names what is expected.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s needs %s (got %d argument(s)); see coach %s --help", cmd.Name(), what, len(args), cmd.Name())
		}
		return nil
	}
}

// parseID reads a record id from the command line.
func parseID(s string) (uint64, error) {
	id, err := strconv.ParseUint(strings.TrimPrefix(s, "#"), 10, 64)
	if err != nil || id == 0 {
		return 0, usagef("invalid id %q: want a positive number", s)
	}
	return id, nil
}

// plural writes "1 task", "2 tasks".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// isNone reports the word that clears a setting (--goal, --target,
// --measure, --focus): none, or 无 as the Chinese forms show it.
func isNone(s string) bool {
	v := strings.TrimSpace(s)
	return strings.EqualFold(v, "none") || v == "无"
}
