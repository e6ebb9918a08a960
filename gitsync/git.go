package gitsync

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// ErrNoGit is a machine without a git command.
var ErrNoGit = errors.New("git is not installed (or not on PATH): sync runs your git command")

// git runs git commands in one repository.
type git struct {
	dir      string
	detached bool          // no terminal: ssh must not ask for a passphrase there
	timeout  time.Duration // of a command that talks to the remote
}

// gitError is a failed git command, told in one line: git's last words.
type gitError struct {
	args   []string
	stderr string
	err    error
}

func (e *gitError) Error() string {
	return fmt.Sprintf("git %s: %s", e.args[0], lastLine(e.stderr, e.err))
}

// lastLine is the line of git's output that says what went wrong.
func lastLine(stderr string, err error) string {
	var best string
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "", strings.HasPrefix(l, "hint:"), strings.HasPrefix(l, "To "):
		case strings.HasPrefix(l, "fatal:"), strings.HasPrefix(l, "error:"), strings.HasPrefix(l, "ERROR:"):
			if best == "" || !strings.HasPrefix(best, "fatal:") {
				best = l
			}
		case best == "":
			best = l
		}
	}
	if best == "" && err != nil {
		best = err.Error()
	}
	best = strings.TrimPrefix(strings.TrimPrefix(best, "fatal: "), "error: ")
	if len(best) > 200 {
		best = best[:200] + "…"
	}
	return best
}

// run runs git with args in the repository and returns its output.
func (g *git) run(ctx context.Context, args ...string) (string, error) {
	return g.runIn(ctx, nil, args...)
}

func (g *git) runIn(ctx context.Context, stdin []byte, args ...string) (string, error) {
	full := append([]string{
		"-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null",
		"-c", "user.name=coach", "-c", "user.email=coach@localhost",
		"-c", "init.defaultBranch=main", "-c", "gc.auto=0",
	}, args...)
	cmd := exec.CommandContext(ctx, "git", full...)
	cmd.Dir = g.dir
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "LC_ALL=C", "GIT_OPTIONAL_LOCKS=0")
	if g.detached {
		detach(cmd)
	}
	// A git killed on cancel may leave children (ssh) holding its pipes:
	// stop waiting for them soon after.
	cmd.WaitDelay = 2 * time.Second
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := runChild(cmd)
	if errors.Is(err, exec.ErrNotFound) {
		return "", ErrNoGit
	}
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return "", &gitError{args: args, stderr: "timed out", err: ctx.Err()}
	case ctx.Err() != nil:
		return "", ctx.Err() // stopped by the caller: not git's failure
	}
	if err != nil {
		return out.String(), &gitError{args: args, stderr: errOut.String(), err: err}
	}
	return strings.TrimSpace(out.String()), nil
}

// remote runs a command that talks to the remote, within the timeout.
func (g *git) remote(ctx context.Context, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, g.timeout)
	defer cancel()
	return g.run(ctx, args...)
}

// Installed reports whether git can be run.
func Installed() error {
	if _, err := exec.LookPath("git"); err != nil {
		return ErrNoGit
	}
	return nil
}
