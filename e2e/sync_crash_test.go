package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// machine is one device of a synced journal run through the real binary:
// its own data and config directories, as two computers would have.
type machine struct {
	t   *testing.T
	dir string
}

func (m machine) env() []string {
	return []string{
		"XDG_DATA_HOME=" + filepath.Join(m.dir, "data"),
		"XDG_CONFIG_HOME=" + filepath.Join(m.dir, "config"),
		"HOME=" + m.dir,
		"COACH_TODAY=" + today.String(),
		"PATH=" + os.Getenv("PATH"),
		"LANG=C",
	}
}

func (m machine) command(args ...string) *exec.Cmd {
	cmd := exec.Command(bin, args...)
	cmd.Env = m.env()
	return cmd
}

// run runs a command to its end; it must succeed.
func (m machine) run(args ...string) string {
	m.t.Helper()
	out, err := m.command(args...).CombinedOutput()
	if err != nil {
		m.t.Fatalf("%s: coach %s: %v\n%s", m.dir, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// goalTitles are the titles of the machine's goals, sorted.
func (m machine) goalTitles() []string {
	m.t.Helper()
	var rows []struct{ Title string }
	if err := json.Unmarshal([]byte(m.run("goals", "--json", "--all")), &rows); err != nil {
		m.t.Fatal(err)
	}
	var titles []string
	for _, r := range rows {
		titles = append(titles, r.Title)
	}
	sort.Strings(titles)
	return titles
}

func needGit(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	remote := filepath.Join(t.TempDir(), "journal.git")
	if out, err := exec.Command("git", "init", "-q", "--bare", remote).CombinedOutput(); err != nil {
		t.Fatalf("git init --bare: %v %s", err, out)
	}
	return remote
}

// TestSyncSurvivesKillNine kills coach sync with SIGKILL at random moments
// of its run, until 50 were killed mid-way, with a new goal written
// before each run: nothing
// written is lost, the repository stays usable, and the next sync
// completes and brings every goal to the other machine.
func TestSyncSurvivesKillNine(t *testing.T) {
	remote := needGit(t)
	a, b := machine{t, t.TempDir()}, machine{t, t.TempDir()}
	a.run("sync", "init", remote)
	b.run("sync", "init", remote)

	// How long a sync takes here, to spread the kills over it.
	a.run("goal", "add", "warm-up", "--competency", "depth")
	start := time.Now()
	a.run("sync")
	took := time.Since(start)
	rng := rand.New(rand.NewPCG(7, 7))
	var want []string
	want = append(want, "warm-up")
	killed := 0
	for i := 0; killed < 50 && i < 150; i++ {
		title := fmt.Sprintf("goal %02d", i)
		a.run("goal", "add", title, "--competency", "learning")
		want = append(want, title)
		m := a
		if i%5 == 4 { // now and then the other machine is the one killed
			m = b
		}
		cmd := m.command("sync")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(took))))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			killed++
		}
	}
	t.Logf("a sync takes %v; %d runs were killed before they ended", took, killed)
	if killed < 50 {
		t.Fatalf("only %d syncs were killed mid-way: the test did not test", killed)
	}

	a.run("sync")
	b.run("sync")
	a.run("sync")
	sort.Strings(want)
	if got := a.goalTitles(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("machine A has %d goals, want %d:\n%v", len(got), len(want), got)
	}
	if got := b.goalTitles(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("machine B has %d goals, want %d:\n%v", len(got), len(want), got)
	}
	for _, m := range []machine{a, b} {
		if out := m.run("check"); !strings.Contains(out, "is fine") {
			t.Errorf("coach check after the kills: %s", out)
		}
		if out := m.run("sync"); !strings.Contains(out, "0 changes sent, 0 records received") {
			t.Errorf("a sync after all agree: %s", out)
		}
	}
}
