package cli_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"coach/cli"
	"coach/content"
	"coach/domain"
	"coach/store"
)

// testEnv is one user's environment: variables, the clock and a record of
// the full-screen app being started.
type testEnv struct {
	vars     map[string]string
	now      time.Time
	dir      string
	db       string
	stdin    string
	tuiCalls int
	tuiOpts  cli.TUIOptions
}

var fixedNow = time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)

// newEnv is a fresh database in a temporary directory, with today a
// Saturday, 2026-11-28.
func newEnv(t *testing.T) *testEnv {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "data", "coach.db")
	return &testEnv{
		vars: map[string]string{"COACH_DB": db, "COACH_TODAY": "2026-11-28", "HOME": dir},
		now:  fixedNow, dir: dir, db: db,
	}
}

// run runs coach with args in-process and returns what it printed and its
// exit status.
func run(t *testing.T, env *testEnv, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	io := cli.IO{
		Stdin:  strings.NewReader(env.stdin),
		Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return env.vars[k] },
		Now:    func() time.Time { return env.now },
	}
	runTUI := func(_ context.Context, opts cli.TUIOptions) error {
		env.tuiCalls++
		env.tuiOpts = opts
		return nil
	}
	code = cli.Main(context.Background(), args, io, runTUI)
	return out.String(), errb.String(), code
}

// must runs a command that has to succeed and returns its output.
func must(t *testing.T, env *testEnv, args ...string) string {
	t.Helper()
	out, errOut, code := run(t, env, args...)
	if code != 0 {
		t.Fatalf("coach %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// failsWith runs a command that has to fail with status code, printing one
// line on stderr that starts with "coach: " and holds every want.
func failsWith(t *testing.T, env *testEnv, code int, want []string, args ...string) string {
	t.Helper()
	_, errOut, got := run(t, env, args...)
	if got != code {
		t.Errorf("coach %q: exit %d, want %d (stderr %q)", args, got, code, errOut)
	}
	if !strings.HasPrefix(errOut, "coach: ") || !strings.HasSuffix(errOut, "\n") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("coach %q: stderr %q is not one line starting with \"coach: \"", args, errOut)
	}
	for _, w := range want {
		if !strings.Contains(errOut, w) {
			t.Errorf("coach %q: stderr %q does not say %q", args, errOut, w)
		}
	}
	return errOut
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sameFile fails when path's bytes differ from before.
func sameFile(t *testing.T, path string, before []byte, what string) {
	t.Helper()
	if after := readFile(t, path); !bytes.Equal(before, after) {
		t.Errorf("%s changed %s (%d bytes before, %d after)", what, filepath.Base(path), len(before), len(after))
	}
}

// dump reads the database's records through a JSON export.
func dump(t *testing.T, env *testEnv) domain.Dataset {
	t.Helper()
	var doc struct {
		domain.Dataset
	}
	if err := json.Unmarshal([]byte(must(t, env, "export")), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Dataset
}

// seed adds a goal (1), a habit linked to it (task 1) and a one-off task
// due next Friday (task 2), and ticks off task 1 today.
func seed(t *testing.T, env *testEnv) {
	t.Helper()
	must(t, env, "goal", "add", "Master Go's runtime", "--competency", "depth", "--why", "写出更快的服务",
		"--target", "2027-06-30", "--resource", "The Go Memory Model", "--resource", "《Go 语言设计与实现》")
	must(t, env, "add", "Read the runtime source", "--goal", "1", "--repeat", "weekdays", "--minutes", "30")
	must(t, env, "add", "Write the design doc", "--due", "friday")
	must(t, env, "done", "1")
}

func TestAddTakesTheGoalsCompetency(t *testing.T) {
	env := newEnv(t)
	must(t, env, "goal", "add", "Speak at a meetup", "--competency", "Collaboration")
	// The competency flag is case-insensitive, with or without a goal.
	if out := must(t, env, "add", "Draft the talk", "--goal", "1", "--competency", "COLLABORATION", "--due", "today"); !strings.Contains(out, "(collaboration, due 2026-11-28)") {
		t.Errorf("add --goal 1 --competency COLLABORATION printed %q", out)
	}
	if out := must(t, env, "add", "Rehearse", "--goal", "1", "--repeat", "mon,Thu"); !strings.Contains(out, "(collaboration, mon,thu)") {
		t.Errorf("add --goal 1 printed %q", out)
	}
	if out := must(t, env, "add", "Try Zig", "--competency", "Breadth", "--repeat", "2/week"); !strings.Contains(out, "(breadth, 2/week)") {
		t.Errorf("add --competency Breadth printed %q", out)
	}
	// Without a flag or a goal, the competency last used.
	if out := must(t, env, "add", "Another", "--due", "tomorrow"); !strings.Contains(out, "(breadth, due 2026-11-29)") {
		t.Errorf("add without a competency printed %q", out)
	}
	fresh := newEnv(t)
	if out := must(t, fresh, "add", "First ever"); !strings.Contains(out, "(learning, due 2026-11-28)") {
		t.Errorf("the first add without a competency printed %q; want learning, due today", out)
	}
}

type todayJSON struct {
	Date  string `json:"date"`
	Done  int    `json:"done"`
	Total int    `json:"total"`
	Tasks []struct {
		ID          uint64 `json:"id"`
		Title       string `json:"title"`
		Competency  string `json:"competency"`
		GoalID      uint64 `json:"goal_id"`
		Repeat      string `json:"repeat"`
		Due         string `json:"due"`
		Minutes     int    `json:"minutes"`
		Done        bool   `json:"done"`
		CarriedOver bool   `json:"carried_over"`
	} `json:"tasks"`
}

func parseToday(t *testing.T, out string) todayJSON {
	t.Helper()
	var v todayJSON
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("today --json printed invalid JSON: %v\n%s", err, out)
	}
	return v
}

// withoutExportedAt drops the exported_at line of a JSON export.
func withoutExportedAt(t *testing.T, b []byte) (rest, stamp string) {
	t.Helper()
	var keep []string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), `"exported_at":`) {
			stamp = line
			continue
		}
		keep = append(keep, line)
	}
	if stamp == "" {
		t.Fatalf("export has no exported_at line:\n%s", b)
	}
	return strings.Join(keep, "\n"), stamp
}

