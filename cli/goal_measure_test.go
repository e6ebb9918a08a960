package cli_test

import (
	"encoding/json"
	"strings"
	"testing"

	"coach/domain"
)

// goalByID is one goal of the database, read through an export.
func goalByID(t *testing.T, env *testEnv, id uint64) domain.Goal {
	t.Helper()
	for _, g := range dump(t, env).Goals {
		if g.ID == id {
			return g
		}
	}
	t.Fatalf("no goal %d in the export", id)
	return domain.Goal{}
}

// refused runs each bad command and checks that it fails with code and a
// line that says want, and leaves the database's bytes as they were.
func refused(t *testing.T, env *testEnv, cases []refusal) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := readFile(t, env.db)
			failsWith(t, env, c.code, c.want, c.args...)
			sameFile(t, env.db, before, c.name)
		})
	}
}

type refusal struct {
	name string
	code int
	want []string
	args []string
}

func TestGoalAddMeasure(t *testing.T) {
	env := newEnv(t)
	for _, step := range []struct {
		args []string
		out  string
		want domain.Measure
	}{
		{[]string{"goal", "add", "Graphs", "--competency", "problem-solving", "--measure", "40 graph problems"},
			"added goal 1: Graphs (problem-solving, target 40 graph problems)", domain.Measure{Kind: domain.MeasureAmount, Target: 40, Unit: "graph problems"}},
		{[]string{"goal", "add", "Kata", "--competency", "learning", "--measure", "30 check-ins"},
			"added goal 2: Kata (learning, target 30 check-ins)", domain.Measure{Kind: domain.MeasureCheckIns, Target: 30}},
		{[]string{"goal", "add", "Read", "--competency", "breadth", "--measure", "10 hours"},
			"added goal 3: Read (breadth, target 600 minutes)", domain.Measure{Kind: domain.MeasureMinutes, Target: 600}},
		{[]string{"goal", "add", "打卡", "--competency", "learning", "--measure", "30次打卡"},
			"added goal 4: 打卡 (learning, target 30 check-ins)", domain.Measure{Kind: domain.MeasureCheckIns, Target: 30}},
		{[]string{"goal", "add", "Plain", "--competency", "depth"},
			"added goal 5: Plain (depth)\n", domain.Measure{}},
	} {
		if out := must(t, env, step.args...); !strings.Contains(out, step.out) {
			t.Errorf("coach %q printed %q, want %q", step.args, out, step.out)
		}
	}
	for i, want := range []domain.Measure{
		{Kind: domain.MeasureAmount, Target: 40, Unit: "graph problems"}, {Kind: domain.MeasureCheckIns, Target: 30},
		{Kind: domain.MeasureMinutes, Target: 600}, {Kind: domain.MeasureCheckIns, Target: 30}, {},
	} {
		if got := goalByID(t, env, uint64(i+1)).Measure; got != want {
			t.Errorf("goal %d: measure %+v, want %+v", i+1, got, want)
		}
	}
	zh := must(t, env, "--lang", "zh", "goal", "add", "读书", "--competency", "breadth", "--measure", "12 本书")
	if !strings.Contains(zh, "已添加目标 6：读书（技术广度，衡量指标 12本书）") {
		t.Errorf("goal add --measure in Chinese printed %q", zh)
	}

	refused(t, env, []refusal{
		{"no number", 2, []string{"--measure", `"forty problems"`}, []string{"goal", "add", "G", "--competency", "depth", "--measure", "forty problems"}},
		{"no word", 2, []string{"--measure", `"40"`}, []string{"goal", "add", "G", "--competency", "depth", "--measure", "40"}},
		{"fraction", 2, []string{"--measure"}, []string{"goal", "add", "G", "--competency", "depth", "--measure", "2.5 books"}},
		{"zero", 2, []string{"--measure", "1 to 1000000, got 0"}, []string{"goal", "add", "G", "--competency", "depth", "--measure", "0 problems"}},
		{"too many", 2, []string{"--measure", "1 to 1000000"}, []string{"goal", "add", "G", "--competency", "depth", "--measure", "1000001 problems"}},
		{"ten digits", 2, []string{"--measure", "1 to 1000000"}, []string{"goal", "add", "G", "--competency", "depth", "--measure", "9999999999 problems"}},
		{"long unit", 2, []string{"--measure", "unit"}, []string{"goal", "add", "G", "--competency", "depth", "--measure", "5 " + strings.Repeat("x", 31)}},
		{"bad measure, unknown language", 2, []string{"--measure"}, []string{"--lang", "klingon", "goal", "add", "G", "--competency", "depth", "--measure", "x"}},
	})
	if n := len(dump(t, env).Goals); n != 6 {
		t.Errorf("after the refused adds the database holds %d goals, want 6", n)
	}
}

