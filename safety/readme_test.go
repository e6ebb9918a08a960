package safety

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"coach/exchange"
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

// Every link of the README and the pages in docs/ to a file of the
// repository names a file that is there: the README once linked the export
// format to a file outside it.
func TestReadmeAndDocsLinkToFilesThatExist(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	pages = append(pages, filepath.Join("..", "README.md"))
	link := regexp.MustCompile(`\]\(([^)\s]+)\)`)
	checked := 0
	for _, page := range pages {
		text, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range link.FindAllStringSubmatch(string(text), -1) {
			target, _, _ := strings.Cut(m[1], "#")
			if target == "" || strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			if filepath.IsAbs(target) {
				t.Errorf("%s links to %s, outside the repository", page, m[1])
				continue
			}
			path := filepath.Join(filepath.Dir(page), target)
			if rel, err := filepath.Rel("..", path); err != nil || strings.HasPrefix(rel, "..") {
				t.Errorf("%s links to %s, outside the repository", page, m[1])
			} else if _, err := os.Stat(path); err != nil {
				t.Errorf("%s links to %s: %v", page, m[1], err)
			}
			checked++
		}
	}
	if checked < 10 {
		t.Errorf("checked %d links, want the README's screenshots and docs at least", checked)
	}
}

// docs/export-format.md documents the version coach writes and says which
// versions import reads.
func TestExportFormatPageIsOfTheVersionWritten(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "docs", "export-format.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(text)
	for _, want := range []string{
		fmt.Sprintf("# coach's export format, version %d\n", exchange.Version),
		fmt.Sprintf(`"version": %d,`, exchange.Version),
		fmt.Sprintf("Import reads versions %d to %d", exchange.MinVersion, exchange.Version),
		fmt.Sprintf("## What versions %d to %d lack", exchange.MinVersion, exchange.Version-1),
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("docs/export-format.md lacks %q", want)
		}
	}
}
