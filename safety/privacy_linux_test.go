//go:build linux

package safety

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// everyCommand is a session that uses every command that touches the
// database or prints content.
func everyCommand(u *user) [][]string {
	export := filepath.Join(u.home, "all.json")
	backup := filepath.Join(u.home, "copy.db")
	return [][]string{
		{"version"},
		{"goal", "add", "Master Go's runtime", "--competency", "depth"},
		{"add", "Read the runtime source", "--goal", "1", "--repeat", "weekdays", "--minutes", "30"},
		{"add", "Write the design doc", "--due", "tomorrow"},
		{"done", "1", "--minutes", "35", "--note", "GC pacer"},
		{"undone", "1"},
		{"done", "1", "--date", "yesterday"},
		{"reflect", "--rating", "4", "-m", "how the scheduler steals work", "--tag", "go"},
		{"today"}, {"today", "--json"}, {"goals"}, {"goals", "--json"}, {"stats"}, {"stats", "--json"},
		{"export", "-o", export, "--force"},
		{"export", "--format", "markdown"}, {"export", "--format", "csv"},
		{"backup", backup, "--force"},
		{"check"},
		{"import", "--replace", export},
		{"restore", backup},
		{"guide"}, {"guide", "depth"}, {"faq"}, {"faq", "1"},
	}
}

// TestNoNetwork proves that coach opens no network connection, two ways:
// every command and the full-screen app run under strace, which must see
// no network system call at all (not even a socket); and, as root, every
// command runs in a network namespace of its own that has no network, and
// works.
func TestNoNetwork(t *testing.T) {
	strace, serr := exec.LookPath("strace")
	unshare, uerr := exec.LookPath("unshare")
	ran := false

	if serr == nil {
		ran = true
		u := newUser(t)
		trace := filepath.Join(u.home, "trace")
		for _, args := range everyCommand(u) {
			cmd, out, errb := u.command(append([]string{"-f", "-qq", "-e", "trace=%network", "-e", "signal=none", "-o", trace, coachBin}, args...)...)
			cmd.Path, cmd.Args = strace, append([]string{"strace"}, cmd.Args[1:]...)
			if err := cmd.Run(); err != nil {
				t.Fatalf("strace coach %s: %v\n%s%s", strings.Join(args, " "), err, out, errb)
			}
			if calls := traced(t, trace); calls != "" {
				t.Errorf("coach %s made network system calls:\n%s", strings.Join(args, " "), calls)
			}
		}
		// the full-screen app, through every screen
		a := startInPTY(t, u, "app under strace", 40, 120, strace, "-f", "-qq", "-e", "trace=%network", "-e", "signal=none", "-o", trace, coachBin)
		a.WaitText("Coach:", 10*time.Second)
		for _, k := range []string{"2", "3", "4", "5", "6", "1"} {
			a.Type(k)
			time.Sleep(300 * time.Millisecond)
		}
		a.Quit()
		if calls := traced(t, trace); calls != "" {
			t.Errorf("the full-screen app made network system calls:\n%s", calls)
		}
	} else {
		t.Log("strace is not installed: the system-call check is skipped")
	}

	if uerr == nil && os.Geteuid() == 0 && exec.Command(unshare, "--net", "true").Run() == nil {
		ran = true
		u := newUser(t)
		for _, args := range everyCommand(u) {
			cmd, out, errb := u.command(append([]string{"--net", coachBin}, args...)...)
			cmd.Path, cmd.Args = unshare, append([]string{"unshare"}, cmd.Args[1:]...)
			if err := cmd.Run(); err != nil {
				t.Errorf("with no network, coach %s: %v\n%s%s", strings.Join(args, " "), err, out, errb)
			}
		}
	} else {
		t.Log("no network namespace to be had (needs root and unshare(1)): that check is skipped")
	}
	if !ran {
		t.Skip("neither strace nor a network namespace is available")
	}
}

// traced returns the network system calls strace wrote, if any. One line
// is not a call: when the process exits while a thread sits in a system
// call, strace detaches and may print "PID ???( <detached ...>" for a call
// it never decoded, whatever the -e filter says; that is noise, not traffic.
func traced(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var calls []string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || undecodedDetach.MatchString(line) {
			continue
		}
		calls = append(calls, line)
	}
	return strings.Join(calls, "\n")
}

// undecodedDetach matches strace's line for a call cut short by detaching.
var undecodedDetach = regexp.MustCompile(`^(\d+ +)?\?\?\?\( *<detached \.\.\.>$`)

// TestTracedKeepsRealCalls makes sure the noise filter above cannot hide a
// real network call.
func TestTracedKeepsRealCalls(t *testing.T) {
	path := filepath.Join(t.TempDir(), "trace")
	trace := "3144 ???( <detached ...>\n3150 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3\n3151 ???(\n"
	if err := os.WriteFile(path, []byte(trace), 0o600); err != nil {
		t.Fatal(err)
	}
	want := "3150 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3\n3151 ???("
	if got := traced(t, path); got != want {
		t.Fatalf("traced = %q, want %q", got, want)
	}
	if err := os.WriteFile(path, []byte("3144 ???( <detached ...>\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := traced(t, path); got != "" {
		t.Fatalf("detach noise counted as a call: %q", got)
	}
}