func TestDoneWhenFlow(t *testing.T) {
	env := newEnv(t)
	out := must(t, env, "goal", "add", "Master Go's runtime", "--competency", "depth", "--why", "写出更快的服务",
		"--target", "2027-06-30", "--resource", "The Go Memory Model", "--resource", "《Go 语言设计与实现》")
	if !strings.Contains(out, "added goal 1: Master Go's runtime (depth)") {
		t.Errorf("goal add printed %q", out)
	}
	out = must(t, env, "add", "Read the runtime source", "--goal", "1", "--repeat", "weekdays", "--minutes", "30")
	if !strings.Contains(out, "added task 1: Read the runtime source (depth, weekdays)") {
		t.Errorf("add printed %q", out)
	}
	out = must(t, env, "add", "Write the design doc", "--due", "friday")
	if !strings.Contains(out, "added task 2: Write the design doc (depth, due 2026-12-04)") {
		t.Errorf("add --due friday printed %q (today is Saturday 2026-11-28: next Friday is 2026-12-04)", out)
	}
	out = must(t, env, "done", "1")
	if !strings.Contains(out, "done: 1 Read the runtime source on 2026-11-28") {
		t.Errorf("done printed %q", out)
	}
	must(t, env, "reflect", "-m", "how the scheduler steals work", "--rating", "4", "--tag", "Go")

	// Today is a Saturday: the weekday habit shows because it was done.
	out = must(t, env, "today")
	for _, want := range []string{"2026-11-28 Sat · 1/1 done", "\nTechnical depth\n", "1 [x] Read the runtime source  (weekdays, 30m)"} {
		if !strings.Contains(out, want) {
			t.Errorf("today lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Write the design doc") {
		t.Errorf("today shows a task due next Friday:\n%s", out)
	}
	tj := parseToday(t, must(t, env, "today", "--json"))
	if tj.Date != "2026-11-28" || tj.Done != 1 || tj.Total != 1 || len(tj.Tasks) != 1 {
		t.Fatalf("today --json = %+v", tj)
	}
	if tk := tj.Tasks[0]; tk.ID != 1 || !tk.Done || tk.GoalID != 1 || tk.Competency != "depth" || tk.Repeat != "weekdays" || tk.Minutes != 30 || tk.Due != "" {
		t.Errorf("today --json task = %+v", tk)
	}
	// Next Friday both tasks are due and neither is done.
	tj = parseToday(t, must(t, env, "today", "--json", "--date", "2026-12-04"))
	if tj.Date != "2026-12-04" || tj.Done != 0 || tj.Total != 2 || len(tj.Tasks) != 2 {
		t.Fatalf("today --json --date 2026-12-04 = %+v", tj)
	}
	if a, b := tj.Tasks[0], tj.Tasks[1]; a.ID != 1 || a.Done || b.ID != 2 || b.Done || b.Due != "2026-12-04" || b.Repeat != "once" {
		t.Errorf("tasks of 2026-12-04 = %+v", tj.Tasks)
	}

	var goals []map[string]any
	if err := json.Unmarshal([]byte(must(t, env, "goals", "--json")), &goals); err != nil {
		t.Fatal(err)
	}
	if len(goals) != 1 {
		t.Fatalf("goals --json = %v", goals)
	}
	g := goals[0]
	// The habit was created on a Saturday, so no weekday has been due yet.
	if p, ok := g["progress"].(float64); !ok || p != 0 {
		t.Errorf("goal progress = %#v, want 0", g["progress"])
	}
	if g["id"] != 1.0 || g["title"] != "Master Go's runtime" || g["competency"] != "depth" || g["tasks"] != 1.0 || g["target"] != "2027-06-30" || g["status"] != "active" {
		t.Errorf("goals --json row = %v", g)
	}

	// Export, import into a fresh database, export again.
	first := filepath.Join(env.dir, "first.json")
	must(t, env, "export", "-o", first)
	fresh := newEnv(t)
	fresh.now = fixedNow.Add(3 * time.Hour)
	out = must(t, fresh, "import", first)
	if !strings.Contains(out, "imported 1 goals, 2 tasks, 1 check-ins, 1 reflections, 0 reviews") {
		t.Errorf("import printed %q", out)
	}
	second := filepath.Join(fresh.dir, "second.json")
	must(t, fresh, "export", "-o", second)
	a, stampA := withoutExportedAt(t, readFile(t, first))
	b, stampB := withoutExportedAt(t, readFile(t, second))
	if a != b {
		t.Errorf("exports differ beyond exported_at:\n%s\n---\n%s", a, b)
	}
	if !strings.Contains(stampA, "2026-11-28T12:00:00Z") || !strings.Contains(stampB, "2026-11-28T15:00:00Z") {
		t.Errorf("exported_at lines: %q and %q", stampA, stampB)
	}
	for _, want := range []string{`"title": "Read the runtime source"`, `"goal_id": 1`, `"repeat": "weekdays"`, `"created": "2026-11-28T12:00:00Z"`,
		`"task_id": 1`, `"date": "2026-11-28"`, `"minutes": 30`, `"《Go 语言设计与实现》"`, `"tags": [`, `"go"`, `"due": "2026-12-04"`} {
		if !strings.Contains(a, want) {
			t.Errorf("export lacks %s:\n%s", want, a)
		}
	}
	// The imported database behaves like the original.
	if tj := parseToday(t, must(t, fresh, "today", "--json")); len(tj.Tasks) != 1 || tj.Tasks[0].ID != 1 || !tj.Tasks[0].Done {
		t.Errorf("today in the imported database = %+v", tj)
	}
	// New ids continue after the imported ones.
	if out := must(t, fresh, "add", "Third", "--due", "today"); !strings.Contains(out, "added task 3") {
		t.Errorf("add after import printed %q", out)
	}

	// A week later, after three of the five weekdays: adherence 3/5. The
	// first Saturday's tick is extra: a weekdays habit is not due then.
	env.vars["COACH_TODAY"] = "2026-12-05"
	for _, d := range []string{"monday", "wednesday", "friday"} {
		must(t, env, "done", "1", "--date", d)
	}
	goals = nil
	if err := json.Unmarshal([]byte(must(t, env, "goals", "--json")), &goals); err != nil {
		t.Fatal(err)
	}
	if len(goals) != 1 || goals[0]["progress"] != 0.6 {
		t.Errorf("goals --json a week later = %v, want progress 0.6", goals)
	}

	// A goal marked done counts as complete.
	must(t, env, "goal", "done", "1")
	goals = nil
	if err := json.Unmarshal([]byte(must(t, env, "goals", "--json", "--all")), &goals); err != nil {
		t.Fatal(err)
	}
	if len(goals) != 1 || goals[0]["progress"] != 1.0 || goals[0]["status"] != "done" {
		t.Errorf("goals --all --json after goal done = %v", goals)
	}
	if out := must(t, env, "goals", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("goals --json lists a done goal: %s", out)
	}
}

func TestExportFile(t *testing.T) {
	env := newEnv(t)
	seed(t, env)
	path := filepath.Join(env.dir, "out.json")
	if err := os.WriteFile(path, []byte("precious\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	failsWith(t, env, 1, []string{path, "already exists", "--force"}, "export", "-o", path)
	sameFile(t, path, []byte("precious\n"), "export without --force")

	must(t, env, "export", "-o", path, "--force")
	b := readFile(t, path)
	if !bytes.HasPrefix(b, []byte("{\n  \"format\": \"coach\",\n  \"version\": 5,")) {
		t.Errorf("export --force wrote %.60q", b)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("export file mode = %v, %v; want 0600", fi.Mode().Perm(), err)
	}
	if _, err := os.Stat(path + ".partial"); err == nil {
		t.Error("export left a .partial file behind")
	}
	newPath := filepath.Join(env.dir, "new.json")
	must(t, env, "export", "-o", newPath)
	if fi, err := os.Stat(newPath); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("new export file mode = %v, %v; want 0600", fi.Mode().Perm(), err)
	}
	// Standard output gets the same document.
	if out := must(t, env, "export"); out != string(readFile(t, newPath)) {
		t.Error("export to stdout differs from export -o")
	}

	md := must(t, env, "export", "--format", "markdown")
	for _, want := range []string{"# coach journal", "## depth", "### Master Go's runtime (active)", "- Read the runtime source (weekdays, done 1×)",
		"## Tasks without a goal", "- Write the design doc (once, done 0×)"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown export lacks %q:\n%s", want, md)
		}
	}
	csvOut := must(t, env, "export", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(csvOut)).ReadAll()
	if err != nil {
		t.Fatalf("csv export: %v\n%s", err, csvOut)
	}
	if !strings.HasPrefix(csvOut, "date,task_id,task,competency,repeat,minutes,note\n") || len(rows) != 2 ||
		strings.Join(rows[1], "|") != "2026-11-28|1|Read the runtime source|depth|weekdays|30|" {
		t.Errorf("csv export = %q", rows)
	}
	csvPath := filepath.Join(env.dir, "out.csv")
	must(t, env, "export", "--format", "CSV", "-o", csvPath)
	if string(readFile(t, csvPath)) != csvOut {
		t.Error("csv export to a file differs from stdout")
	}

	failsWith(t, env, 2, []string{`"xml"`}, "export", "--format", "xml")
	xmlPath := filepath.Join(env.dir, "out.xml")
	failsWith(t, env, 2, []string{`"xml"`}, "export", "--format", "xml", "-o", xmlPath)
	if _, err := os.Stat(xmlPath); err == nil {
		t.Error("export --format xml wrote a file")
	}
}

// exportDoc is a valid export of a goal, a task and a check-in; tests break it.
const exportDoc = `{
  "format": "coach", "version": 1, "exported_at": "2026-11-28T09:00:00Z",
  "goals": [{"id": 4, "title": "Imported goal", "competency": "breadth", "why": "", "target": "",
             "resources": [], "status": "active", "created": "2026-11-01T08:00:00Z"}],
  "tasks": [{"id": 7, "title": "Imported task", "goal_id": 4, "competency": "breadth", "repeat": "daily",
             "due": "", "minutes": 15, "notes": "", "archived": false, "created": "2026-11-01T08:00:00Z"}],
  "checkins": [{"task_id": 7, "date": "2026-11-27", "minutes": 15, "note": ""}],
  "reflections": [], "reviews": []
}
`

func TestImport(t *testing.T) {
	env := newEnv(t)
	seed(t, env)
	file := filepath.Join(env.dir, "import.json")
	if err := os.WriteFile(file, []byte(exportDoc), 0o600); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, env.db)
	failsWith(t, env, 1, []string{env.db, "already holds records", "--replace"}, "import", file)
	sameFile(t, env.db, before, "import without --replace")

	out, errOut, code := run(t, env, "import", file, "--replace")
	if code != 0 || !strings.Contains(out, "imported 1 goals, 1 tasks, 1 check-ins, 0 reflections, 0 reviews") {
		t.Fatalf("import --replace: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	kept, _ := filepath.Glob(env.db + ".before-import-*")
	if len(kept) != 1 {
		t.Fatalf("backups beside the database: %q, want one *.before-import-*", kept)
	}
	if !strings.Contains(errOut, kept[0]) {
		t.Errorf("import --replace did not name the backup %s: %q", kept[0], errOut)
	}
	if fi, err := os.Stat(kept[0]); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("backup mode = %v, %v", fi.Mode().Perm(), err)
	}
	ds := dump(t, env)
	if len(ds.Goals) != 1 || ds.Goals[0].ID != 4 || len(ds.Tasks) != 1 || ds.Tasks[0].ID != 7 || len(ds.CheckIns) != 1 || len(ds.Reflections) != 0 {
		t.Errorf("database after import --replace = %+v", ds)
	}
	// The backup holds the records from before.
	old := newEnv(t)
	old.vars["COACH_DB"] = kept[0]
	if ds := dump(t, old); len(ds.Tasks) != 2 || ds.Tasks[0].Title != "Read the runtime source" {
		t.Errorf("backup holds %+v", ds.Tasks)
	}

	bad := []struct {
		name, doc string
		want      []string
	}{
		{"wrong format", strings.Replace(exportDoc, `"format": "coach"`, `"format": "todo"`, 1), []string{`format is "todo"`}},
		{"wrong version", strings.Replace(exportDoc, `"version": 1`, `"version": 6`, 1), []string{"version 6 is not supported"}},
		{"truncated", exportDoc[:len(exportDoc)/2], []string{"empty or truncated"}},
		{"empty", "", []string{"empty or truncated"}},
		{"check-in for a missing task", strings.Replace(exportDoc, `"task_id": 7`, `"task_id": 9`, 1), []string{"checkins[0]: task 9 does not exist", "nothing was imported"}},
		{"task with a missing goal", strings.Replace(exportDoc, `"goal_id": 4`, `"goal_id": 5`, 1), []string{"tasks[0] (id 7): goal 5 does not exist"}},
		{"bad repeat", strings.Replace(exportDoc, `"repeat": "daily"`, `"repeat": "mon,,fri"`, 1), []string{`unknown repeat rule "mon,,fri"`}},
		{"a string for a number", strings.Replace(exportDoc, `"minutes": 15,`, `"minutes": "15",`, 1), []string{`field "tasks.minutes"`}},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			f := filepath.Join(env.dir, "bad.json")
			if err := os.WriteFile(f, []byte(tt.doc), 0o600); err != nil {
				t.Fatal(err)
			}
			before := readFile(t, env.db)
			failsWith(t, env, 1, append([]string{f}, tt.want...), "import", f, "--replace")
			sameFile(t, env.db, before, "a failed import")
			if kept2, _ := filepath.Glob(env.db + ".before-import-*"); len(kept2) != 1 {
				t.Errorf("a failed import left a backup: %q", kept2)
			}
		})
	}
	failsWith(t, env, 1, []string{"missing.json"}, "import", filepath.Join(env.dir, "missing.json"))
	failsWith(t, env, 2, []string{"import needs an export file"}, "import")
}

