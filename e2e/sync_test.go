package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSyncInTheApp is two machines (two data and config directories) and a
// bare git repository as their remote: a task added on one shows in the
// other's open app after S, and the top bar says it synced.
func TestSyncInTheApp(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	root := t.TempDir()
	bare := filepath.Join(root, "journal.git")
	if out, err := exec.Command("git", "init", "--bare", "-q", bare).CombinedOutput(); err != nil {
		t.Fatalf("git init --bare: %v\n%s", err, out)
	}
	devA, devB := deviceEnv(t, root, "a"), deviceEnv(t, root, "b")

	runCLIEnv(t, devA, "add", "Write the weekly plan", "--repeat", "daily")
	runCLIEnv(t, devA, "sync", "init", bare)
	runCLIEnv(t, devB, "sync", "init", bare)

	opened := time.Now()
	a := startAppEnv(t, devA)
	a.waitText(t, 10*time.Second, "[ ] Write the weekly plan")
	// The sync after the first frame ends, and the app shows it has.
	waitSynced(t, devA, opened)
	a.waitFor(t, 10*time.Second, "the top bar to say synced", func(screen string) bool {
		bar, _, _ := strings.Cut(screen, "\n")
		return strings.Contains(bar, "synced just now") && !strings.Contains(bar, "syncing")
	})

	runCLIEnv(t, devB, "add", "Read the sync doc", "--repeat", "daily")
	out := runCLIEnv(t, devB, "sync")
	if !strings.Contains(out, "1 change sent") {
		t.Fatalf("coach sync on the second machine said %q, want one change sent", out)
	}
	time.Sleep(1500 * time.Millisecond) // the app's poll of its own file finds nothing new

	if strings.Contains(a.term.text(), "Read the sync doc") {
		t.Fatal("the task showed before S")
	}
	pressed := time.Now()
	a.press(t, "S")
	seen := a.waitText(t, 10*time.Second, "[ ] Read the sync doc", "Synced: 0 sent, 1 received")
	t.Logf("the task from the other machine showed %v after S", seen.Round(time.Millisecond))
	a.waitFor(t, 5*time.Second, "the top bar to say synced", func(screen string) bool {
		bar, _, _ := strings.Cut(screen, "\n")
		return strings.Contains(bar, "synced just now")
	})
	if took := time.Since(pressed); took > 10*time.Second {
		t.Errorf("S took %v", took)
	}

	a.press(t, "q")
	a.waitExit(t, 10*time.Second)
}

// deviceEnv is the environment of one machine: its own data and config
// directories under root/name, and a PATH on which git is found.
func deviceEnv(t *testing.T, root, name string) []string {
	t.Helper()
	home := filepath.Join(root, name)
	if err := os.MkdirAll(home, 0o700); err != nil {
		t.Fatal(err)
	}
	return []string{
		"XDG_DATA_HOME=" + filepath.Join(home, "data"),
		"XDG_CONFIG_HOME=" + filepath.Join(home, "config"),
		"HOME=" + home,
		"PATH=" + os.Getenv("PATH"),
		"COACH_TODAY=" + today.String(),
		"TERM=xterm-256color",
		"LANG=C",
		"GIT_CONFIG_NOSYSTEM=1",
	}
}

// waitSynced waits until coach sync status says a sync ended after since.
func waitSynced(t *testing.T, env []string, since time.Time) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var st struct {
			LastAt    time.Time `json:"last_sync"`
			LastError string    `json:"last_error"`
		}
		out := runCLIEnv(t, env, "sync", "status", "--json")
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatalf("coach sync status --json: %v\n%s", err, out)
		}
		if st.LastAt.After(since) {
			if st.LastError != "" {
				t.Fatalf("the app's sync failed: %s", st.LastError)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no sync ended since the app started (last: %v)", st.LastAt)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