func TestGoalEdit(t *testing.T) {
	env := newEnv(t)
	must(t, env, "goal", "add", "Graphs", "--competency", "problem-solving", "--why", "interviews", "--target", "2027-03-31",
		"--measure", "40 problems", "--resource", "CLRS")
	must(t, env, "add", "A problem a day", "--goal", "1", "--repeat", "daily")
	must(t, env, "goal", "count", "1", "17")
	before := goalByID(t, env, 1)

	// One flag changes one field; a new amount target keeps the count.
	if out := must(t, env, "goal", "edit", "1", "--measure", "50 problems"); out != "saved goal 1: Graphs (problem-solving, target 50 problems)\n" {
		t.Errorf("goal edit --measure printed %q", out)
	}
	g := goalByID(t, env, 1)
	if want := (domain.Measure{Kind: domain.MeasureAmount, Target: 50, Unit: "problems", Amount: 17}); g.Measure != want {
		t.Errorf("after edit --measure: %+v, want %+v", g.Measure, want)
	}
	g.Measure = before.Measure
	if !equalGoals(g, before) {
		t.Errorf("edit --measure changed other fields:\n%+v\nwas\n%+v", g, before)
	}

	must(t, env, "goal", "edit", "#1", "--title", "Graph problems", "--why", "", "--target", "none", "--resource", "Skiena", "--resource", "CP-algorithms")
	g = goalByID(t, env, 1)
	if g.Title != "Graph problems" || g.Why != "" || !g.Target.IsZero() || strings.Join(g.Resources, "|") != "Skiena|CP-algorithms" ||
		g.Measure.Amount != 17 || g.Competency != "problem-solving" || g.Status != domain.StatusActive {
		t.Errorf("after edit --title --why --target none --resource: %+v", g)
	}

	// A new competency is followed by the goal's tasks.
	if out := must(t, env, "--lang", "zh", "goal", "edit", "1", "--competency", "learning", "--target", "2027-06-30"); out != "已保存目标 1：Graph problems（学习能力，衡量指标 50 problems）\n" {
		t.Errorf("goal edit in Chinese printed %q", out)
	}
	ds := dump(t, env)
	if ds.Tasks[0].Competency != "learning" || ds.Goals[0].Target.String() != "2027-06-30" {
		t.Errorf("after edit --competency learning: goal %+v, task %+v", ds.Goals[0], ds.Tasks[0])
	}

	// A counted kind drops the count; none drops the target.
	must(t, env, "goal", "edit", "1", "--measure", "30 check-ins")
	if g := goalByID(t, env, 1); g.Measure != (domain.Measure{Kind: domain.MeasureCheckIns, Target: 30}) {
		t.Errorf("after edit --measure \"30 check-ins\": %+v", g.Measure)
	}
	must(t, env, "goal", "edit", "1", "--measure", "none")
	if g := goalByID(t, env, 1); !g.Measure.IsZero() {
		t.Errorf("after edit --measure none: %+v", g.Measure)
	}
	// A done goal stays done.
	must(t, env, "goal", "done", "1")
	must(t, env, "goal", "edit", "1", "--title", "Graph problems, done")
	if g := goalByID(t, env, 1); g.Status != domain.StatusDone {
		t.Errorf("edit reopened a done goal: %+v", g)
	}

	refused(t, env, []refusal{
		{"no flags", 2, []string{"at least one of --title"}, []string{"goal", "edit", "1"}},
		{"no id", 2, []string{"goal id"}, []string{"goal", "edit", "--title", "x"}},
		{"bad id", 2, []string{`invalid id "one"`}, []string{"goal", "edit", "one", "--title", "x"}},
		{"missing goal", 1, []string{"no goal with id 99"}, []string{"goal", "edit", "99", "--title", "x"}},
		{"bad measure", 2, []string{"--measure", `"lots"`}, []string{"goal", "edit", "1", "--title", "changed", "--measure", "lots"}},
		{"bad target", 2, []string{`"2026-02-30"`}, []string{"goal", "edit", "1", "--title", "changed", "--target", "2026-02-30"}},
		{"empty target", 2, []string{"--target", "none"}, []string{"goal", "edit", "1", "--target", ""}},
		{"empty title", 1, []string{"title is empty"}, []string{"goal", "edit", "1", "--title", " "}},
		{"unknown competency", 1, []string{`unknown competency "cooking"`}, []string{"goal", "edit", "1", "--competency", "cooking"}},
		{"unknown flag", 2, []string{"--status"}, []string{"goal", "edit", "1", "--status", "active"}},
	})
}