func TestBadInput(t *testing.T) {
	env := newEnv(t)
	seed(t, env)
	long := strings.Repeat("x", 201)
	tests := []struct {
		name string
		code int
		want []string
		args []string
	}{
		{"empty title", 1, []string{"title is empty"}, []string{"add", ""}},
		{"whitespace title", 1, []string{"title is empty"}, []string{"add", "  \t "}},
		{"201-character title", 1, []string{"title is 201 characters long; the limit is 200"}, []string{"add", long}},
		{"201-character goal title", 1, []string{"title is 201 characters long"}, []string{"goal", "add", long, "--competency", "depth"}},
		{"unknown competency", 1, []string{`unknown competency "cooking"`}, []string{"add", "Bake", "--competency", "cooking"}},
		{"unknown goal competency", 1, []string{`unknown competency "cooking"`}, []string{"goal", "add", "Bake", "--competency", "cooking"}},
		{"competency against the goal's", 1, []string{"goal 1 is in depth", "--competency breadth"}, []string{"add", "x", "--goal", "1", "--competency", "breadth"}},
		{"unknown competency with a goal", 1, []string{`unknown competency "cooking"`}, []string{"add", "x", "--goal", "1", "--competency", "cooking"}},
		{"unknown repeat rule", 1, []string{`unknown repeat rule "funday"`}, []string{"add", "Rest", "--repeat", "funday"}},
		{"repeat with an empty item", 1, []string{`unknown repeat rule "mon,,fri"`}, []string{"add", "Rest", "--repeat", "mon,,fri"}},
		{"8/week", 1, []string{`"8/week"`}, []string{"add", "Rest", "--repeat", "8/week"}},
		{"impossible due date", 2, []string{`"2026-02-30"`}, []string{"add", "Rest", "--due", "2026-02-30"}},
		{"impossible done date", 2, []string{`"2026-02-30"`}, []string{"done", "1", "--date", "2026-02-30"}},
		{"impossible target", 2, []string{`"2026-02-30"`}, []string{"goal", "add", "G", "--competency", "depth", "--target", "2026-02-30"}},
		{"impossible today date", 2, []string{`"2026-02-30"`}, []string{"today", "--date", "2026-02-30"}},
		{"due with a habit", 2, []string{"--due", `"daily"`}, []string{"add", "Rest", "--repeat", "daily", "--due", "friday"}},
		{"rating 0", 1, []string{"rating must be 1 to 5, got 0"}, []string{"reflect", "-m", "x", "--rating", "0"}},
		{"rating 6", 1, []string{"rating must be 1 to 5, got 6"}, []string{"reflect", "-m", "x", "--rating", "6"}},
		{"no rating", 2, []string{"--rating"}, []string{"reflect", "-m", "x"}},
		{"tag with a space", 1, []string{`tag "two words"`}, []string{"reflect", "-m", "x", "--rating", "3", "--tag", "two words"}},
		{"negative minutes on done", 1, []string{"got -5"}, []string{"done", "2", "--minutes", "-5"}},
		{"negative minutes on add", 1, []string{"got -5"}, []string{"add", "Rest", "--minutes", "-5"}},
		{"done 99", 1, []string{"no task with id 99"}, []string{"done", "99"}},
		{"undone 99", 1, []string{"no task with id 99"}, []string{"undone", "99"}},
		{"goal done 99", 1, []string{"no goal with id 99"}, []string{"goal", "done", "99"}},
		{"add to goal 99", 1, []string{"no goal with id 99"}, []string{"add", "x", "--goal", "99"}},
		{"undone a task not done", 1, []string{"task 2 is not done on 2026-11-28"}, []string{"undone", "2"}},
		{"non-numeric id", 2, []string{`invalid id "abc"`}, []string{"done", "abc"}},
		{"id 0", 2, []string{`invalid id "0"`}, []string{"undone", "0"}},
		{"non-numeric goal id", 2, []string{`invalid id "one"`}, []string{"goal", "archive", "one"}},
		{"future done date", 1, []string{"2026-11-29 is in the future"}, []string{"done", "1", "--date", "2026-11-29"}},
		{"future done date by name", 1, []string{"2026-11-29 is in the future"}, []string{"done", "1", "--date", "tomorrow"}},
		{"future reflection", 1, []string{"2026-12-01 is in the future"}, []string{"reflect", "-m", "x", "--rating", "3", "--date", "2026-12-01"}},
		{"unknown command", 2, []string{`"frobnicate"`}, []string{"frobnicate"}},
		{"unknown subcommand", 2, []string{`"frobnicate"`}, []string{"goal", "frobnicate"}},
		{"unknown flag", 2, []string{"--bogus"}, []string{"today", "--bogus"}},
		{"bad flag value", 2, []string{`"abc"`}, []string{"add", "x", "--minutes", "abc"}},
		{"flag without its value", 2, []string{"minutes"}, []string{"add", "x", "--minutes"}},
		{"missing argument", 2, []string{"task id"}, []string{"done"}},
		{"missing title", 2, []string{"title"}, []string{"add"}},
		{"missing goal id", 2, []string{"goal id"}, []string{"goal", "done"}},
		{"too many arguments", 2, []string{"2"}, []string{"done", "1", "2"}},
		{"extra argument", 2, []string{`"extra"`}, []string{"today", "extra"}},
		{"unknown language", 1, []string{`"klingon"`}, []string{"--lang", "klingon", "guide"}},
		// a write that would print in an unknown language is not made
		{"unknown language on add", 1, []string{`"klingon"`}, []string{"--lang", "klingon", "add", "x"}},
		{"unknown language on done", 1, []string{`"klingon"`}, []string{"--lang", "klingon", "done", "1"}},
		{"unknown language on goal add", 1, []string{`"klingon"`}, []string{"--lang", "klingon", "goal", "add", "G", "--competency", "depth"}},
		{"unknown language on reflect", 1, []string{`"klingon"`}, []string{"--lang", "klingon", "reflect", "-m", "x", "--rating", "3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := readFile(t, env.db)
			failsWith(t, env, tt.code, tt.want, tt.args...)
			sameFile(t, env.db, before, tt.name)
		})
	}
	// The database still holds exactly what seed wrote.
	ds := dump(t, env)
	if len(ds.Goals) != 1 || len(ds.Tasks) != 2 || len(ds.CheckIns) != 1 || len(ds.Reflections) != 0 {
		t.Errorf("after the bad inputs the database holds %d goals, %d tasks, %d check-ins, %d reflections",
			len(ds.Goals), len(ds.Tasks), len(ds.CheckIns), len(ds.Reflections))
	}
}

