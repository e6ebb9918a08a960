package exchange

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"coach/domain"
)

// legacyJSON is how WriteJSON wrote a document before it streamed: the
// whole document through one json.Encoder. The streaming writer must write
// the same bytes for text without unsafe characters.
func legacyJSON(t *testing.T, ds domain.Dataset, at time.Time) string {
	t.Helper()
	type document struct {
		Format     string    `json:"format"`
		Version    int       `json:"version"`
		ExportedAt time.Time `json:"exported_at"`
		domain.Dataset
	}
	ds = normalize(ds)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(document{FormatName, Version, at.UTC().Truncate(time.Second), ds}); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWriteJSONSameBytesAsBefore(t *testing.T) {
	for _, ds := range []domain.Dataset{full(t), {}, {Goals: []domain.Goal{{ID: 1, Title: "g"}}}} {
		var buf bytes.Buffer
		if err := WriteJSON(&buf, ds, exportedAt, nil); err != nil {
			t.Fatal(err)
		}
		if want := legacyJSON(t, ds, exportedAt); buf.String() != want {
			t.Errorf("streamed export differs from the encoder's:\n%s\n---\n%s", buf.String(), want)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	ds := full(t)
	var calls [][2]int
	if err := WriteJSON(&bytes.Buffer{}, ds, exportedAt, func(done, total int) { calls = append(calls, [2]int{done, total}) }); err != nil {
		t.Fatal(err)
	}
	n := ds.Len()
	if len(calls) != n || calls[0] != [2]int{1, n} || calls[n-1] != [2]int{n, n} {
		t.Errorf("progress calls = %v, want 1…%d of %d", calls, n, n)
	}
}

// hostileText holds what a terminal must never obey.
const hostileText = "\x1b[31mred\x1b[0m \x1b]0;pwned\x07 nul\x00 del\x7f c1\u009b31m \u202eevil\u2066 \u2028sep 👩\u200d💻 e\u0301 中文"

func TestWriteJSONEscapesUnsafeText(t *testing.T) {
	ds := full(t)
	ds.Goals[0].Title = hostileText
	ds.Tasks[0].Notes = hostileText
	ds.Reflections[0].Learned = hostileText
	var buf bytes.Buffer
	if err := WriteJSON(&buf, ds, exportedAt, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, r := range out {
		if r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x202e || r == 0x2066 || r == 0x2028) {
			t.Fatalf("export holds %U raw:\n%s", r, out)
		}
	}
	for _, want := range []string{`\u001b[31mred`, `\u0007`, `\u0000`, `\u007f`, `\u009b`, `\u202eevil`, `\u2066`, `\u2028`, "👩\u200d💻", "e\u0301", "中文"} {
		if !strings.Contains(out, want) {
			t.Errorf("export lacks %s", want)
		}
	}
	got, err := ReadJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, ds) {
		t.Errorf("hostile text did not survive the round trip:\n got %+q\nwant %+q", got.Goals[0].Title, ds.Goals[0].Title)
	}
	// The escapes are valid JSON for encoding/json too.
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if title := doc["goals"].([]any)[0].(map[string]any)["title"]; title != hostileText {
		t.Errorf("encoding/json reads the title as %+q", title)
	}
}

const head = `{"format": "coach", "version": 1, `

func TestReadJSONNamesTheRecord(t *testing.T) {
	checkins := `"checkins": [{"task_id": 1, "date": "2026-11-02"}, {"task_id": 1, "date": "2026-11-03", "minutes": "30"}]}`
	tests := []struct {
		name, in string
		want     []string
	}{
		{"invalid due date", head + `"tasks": [{"id": 1}, {"id": 2}, {"id": 3}, {"id": 4, "due": "2026-02-30"}]}`,
			[]string{`tasks[3].due: invalid date "2026-02-30"`}},
		{"invalid target", head + `"goals": [{"id": 1, "target": "30/06/2027"}]}`, []string{`goals[0].target: invalid date "30/06/2027"`}},
		{"invalid archived_on", head + `"tasks": [{"id": 1, "archived_on": "2026-13-01"}]}`, []string{`tasks[0].archived_on: invalid date "2026-13-01"`}},
		{"invalid check-in date", head + `"checkins": [{"task_id": 1, "date": "tomorrow"}]}`, []string{`checkins[0].date: invalid date "tomorrow"`}},
		{"invalid reflection date", head + `"reflections": [{"date": "2026-11-31"}]}`, []string{`reflections[0].date: invalid date "2026-11-31"`}},
		{"invalid created", head + `"goals": [{"id": 1, "created": "yesterday"}]}`, []string{`goals[0].created: invalid time "yesterday"`, "RFC 3339"}},
		{"created out of range", head + `"tasks": [{"id": 1, "created": "0000-01-01T00:00:00+01:00"}]}`, []string{`tasks[0].created: time "0000-01-01T00:00:00+01:00" is out of range`}},
		{"exported_at", head + `"exported_at": "now"}`, []string{`exported_at: invalid time "now"`}},
		{"type in the second check-in", head + checkins, []string{`checkins[1]: field "checkins.minutes" at byte 137: want int, got string`}},
		{"element not an object", head + `"goals": [{"id": 1}, "two"]}`, []string{"goals[1] at byte", "want an object, got string"}},
		{"list not an array", head + `"reviews": {"week": "2026-W45"}}`, []string{`field "reviews" at byte 46: want an array, got object`}},
		{"tags not strings", head + `"reflections": [{"date": "2026-11-02", "tags": ["go", 7]}]}`, []string{`reflections[0]: field "reflections.tags"`, "want string, got number"}},
		{"long title", head + `"goals": [{"id": 1, "title": "` + strings.Repeat("长", 100000) + `"}]}`, []string{"goals[0].title is 100000 characters long; the limit is 200"}},
		{"long note", head + `"checkins": [{"task_id": 1, "note": "` + strings.Repeat("n", 4001) + `"}]}`, []string{"checkins[0].note is 4001 characters long; the limit is 4000"}},
		{"long reflection", head + `"reflections": [{"idea": "` + strings.Repeat("i", 20001) + `"}]}`, []string{"reflections[0].idea is 20001 characters long; the limit is 20000"}},
		{"long tag", head + `"reflections": [{"tags": ["ok", "` + strings.Repeat("t", 41) + `"]}]}`, []string{"reflections[0].tags[1] is 41 characters long; the limit is 40"}},
		{"long resource", head + `"goals": [{"resources": ["a", "` + strings.Repeat("r", 4001) + `"]}]}`, []string{"goals[0].resources[1] is 4001 characters long; the limit is 4000"}},
		{"many resources", head + `"goals": [{"resources": [` + strings.Repeat(`"r", `, 50) + `"r"]}]}`, []string{"goals[0].resources: a goal holds at most 50 resources, got 51"}},
		{"long competency", head + `"tasks": [{"competency": "` + strings.Repeat("\\u001b", 100) + `"}]}`, []string{`tasks[0].competency: "\x1b\x1b`, "(100 characters) is not a valid competency"}},
		{"long week", head + `"reviews": [{"week": "` + strings.Repeat("9", 1000) + `"}]}`, []string{"reviews[0].week:", "(1000 characters) is not a valid week"}},
		{"syntax error in a record", head + `"goals": [{"id": 1}, {"id": 2 "title": "x"}]}`, []string{"invalid JSON at byte 64 (in goals[1])", "after object key:value pair"}},
		{"bad escape", head + `"goals": [{"id": 1, "title": "a\x"}]}`, []string{"invalid JSON at byte 66 (in goals[0])", "string escape"}},
		{"raw control character", head + "\"goals\": [{\"title\": \"a\x1bb\"}]}", []string{"invalid JSON at byte 56 (in goals[0])", `invalid character '\x1b' in string literal`}},
		{"syntax error between keys", head + `"goals": [] "tasks": []}`, []string{"invalid JSON at byte 46 (in the document)"}},
		{"syntax error in an unknown key", head + `"extra": [1, {"a": [tru]}]}`, []string{`invalid JSON at byte 57 (in the value of "extra")`}},
		{"truncated in a record", head + `"checkins": [{"task_id": 1, "date": "2026-`, []string{"the file ends too early: it is empty or truncated (after 76 bytes, in checkins[0])"}},
		{"truncated between records", head + `"checkins": [{"task_id": 1},`, []string{"the file ends too early", "in checkins[1]"}},
		{"trailing data", head + `"goals": []} {"format": "coach"}`, []string{"unexpected object after the end of the export object (at byte 47)"}},
		{"trailing garbage", head + `"goals": []}x`, []string{"invalid JSON at byte 46"}},
		{"duplicate list", head + `"goals": [], "Goals": [{"id": 1}]}`, []string{`the key "Goals" appears twice`}},
		{"duplicate key in a record", head + `"tasks": [{"id": 1}, {"id": 2, "title": "a", "title": "b"}]}`, []string{`tasks[1]: the key "title" appears twice in the record (at byte 79)`}},
		{"duplicate id in another case", head + `"goals": [{"id": 1, "ID": 99}]}`, []string{`goals[0]: the key "ID" appears twice`}},
		{"duplicate key escaped", head + `"checkins": [{"task_id": 1, "t\u0061sk_id": 2}]}`, []string{`checkins[0]: the key "t\\u0061sk_id" appears twice`}},
		{"duplicate key with the kelvin sign", head + `"reviews": [{"week": "2026-W01", "wee\u212a": "2026-W02"}]}`, []string{`reviews[0]: the key`, "appears twice"}},
		{"duplicate unknown key", head + `"reflections": [{"date": "2026-11-02", "x": 1, "x": 2}]}`, []string{`reflections[0]: the key "x" appears twice`}},
		{"duplicate format", `{"format": "coach", "format": "coach", "version": 1}`, []string{`the key "format" appears twice`}},
		{"deep unknown value", head + `"x": ` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + `}`, []string{`the value of "x" is nested more than 1000 levels deep`}},
		{"version after records", `{"goals": [], "format": "coach", "version": 7}`, []string{"export version 7 is not supported"}},
		{"format after records", `{"goals": [{"id": 1}], "version": 1, "format": "todo"}`, []string{`not a coach export: format is "todo"`}},
		{"null format", `{"format": null, "version": 1}`, []string{`not a coach export: format is ""`}},
		{"number format", `{"format": 1, "version": 1}`, []string{`field "format" at byte 12: want string, got number`}},
		{"bool", `true`, []string{"not a coach export: want a JSON object, got bool"}},
	}
	for _, tt := range tests {
		_, err := ReadJSON(strings.NewReader(tt.in))
		if err == nil {
			t.Errorf("%s: ReadJSON accepted %.60q", tt.name, tt.in)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", tt.name, err, w)
			}
		}
		if msg := err.Error(); strings.ContainsAny(msg, "\n\x1b") || len(msg) > 300 || !utf8.ValidString(msg) {
			t.Errorf("%s: error %.300q is not one short clean line", tt.name, msg)
		}
	}
}

func TestReadJSONHeaderAnywhere(t *testing.T) {
	in := `{"goals": [{"id": 1, "title": "g", "competency": "depth"}], "unknown": {"a": [1, {"b": null}], "c": "d"}, "unknown": 2,
	        "tasks": [{"id": 2, "title": "t", "goal_id": 1, "repeat": "daily"}], "exported_at": "2026-11-28T09:00:00Z",
	        "version": 1, "checkins": null, "format": "coach"}`
	ds, err := ReadJSON(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Goals) != 1 || len(ds.Tasks) != 1 || ds.CheckIns != nil || ds.Tasks[0].GoalID != 1 {
		t.Errorf("ReadJSON = %+v", ds)
	}
	if _, err := domain.CleanDataset(ds); err != nil {
		t.Error(err)
	}
	// The wrong format stops the reading at once, before the records.
	bad := `{"format": "todo", "goals": [` + strings.Repeat(`{"id": "not a number"}, `, 1000) + `{}]}`
	if _, err := ReadJSON(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), `format is "todo"`) {
		t.Errorf("wrong format first: %v", err)
	}
}

