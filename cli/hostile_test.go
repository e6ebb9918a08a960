package cli_test

import (
	"coach/demo/benchset"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// hostileTitles are titles a user may type or an import may hold: escape
// sequences, controls, invalid UTF-8, bidi overrides, emoji, combining
// marks and Chinese.
var hostileTitles = []string{
	"\x1b[31mred\x1b[0m",
	"\x1b]0;pwned\x07",
	"nul\x00here",
	"\xff\xfe",
	"\u202eevil",
	"👩\u200d💻",
	"e\u0301",
	"学习 Go 运行时",
	"c1\u009b31m del\x7f",
	"zero\u200bwidth, mid\ufeffbom and \U000E0069\U000E0067\U000E006E tags",
}

// assertSafeOutput fails when a line of out holds anything a terminal would
// obey: ESC, BEL, NUL or another control, a C1 control, a bidi override,
// or invalid UTF-8.
func assertSafeOutput(t *testing.T, what, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s is not valid UTF-8: %q", what, out)
	}
	for i, line := range strings.Split(out, "\n") {
		for _, r := range line {
			if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 ||
				r == 0x200e || r == 0x200f || r == 0x061c || r == 0x2028 || r == 0x2029 || r == 0x200b || r == 0xfeff ||
				r >= 0xe0000 && r <= 0xe007f {
				t.Errorf("%s line %d holds %U: %q", what, i+1, r, line)
				break
			}
		}
	}
}

func TestHostileTextIsStoredAndPrintedSafely(t *testing.T) {
	env := newEnv(t)
	var printed []string
	for i, h := range hostileTitles {
		out := must(t, env, "goal", "add", h, "--competency", "depth", "--why", "why "+h+"\nline two", "--resource", h)
		printed = append(printed, out)
		out = must(t, env, "add", h, "--goal", fmt.Sprint(i+1), "--repeat", "daily", "--minutes", "20", "--notes", h)
		printed = append(printed, out)
		printed = append(printed, must(t, env, "done", fmt.Sprint(i+1), "--note", h))
	}
	must(t, env, "add", "plain one-off", "--competency", "learning", "--due", "today")
	must(t, env, "reflect", "--rating", "4", "-m", strings.Join(hostileTitles, " | "), "--idea", "\x1b[2J\x1b[Hclear", "--tag", "\x1b[1mtag")
	for _, out := range printed {
		assertSafeOutput(t, "a confirmation", out)
	}

	// Stored as given: byte for byte through the JSON export, except the
	// invalid UTF-8, which becomes U+FFFD when saved.
	ds := dump(t, env)
	if len(ds.Goals) != len(hostileTitles) || len(ds.Tasks) != len(hostileTitles)+1 || len(ds.CheckIns) != len(hostileTitles) {
		t.Fatalf("stored %d goals, %d tasks, %d check-ins", len(ds.Goals), len(ds.Tasks), len(ds.CheckIns))
	}
	for i, h := range hostileTitles {
		want := strings.ToValidUTF8(h, "\uFFFD")
		if g := ds.Goals[i]; g.Title != want || g.Resources[0] != want || g.Why != "why "+want+"\nline two" {
			t.Errorf("goal %d stored as %+q, want %+q", i+1, g.Title, want)
		}
		if tk := ds.Tasks[i]; tk.Title != want || tk.Notes != want {
			t.Errorf("task %d stored as %+q / %+q, want %+q", i+1, tk.Title, tk.Notes, want)
		}
		if c := ds.CheckIns[i]; c.Note != want {
			t.Errorf("check-in %d note stored as %+q, want %+q", i+1, c.Note, want)
		}
	}
	if r := ds.Reflections[0]; r.Learned != strings.ToValidUTF8(strings.Join(hostileTitles, " | "), "\uFFFD") || r.Idea != "\x1b[2J\x1b[Hclear" || r.Tags[0] != "\x1b[1mtag" {
		t.Errorf("reflection stored as %+v", r)
	}

	// The JSON export escapes what a terminal would obey and round-trips
	// through import to the same bytes.
	first := filepath.Join(env.dir, "first.json")
	must(t, env, "export", "-o", first)
	assertSafeOutput(t, "export", string(readFile(t, first)))
	fresh := newEnv(t)
	must(t, fresh, "import", first)
	second := filepath.Join(fresh.dir, "second.json")
	must(t, fresh, "export", "-o", second)
	a, _ := withoutExportedAt(t, readFile(t, first))
	b, _ := withoutExportedAt(t, readFile(t, second))
	if a != b {
		t.Errorf("export → import → export changed the file:\n%s\n---\n%s", a, b)
	}

	// Every view prints the text neutralised.
	for _, args := range [][]string{{"today"}, {"goals"}, {"goals", "--all"}, {"stats"}, {"stats", "--lang", "zh"},
		{"export", "--format", "markdown"}, {"export", "--format", "csv"}, {"tasks", "--all"}, {"log"}} {
		out := must(t, env, args...)
		assertSafeOutput(t, strings.Join(args, " "), out)
		if !strings.Contains(out, "␛[31mred␛[0m") {
			t.Errorf("%s does not show the escape as text:\n%s", strings.Join(args, " "), out)
		}
	}

	// The columns of stats line up whatever the title: the strength bar
	// starts at the same display column on every habit row.
	stats := must(t, env, "stats")
	col := -1
	rows := 0
	for _, line := range strings.Split(stats, "\n") {
		i := strings.IndexAny(line, "█░")
		if j := strings.Index(line, " new "); i < 0 && j >= 0 {
			i = j + 1 // a habit too young for a strength bar: "new" in its place
		}
		if i < 0 || !strings.HasPrefix(line, "  ") || strings.TrimSpace(line[:4]) != "" && !strings.ContainsAny(line[:6], "0123456789") {
			continue
		}
		if fields := strings.Fields(line); len(fields) == 0 || fields[0] == "" || fields[0][0] < '0' || fields[0][0] > '9' {
			continue // not a habit row
		}
		rows++
		if w := ansi.StringWidth(line[:i]); col < 0 {
			col = w
		} else if w != col {
			t.Errorf("a habit row's bar starts at column %d, not %d: %q", w, col, line)
		}
	}
	if rows != len(hostileTitles) {
		t.Errorf("%d habit rows in stats, want %d:\n%s", rows, len(hostileTitles), stats)
	}
}