func TestBadEnvironment(t *testing.T) {
	env := newEnv(t)
	env.vars["COACH_TODAY"] = "2026-02-30"
	failsWith(t, env, 1, []string{"COACH_TODAY", `"2026-02-30"`}, "today")

	env = newEnv(t)
	if err := os.MkdirAll(filepath.Dir(env.db), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(env.db, []byte("not a database, just some text that is long enough to be read"), 0o600); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, env.db)
	failsWith(t, env, 1, []string{env.db}, "today")
	sameFile(t, env.db, before, "opening a file that is not a database")
}

func TestDoneUndone(t *testing.T) {
	env := newEnv(t)
	seed(t, env)
	must(t, env, "done", "2", "--date", "yesterday", "--minutes", "45", "--note", "first draft")
	ds := dump(t, env)
	if len(ds.CheckIns) != 2 {
		t.Fatalf("check-ins = %+v", ds.CheckIns)
	}
	if c := ds.CheckIns[0]; c.TaskID != 2 || c.Date.String() != "2026-11-27" || c.Minutes != 45 || c.Note != "first draft" {
		t.Errorf("check-in of task 2 = %+v", c)
	}
	if c := ds.CheckIns[1]; c.TaskID != 1 || c.Minutes != 30 {
		t.Errorf("done without --minutes should record the planned 30: %+v", c)
	}
	if out := must(t, env, "undone", "1"); !strings.Contains(out, "undone: 1 on 2026-11-28") {
		t.Errorf("undone printed %q", out)
	}
	if tj := parseToday(t, must(t, env, "today", "--json")); tj.Total != 0 || len(tj.Tasks) != 0 {
		t.Errorf("today after undone on a Saturday = %+v", tj)
	}
	must(t, env, "undone", "2", "--date", "2026-11-27")
	if ds := dump(t, env); len(ds.CheckIns) != 0 {
		t.Errorf("check-ins after undone = %+v", ds.CheckIns)
	}
}

