package exchange

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"coach/domain"
)

func date(t testing.TB, s string) domain.Date {
	t.Helper()
	d, err := domain.ParseISODate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// full is a small dataset with every field filled.
func full(t testing.TB) domain.Dataset {
	created := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	return domain.Dataset{
		Goals: []domain.Goal{
			{ID: 1, Title: "Master Go's runtime", Competency: "depth", Why: "写出更快的服务 <fast> & \"safe\"",
				Target: date(t, "2027-06-30"), Resources: []string{"The Go Memory Model", "《Go 语言设计与实现》"},
				Status: "active", Created: created},
			{ID: 3, Title: "带领一次技术分享", Competency: "collaboration", Why: "share", Target: date(t, "2027-01-15"),
				Resources: []string{"https://go.dev/talks"}, Status: "done", Created: created.Add(time.Hour)},
		},
		Tasks: []domain.Task{
			{ID: 1, Title: "Read runtime source 30 min", GoalID: 1, Competency: "depth", Repeat: "weekdays",
				Minutes: 30, Notes: "start with proc.go", Created: created},
			{ID: 2, Title: "写一篇博客", GoalID: 3, Competency: "collaboration", Repeat: "once", Due: date(t, "2026-11-20"),
				Minutes: 90, Notes: "多行\n笔记", Archived: true, ArchivedOn: date(t, "2026-11-25"), Created: created},
			{ID: 5, Title: "Try Rust", Competency: "breadth", Repeat: "mon,wed,fri", Minutes: 20, Notes: "n", Created: created},
		},
		CheckIns: []domain.CheckIn{
			{TaskID: 1, Date: date(t, "2026-11-02"), Minutes: 35, Note: "读完了 GC 一章"},
			{TaskID: 2, Date: date(t, "2026-11-21"), Minutes: 80, Note: "done"},
		},
		Reflections: []domain.Reflection{
			{Date: date(t, "2026-11-02"), Learned: "三色标记", Solved: "a leak", Collaborated: "with Ana",
				Idea: "a linter", Next: "read mgc.go", Rating: 4, Tags: []string{"go", "运行时"},
				Ask: "Why does the GC need a write barrier?"},
		},
		Reviews: []domain.Review{
			{Week: "2026-W45", WentWell: "每天都读了", Adjust: "less email", Focus: "breadth", Notes: "笔记"},
		},
		Recall: []domain.RecallEntry{
			{Card: date(t, "2026-11-02"), Day: date(t, "2026-11-03"), Grade: "good"},
			{Card: date(t, "2026-11-02"), Day: date(t, "2026-11-06"), Grade: "retire"},
		},
	}
}

var exportedAt = time.Date(2026, 11, 28, 9, 0, 0, 123456789, time.FixedZone("CST", 8*3600))

func TestJSONRoundTrip(t *testing.T) {
	ds := full(t)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, ds, exportedAt, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	got, err := ReadJSON(strings.NewReader(out))
	if err != nil {
		t.Fatalf("ReadJSON of WriteJSON's output: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(got, full(t)) {
		t.Errorf("round trip changed the dataset:\n got %+v\nwant %+v", got, full(t))
	}
	// Writing what was read gives the same bytes.
	var again bytes.Buffer
	if err := WriteJSON(&again, got, exportedAt, nil); err != nil {
		t.Fatal(err)
	}
	if again.String() != out {
		t.Errorf("second export differs:\n%s\n---\n%s", out, again.String())
	}
	// Text is written as is: Chinese and HTML characters are not escaped.
	for _, want := range []string{`"exported_at": "2026-11-28T01:00:00Z"`, "写出更快的服务 <fast> & \\\"safe\\\"", "《Go 语言设计与实现》",
		`"target": "2027-06-30"`, `"due": ""`, `"due": "2026-11-20"`, `"archived_on": "2026-11-25"`, `"tags": [`, `"运行时"`} {
		if !strings.Contains(out, want) {
			t.Errorf("export lacks %s:\n%s", want, out)
		}
	}
	if strings.Count(out, `"archived_on"`) != 1 {
		t.Errorf("archived_on should appear only on the archived task:\n%s", out)
	}
	if !strings.HasSuffix(out, "}\n") || !strings.HasPrefix(out, "{\n  \"format\": \"coach\",\n  \"version\": 5,\n") {
		t.Errorf("unexpected framing:\n%.120s", out)
	}
}

func TestJSONFieldOrder(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, full(t), exportedAt, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	inOrder := func(what string, keys ...string) {
		t.Helper()
		last := -1
		for _, k := range keys {
			i := strings.Index(out, `"`+k+`":`)
			if i < 0 {
				t.Errorf("%s: key %q missing", what, k)
				return
			}
			if i <= last {
				t.Errorf("%s: key %q out of order", what, k)
			}
			last = i
		}
	}
	inOrder("document", "format", "version", "exported_at", "goals", "tasks", "checkins", "reflections", "reviews")
	inOrder("goal", "id", "title", "competency", "why", "target", "resources", "status", "created")
	inOrder("task", "goal_id", "repeat", "due", "minutes", "notes", "archived")
	inOrder("check-in", "task_id", "date", "note")
	inOrder("reflection", "learned", "solved", "collaborated", "idea", "next", "rating", "tags")
	inOrder("review", "week", "went_well", "adjust", "focus")

	// The top-level keys, in the order the decoder meets them.
	dec := json.NewDecoder(strings.NewReader(out))
	var keys []string
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch v := tok.(type) {
		case json.Delim:
			if v == '{' || v == '[' {
				depth++
			} else {
				depth--
			}
		case string:
			if depth == 1 {
				keys = append(keys, v)
				// skip the value
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	want := []string{"format", "version", "exported_at", "goals", "tasks", "checkins", "reflections", "reviews", "recall"}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("top-level keys = %q, want %q", keys, want)
	}
}

func TestJSONEmptyListsAreNotNull(t *testing.T) {
	ds := domain.Dataset{
		Goals:       []domain.Goal{{ID: 1, Title: "g", Competency: "depth", Status: "active"}},
		Reflections: []domain.Reflection{{Date: date(t, "2026-11-02"), Rating: 3}},
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, ds, exportedAt, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "null") {
		t.Errorf("export holds null:\n%s", out)
	}
	for _, want := range []string{`"tasks": []`, `"checkins": []`, `"reviews": []`, `"resources": []`, `"tags": []`} {
		if !strings.Contains(out, want) {
			t.Errorf("export lacks %s:\n%s", want, out)
		}
	}
	buf.Reset()
	if err := WriteJSON(&buf, domain.Dataset{}, exportedAt, nil); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "null") || strings.Count(buf.String(), "[]") != 6 {
		t.Errorf("empty export:\n%s", buf.String())
	}
	// WriteJSON does not change the caller's dataset.
	if ds.Tasks != nil || ds.Goals[0].Resources != nil || ds.Reflections[0].Tags != nil {
		t.Error("WriteJSON changed its argument")
	}
}

func TestReadJSONErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, full(t), exportedAt, nil); err != nil {
		t.Fatal(err)
	}
	good := buf.String()
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty", "", []string{"the file ends too early: it is empty or truncated"}},
		{"blank", " \n\t", []string{"the file ends too early"}},
		{"truncated", good[:len(good)/2], []string{"the file ends too early: it is empty or truncated"}},
		{"truncated after the header", `{"format": "coach", "version": 1,`, []string{"ends too early"}},
		{"not JSON", "format: coach\n", []string{"invalid JSON at byte"}},
		{"bad character", `{"format": "coach", "version": 1 x}`, []string{"invalid JSON at byte"}},
		{"a list", `[1, 2]`, []string{"not a coach export: want a JSON object, got array"}},
		{"wrong format", `{"format": "todo.txt", "version": 1, "goals": []}`, []string{`not a coach export: format is "todo.txt", want "coach"`}},
		{"no format", `{"version": 1}`, []string{`not a coach export: format is ""`}},
		{"wrong version", `{"format": "coach", "version": 6}`, []string{"export version 6 is not supported (this coach reads versions 1 to 5)"}},
		{"unrated in version 4", `{"format": "coach", "version": 4, "reflections": [{"date": "2026-11-02", "learned": "x", "rating": 0}]}`, []string{"the reflection of 2026-11-02 has rating 0", "version 4"}},
		{"version 0", `{"format": "coach", "version": 0}`, []string{"export version 0 is not supported"}},
		{"no version", `{"format": "coach"}`, []string{"export version 0 is not supported"}},
		{"string version", `{"format": "coach", "version": "1"}`, []string{`field "version"`, "want int", "got string"}},
		{"string goal id", `{"format": "coach", "version": 1, "goals": [{"id": "7", "title": "x"}]}`, []string{`field "goals.id"`, "want uint64", "got string"}},
		{"string minutes", `{"format": "coach", "version": 1, "checkins": [{"task_id": 1, "date": "2026-11-02", "minutes": "30"}]}`, []string{`"checkins.minutes"`, "want int, got string"}},
		{"bad date", `{"format": "coach", "version": 1, "checkins": [{"task_id": 1, "date": "2026-02-30"}]}`, []string{`invalid date "2026-02-30"`}},
		{"bad time", `{"format": "coach", "version": 1, "goals": [{"id": 1, "created": "yesterday"}]}`, []string{"yesterday"}},
	}
	for _, tt := range tests {
		_, err := ReadJSON(strings.NewReader(tt.in))
		if err == nil {
			t.Errorf("%s: ReadJSON accepted %.40q", tt.name, tt.in)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", tt.name, err, w)
			}
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %q spans lines", tt.name, err)
		}
	}
}

