package cli_test

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

// An editor that saves with Windows line ends changes nothing it was not
// asked to, and leaves no \r in the part that was edited.
func TestReflectEditorWindowsLineEnds(t *testing.T) {
	env := newEnv(t)
	must(t, env, "reflect", "--rating", "4", "-m", "first line\nsecond line", "--next", "a CR\r\nkept as stored")
	want := dump(t, env).Reflections[0]

	env.vars["EDITOR"] = editorScript(t, env.dir, `sed -i 's/$/\r/' "$1"`+"\n")
	must(t, env, "reflect")
	if got := dump(t, env).Reflections[0]; !reflect.DeepEqual(got, want) {
		t.Errorf("an unedited round trip through a CRLF editor changed the reflection:\n got %#v\nwant %#v", got, want)
	}

	env.vars["EDITOR"] = editorScript(t, env.dir, `awk '{ print } /^#~[0-9a-f]+ ## solved / { print "fixed it" }' "$1" | sed 's/$/\r/' > "$1.new" && mv "$1.new" "$1"`+"\n")
	must(t, env, "reflect")
	got := dump(t, env).Reflections[0]
	want.Solved = "fixed it"
	if !reflect.DeepEqual(got, want) {
		t.Errorf("an edit through a CRLF editor:\n got %#v\nwant %#v", got, want)
	}
}

// An editor that removes the file, or leaves a pipe or a folder at its
// name, gets a one-line error; nothing is saved and coach does not hang.
func TestReflectEditorLeavesNoFile(t *testing.T) {
	env := newEnv(t)
	must(t, env, "reflect", "--rating", "3", "-m", "kept")
	before := readFile(t, env.db)
	for name, tc := range map[string]struct{ script, want string }{
		"removed": {`rm "$1"`, "the editor left no file at"},
		"a pipe":  {`rm "$1" && mkfifo "$1"`, "is not a regular file"},
		"folder":  {`rm "$1" && mkdir "$1"`, "is not a regular file"},
	} {
		env.vars["EDITOR"] = editorScript(t, env.dir, tc.script+"\n")
		done := make(chan struct{})
		var errOut string
		var code int
		go func() {
			defer close(done)
			_, errOut, code = run(t, env, "reflect")
		}()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: coach hung reading what the editor left", name)
		}
		if code != 1 || !strings.Contains(errOut, tc.want) || !strings.Contains(errOut, "nothing was saved") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%s: exit %d, stderr %q; want 1 and one line saying %q", name, code, errOut, tc.want)
		}
		sameFile(t, env.db, before, name)
	}
}

// An editor session that changes nothing says so and writes nothing: the
// database's revision, which other coaches and sync watch, stays as it was.
func TestReflectEditorUnchangedWritesNothing(t *testing.T) {
	env := newEnv(t)
	must(t, env, "reflect", "--rating", "4", "-m", "kept as it is", "--tag", "go")
	before, err := os.ReadFile(env.db)
	if err != nil {
		t.Fatal(err)
	}
	env.vars["EDITOR"] = editorScript(t, env.dir, "true\n")
	if out := must(t, env, "reflect"); !strings.Contains(out, "nothing changed") {
		t.Errorf("an unchanged edit says %q", out)
	}
	after, _ := os.ReadFile(env.db)
	if !bytes.Equal(before, after) {
		t.Error("an unchanged edit wrote to the database")
	}
}
