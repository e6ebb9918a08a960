package cli_test

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestReviewInEditor(t *testing.T) {
	env := newEnv(t)
	reviewWeek(t, env)
	must(t, env, "review", "--went-well", "five days\nof reading", "--notes", "kept as it is")
	before := readFile(t, env.db)

	// An editor that changes nothing writes nothing.
	seen := filepath.Join(env.dir, "seen.md")
	env.vars["EDITOR"] = editorScript(t, env.dir, `cp "$1" '`+seen+`'`+"\n")
	out := must(t, env, "review", "--edit")
	if !strings.HasSuffix(out, "\nthe review of 2026-W48 is unchanged\n") {
		t.Errorf("an unedited review:\n%s", out)
	}
	sameFile(t, env.db, before, "an unedited review")
	template := string(readFile(t, seen))
	for _, w := range []string{" Weekly review of 2026-W48.", " focus: \n", " ## went_well · What went well this week?\nfive days\nof reading\n", " ## notes · Anything else worth noting?\nkept as it is\n"} {
		if !strings.Contains(template, w) {
			t.Errorf("the template does not hold %q:\n%s", w, template)
		}
	}

	// Write under adjust, set the focus, delete the notes heading: the
	// other parts stay as stored.
	env.vars["EDITOR"] = editorScript(t, env.dir, `awk '
/^#~[0-9a-f]+ focus:/ { sub(/focus:.*/, "focus: Depth") }
/^#~[0-9a-f]+ ## notes/ { skip = 1; next }
skip { next }
{ print }
/^#~[0-9a-f]+ ## adjust/ { print "read on Thursday too" }' "$1" > "$1.new" && mv "$1.new" "$1"`+"\n")
	out = must(t, env, "review", "--edit", "--week", "2026-W48")
	if !strings.HasSuffix(out, "\nsaved the review of 2026-W48\n") {
		t.Errorf("an edited review:\n%s", out)
	}
	r := dump(t, env).Reviews[0]
	if r.WentWell != "five days\nof reading" || r.Adjust != "read on Thursday too" || r.Focus != "depth" || r.Notes != "" {
		t.Errorf("after the edit: %+v", r)
	}

	// A focus that is no competency: nothing saved, the text kept.
	before = readFile(t, env.db)
	env.vars["EDITOR"] = editorScript(t, env.dir, `sed -i 's/focus: .*/focus: cooking/' "$1"`+"\n")
	failsWith(t, env, 1, []string{"cooking", "nothing was saved", "your text is kept in"}, "review", "--edit")
	sameFile(t, env.db, before, "a review with a bad focus")

	env.vars["EDITOR"] = editorScript(t, env.dir, "true\n")
	if zh := must(t, env, "review", "--edit", "--lang", "zh"); !strings.HasSuffix(zh, "\n2026-W48 的每周回顾没有改动\n") {
		t.Errorf("unchanged in Chinese:\n%s", zh)
	}
	// A week without a review gets one.
	env.vars["EDITOR"] = editorScript(t, env.dir, `awk '{ print } /^#~[0-9a-f]+ ## went_well/ { print "a quiet week" }' "$1" > "$1.new" && mv "$1.new" "$1"`+"\n")
	must(t, env, "review", "--edit", "--week", "2026-W47")
	if rs := dump(t, env).Reviews; len(rs) != 2 || rs[0].Week != "2026-W47" || rs[0].WentWell != "a quiet week" || rs[0].Adjust != "" {
		t.Errorf("a new review from the editor: %+v", rs)
	}
	failsWith(t, env, 2, []string{"--edit opens the whole review"}, "review", "--edit", "--notes", "x")
	failsWith(t, env, 2, []string{"--edit and --json"}, "review", "--edit", "--json")
}
