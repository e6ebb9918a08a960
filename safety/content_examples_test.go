package safety

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"coach/store"
)

// contentCommands is every command of a guide section or FAQ answer's code
// blocks that runs coach, in order, with its continuation lines ("\" at
// the end) joined, as a reader would type it.
func contentCommands(t *testing.T, path string) []string {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cmds []string
	inBlock, cmd := false, ""
	for _, line := range strings.Split(string(text), "\n") {
		switch {
		case strings.HasPrefix(line, "```"):
			inBlock, cmd = !inBlock, ""
			continue
		case !inBlock:
			continue
		case cmd != "":
			cmd += " " + strings.TrimSpace(line)
		case strings.HasPrefix(line, "coach "):
			cmd = line
		default:
			continue
		}
		if strings.HasSuffix(cmd, "\\") {
			cmd = strings.TrimSpace(strings.TrimSuffix(cmd, "\\"))
			continue
		}
		cmds = append(cmds, cmd)
		cmd = ""
	}
	return cmds
}

var contentDoc = regexp.MustCompile(`^(guide|faq)/(en|zh)/[^/]+\.md$`)

// Every example in the guide and the FAQ works as written, in both
// languages: typed in order on a journal that has just been created (as the
// app's first start leaves it), each command succeeds. An example that uses
// an id it never made, such as --goal 3 right after the first goal, fails.
func TestGuideAndFAQExamplesRunOnAFreshJournal(t *testing.T) {
	root := filepath.Join("..", "content")
	var docs []string
	filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if contentDoc.MatchString(filepath.ToSlash(rel)) {
			docs = append(docs, path)
		}
		return nil
	})
	total := 0
	for _, doc := range docs {
		cmds := contentCommands(t, doc)
		if len(cmds) == 0 {
			continue
		}
		total += len(cmds)
		name, _ := filepath.Rel(root, doc)
		t.Run(filepath.ToSlash(name), func(t *testing.T) {
			u := newUser(t)
			if _, err := store.Open(u.db); err != nil {
				t.Fatal(err)
			}
			lang := strings.Split(filepath.ToSlash(name), "/")[1]
			env := append(u.env(), "COACH_LANG="+lang,
				"PATH="+filepath.Dir(coachBin)+string(os.PathListSeparator)+os.Getenv("PATH"))
			for _, cmd := range cmds {
				sh := exec.Command("sh", "-c", cmd)
				sh.Env, sh.Dir = env, u.home
				if out, err := sh.CombinedOutput(); err != nil {
					t.Errorf("%s\n%v: %s", cmd, err, out)
				}
			}
		})
	}
	if total < 40 {
		t.Errorf("found %d coach commands in the guide and FAQ, want their examples", total)
	}
}

func TestContentCommands(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "x.md")
	text := "Text coach add \"not this\"\n\n```\ncoach goal add \"A\" \\\n  --competency depth\ncoach add \"B\" --goal 1   # a comment\npython3 x.py\n```\n\n```python\nx = 1\n```\n"
	if err := os.WriteFile(doc, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	got := contentCommands(t, doc)
	want := []string{`coach goal add "A" --competency depth`, `coach add "B" --goal 1   # a comment`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("contentCommands = %q, want %q", got, want)
	}
}
