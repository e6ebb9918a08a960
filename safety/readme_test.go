package safety

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeCommands is every line of README.md's shell blocks that runs
// coach (after variables set for it) or makes a bare git repository, in
// order, as a reader would paste them. Blocks marked console are templates
// (a remote of the reader's own) and are not run.
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
		case inShell && (runsCoach.MatchString(line) || strings.HasPrefix(line, "git init -q --bare ")):
			lines = append(lines, line)
		}
	}
	return lines
}

var runsCoach = regexp.MustCompile(`^([A-Z_]+=\S+ )*coach `)

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
	// A line that names its data directory (the sync example's "machines")
	// must not have COACH_DB win over it.
	var ownData []string
	for _, v := range env {
		if !strings.HasPrefix(v, "COACH_DB=") {
			ownData = append(ownData, v)
		}
	}
	for _, line := range lines {
		sh := exec.Command("sh", "-c", line)
		sh.Env, sh.Dir = env, u.home
		if strings.HasPrefix(line, "XDG_DATA_HOME=") {
			sh.Env = ownData
		}
		out, err := sh.CombinedOutput()
		if err != nil {
			t.Errorf("%s\n%v: %s", line, err, out)
		}
		if strings.HasSuffix(line, "coach today") && strings.Contains(line, "/a ") && !strings.Contains(string(out), "Read the sync section") {
			t.Errorf("the sync example: machine a does not show what b added:\n%s", out)
		}
	}
}
