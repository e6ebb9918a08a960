package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"coach/cli"
)

// fullWriter fails every write, as a full disk does.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// TestLostOutputFails runs every kind of command with stdout on a full
// disk: each says so in one line and exits 1, rather than 0 with nothing
// written.
func TestLostOutputFails(t *testing.T) {
	env := newEnv(t)
	seed(t, env)
	for _, args := range [][]string{
		{"today"}, {"today", "--json"}, {"stats"}, {"stats", "--json"}, {"goals"}, {"goals", "--json"},
		{"guide"}, {"guide", "method-learning"}, {"faq"}, {"faq", "1"}, {"version"}, {"--help"}, {"today", "--help"},
		{"export"}, {"export", "--format", "markdown"}, {"export", "--format", "csv"}, {"check"},
		{"add", "written all the same"}, {"done", "1"},
		{"tasks"}, {"tasks", "--json"}, {"log"}, {"log", "--json"}, {"review"}, {"review", "--json"},
		{"status"}, {"status", "--json"}, {"edit", "1", "--minutes", "10"}, {"rm", "2"},
	} {
		var errb bytes.Buffer
		io := cli.IO{
			Stdin: strings.NewReader(""), Stdout: fullWriter{}, Stderr: &errb,
			Getenv: func(k string) string { return env.vars[k] },
			Now:    func() time.Time { return env.now },
		}
		code := cli.Main(context.Background(), args, io, nil)
		msg := errb.String()
		if code != 1 || strings.Count(msg, "\n") != 1 || !strings.Contains(msg, "no space left on device") {
			t.Errorf("coach %s with a full stdout: exit %d, stderr %q; want 1 and one line", strings.Join(args, " "), code, msg)
		}
	}
}

// TestPathsArePrintedSafely gives coach file names that hold escape
// sequences and invisible characters: the lines that confirm a backup, a
// restore, a check or a kept copy show them neutralised, like titles.
func TestPathsArePrintedSafely(t *testing.T) {
	env := newEnv(t)
	dir := filepath.Join(env.dir, "\x1b]0;pwned\x07\u200b")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	env.db = filepath.Join(dir, "coach\x1b[2J.db")
	env.vars["COACH_DB"] = env.db
	seed(t, env)
	backup := filepath.Join(dir, "copy\x1b[31m\ufeff\n.db")
	export := filepath.Join(dir, "all\x1b[1m.json")
	must(t, env, "reflect", "-m", "first", "--rating", "3")
	must(t, env, "export", "-o", export)
	for _, args := range [][]string{
		{"backup", backup}, {"check"}, {"restore", backup}, {"import", "--replace", export},
		{"reflect", "-m", "second", "--replace"},
	} {
		out, errOut, code := run(t, env, args...)
		if code != 0 {
			t.Fatalf("coach %q: exit %d: %s", args, code, errOut)
		}
		assertSafeOutput(t, "stdout of coach "+args[0], out)
		assertSafeOutput(t, "stderr of coach "+args[0], errOut)
		if !strings.Contains(out+errOut, "␛") {
			t.Errorf("coach %q does not name the file: %q %q", args, out, errOut)
		}
	}
}
