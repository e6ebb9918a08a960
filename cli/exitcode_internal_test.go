package cli

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

// commandPaths lists every command of the tree as its words after coach.
func commandPaths(c *cobra.Command, prefix []string) [][]string {
	var out [][]string
	for _, sub := range c.Commands() {
		if sub.Hidden || sub.Name() == "help" || sub.Name() == "completion" {
			continue
		}
		p := append(append([]string{}, prefix...), sub.Name())
		out = append(out, p)
		out = append(out, commandPaths(sub, p)...)
	}
	return out
}

// Every complaint about the command line exits 2, whatever command it is
// made to, and whatever words the message holds: the status comes from the
// error's type, never from its text.
func TestUsageErrorsExit2EverywhereByType(t *testing.T) {
	dir := t.TempDir()
	vars := map[string]string{"COACH_DB": filepath.Join(dir, "c.db"), "COACH_TODAY": "2026-11-28", "HOME": dir}
	runArgs := func(args ...string) (int, string) {
		var out, errb bytes.Buffer
		io := IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
			Getenv: func(k string) string { return vars[k] }, Now: func() time.Time { return time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC) }}
		return Main(context.Background(), args, io, func(context.Context, TUIOptions) error { return nil }), errb.String()
	}
	paths := commandPaths(newRoot(&app{}, nil), nil)
	if len(paths) < 20 {
		t.Fatalf("found only %d commands: %v", len(paths), paths)
	}
	for _, p := range paths {
		for _, bad := range [][]string{{"--no-such-flag"}, {"-Z"}, {"--db"}} {
			args := append(append([]string{}, p...), bad...)
			if code, errOut := runArgs(args...); code != 2 || strings.Count(errOut, "\n") != 1 {
				t.Errorf("coach %s: exit %d, stderr %q; want 2 and one line", strings.Join(args, " "), code, errOut)
			}
		}
		// Too many arguments for any command.
		args := append(append([]string{}, p...), strings.Split(strings.Repeat("x ", 6), " ")[:6]...)
		if code, errOut := runArgs(args...); code != 2 {
			t.Errorf("coach %s: exit %d, stderr %q; want 2", strings.Join(args, " "), code, errOut)
		}
	}
	// A failure whose text starts like cobra's complaints is still a
	// failure, not a usage error.
	for _, msg := range []string{"unknown command in the note", "invalid argument: disk", "accepts nothing"} {
		if got := exitCode(errors.New(msg)); got != 1 {
			t.Errorf("exitCode(%q) = %d, want 1", msg, got)
		}
	}
	if got := exitCode(usagef("x")); got != 2 {
		t.Errorf("a usage error exits %d", got)
	}
}
