package main

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// coach links a plain stand-in for chroma, glamour's syntax highlighter
// (third_party/plaincode: the README there says why). If a change of
// go.mod linked the real one again, the binary would grow and start
// slower without any other test noticing; this one notices.
func TestHighlighterIsTheStandIn(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	out, err := exec.Command(goBin, "list", "-deps", "-f", "{{.ImportPath}}|{{with .Module}}{{.Dir}}{{end}}", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	standIn, err := filepath.Abs(filepath.Join("third_party", "plaincode"))
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, dir, _ := strings.Cut(line, "|")
		switch {
		case strings.HasPrefix(path, "github.com/alecthomas/chroma"):
			found++
			if dir != standIn {
				t.Errorf("%s comes from %s, not the stand-in in %s", path, dir, standIn)
			}
		case strings.HasPrefix(path, "github.com/dlclark/regexp2"):
			t.Errorf("%s is linked: only the real chroma needs it", path)
		}
	}
	if found == 0 {
		t.Error("no chroma package among the dependencies: glamour no longer asks for one, so the stand-in may go")
	}
}