func TestReflect(t *testing.T) {
	env := newEnv(t)
	out := must(t, env, "reflect", "-m", "how net/http pools connections", "--rating", "4", "--solved", "a flaky test",
		"--collaborated", "paired with Ana", "--idea", "a pool dashboard", "--next", "read transport.go", "--tag", "Go", "--tag", "net")
	if !strings.Contains(out, "saved the reflection of 2026-11-28 (rating 4/5)") {
		t.Errorf("reflect printed %q", out)
	}
	ds := dump(t, env)
	if len(ds.Reflections) != 1 {
		t.Fatalf("reflections = %+v", ds.Reflections)
	}
	r := ds.Reflections[0]
	if r.Date.String() != "2026-11-28" || r.Learned != "how net/http pools connections" || r.Solved != "a flaky test" ||
		r.Collaborated != "paired with Ana" || r.Idea != "a pool dashboard" || r.Next != "read transport.go" || r.Rating != 4 ||
		strings.Join(r.Tags, ",") != "go,net" {
		t.Errorf("saved reflection = %+v", r)
	}
	// A second reflect adds to the parts it is given and keeps the others.
	out = must(t, env, "reflect", "--idea", "a better idea", "--tag", "pool")
	if !strings.Contains(out, "added to idea of the reflection of 2026-11-28 (rating 4/5)") || strings.Contains(out, "kept") {
		t.Errorf("a second reflect printed %q", out)
	}
	r = dump(t, env).Reflections[0]
	if r.Idea != "a pool dashboard\n\na better idea" || r.Learned != "how net/http pools connections" || r.Rating != 4 ||
		strings.Join(r.Tags, ",") != "go,net,pool" {
		t.Errorf("after reflect --idea: %+v", r)
	}
	if kept, _ := filepath.Glob(env.db + ".replaced-*"); len(kept) > 0 {
		t.Errorf("adding to a reflection kept a copy: %v", kept)
	}
	// The same again adds nothing: a script that runs twice writes once.
	before := readFile(t, env.db)
	if out := must(t, env, "reflect", "--idea", "a better idea"); !strings.Contains(out, "already holds this: nothing changed") {
		t.Errorf("the same reflect again printed %q", out)
	}
	sameFile(t, env.db, before, "the same reflect again")
	// --replace puts the text in place and keeps the earlier text, as it
	// was, in a file it names.
	out = must(t, env, "reflect", "--idea", "the best idea", "--next", "x", "--rating", "5", "--replace")
	if !strings.Contains(out, "replaced idea, next of the reflection of 2026-11-28 (rating 5/5)") {
		t.Errorf("reflect --replace printed %q", out)
	}
	_, kept, ok := strings.Cut(out, "the earlier text is kept in ")
	kept = strings.TrimSpace(kept)
	text, err := os.ReadFile(kept)
	if !ok || err != nil || !strings.Contains(string(text), "## idea\n\na pool dashboard\n\na better idea\n") ||
		!strings.Contains(string(text), "## next\n\nread transport.go\n") || !strings.Contains(string(text), "rating 4/5") {
		t.Errorf("reflect --replace kept %q (%v): %q", kept, err, text)
	}
	if fi, err := os.Stat(kept); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the kept text's file: %v %v", fi, err)
	}
	r = dump(t, env).Reflections[0]
	if r.Idea != "the best idea" || r.Next != "x" || r.Learned != "how net/http pools connections" || r.Rating != 5 {
		t.Errorf("after reflect --replace: %+v", r)
	}
	// --replace without text is a usage error
	failsWith(t, env, 2, []string{"--replace needs the text"}, "reflect", "--replace", "--rating", "3")
	// Another day.
	must(t, env, "reflect", "--date", "yesterday", "-m", "小步快跑", "--rating", "2")
	ds = dump(t, env)
	if len(ds.Reflections) != 2 || ds.Reflections[0].Date.String() != "2026-11-27" || ds.Reflections[0].Learned != "小步快跑" {
		t.Errorf("reflections = %+v", ds.Reflections)
	}
}

