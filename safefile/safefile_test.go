package safefile

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

func write(s string) func(*os.File) error {
	return func(f *os.File) error { _, err := f.WriteString(s); return err }
}

func content(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestTempIsFreshAndPrivate(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	seen := map[string]bool{}
	for range 20 {
		f, err := Temp(path)
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
		info, _ := os.Lstat(f.Name())
		if seen[f.Name()] || info.Mode().Perm() != 0o600 || filepath.Dir(f.Name()) != dir {
			t.Fatalf("temporary %s: mode %v, seen %v", f.Name(), info.Mode(), seen[f.Name()])
		}
		seen[f.Name()] = true
		if final, pid, ok := tempOf(filepath.Base(f.Name())); !ok || final != "out.json" || pid != os.Getpid() {
			t.Errorf("tempOf(%s) = %q %d %v", f.Name(), final, pid, ok)
		}
	}
}

// Plan and Write on every kind of thing at the name.
func TestWriteOverWhatIsThere(t *testing.T) {
	dir := t.TempDir()
	at := func(n string) string { return filepath.Join(dir, n) }
	os.WriteFile(at("file"), []byte("old"), 0o666)
	os.Chmod(at("file"), 0o666)
	os.WriteFile(at("target"), []byte("old"), 0o644)
	os.Symlink(at("target"), at("link"))
	os.Symlink(at("nowhere"), at("dangling"))
	os.Symlink("link", at("chain")) // a relative link to a link
	os.Mkdir(at("dir"), 0o700)
	syscall.Mkfifo(at("fifo"), 0o600)

	for _, name := range []string{"file", "link", "dangling", "chain", "dir", "fifo"} {
		if err := Write(at(name), false, write("new")); !errors.Is(err, fs.ErrExist) || !strings.Contains(err.Error(), at(name)+" already exists") {
			t.Errorf("%s without force: %v", name, err)
		}
	}
	if err := Write(at("fresh"), false, write("new")); err != nil || content(t, at("fresh")) != "new" {
		t.Errorf("a new file: %v", err)
	}
	if err := Write(at("dir"), true, write("new")); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("a directory with force: %v", err)
	}
	for _, c := range []struct{ name, written, link string }{
		{"file", "file", ""},
		{"link", "target", "link"},
		{"chain", "target", "chain"},
		{"dangling", "dangling", ""}, // the link itself, never its target
	} {
		if err := Write(at(c.name), true, write("new "+c.name)); err != nil {
			t.Fatalf("%s with force: %v", c.name, err)
		}
		info, err := os.Lstat(at(c.written))
		if err != nil || !info.Mode().IsRegular() || info.Mode().Perm() != 0o600 || content(t, at(c.written)) != "new "+c.name {
			t.Errorf("%s with force wrote %s: %v %v", c.name, c.written, info, err)
		}
		if c.link != "" {
			if info, err := os.Lstat(at(c.link)); err != nil || info.Mode()&fs.ModeSymlink == 0 {
				t.Errorf("%s is no longer a link", c.link)
			}
		}
	}
	if _, err := os.Lstat(at("nowhere")); err == nil {
		t.Error("a dangling link's target was made")
	}
	o, err := Plan(at("fifo"), true)
	if err != nil || !o.Stream || o.Path != at("fifo") {
		t.Errorf("a pipe with force: %+v %v", o, err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".partial") {
			t.Errorf("left %s", e.Name())
		}
	}
}

// A name taken between the plan and the move is not replaced.
func TestPlaceNeverReplacesWhatAppeared(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out")
	o, err := Plan(path, false)
	if err != nil {
		t.Fatal(err)
	}
	err = o.Write(func(f *os.File) error {
		return os.Symlink(filepath.Join(dir, "elsewhere"), path) // appears meanwhile
	})
	if !errors.Is(err, fs.ErrExist) {
		t.Errorf("Write = %v, want already exists", err)
	}
	if _, err := os.Lstat(filepath.Join(dir, "elsewhere")); err == nil {
		t.Error("written through the link")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left %v", entries)
	}
}

func TestSweepTakesOnlyTheDeads(t *testing.T) {
	gone := exec.Command("true")
	if err := gone.Run(); err != nil {
		t.Skip(err)
	}
	live := exec.Command("sleep", "30")
	if err := live.Start(); err != nil {
		t.Skip(err)
	}
	defer func() { live.Process.Kill(); live.Wait() }()
	dir := t.TempDir()
	dead, alive, me := strconv.Itoa(gone.Process.Pid), strconv.Itoa(live.Process.Pid), strconv.Itoa(os.Getpid())
	files := map[string]bool{ // name: kept
		"out.json." + dead + "-123.partial":  false,
		"out.json." + alive + "-123.partial": true,
		"out.json." + me + "-123.partial":    true, // this process at work
		"other.json." + dead + "-1.partial":  true, // another name's
		"out.json.partial":                   true, // not a name coach makes now
		"out.json." + dead + ".partial":      true,
		"out.json." + dead + "-x.partial":    true,
	}
	for name := range files {
		os.WriteFile(filepath.Join(dir, name), nil, 0o600)
	}
	os.Symlink("out.json", filepath.Join(dir, "out.json."+dead+"-9.partial"))
	files["out.json."+dead+"-9.partial"] = true // a link: not a temporary coach made
	SweepFor(filepath.Join(dir, "out.json"))
	for name, kept := range files {
		_, err := os.Lstat(filepath.Join(dir, name))
		if (err == nil) != kept {
			t.Errorf("%s: kept %v, want %v", name, err == nil, kept)
		}
	}
}
