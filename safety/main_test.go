// Package safety proves coach's data-safety promises against the real
// program: a binary built once per run, started as a user would start it.
//
//   - crash_test.go: SIGKILL at random moments loses no reported write and
//     leaves a file that passes coach check.
//   - tui_test.go: the full-screen app in a pseudo-terminal next to a stream
//     of commands, and two apps on one file.
//   - damaged_test.go: truncated, random, empty, foreign and newer files are
//     refused in one line and left byte for byte as they were.
//   - storage_test.go: read-only places, a full disk, a path through a file.
//   - privacy_test.go: file modes, and no network.
package safety

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"coach/domain"
	"coach/exchange"
)

// coachBin is the program under test, built by TestMain.
var coachBin string

// The test binary runs itself again as a helper for what needs a process
// of its own (see inMountNamespace), with these variables set.
const (
	helperBin      = "COACH_SAFETY_BIN"      // the program, already built
	helperScenario = "COACH_SAFETY_SCENARIO" // which scenario to run
)

func TestMain(m *testing.M) {
	if bin := os.Getenv(helperBin); bin != "" {
		// this is the test binary run again as a helper (see
		// inMountNamespace): the program is built already
		coachBin = bin
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "coach-safety-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Chmod(dir, 0o755) // TestReadOnlyDataDirectory may run it as nobody
	coachBin = filepath.Join(dir, "coach")
	build := exec.Command("go", "build", "-o", coachBin, ".")
	build.Dir = ".." // the module root
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building coach: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// user is one person's environment: a home directory, a database and the
// date the program takes as today.
type user struct {
	t     *testing.T
	home  string
	db    string
	today string // COACH_TODAY; empty for the real date
	sys   *syscall.SysProcAttr
}

func newUser(t *testing.T) *user {
	t.Helper()
	home := t.TempDir()
	return &user{t: t, home: home, db: filepath.Join(home, "data", "coach.db"), today: "2026-11-28"}
}

// env is the child's whole environment: nothing leaks in from the test's.
func (u *user) env() []string {
	env := []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + u.home,
		"XDG_DATA_HOME=" + filepath.Join(u.home, "xdg"),
		"COACH_DB=" + u.db,
		"COACH_LANG=en",
		"LANG=C.UTF-8",
		"TERM=xterm-256color",
		"NO_COLOR=1",
	}
	if u.today != "" {
		env = append(env, "COACH_TODAY="+u.today)
	}
	return env
}

// result is what one run of the program did.
type result struct {
	args           []string
	stdout, stderr string
	code           int // -1 when killed by a signal
	took           time.Duration
}

func (r result) String() string {
	return fmt.Sprintf("coach %s: exit %d\nstdout: %q\nstderr: %q", strings.Join(r.args, " "), r.code, cut(r.stdout), cut(r.stderr))
}

// cut keeps a failure message readable when a program printed pages (a
// Go crash dump).
func cut(s string) string {
	if len(s) > 400 {
		return s[:400] + fmt.Sprintf("…(%d bytes)", len(s))
	}
	return s
}

// command prepares a run with no terminal: standard input is /dev/null.
func (u *user) command(args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	cmd := exec.Command(coachBin, args...)
	cmd.Env = u.env()
	cmd.Dir = u.home
	cmd.SysProcAttr = u.sys
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	return cmd, &out, &errb
}

// run runs the program to its end. It may run on any goroutine: a failure
// to start it is a result with code -2.
func (u *user) run(args ...string) result {
	cmd, out, errb := u.command(args...)
	start := time.Now()
	err := cmd.Run()
	r := result{args: args, stdout: out.String(), stderr: errb.String(), took: time.Since(start), code: exitCode(err)}
	if r.code == -2 {
		r.stderr = err.Error()
	}
	return r
}

// exitCode is a finished command's status: -1 when a signal ended it, -2
// when it could not be run.
func exitCode(err error) int {
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.ExitCode()
	}
	return -2
}

// must runs a command that has to succeed and returns its standard output.
func (u *user) must(args ...string) string {
	u.t.Helper()
	r := u.run(args...)
	if r.code != 0 {
		u.t.Fatal(r)
	}
	return r.stdout
}

// checkFine runs coach check on db and fails the test unless it passes.
func (u *user) checkFine(db string) {
	u.t.Helper()
	r := u.run("check", "--db", db)
	if r.code != 0 || !strings.Contains(r.stdout, "is fine") {
		u.t.Fatalf("coach check after the crash: %v", r)
	}
}

// dump reads every record through coach export.
func (u *user) dump() domain.Dataset {
	u.t.Helper()
	var doc exportDoc
	if err := json.Unmarshal([]byte(u.must("export")), &doc); err != nil {
		u.t.Fatalf("reading the export: %v", err)
	}
	if doc.Format != "coach" || doc.Version != exchange.Version {
		u.t.Fatalf("export format %q version %d", doc.Format, doc.Version)
	}
	return doc.Dataset
}

// exportDoc is the export format (version 3 written, 1 and 2 also read), read
// and written here without the program's own code.
type exportDoc struct {
	Format     string    `json:"format"`
	Version    int       `json:"version"`
	ExportedAt time.Time `json:"exported_at"`
	domain.Dataset
}

// writeExport writes ds as an export file for coach import.
func writeExport(t *testing.T, path string, ds domain.Dataset) {
	t.Helper()
	// the format's lists are never null
	ds.Goals = append([]domain.Goal{}, ds.Goals...)
	ds.Tasks = append([]domain.Task{}, ds.Tasks...)
	ds.CheckIns = append([]domain.CheckIn{}, ds.CheckIns...)
	ds.Reflections = append([]domain.Reflection{}, ds.Reflections...)
	ds.Reviews = append([]domain.Review{}, ds.Reviews...)
	b, err := json.Marshal(exportDoc{Format: "coach", Version: 1, ExportedAt: time.Now().UTC(), Dataset: ds})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// fileSum is the SHA-256 of a file's bytes, "missing" when it does not exist.
func fileSum(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return "missing"
	}
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// partials lists the *.partial files (half-written copies) under dir.
func partials(t *testing.T, dir string) []string {
	t.Helper()
	var found []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".partial") {
			found = append(found, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// oneLineError checks the promise for every failure: exit status 1 and a
// single line on stderr that starts with "coach: " and holds every want.
func oneLineError(t *testing.T, r result, want ...string) {
	t.Helper()
	line := strings.TrimSuffix(r.stderr, "\n")
	switch {
	case r.code != 1:
		t.Errorf("want exit 1: %v", r)
	case line == "" || strings.Contains(line, "\n"):
		t.Errorf("want one line on stderr: %v", r)
	case !strings.HasPrefix(line, "coach: "):
		t.Errorf("stderr does not start with \"coach: \": %v", r)
	case strings.Contains(line, "\x1b"):
		t.Errorf("escape sequences on stderr: %v", r)
	}
	for _, w := range want {
		if !strings.Contains(line, w) {
			t.Errorf("stderr lacks %q: %v", w, r)
		}
	}
}
