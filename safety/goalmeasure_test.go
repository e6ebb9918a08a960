package safety

import (
	"strings"
	"testing"
)

// exportText is coach export without its exported_at line, which is the
// only line that changes when nothing else did.
func (u *user) exportText() string {
	u.t.Helper()
	var keep []string
	for _, l := range strings.Split(u.must("export"), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), `"exported_at":`) {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

// A bad measurable target and a bad count are refused in one line, and
// coach export reads the same before and after each of them.
func TestBadMeasureAndCountChangeNothing(t *testing.T) {
	u := newUser(t)
	u.must("goal", "add", "Solve graph problems", "--competency", "problem-solving", "--measure", "40 problems")
	u.must("goal", "add", "Kata every day", "--competency", "learning", "--measure", "30 check-ins")
	u.must("goal", "add", "Read papers", "--competency", "breadth", "--measure", "10 hours")
	u.must("goal", "add", "No target", "--competency", "depth")
	u.must("add", "Kata", "--goal", "2", "--repeat", "daily")
	u.must("done", "1")
	if out := u.must("goal", "count", "1", "+5"); out != "goal 1: 5 of 40 problems\n" {
		t.Errorf("goal count 1 +5 printed %q", out)
	}
	if out := u.must("goals"); !strings.Contains(out, "5/40 problems") || !strings.Contains(out, "1/30 check-ins") || !strings.Contains(out, "0/600 minutes") {
		t.Errorf("goals does not show the targets:\n%s", out)
	}
	if out := u.must("--lang", "zh", "goal", "count", "1", "-1"); out != "目标 1：已完成 4 / 40 problems\n" {
		t.Errorf("goal count 1 -1 in Chinese printed %q", out)
	}

	before := u.exportText()
	for _, c := range []struct {
		code int
		want []string
		args []string
	}{
		{2, []string{"--measure", `"forty problems"`}, []string{"goal", "add", "Bad", "--competency", "depth", "--measure", "forty problems"}},
		{2, []string{"--measure", "1 to 1000000"}, []string{"goal", "add", "Bad", "--competency", "depth", "--measure", "0 problems"}},
		{2, []string{"--measure"}, []string{"goal", "add", "Bad", "--competency", "depth", "--measure", "40"}},
		{2, []string{"--measure", `"lots"`}, []string{"goal", "edit", "1", "--title", "Changed", "--measure", "lots"}},
		{2, []string{"--measure"}, []string{"goal", "edit", "1", "--measure", "2000000 problems"}},
		{1, []string{"goal 1's count is 4", "-5 would make it -1"}, []string{"goal", "count", "1", "-5"}},
		{1, []string{"0 to 1000000"}, []string{"goal", "count", "1", "+999999"}},
		{2, []string{"0 to 1000000"}, []string{"goal", "count", "1", "1000001"}},
		{2, []string{`invalid count "ten"`}, []string{"goal", "count", "1", "ten"}},
		{1, []string{"goal 2 counts its tasks' check-ins by itself"}, []string{"goal", "count", "2", "+1"}},
		{1, []string{"goal 3 counts the minutes"}, []string{"goal", "count", "3", "60"}},
		{1, []string{"目标 4 没有可计数的衡量指标", "coach goal edit 4 --measure"}, []string{"--lang", "zh", "goal", "count", "4", "+1"}}, // in the interface's language
	} {
		r := u.run(c.args...)
		if c.code == 1 {
			oneLineError(t, r, c.want...)
		} else {
			usageLine(t, r, c.want...)
		}
		if after := u.exportText(); after != before {
			t.Errorf("coach %s changed the data:\nbefore:\n%s\nafter:\n%s", strings.Join(c.args, " "), before, after)
			before = after
		}
	}
	if !strings.Contains(before, `"amount": 4`) {
		t.Errorf("the export lacks the count of goal 1:\n%s", before)
	}
}

// usageLine checks a usage error: exit 2 and one line on stderr that
// holds every want.
func usageLine(t *testing.T, r result, want ...string) {
	t.Helper()
	line := strings.TrimSuffix(r.stderr, "\n")
	if r.code != 2 || line == "" || strings.Contains(line, "\n") || !strings.HasPrefix(line, "coach: ") {
		t.Errorf("want exit 2 and one line starting \"coach: \": %v", r)
	}
	for _, w := range want {
		if !strings.Contains(line, w) {
			t.Errorf("stderr lacks %q: %v", w, r)
		}
	}
}
