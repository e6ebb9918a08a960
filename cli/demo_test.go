package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coach/cli"
	"coach/store"
)

// demoRun runs coach with args; tui, when not nil, stands in for the
// full-screen app.
func demoRun(t *testing.T, env map[string]string, tui cli.TUIRunner, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	if tui == nil {
		tui = func(context.Context, cli.TUIOptions) error {
			t.Error("coach demo started the full-screen app")
			return nil
		}
	}
	fixed := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	code = cli.Main(context.Background(), args, cli.IO{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return env[k] },
		Now:    func() time.Time { return fixed },
	}, tui)
	return out.String(), errb.String(), code
}

func TestDemoWritesDatabase(t *testing.T) {
	dir := t.TempDir()
	userDB := filepath.Join(dir, "user", "coach.db")
	env := map[string]string{"COACH_DB": userDB, "COACH_TODAY": "2026-11-28", "HOME": dir}
	path := filepath.Join(dir, "demo", "demo.db")

	out, errOut, code := demoRun(t, env, nil, "demo", "--db", path, "--years", "1", "--seed", "7")
	if code != 0 {
		t.Fatalf("coach demo: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, path) || !strings.Contains(out, "365 days") ||
		!strings.Contains(out, "check-ins") || !strings.Contains(out, "MB") {
		t.Errorf("summary should be one line with the path, counts and size: %q", out)
	}
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := st.Dump()
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Goals) < 6 || len(ds.Tasks) < 1000 || len(ds.CheckIns) < 1000 || len(ds.Reflections) < 300 || len(ds.Reviews) < 30 {
		t.Errorf("demo database holds %d goals, %d tasks, %d check-ins, %d reflections, %d reviews",
			len(ds.Goals), len(ds.Tasks), len(ds.CheckIns), len(ds.Reflections), len(ds.Reviews))
	}
	if last := ds.Reflections[len(ds.Reflections)-1].Date.String(); last != "2026-11-27" {
		t.Errorf("last reflection on %s; today is 2026-11-28 (COACH_TODAY)", last)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("demo database mode %v, %v", fi.Mode().Perm(), err)
	}
	if _, err := os.Stat(userDB); err == nil {
		t.Error("coach demo --db created COACH_DB")
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "demo", "*partial*")); len(m) > 0 {
		t.Errorf("left %v behind", m)
	}

	// A second run refuses the existing file, and changes nothing.
	before, _ := os.ReadFile(path)
	out, errOut, code = demoRun(t, env, nil, "demo", "--db", path, "--years", "1", "--seed", "7")
	if code != 1 || out != "" || !strings.HasPrefix(errOut, "coach: ") || strings.Count(errOut, "\n") != 1 ||
		!strings.Contains(errOut, path) || !strings.Contains(errOut, "--force") {
		t.Errorf("second coach demo: exit %d, stdout %q, stderr %q; want exit 1 and one line naming --force", code, out, errOut)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("a refused coach demo changed the file")
	}

	// --force replaces it; the same seed gives the same records.
	if _, errOut, code := demoRun(t, env, nil, "demo", "--db", path, "--days", "30", "--seed", "7", "--force"); code != 0 {
		t.Fatalf("coach demo --force: exit %d, %q", code, errOut)
	}
	if ds, err := st.Dump(); err != nil || len(ds.Reflections) > 30 {
		t.Errorf("--force did not replace the database: %d reflections, %v", len(ds.Reflections), err)
	}
}

func TestDemoUsage(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"COACH_TODAY": "2026-11-28", "HOME": dir}
	path := filepath.Join(dir, "demo.db")
	for _, args := range [][]string{
		{"demo", "--db", path, "--years", "0"},
		{"demo", "--db", path, "--years", "1", "--days", "10"},
		{"demo", "--db", path, "--days", "-1"},
		{"demo", "--db", path, "--seed", "x"},
		{"demo", "extra"},
	} {
		if _, errOut, code := demoRun(t, env, nil, args...); code != 2 || strings.Count(errOut, "\n") != 1 {
			t.Errorf("coach %q: exit %d, stderr %q; want 2 and one line", args, code, errOut)
		}
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a usage error wrote the database")
	}
	// A directory is refused.
	if _, errOut, code := demoRun(t, env, nil, "demo", "--db", dir); code != 1 || !strings.Contains(errOut, "directory") {
		t.Errorf("coach demo --db DIR: exit %d, %q", code, errOut)
	}
}

func TestDemoApp(t *testing.T) {
	dir := t.TempDir()
	userDB := filepath.Join(dir, "user", "coach.db")
	env := map[string]string{"COACH_DB": userDB, "COACH_TODAY": "2026-11-28", "HOME": dir, "COACH_LANG": "zh"}
	var seen string
	calls := 0
	tui := func(_ context.Context, o cli.TUIOptions) error {
		calls++
		seen = o.Store.Path()
		if seen == userDB || o.Getenv("COACH_DB") == userDB {
			t.Errorf("the demo app was given the user's database %s", userDB)
		}
		if o.Today().String() != "2026-11-28" || o.Lang != "zh" || o.Getenv("HOME") != dir {
			t.Errorf("demo TUI options: today %s, lang %s", o.Today(), o.Lang)
		}
		ds, err := o.Store.Dump()
		if err != nil {
			t.Fatal(err)
		}
		if n := len(ds.Reflections); n < 90 || n > 120 {
			t.Errorf("the demo app holds %d reflections; want most of 120 days", n)
		}
		return nil
	}
	out, errOut, code := demoRun(t, env, tui, "demo")
	if code != 0 || calls != 1 {
		t.Fatalf("coach demo: exit %d, app started %d times, stdout %q, stderr %q", code, calls, out, errOut)
	}
	if _, err := os.Stat(seen); err == nil {
		t.Errorf("the temporary database %s was not removed", seen)
	}
	if _, err := os.Stat(filepath.Dir(seen)); err == nil {
		t.Errorf("the temporary directory of %s was not removed", seen)
	}
	if _, err := os.Stat(userDB); err == nil {
		t.Error("coach demo created the user's database")
	}
}