// equalGoals compares two goals field by field.
func equalGoals(a, b domain.Goal) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

func TestGoalCount(t *testing.T) {
	env := newEnv(t)
	must(t, env, "goal", "add", "Graphs", "--competency", "problem-solving", "--measure", "40 problems")
	must(t, env, "goal", "add", "Kata", "--competency", "learning", "--measure", "30 check-ins")
	must(t, env, "goal", "add", "Read", "--competency", "breadth", "--measure", "600 minutes")
	must(t, env, "goal", "add", "Plain", "--competency", "depth")
	for _, step := range []struct {
		count, out string
		amount     int
	}{
		{"+3", "goal 1: 3 of 40 problems\n", 3},
		{"-1", "goal 1: 2 of 40 problems\n", 2},
		{"17", "goal 1: 17 of 40 problems\n", 17},
		{"+0", "goal 1: 17 of 40 problems\n", 17},
		{"+30", "goal 1: 47 of 40 problems\n", 47}, // past the target is allowed
		{"0", "goal 1: 0 of 40 problems\n", 0},
		{"1000000", "goal 1: 1000000 of 40 problems\n", 1000000},
		{"20", "goal 1: 20 of 40 problems\n", 20},
	} {
		if out := must(t, env, "goal", "count", "1", step.count); out != step.out {
			t.Errorf("goal count 1 %s printed %q, want %q", step.count, out, step.out)
		}
		if got := goalByID(t, env, 1).Measure.Amount; got != step.amount {
			t.Errorf("after goal count 1 %s the amount is %d, want %d", step.count, got, step.amount)
		}
	}
	// Flags may come after the count, and before the id.
	if out := must(t, env, "goal", "count", "1", "-2", "--lang", "zh"); out != "目标 1：已完成 18 / 40 problems\n" {
		t.Errorf("goal count 1 -2 --lang zh printed %q", out)
	}
	if out := must(t, env, "--lang", "en", "goal", "count", "--lang", "zh", "1", "+2"); out != "目标 1：已完成 20 / 40 problems\n" {
		t.Errorf("goal count --lang zh 1 +2 printed %q", out)
	}
	// "--" before the count is the usual way to pass a negative number.
	if out := must(t, env, "goal", "count", "1", "--", "-1"); out != "goal 1: 19 of 40 problems\n" {
		t.Errorf("goal count 1 -- -1 printed %q", out)
	}
	must(t, env, "goal", "count", "1", "--", "20")
	// Asking for help after the count shows help and counts nothing.
	for _, help := range []string{"-h", "--help"} {
		before := readFile(t, env.db)
		if out := must(t, env, "goal", "count", "1", "+5", help); !strings.Contains(out, "coach goal count ID") {
			t.Errorf("goal count 1 +5 %s printed %q, want the help", help, out)
		}
		sameFile(t, env.db, before, "goal count 1 +5 "+help)
	}

	refused(t, env, []refusal{
		{"check-ins", 1, []string{"goal 2 counts its tasks' check-ins by itself", "coach done"}, []string{"goal", "count", "2", "+1"}},
		{"minutes", 1, []string{"goal 3 counts the minutes", "--minutes"}, []string{"goal", "count", "3", "5"}},
		{"no target", 1, []string{"goal 4 has no target to count", "coach goal edit 4 --measure"}, []string{"goal", "count", "4", "+1"}},
		{"below 0", 1, []string{"goal 1's count is 20", "-21 would make it -1", "0 to 1000000"}, []string{"goal", "count", "1", "-21"}},
		{"above the limit", 1, []string{"goal 1's count is 20", "1000020", "0 to 1000000"}, []string{"goal", "count", "1", "+1000000"}},
		{"set above the limit", 2, []string{`"1000001"`, "0 to 1000000"}, []string{"goal", "count", "1", "1000001"}},
		{"huge", 2, []string{"0 to 1000000"}, []string{"goal", "count", "1", "-99999999999999999999999"}},
		{"word", 2, []string{`invalid count "abc"`, "+N"}, []string{"goal", "count", "1", "abc"}},
		{"sign only", 2, []string{`invalid count "+"`}, []string{"goal", "count", "1", "+"}},
		{"fraction", 2, []string{`invalid count "1.5"`}, []string{"goal", "count", "1", "1.5"}},
		{"two signs", 2, []string{`invalid count "+-1"`}, []string{"goal", "count", "1", "+-1"}},
		{"no count", 2, []string{"a goal id and a count"}, []string{"goal", "count", "1"}},
		{"no count after --", 2, []string{"a goal id and a count"}, []string{"goal", "count", "1", "--"}},
		{"two counts after --", 2, []string{`"5"`}, []string{"goal", "count", "1", "--", "+1", "5"}},
		{"two counts", 2, []string{`"5"`}, []string{"goal", "count", "1", "+1", "5"}},
		{"bad id", 2, []string{`invalid id "x"`}, []string{"goal", "count", "x", "+1"}},
		{"missing goal", 1, []string{"no goal with id 99"}, []string{"goal", "count", "99", "+1"}},
		{"unknown flag after", 2, []string{"--bogus"}, []string{"goal", "count", "1", "+1", "--bogus"}},
	})
	if got := goalByID(t, env, 1).Measure.Amount; got != 20 {
		t.Errorf("after the refused counts the amount is %d, want 20", got)
	}
}