func TestInputLimits(t *testing.T) {
	env := newEnv(t)
	seed(t, env)
	long := strings.Repeat("长", 100000)
	before := readFile(t, env.db)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"add", long}, "title is 100000 characters long; the limit is 200"},
		{[]string{"add", "ok", "--notes", long}, "notes is 100000 characters long; the limit is 4000"},
		{[]string{"goal", "add", long, "--competency", "depth"}, "title is 100000 characters long; the limit is 200"},
		{[]string{"goal", "add", "ok", "--competency", "depth", "--why", long}, "why is 100000 characters long; the limit is 4000"},
		{[]string{"goal", "add", "ok", "--competency", "depth", "--resource", long}, "resource is 100000 characters long; the limit is 4000"},
		{[]string{"done", "1", "--date", "yesterday", "--note", long}, "note is 100000 characters long; the limit is 4000"},
		{[]string{"reflect", "--rating", "3", "-m", long}, "learned is 100000 characters long; the limit is 20000"},
		{[]string{"reflect", "--rating", "3", "-m", "ok", "--tag", strings.Repeat("t", 41)}, "tag is 41 characters long; the limit is 40"},
	}
	for _, tt := range tests {
		errOut := failsWith(t, env, 1, []string{tt.want}, tt.args...)
		if len(errOut) > 300 {
			t.Errorf("coach %s: the error is %d bytes long", tt.args[0], len(errOut))
		}
	}
	sameFile(t, env.db, before, "refused input")
}

// exportWith is exportDoc with its lists replaced.
func exportWith(lists string) string {
	return `{"format": "coach", "version": 1, "exported_at": "2026-11-28T09:00:00Z", ` + lists + `}`
}

const importGoal = `{"id": 4, "title": "Imported goal", "competency": "breadth", "status": "active"}`