func TestReadJSONByteOrderMark(t *testing.T) {
	var buf bytes.Buffer
	buf.WriteString("\xef\xbb\xbf")
	if err := WriteJSON(&buf, full(t), exportedAt, nil); err != nil {
		t.Fatal(err)
	}
	got, err := ReadJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, full(t)) {
		t.Error("a file with a byte order mark reads differently")
	}
	// Offsets still count from the start of the file.
	_, err = ReadJSON(strings.NewReader("\xef\xbb\xbf" + head + `"goals": [] x}`))
	if err == nil || !strings.Contains(err.Error(), "invalid JSON at byte 49 (in the document)") {
		t.Errorf("error after a byte order mark: %v", err)
	}
}

// TestReadJSONBoundsOneRecord feeds values too large for any record; the
// decoder stops reading soon after the limit instead of buffering them. One
// case runs at the real limit, the others at a small one (faster under
// -race).
func TestReadJSONBoundsOneRecord(t *testing.T) {
	const small = 64 << 10
	huge := func(limit int) string { return strings.Repeat("a", limit+2*readChunk) }
	tests := []struct {
		name, in string
		limit    int
		want     string
	}{
		{"record", head + `"goals": [{"id": 1}, {"title": "` + huge(MaxRecordBytes) + `"}]}`, MaxRecordBytes, "goals[1] is larger than 4 MiB, more than any valid record (at byte 55)"},
		{"record, small limit", head + `"checkins": [{"note": "` + huge(small) + `"}]}`, small, "checkins[0] is larger than 64 KiB, more than any valid record (at byte 47)"},
		{"unknown string", head + `"note": "` + huge(small) + `"}`, small, `more than 64 KiB of text without a complete value at byte 42 (in the value of "note")`},
		{"key", head + `"` + huge(small) + `": 1}`, small, "more than 64 KiB of text without a complete value"},
		{"blank space", head + strings.Repeat(" ", small+2*readChunk) + `"goals": []}`, small, "more than 64 KiB of text without a complete value at byte 33"},
	}
	for _, tt := range tests {
		src := &countingReader{r: strings.NewReader(tt.in)}
		d := newDecoder(src, int64(tt.limit))
		err := d.document()
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
		if src.n > tt.limit+4*readChunk {
			t.Errorf("%s: read %d bytes, more than one record's limit", tt.name, src.n)
		}
	}
	// A record just under the limit is fine (its title is then too long).
	near := strings.Repeat("b", small-100)
	d := newDecoder(strings.NewReader(head+`"goals": [{"title": "`+near+`"}]}`), small)
	if err := d.document(); err == nil || !strings.Contains(err.Error(), "goals[0].title is") {
		t.Errorf("a record under the limit: %v", err)
	}
}

type countingReader struct {
	r interface{ Read([]byte) (int, error) }
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}