// editorScript writes an executable shell script and returns its path.
func editorScript(t *testing.T, dir, body string) string {
	t.Helper()
	path := filepath.Join(dir, "editor.sh")
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"+body), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReflectInEditor(t *testing.T) {
	env := newEnv(t)
	seen := filepath.Join(env.dir, "seen.md")
	// The editor keeps a copy of what it was given, fills in the rating,
	// the tags and two sections, and leaves the rest of the template.
	env.vars["EDITOR"] = editorScript(t, env.dir, `set -e
cp "$1" '`+seen+`'
awk '/^#~[0-9a-f]+ rating:/ { print $1 " rating: 5"; next }
  /^#~[0-9a-f]+ tags:/ { print $1 " tags: Go, runtime"; next }
  { print }
  /^#~[0-9a-f]+ ## learned / { print "how the scheduler steals work" }
  /^#~[0-9a-f]+ ## next / { print "read proc.go"; print "then mgc.go" }' "$1" > "$1.new"
mv "$1.new" "$1"
`)
	out := must(t, env, "reflect")
	if !strings.Contains(out, "saved the reflection of 2026-11-28 (rating 5/5)") {
		t.Errorf("reflect printed %q", out)
	}
	tmpl := string(readFile(t, seen))
	for _, want := range []string{" Reflection of 2026-11-28.", " rating: \n", " tags: \n", " ## learned · What did I learn today?\n", " ## solved · ", " ## collaborated · ", " ## idea · ", " ## next · "} {
		if !strings.Contains(tmpl, want) {
			t.Errorf("the editor's template lacks %q:\n%s", want, tmpl)
		}
	}
	ds := dump(t, env)
	if len(ds.Reflections) != 1 {
		t.Fatalf("reflections = %+v", ds.Reflections)
	}
	r := ds.Reflections[0]
	if r.Rating != 5 || r.Learned != "how the scheduler steals work" || r.Next != "read proc.go\nthen mgc.go" ||
		r.Solved != "" || r.Idea != "" || strings.Join(r.Tags, ",") != "go,runtime" {
		t.Errorf("reflection from the editor = %+v", r)
	}

	// Editing again shows the saved text; --rating sets the rating line.
	env.vars["EDITOR"] = editorScript(t, env.dir, `cp "$1" '`+seen+`'`+"\n")
	must(t, env, "reflect", "--rating", "3")
	tmpl = string(readFile(t, seen))
	for _, want := range []string{" rating: 3\n", " tags: go, runtime\n", " ## learned · ", "how the scheduler steals work\n", "read proc.go\nthen mgc.go\n"} {
		if !strings.Contains(tmpl, want) {
			t.Errorf("the second template lacks %q:\n%s", want, tmpl)
		}
	}
	if r := dump(t, env).Reflections[0]; r.Rating != 3 || r.Learned != "how the scheduler steals work" || r.Next != "read proc.go\nthen mgc.go" {
		t.Errorf("after an unchanged edit: %+v", r)
	}

	// An editor that fails saves nothing.
	env2 := newEnv(t)
	env2.vars["EDITOR"] = editorScript(t, env2.dir, `echo "rating: 5" > "$1"; exit 3`+"\n")
	run(t, env2) // the app creates the database; reading commands do not
	before := readFile(t, env2.db)
	failsWith(t, env2, 1, []string{"editor", "exit status 3", "nothing was saved"}, "reflect")
	sameFile(t, env2.db, before, "a failed editor")
	if ds := dump(t, env2); len(ds.Reflections) != 0 {
		t.Errorf("a failed editor saved %+v", ds.Reflections)
	}

	// An editor that leaves the rating empty saves nothing either.
	env2.vars["EDITOR"] = editorScript(t, env2.dir, "true\n")
	failsWith(t, env2, 2, []string{"rating"}, "reflect")
	sameFile(t, env2.db, before, "an empty reflection")
}

func TestBackupRestoreCheck(t *testing.T) {
	env := newEnv(t)
	seed(t, env)
	if out := must(t, env, "check"); !strings.Contains(out, env.db+" is fine") {
		t.Errorf("check printed %q", out)
	}
	backup := filepath.Join(env.dir, "backup.db")
	if out := must(t, env, "backup", backup); !strings.Contains(out, "backed up "+env.db+" to "+backup) {
		t.Errorf("backup printed %q", out)
	}
	if fi, err := os.Stat(backup); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("backup mode = %v, %v", fi.Mode().Perm(), err)
	}
	saved := dump(t, env)
	failsWith(t, env, 1, []string{backup, "already exists"}, "backup", backup)

	// Change the database, then restore the backup.
	must(t, env, "add", "Added after the backup", "--due", "today")
	must(t, env, "done", "2")
	if ds := dump(t, env); len(ds.Tasks) != 3 {
		t.Fatalf("tasks = %d", len(ds.Tasks))
	}
	out, errOut, code := run(t, env, "restore", backup)
	if code != 0 || !strings.Contains(out, "restored "+env.db+" from "+backup) {
		t.Fatalf("restore: exit %d, %q, %q", code, out, errOut)
	}
	kept, _ := filepath.Glob(env.db + ".before-restore-*")
	if len(kept) != 1 || !strings.Contains(errOut, kept[0]) {
		t.Errorf("restore kept %q; stderr %q", kept, errOut)
	}
	restored := dump(t, env)
	if a, _ := json.Marshal(saved); string(a) != mustJSON(t, restored) {
		t.Errorf("restore did not bring the backup back:\n%+v\n%+v", saved, restored)
	}
	if out := must(t, env, "check"); !strings.Contains(out, "is fine") {
		t.Errorf("check after restore printed %q", out)
	}
	if fi, err := os.Stat(env.db); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("database mode after restore = %v, %v", fi.Mode().Perm(), err)
	}

	// A file that is not a database is refused and changes nothing.
	junk := filepath.Join(env.dir, "junk.db")
	if err := os.WriteFile(junk, bytes.Repeat([]byte("junk"), 2048), 0o600); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, env.db)
	failsWith(t, env, 1, []string{junk}, "restore", junk)
	sameFile(t, env.db, before, "restoring junk")
	failsWith(t, env, 1, []string{"nothing.db", "does not exist"}, "restore", filepath.Join(env.dir, "nothing.db"))
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// With --lang zh, what the command line prints for a person is Chinese;
// --json and ids stay as they are.
func TestChineseOutput(t *testing.T) {
	env := newEnv(t)
	env.vars["COACH_LANG"] = "zh"
	run(t, env) // the app creates the database
	for _, step := range []struct {
		args []string
		want string
	}{
		{[]string{"goals"}, "还没有目标。添加一个："},
		{[]string{"today"}, "2026-11-28 周六 · 已完成 0/0\n\n今天没有待办。"},
		{[]string{"goal", "add", "搞懂 Go 调度器", "--competency", "depth", "--target", "2027-06-30"}, "已添加目标 1：搞懂 Go 调度器（技术深度）"},
		{[]string{"add", "读运行时源码", "--goal", "1", "--repeat", "mon,wed,fri,sat", "--minutes", "30"}, "已添加任务 1：读运行时源码（技术深度，周一、周三、周五、周六）"},
		{[]string{"add", "写设计文档", "--due", "friday", "--competency", "collaboration"}, "已添加任务 2：写设计文档（沟通协作能力，截止 2026-12-04）"},
		{[]string{"done", "1"}, "已完成：1 读运行时源码（2026-11-28）"},
		{[]string{"today"}, "2026-11-28 周六 · 已完成 1/1\n\n技术深度\n     1 [x] 读运行时源码 （周一、周三、周五、周六，30 分钟）"},
		{[]string{"undone", "1"}, "已取消完成：1（2026-11-28）"},
		{[]string{"goals"}, "技术深度\n     1 ░░░░░░░░░░ 习惯 0%（28 天）   搞懂 Go 调度器（1 个任务 · 目标日期 2027-06-30）"},
		{[]string{"goal", "done", "1"}, "目标 1 已完成：搞懂 Go 调度器"},
		{[]string{"reflect", "-m", "读懂了 work stealing", "--rating", "4"}, "已保存 2026-11-28 的反思（评分 4/5）"},
	} {
		if out := must(t, env, step.args...); !strings.Contains(out, step.want) {
			t.Errorf("coach %s printed:\n%s\nwant it to hold:\n%s", strings.Join(step.args, " "), out, step.want)
		}
	}
	tj := parseToday(t, must(t, env, "today", "--json"))
	if len(tj.Tasks) != 1 || tj.Tasks[0].Competency != "depth" || tj.Tasks[0].Repeat != "mon,wed,fri,sat" {
		t.Errorf("today --json changed with the language: %+v", tj)
	}
	// the data commands
	copyPath, export := filepath.Join(env.dir, "copy.db"), filepath.Join(env.dir, "all.json")
	must(t, env, "export", "-o", export)
	for _, step := range []struct {
		args []string
		want string
	}{
		{[]string{"check"}, env.db + " 完好无损"},
		{[]string{"backup", copyPath}, "已将 " + env.db + " 备份到 " + copyPath},
		{[]string{"import", "--replace", export}, "已导入 1 个目标、2 个任务、0 次打卡、1 篇反思、0 篇每周回顾"},
		{[]string{"restore", copyPath}, "已用 " + copyPath + " 恢复 " + env.db},
	} {
		if out := must(t, env, step.args...); !strings.Contains(out, step.want) {
			t.Errorf("coach %s printed:\n%s\nwant it to hold:\n%s", strings.Join(step.args, " "), out, step.want)
		}
	}
	// tags typed with Chinese commas are tags, as in the app
	env.vars["EDITOR"] = editorScript(t, env.dir, `sed -i 's/^\(#~[0-9a-f]*\) tags:.*/\1 tags: 并发，调度/' "$1"`+"\n")
	must(t, env, "reflect", "--rating", "5")
	if r := dump(t, env).Reflections[0]; strings.Join(r.Tags, "|") != "并发|调度" {
		t.Errorf("tags from the editor = %q", r.Tags)
	}
	// the reflection template in $EDITOR: a Chinese header and prompts,
	// the keys as they are
	seen := filepath.Join(env.dir, "seen.md")
	env.vars["EDITOR"] = editorScript(t, env.dir, `cp "$1" '`+seen+`'`+"\n")
	must(t, env, "reflect", "--rating", "5")
	tmpl := string(readFile(t, seen))
	for _, want := range []string{" 2026-11-28 的反思。", " rating: 5\n", " ## learned · " + content.CoachData(content.ZH).Reflection.Learned + "\n读懂了 work stealing\n"} {
		if !strings.Contains(tmpl, want) {
			t.Errorf("the template lacks %q:\n%s", want, tmpl)
		}
	}
}