func TestImportHostileFiles(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []string
	}{
		{"truncated", exportDoc[:200], []string{"the file ends too early: it is empty or truncated", "nothing was imported"}},
		{"not JSON", "\x1b[31mformat: coach\n", []string{"invalid JSON at byte 0"}},
		{"wrong format", strings.Replace(exportDoc, `"format": "coach"`, `"format": "\u001b]0;pwned\u0007"`, 1), []string{`not a coach export: format is "\x1b]0;pwned\a"`}},
		{"wrong version", strings.Replace(exportDoc, `"version": 1`, `"version": 6`, 1), []string{"export version 6 is not supported"}},
		{"duplicate goal ids", exportWith(`"goals": [` + importGoal + `, ` + importGoal + `]`), []string{"goals[1]: duplicate goal id 4"}},
		{"duplicate task ids", exportWith(`"tasks": [{"id": 1, "title": "a", "competency": "depth", "repeat": "daily"}, {"id": 1, "title": "b", "competency": "depth", "repeat": "daily"}]`),
			[]string{"tasks[1]: duplicate task id 1"}},
		{"check-in for a missing task", exportWith(`"tasks": [{"id": 7, "title": "t", "competency": "depth", "repeat": "daily"}], "checkins": [{"task_id": 7, "date": "2026-11-01"}, {"task_id": 99, "date": "2026-11-02"}]`),
			[]string{"checkins[1]: task 99 does not exist"}},
		{"invalid date", exportWith(`"tasks": [{"id": 1, "title": "t", "competency": "depth", "due": "2026-02-30"}]`), []string{`tasks[0].due: invalid date "2026-02-30"`}},
		{"unknown competency", exportWith(`"goals": [{"id": 1, "title": "g", "competency": "\u001b[31mmarketing"}]`), []string{`goals[0] (id 1): unknown competency "\x1b[31mmarketing"`}},
		{"hostile week", exportWith(`"reviews": [{"week": "\u001b[2J\u202e"}]`), []string{"reviews[0] (␛[2J\uFFFD): invalid week"}},
		{"title too long", exportWith(`"goals": [{"id": 1, "title": "` + strings.Repeat("x", 100000) + `", "competency": "depth"}]`), []string{"goals[0].title is 100000 characters long; the limit is 200"}},
		{"record too large", exportWith(`"goals": [{"id": 1, "title": "` + strings.Repeat("x", 6<<20) + `", "competency": "depth"}]`), []string{"goals[0] is larger than 4 MiB"}},
		{"long competency", exportWith(`"goals": [{"id": 1, "title": "g", "competency": "` + strings.Repeat("\\u001b", 5000) + `"}]`), []string{"goals[0].competency:", "(5000 characters) is not a valid competency"}},
	}
	env := newEnv(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := filepath.Join(env.dir, "bad.json")
			if err := os.WriteFile(f, []byte(tt.doc), 0o600); err != nil {
				t.Fatal(err)
			}
			errOut := failsWith(t, env, 1, append([]string{"nothing was imported"}, tt.want...), "import", f)
			assertSafeOutput(t, "the error", strings.TrimSuffix(errOut, "\n"))
			if len(errOut) > 500 {
				t.Errorf("the error is %d bytes long", len(errOut))
			}
			if _, err := os.Stat(env.db); !os.IsNotExist(err) {
				t.Errorf("a failed import created the database: %v", err)
			}
		})
	}
	// Into a database that holds records, with --replace: nothing changes
	// and no backup is left.
	seed(t, env)
	before := readFile(t, env.db)
	f := filepath.Join(env.dir, "bad.json")
	for _, tt := range tests {
		if err := os.WriteFile(f, []byte(tt.doc), 0o600); err != nil {
			t.Fatal(err)
		}
		failsWith(t, env, 1, tt.want, "import", f, "--replace")
	}
	sameFile(t, env.db, before, "failed imports")
	if kept, _ := filepath.Glob(env.db + ".before-import-*"); len(kept) != 0 {
		t.Errorf("failed imports left backups: %q", kept)
	}
}

// TestImportLarge imports a 10 MB export (and a 100 MB one when
// COACH_BIG_IMPORT is set, without -short) into a fresh database, then
// exports it again. With buffers for stdout and stderr, as on a pipe, no
// progress bar appears. The heap figures are logged and loosely bounded.
func TestImportLarge(t *testing.T) {
	for _, size := range benchset.BigSizes() {
		t.Run(fmt.Sprintf("%dMB", size>>20), func(t *testing.T) {
			env := newEnv(t)
			file := filepath.Join(env.dir, "big.json")
			n := benchset.WriteBigExport(t, file, size)
			fi, _ := os.Stat(file)

			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			var out, errOut string
			var code int
			start := time.Now()
			peak := benchset.HeapPeak(func() { out, errOut, code = run(t, env, "import", file) })
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			if code != 0 {
				t.Fatalf("import: exit %d, %s", code, errOut)
			}
			if want := fmt.Sprintf("imported 0 goals, 100 tasks, %d check-ins, 0 reflections, 0 reviews\n", n); out != want {
				t.Errorf("import printed %q, want %q", out, want)
			}
			if errOut != "" {
				t.Errorf("import wrote on stderr, not a terminal: %q", errOut)
			}
			mb := func(v uint64) string { return fmt.Sprintf("%.1f MB", float64(v)/(1<<20)) }
			t.Logf("import of %s (%d check-ins) in %v: peak heap in use +%s, allocated in total %s",
				mb(uint64(fi.Size())), n, took.Round(time.Millisecond), mb(peak-min(peak, before.HeapInuse)), mb(after.TotalAlloc-before.TotalAlloc))
			// Loose: the whole import (decoding, checking, the database's
			// transaction) stays within a few times the file.
			if grown := peak - min(peak, before.HeapInuse); grown > 6*uint64(fi.Size())+64<<20 {
				t.Errorf("peak heap in use grew by %s for a %s file", mb(grown), mb(uint64(fi.Size())))
			}

			// Exported to stdout (a buffer, as a pipe): the data, nothing
			// else on either stream.
			out, errOut, code = run(t, env, "export")
			if code != 0 || errOut != "" || strings.Count(out, `"task_id":`) != n {
				t.Errorf("export: exit %d, %d check-ins, stderr %q", code, strings.Count(out, `"task_id":`), errOut)
			}
			if !strings.HasPrefix(out, "{\n  \"format\": \"coach\",") || !strings.HasSuffix(out, "}\n") {
				t.Errorf("export framing: %.40q … %q", out, out[max(len(out)-20, 0):])
			}
		})
	}
}
