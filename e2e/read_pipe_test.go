package e2e

// coach guide and coach faq into a pipe: every page wrapped to COLUMNS
// (80 when unset), so no line runs on for a whole paragraph as the
// markdown's did; --raw prints the stored file itself.

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// runPiped runs the binary with stdout into a pipe and a bare
// environment plus env; it returns stdout.
func runPiped(t *testing.T, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append([]string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}, env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("coach %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// storedPages lists the ids of the stored guide sections and FAQ entries
// of a language, with their files.
func storedPages(t *testing.T, kind, lang string) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "content", kind, lang, "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no %s files for %s: %v", kind, lang, err)
	}
	pages := map[string]string{}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".md")
		_, id, _ := strings.Cut(name, "-")
		pages[id] = f
	}
	return pages
}

func TestReadIntoAPipeWrapsToColumns(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		for _, kind := range []string{"guide", "faq"} {
			for id := range storedPages(t, kind, lang) {
				for _, columns := range []string{"", "60"} {
					env := []string{"COACH_LANG=" + lang}
					limit := 80
					if columns != "" {
						env = append(env, "COLUMNS="+columns)
						limit, _ = strconv.Atoi(columns)
					}
					out := runPiped(t, env, kind, id)
					if strings.Contains(out, "\x1b") {
						t.Errorf("%s %s %s: escape codes in a pipe", lang, kind, id)
					}
					if len(strings.Fields(out)) < 20 {
						t.Errorf("%s %s %s: hardly any text:\n%s", lang, kind, id, out)
					}
					for i, line := range strings.Split(out, "\n") {
						if w := ansi.StringWidth(line); w > limit {
							t.Errorf("%s %s %s, COLUMNS=%q: line %d is %d columns: %q", lang, kind, id, columns, i+1, w, line)
						}
					}
				}
			}
		}
	}
}

func TestReadRawPrintsTheStoredFile(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		for _, kind := range []string{"guide", "faq"} {
			for id, file := range storedPages(t, kind, lang) {
				want, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				if got := runPiped(t, []string{"COACH_LANG=" + lang, "COLUMNS=40"}, kind, id, "--raw"); got != string(want) {
					t.Errorf("%s %s %s --raw is not %s:\n%s", lang, kind, id, file, got)
				}
			}
		}
	}
}