func TestDatabaseFiles(t *testing.T) {
	env := newEnv(t)
	run(t, env) // the app creates the database; reading commands do not
	fi, err := os.Stat(env.db)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("database mode = %v, %v; want 0600", fi.Mode().Perm(), err)
	}
	if di, err := os.Stat(filepath.Dir(env.db)); err != nil || di.Mode().Perm() != 0o700 {
		t.Errorf("data directory mode = %v, %v; want 0700", di.Mode().Perm(), err)
	}
	// --db wins over COACH_DB.
	other := filepath.Join(env.dir, "other.db")
	must(t, env, "--db", other, "add", "Elsewhere", "--due", "today")
	if _, err := os.Stat(other); err != nil {
		t.Errorf("--db did not create %s: %v", other, err)
	}
	if ds := dump(t, env); len(ds.Tasks) != 0 {
		t.Errorf("--db wrote into COACH_DB: %+v", ds.Tasks)
	}
	// Without COACH_DB, the XDG data directory.
	xdg := newEnv(t)
	delete(xdg.vars, "COACH_DB")
	xdg.vars["XDG_DATA_HOME"] = filepath.Join(xdg.dir, "xdg")
	run(t, xdg)
	if _, err := os.Stat(filepath.Join(xdg.dir, "xdg", "coach", "coach.db")); err != nil {
		t.Errorf("no database under XDG_DATA_HOME: %v", err)
	}
}

func TestTUIAndReading(t *testing.T) {
	env := newEnv(t)
	out, errOut, code := run(t, env)
	if code != 0 || env.tuiCalls != 1 {
		t.Fatalf("coach with no arguments: exit %d, TUI called %d times, stdout %q, stderr %q", code, env.tuiCalls, out, errOut)
	}
	if env.tuiOpts.Store == nil || env.tuiOpts.Store.Path() != env.db || env.tuiOpts.Lang != content.EN ||
		env.tuiOpts.Today == nil || env.tuiOpts.Today().String() != "2026-11-28" {
		t.Errorf("TUI options = %+v", env.tuiOpts)
	}
	run(t, env, "--lang", "zh")
	if env.tuiCalls != 2 || env.tuiOpts.Lang != content.ZH {
		t.Errorf("coach --lang zh: TUI calls %d, lang %q", env.tuiCalls, env.tuiOpts.Lang)
	}
	run(t, env, "today")
	if env.tuiCalls != 2 {
		t.Error("coach today started the TUI")
	}

	if out := must(t, env, "goal"); !strings.Contains(out, "add") || !strings.Contains(out, "archive") {
		t.Errorf("coach goal should print its help:\n%s", out)
	}

	if out := must(t, env, "version"); !strings.Contains(out, "coach "+cli.Version) {
		t.Errorf("version printed %q", out)
	}
	if out := must(t, env, "--version"); !strings.Contains(out, cli.Version) {
		t.Errorf("--version printed %q", out)
	}

	guide := must(t, env, "guide")
	for _, want := range []string{"depth", "Technical depth", "breadth", "method-learning"} {
		if !strings.Contains(guide, want) {
			t.Errorf("guide list lacks %q:\n%s", want, guide)
		}
	}
	// Into a buffer (not a terminal): plain text wrapped to 80 columns,
	// the heading without its "#"; --raw gives the stored file.
	depth := must(t, env, "guide", "depth")
	if !strings.HasPrefix(depth, "Technical depth\n\n") || strings.Contains(depth, "\x1b[") || strings.Contains(depth, "# ") {
		t.Errorf("guide depth to a buffer should be plain text:\n%.200s", depth)
	}
	for i, line := range strings.Split(depth, "\n") {
		if len([]rune(line)) > 80 {
			t.Errorf("guide depth line %d is wider than 80 columns: %q", i+1, line)
		}
	}
	if raw := must(t, env, "guide", "depth", "--raw"); !strings.HasPrefix(raw, "---\nid: depth\n") || !strings.Contains(raw, "\n# Technical depth\n") {
		t.Errorf("guide depth --raw should be the stored file:\n%.200s", raw)
	}
	failsWith(t, env, 1, []string{`"nope"`}, "guide", "nope")
	failsWith(t, env, 2, []string{"2"}, "guide", "depth", "breadth")

	faq := must(t, env, "faq")
	lines := strings.Split(strings.TrimSpace(faq), "\n")
	if len(lines) < 12 {
		t.Errorf("faq lists %d questions, want at least 12:\n%s", len(lines), faq)
	}
	if !strings.HasPrefix(strings.TrimSpace(lines[0]), "1  ") {
		t.Errorf("faq list does not number the questions: %q", lines[0])
	}
	first := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(lines[0]), "1"))
	answer := must(t, env, "faq", "1")
	if !strings.HasPrefix(answer, first+"\n") || len(answer) < len(first)+40 || strings.Contains(answer, "\x1b[") {
		t.Errorf("faq 1 should print the question %q and its answer:\n%.300s", first, answer)
	}
	failsWith(t, env, 1, []string{`"999"`}, "faq", "999")
	// A message quoting the user's words is not mistaken for cobra's own.
	failsWith(t, env, 1, []string{`"what if nobody accepts my idea"`}, "faq", "what if nobody accepts my idea")
	failsWith(t, env, 1, []string{`"an unknown flag"`}, "guide", "an unknown flag")
	failsWith(t, env, 1, []string{`"0"`}, "faq", "0")

	zh := must(t, env, "--lang", "zh", "guide")
	if !strings.Contains(zh, "技术深度") || !strings.Contains(zh, "depth") {
		t.Errorf("--lang zh guide lacks 技术深度:\n%s", zh)
	}
	env.vars["COACH_LANG"] = "zh"
	if out := must(t, env, "guide", "depth"); !strings.HasPrefix(out, "技术深度\n") {
		t.Errorf("COACH_LANG=zh guide depth:\n%.100s", out)
	}
	env.vars["COACH_LANG"] = ""
	env.vars["LANG"] = "zh_CN.UTF-8"
	if out := must(t, env, "guide"); !strings.Contains(out, "技术深度") {
		t.Errorf("LANG=zh_CN.UTF-8 guide:\n%s", out)
	}
	if out := must(t, env, "--lang", "en", "guide"); !strings.Contains(out, "Technical depth") {
		t.Errorf("--lang en does not win over LANG:\n%s", out)
	}
}