func TestGoalsShowTheTarget(t *testing.T) {
	env := newEnv(t)
	must(t, env, "goal", "add", "Graphs", "--competency", "problem-solving", "--measure", "40 graph problems")
	must(t, env, "goal", "add", "Kata", "--competency", "learning", "--measure", "30 check-ins")
	must(t, env, "goal", "add", "Read", "--competency", "breadth", "--measure", "10 hours")
	must(t, env, "goal", "add", "Plain", "--competency", "depth")
	must(t, env, "add", "Kata", "--goal", "2", "--repeat", "daily")
	must(t, env, "add", "Chapter", "--goal", "3", "--repeat", "daily")
	must(t, env, "add", "Plain task", "--goal", "4", "--due", "today")
	must(t, env, "goal", "count", "1", "17")
	for _, d := range []string{"2026-11-26", "2026-11-27", "today"} {
		must(t, env, "done", "1", "--date", d)
	}
	must(t, env, "done", "2", "--minutes", "45")
	must(t, env, "done", "2", "--date", "yesterday", "--minutes", "90")

	out := must(t, env, "goals")
	for title, want := range map[string]string{"Graphs": "17/40 graph problems", "Kata": "3/30 check-ins", "Read": "135/600 minutes", "Plain": "0/1 tasks"} {
		line := ""
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, " "+title+" (") {
				line = l
			}
		}
		if !strings.Contains(line, " "+want+" ") {
			t.Errorf("the line of %q lacks %q:\n%s", title, want, out)
		}
	}
	// a long label is never cut, and the title still follows it
	if !strings.Contains(out, "17/40 graph problems Graphs (0 tasks)") {
		t.Errorf("goals cut or lost the label of a long target:\n%s", out)
	}
	zh := must(t, env, "--lang", "zh", "goals")
	for _, want := range []string{"3/30次打卡", "135/600分钟", "17/40 graph problems", "任务 0/1"} {
		if !strings.Contains(zh, want) {
			t.Errorf("goals in Chinese lack %q:\n%s", want, zh)
		}
	}

	var rows []map[string]any
	if err := json.Unmarshal([]byte(must(t, env, "goals", "--json")), &rows); err != nil {
		t.Fatal(err)
	}
	byTitle := map[string]map[string]any{}
	for _, r := range rows {
		byTitle[r["title"].(string)] = r
	}
	for title, want := range map[string]struct {
		figure  string
		reached any
		measure any
	}{
		"Graphs": {"target", 17.0, map[string]any{"kind": "amount", "target": 40.0, "unit": "graph problems", "amount": 17.0}},
		"Kata":   {"target", 3.0, map[string]any{"kind": "checkins", "target": 30.0}},
		"Read":   {"target", 135.0, map[string]any{"kind": "minutes", "target": 600.0}},
		"Plain":  {"tasks", nil, nil},
	} {
		r := byTitle[title]
		if r["figure"] != want.figure || r["reached"] != want.reached {
			t.Errorf("%s: figure %#v, reached %#v; want %q, %#v", title, r["figure"], r["reached"], want.figure, want.reached)
		}
		if _, has := r["reached"]; !has {
			t.Errorf("%s: goals --json lacks reached: %v", title, r)
		}
		got, _ := json.Marshal(r["measure"])
		wantJSON, _ := json.Marshal(want.measure)
		if string(got) != string(wantJSON) {
			t.Errorf("%s: measure %s, want %s", title, got, wantJSON)
		}
	}
}
