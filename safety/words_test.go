package safety

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// words_test.go: what the user wrote comes back as written, and what coach
// prints is safe and never silently lost.
//   - an unedited $EDITOR round trip of a reflection, through editors that
//     rewrite the file or drop its last line break;
//   - a second reflect on a day adds, --replace keeps the old text;
//   - duplicate keys in an import's record;
//   - escape sequences in paths on success lines;
//   - stdout on a full disk.

// runWith runs the program with extra environment variables.
func (u *user) runWith(extra []string, args ...string) result {
	cmd, out, errb := u.command(args...)
	cmd.Env = append(cmd.Env, extra...)
	err := cmd.Run()
	return result{args: args, stdout: out.String(), stderr: errb.String(), code: exitCode(err)}
}

// editor writes a shell script to use as $EDITOR.
func editor(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "editor")
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestEditorRoundTripKeepsText(t *testing.T) {
	u := newUser(t)
	text := "#2495 fixed the leak\n#include <stdio.h>\n# Heading\n\n## next\nrating: 1\n## learned\n\ttabbed \x1b[31mred\x1b[0m\n#~00000000 not a mark"
	u.must("reflect", "--rating", "4", "-m", text, "--solved", "## solved", "--next", "#"+text, "--tag", "c++")
	want := u.dump().Reflections[0]
	for name, script := range map[string]string{
		"an editor that changes nothing":              "true",
		"an editor that rewrites the file":            `cat "$1" > "$1.x" && mv "$1.x" "$1"`,
		"an editor that drops the last line break":    `printf %s "$(cat "$1")" > "$1.x" && mv "$1.x" "$1"`,
		"an editor that adds a line break at the end": `echo >> "$1"`,
	} {
		r := u.runWith([]string{"EDITOR=" + editor(t, script)}, "reflect", "--rating", "5")
		if r.code != 0 {
			t.Fatalf("%s: %v", name, r)
		}
		got := u.dump().Reflections[0]
		want.Rating = 5
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s changed the reflection:\n got %#v\nwant %#v", name, got, want)
		}
	}
}

func TestSecondReflectAdds(t *testing.T) {
	u := newUser(t)
	u.must("reflect", "--rating", "4", "-m", "morning: channels")
	out := u.must("reflect", "-m", "evening: select")
	if !strings.Contains(out, "added to learned") {
		t.Errorf("the second reflect said %q", out)
	}
	if r := u.dump().Reflections[0]; r.Learned != "morning: channels\n\nevening: select" || r.Rating != 4 {
		t.Errorf("after two reflects: %+v", r)
	}
	out = u.must("reflect", "-m", "only this", "--replace")
	_, kept, _ := strings.Cut(out, "the earlier text is kept in ")
	b, err := os.ReadFile(strings.TrimSpace(kept))
	if err != nil || !strings.Contains(string(b), "morning: channels\n\nevening: select\n") {
		t.Errorf("reflect --replace said %q; the kept file: %q %v", out, b, err)
	}
	if r := u.dump().Reflections[0]; r.Learned != "only this" {
		t.Errorf("after --replace: %+v", r)
	}
}

func TestImportRefusesDuplicateKeys(t *testing.T) {
	u := newUser(t)
	path := filepath.Join(u.home, "dup.json")
	doc := `{"format": "coach", "version": 1, "goals": [{"id": 1, "title": "shown", "competency": "depth", "Title": "kept"}]}`
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	oneLineError(t, u.run("import", path), `goals[0]: the key "Title" appears twice in the record`)
	if _, err := os.Stat(u.db); err == nil {
		if ds := u.dump(); ds.Len() != 0 {
			t.Errorf("a refused import wrote %+v", ds)
		}
	}
}

func TestSuccessLinesAreNeutralised(t *testing.T) {
	u := newUser(t)
	u.must("add", "a task", "--due", "today")
	dir := filepath.Join(u.home, "x\x1b]0;pwned\x07\u200b")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(dir, "b\x1b[2J\ufeff.db")
	for _, args := range [][]string{{"backup", backup}, {"restore", backup}, {"check", "--db", backup}} {
		r := u.run(args...)
		if r.code != 0 {
			t.Fatal(r)
		}
		for _, bad := range []string{"\x1b", "\x07", "\u200b", "\ufeff"} {
			if strings.Contains(r.stdout+r.stderr, bad) {
				t.Errorf("coach %s printed %+q raw: %v", args[0], bad, r)
			}
		}
		if !strings.Contains(r.stdout, "␛") {
			t.Errorf("coach %s does not show the path: %v", args[0], r)
		}
	}
}

func TestFullStdoutFails(t *testing.T) {
	u := newUser(t)
	u.must("add", "a task", "--due", "today")
	for _, args := range [][]string{{"today"}, {"today", "--json"}, {"stats"}, {"export"}, {"guide"}, {"version"}, {"--help"}, {"done", "1"}} {
		full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		if err != nil {
			t.Skip("no /dev/full here")
		}
		cmd, _, errb := u.command(args...)
		cmd.Stdout = full
		err = cmd.Run()
		full.Close()
		oneLineError(t, result{args: args, stderr: errb.String(), code: exitCode(err)}, "cannot write the output", "no space left on device")
	}
	if ds := u.dump(); len(ds.CheckIns) != 1 {
		t.Errorf("done with a full stdout: the check-in is %v; want it written all the same", ds.CheckIns)
	}
}