func TestBusyDatabase(t *testing.T) {
	env := newEnv(t)
	seed(t, env)
	before := readFile(t, env.db)

	db, err := bolt.Open(env.db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	old := store.LockTimeout
	store.LockTimeout = 200 * time.Millisecond
	defer func() { store.LockTimeout = old }()

	start := time.Now()
	failsWith(t, env, 1, []string{"another coach is using " + env.db}, "done", "1")
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("done on a busy database took %v", d)
	}
	failsWith(t, env, 1, []string{"another coach is using " + env.db}, "today")
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	sameFile(t, env.db, before, "a busy database")

	// Once the other process is gone, it works again.
	must(t, env, "done", "2")
}

// TestReflectEditorRoundTrip opens reflections that hold lines like the
// template's own in an editor that changes nothing, and then in one that
// changes one field: what the user did not touch comes back byte for byte.
func TestReflectEditorRoundTrip(t *testing.T) {
	hostile := []string{
		"#2495 fixed the leak\n#include <stdio.h>\n# A heading\n## next\n## learned\nrating: 1\ntags: x, y",
		"#~deadbeef ## next · a line that looks like a mark\n#~\n#~ rating: 2",
		"tabs\tstay\tput\n\n\nthree blank lines above,   spaces inside   \nand a CR\r\nline",
		"\x1b[31mred\x1b[0m, a bell \a, a NUL \x00 and a bidi \u202e mark",
		"第一行\n  indented code\n\tfunc main() {}\n---\n> a quote",
		"ends with hashes ##",
	}
	for i, text := range hostile {
		env := newEnv(t)
		must(t, env, "reflect", "--rating", "4", "-m", text, "--next", text, "--idea", "#"+text, "--tag", "go", "--tag", "c++")
		want := dump(t, env).Reflections[0]

		env.vars["EDITOR"] = editorScript(t, env.dir, "true\n")
		must(t, env, "reflect", "--rating", "2")
		got := dump(t, env).Reflections[0]
		want.Rating = 2
		if !reflect.DeepEqual(got, want) {
			t.Errorf("text %d: an unedited round trip changed the reflection:\n got %#v\nwant %#v", i, got, want)
		}

		// an edit of the solved part only leaves the others as they were
		env.vars["EDITOR"] = editorScript(t, env.dir, `awk '{ print } /^#~[0-9a-f]+ ## solved / { print "## next"; print "#not a comment" }' "$1" > "$1.new" && mv "$1.new" "$1"`+"\n")
		must(t, env, "reflect")
		got = dump(t, env).Reflections[0]
		want.Solved = "## next\n#not a comment"
		if !reflect.DeepEqual(got, want) {
			t.Errorf("text %d: editing one part changed another:\n got %#v\nwant %#v", i, got, want)
		}
	}
}

// TestReflectEditorKeepsUnreadableText: an edit that coach cannot read
// saves nothing and names the file that still holds what was typed.
func TestReflectEditorKeepsUnreadableText(t *testing.T) {
	env := newEnv(t)
	must(t, env, "reflect", "--rating", "3", "-m", "kept")
	before := readFile(t, env.db)
	for name, script := range map[string]string{
		"text above the headings": `{ echo "typed at the top"; cat "$1"; } > "$1.new" && mv "$1.new" "$1"`,
		"an unknown heading":      `sed -i 's/ ## idea / ## ideas /' "$1"`,
		"a heading twice":         `grep ' ## next ' "$1" > "$1.x" && cat "$1.x" >> "$1"`,
		"a rating in words":       `sed -i 's/ rating: 3/ rating: three/' "$1"`,
	} {
		env.vars["EDITOR"] = editorScript(t, env.dir, script+"\n")
		_, errOut, code := run(t, env, "reflect")
		_, kept, found := strings.Cut(errOut, "your text is kept in ")
		kept = strings.TrimSpace(kept)
		if code == 0 || !found {
			t.Errorf("%s: exit %d, stderr %q; want an error naming the kept file", name, code, errOut)
			continue
		}
		if data, err := os.ReadFile(kept); err != nil || !strings.Contains(string(data), "kept") {
			t.Errorf("%s: the kept file %s: %v %q", name, kept, err, data)
		}
		os.Remove(kept)
		sameFile(t, env.db, before, name)
	}
}

// COLUMNS narrower than the renderer takes wraps to its least width, not to
// the default 80.
func TestReadIntoANarrowPipe(t *testing.T) {
	env := newEnv(t)
	env.vars["COLUMNS"] = "10"
	out := must(t, env, "guide", "methods")
	for _, line := range strings.Split(out, "\n") {
		if w := len([]rune(line)); w > 16 {
			t.Fatalf("COLUMNS=10: a line of %d columns: %q", w, line)
		}
	}
}
