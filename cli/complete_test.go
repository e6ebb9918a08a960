package cli_test

import (
	"os"
	"strings"
	"testing"
)

// complete asks for the shell's completions of args, as the scripts of
// coach completion do, and returns the choices without the directive.
func complete(t *testing.T, env *testEnv, args ...string) []string {
	t.Helper()
	out := must(t, env, append([]string{"__complete"}, args...)...)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) == 0 || !strings.HasPrefix(lines[len(lines)-1], ":") {
		t.Fatalf("__complete %q: no directive in %q", args, out)
	}
	return lines[:len(lines)-1]
}

func TestCompletionOffersIDsWithTitles(t *testing.T) {
	env := newEnv(t)
	seed(t, env)
	must(t, env, "goal", "add", "Finished one", "--competency", "breadth")
	must(t, env, "goal", "done", "2")
	must(t, env, "add", "Tab\there", "--competency", "learning")
	tasks := "1\tRead the runtime source|2\tWrite the design doc|3\tTab here"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"done", ""}, tasks},
		{[]string{"rm", ""}, tasks},
		{[]string{"edit", ""}, tasks},
		{[]string{"edit", "1", ""}, ""},
		{[]string{"goal", "edit", ""}, "1\tMaster Go's runtime"},
		{[]string{"goal", "count", ""}, "1\tMaster Go's runtime"},
		{[]string{"goal", "reopen", ""}, "1\tMaster Go's runtime|2\tFinished one"},
		{[]string{"goal", "add", ""}, ""},
		{[]string{"add", "x", "--goal", ""}, "1\tMaster Go's runtime"},
		{[]string{"edit", "1", "--goal", ""}, "1\tMaster Go's runtime|none\tno goal"},
		{[]string{"import", "--from", ""}, "harsh|jrnl|loop|taskwarrior"},
		{[]string{"add", "x", "--competency", ""}, "depth|breadth|learning|problem-solving|collaboration|innovation"},
		{[]string{"goal", "add", "x", "--competency", ""}, "depth|breadth|learning|problem-solving|collaboration|innovation"},
	} {
		if got := strings.Join(complete(t, env, c.args...), "|"); got != c.want {
			t.Errorf("completion of %q: %q, want %q", c.args, got, c.want)
		}
	}
	// Without a database: nothing offered, and nothing created.
	none := newEnv(t)
	if got := complete(t, none, "done", ""); len(got) != 0 {
		t.Errorf("completion without a database: %q", got)
	}
	if _, err := os.Stat(none.db); !os.IsNotExist(err) {
		t.Errorf("completion created the database (%v)", err)
	}
}
