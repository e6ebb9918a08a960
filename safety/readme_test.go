package safety

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// readmeCommands is every line of README.md's shell blocks that runs
// coach, in order, as a reader would paste them.
func readmeCommands(t *testing.T) []string {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	inShell := false
	for _, line := range strings.Split(string(text), "\n") {
		switch {
		case strings.HasPrefix(line, "```"):
			inShell = line == "```sh"
		case inShell && strings.HasPrefix(line, "coach "):
			lines = append(lines, line)
		}
	}
	return lines
}

// The README's examples work as written on a fresh database: a reader who
// pastes them one by one gets no error.
func TestReadmeCommandsRunOnAFreshDatabase(t *testing.T) {
	u := newUser(t)
	lines := readmeCommands(t)
	if len(lines) < 10 {
		t.Fatalf("found %d coach commands in README.md's shell blocks, want the examples of Daily use", len(lines))
	}
	// the last PATH wins: the one that finds the program under test
	env := append(u.env(), "PATH="+filepath.Dir(coachBin)+string(os.PathListSeparator)+os.Getenv("PATH"))
	for _, line := range lines {
		sh := exec.Command("sh", "-c", line)
		sh.Env, sh.Dir = env, u.home
		if out, err := sh.CombinedOutput(); err != nil {
			t.Errorf("%s\n%v: %s", line, err, out)
		}
	}
}