func TestReadJSONIgnoresUnknownFields(t *testing.T) {
	in := `{"format": "coach", "version": 1, "exported_at": "2026-11-28T09:00:00Z", "generator": "coach 9",
	  "goals": [{"id": 1, "title": "g", "competency": "depth", "colour": "red", "status": "active", "created": "2026-11-01T08:00:00Z"}],
	  "tasks": [{"id": 2, "title": "t", "goal_id": 1, "repeat": "daily", "priority": {"nested": [1, 2]}, "created": "2026-11-01T08:00:00Z"}],
	  "checkins": [{"task_id": 2, "date": "2026-11-02", "mood": 5}],
	  "reflections": [], "reviews": [], "habits": [{"id": 1}]}`
	ds, err := ReadJSON(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Goals) != 1 || ds.Goals[0].Title != "g" || len(ds.Tasks) != 1 || ds.Tasks[0].GoalID != 1 ||
		ds.Tasks[0].Repeat != "daily" || len(ds.CheckIns) != 1 || ds.CheckIns[0].Date.String() != "2026-11-02" {
		t.Errorf("ReadJSON = %+v", ds)
	}
	if _, err := domain.CleanDataset(ds); err != nil {
		t.Errorf("the dataset read is not valid: %v", err)
	}
}

func TestWriteCSV(t *testing.T) {
	ds := full(t)
	ds.Tasks[0].Title = "=HYPERLINK(\"http://evil\")"
	ds.CheckIns[0].Note = "+1 more"
	ds.Tasks[2].Title = "-rm"
	ds.CheckIns = append(ds.CheckIns, domain.CheckIn{TaskID: 5, Date: date(t, "2026-11-23"), Note: "@me, \"quoted\"\nline"})
	var buf bytes.Buffer
	if err := WriteCSV(&buf, ds, nil); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("WriteCSV wrote invalid CSV: %v", err)
	}
	want := [][]string{
		{"date", "task_id", "task", "competency", "repeat", "minutes", "note"},
		{"2026-11-02", "1", "'=HYPERLINK(\"http://evil\")", "depth", "weekdays", "35", "'+1 more"},
		{"2026-11-21", "2", "写一篇博客", "collaboration", "once", "80", "done"},
		{"2026-11-23", "5", "'-rm", "breadth", "mon,wed,fri", "0", "'@me, \"quoted\"\nline"},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("CSV rows:\n got %q\nwant %q", rows, want)
	}
	buf.Reset()
	if err := WriteCSV(&buf, domain.Dataset{}, nil); err != nil || buf.String() != "date,task_id,task,competency,repeat,minutes,note\n" {
		t.Errorf("empty CSV = %q, %v", buf.String(), err)
	}
}

func TestWriteMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, full(t), nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"# coach journal", "## depth", "### Master Go's runtime (active)", "Target: 2027-06-30",
		"- 《Go 语言设计与实现》", "- Read runtime source 30 min (weekdays, done 1×)", "- 写一篇博客 (once, done 1×, archived)",
		"## Tasks without a goal", "- Try Rust (mon,wed,fri, done 0×)", "### 2026-11-02 · rating 4/5", "**Learned:** 三色标记",
		"Tags: go, 运行时", "## Weekly reviews", "### 2026-W45", "**Focus next:** breadth"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "## depth") > strings.Index(out, "## collaboration") {
		t.Error("competencies are not in the handbook's order")
	}
}

// TestJSONInvisibleRoundTrip: the characters the export escapes come back
// exactly, those beyond 16 bits too (written as a surrogate pair, which
// the first escaper cut to their low bits: a tag "i" came back as "i").
func TestJSONInvisibleRoundTrip(t *testing.T) {
	title := "zero\u200bwidth \ufeff bom \U000E0069\U000E0067 tags 🏴\U000E0067\U000E0062\U000E007F 👩\u200d💻 \x1b[31m"
	ds := domain.Dataset{Goals: []domain.Goal{{ID: 1, Title: title, Competency: "depth", Status: domain.StatusActive, Resources: []string{}, Created: exportedAt}}}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, ds, exportedAt, nil); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`zero\u200bwidth \ufeff bom \udb40\udc69\udb40\udc67 tags`, "👩\u200d💻", `\u001b[31m`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("export lacks %s:\n%s", want, buf.String())
		}
	}
	got, err := ReadJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got.Goals[0].Title != title {
		t.Errorf("round trip: %+q, want %+q", got.Goals[0].Title, title)
	}
}
