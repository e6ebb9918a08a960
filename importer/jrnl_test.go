package importer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"coach/domain"
)

var jrnlToday = domain.NewDate(2026, 12, 3)

func readJrnlText(t *testing.T, doc string) domain.ImportBatch {
	t.Helper()
	path := filepath.Join(t.TempDir(), "journal.json")
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	b, err := ReadJrnl(path, Options{Today: jrnlToday})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// jrnlEntries makes an export of entries given as JSON objects.
func jrnlEntries(entries ...string) string {
	return `{"tags": {}, "entries": [` + strings.Join(entries, ",") + `]}`
}

// The fixture, written from jrnl's documented export: each day's entries
// become one unrated reflection, in the order of their time, with the tags
// of all of them; everything left out is counted.
func TestJrnlFixture(t *testing.T) {
	b, err := ReadJrnl("testdata/jrnl/export.json", Options{Today: jrnlToday})
	if err != nil {
		t.Fatal(err)
	}
	if b.Source != "jrnl" || len(b.Goals)+len(b.Tasks)+len(b.CheckIns) != 0 {
		t.Fatalf("batch: %+v", b)
	}
	if len(b.Reflections) != 3 {
		t.Fatalf("%d reflections, want 3: %+v", len(b.Reflections), b.Reflections)
	}
	nov2 := b.Reflections[0]
	if nov2.Date != domain.NewDate(2026, 11, 2) || len(nov2.Entries) != 2 {
		t.Fatalf("2 November: %+v", nov2)
	}
	if got := nov2.Entries[0].Text; got != "Morning: paired on the flaky test." {
		t.Errorf("the 09:15 entry comes first; got %q", got)
	}
	if got := nov2.Entries[1].Text; !strings.HasPrefix(got, "Read the scheduler chapter.\n\nWork stealing") || !strings.HasSuffix(got, "netpoller run?") {
		t.Errorf("title, a blank line, the body; got %q", got)
	}
	if want := []string{"work", "go", "starred"}; !reflect.DeepEqual(nov2.Entries[0].Tags, want) {
		t.Errorf("tags %q, want %q (without @, once each, the star as a tag)", nov2.Entries[0].Tags, want)
	}
	if want := []string{"go"}; !reflect.DeepEqual(nov2.Entries[1].Tags, want) {
		t.Errorf("the second entry's tags %q, want %q", nov2.Entries[1].Tags, want)
	}
	nov3 := b.Reflections[1]
	if nov3.Entries[0].Origin != "jrnl:6f9a2c1e-8b3d-4e7a-9c21-0d5b7e3a1f44" || !reflect.DeepEqual(nov3.Entries[0].Tags, []string{"学习"}) {
		t.Errorf("3 November: the uuid names the entry, the tag kept: %+v", nov3)
	}
	if nov3.Entries[0].Text != "今天学了 context 的取消传播。\n\n父 context 取消时，子 context 全部收到 Done。" {
		t.Errorf("3 November text %q", nov3.Entries[0].Text)
	}
	nov4 := b.Reflections[2]
	if len(nov4.Entries) != 1 || !reflect.DeepEqual(nov4.Entries[0].Tags, []string{"work"}) {
		t.Errorf("4 November: the repeated entry once, the tag with spaces left out: %+v", nov4)
	}
	wantSkipped := map[string]int{
		jrnlDuplicate: 1, jrnlEmpty: 1, jrnlBadDate: 1, jrnlFuture: 1, jrnlOutOfRange: 1,
		jrnlUnreadable: 1, jrnlTagDropped: 1,
	}
	if !reflect.DeepEqual(b.Skipped, wantSkipped) {
		t.Errorf("skipped %v, want %v", b.Skipped, wantSkipped)
	}
	if !reflect.DeepEqual(b.Approximated, map[string]int{jrnlStarred: 1}) {
		t.Errorf("approximated %v", b.Approximated)
	}
	checkJrnlBatch(t, b, 10, jrnlToday)
}

// An entry without a uuid is named by its day, time and text, so the same
// export read twice gives the same origins, and an entry edited in jrnl
// since is another entry.
func TestJrnlOriginsAreStable(t *testing.T) {
	entry := func(body string) string {
		return `{"title": "t", "body": "` + body + `", "date": "2026-11-02", "time": "07:05", "tags": [], "starred": false}`
	}
	a := readJrnlText(t, jrnlEntries(entry("one")))
	b := readJrnlText(t, jrnlEntries(entry("one")))
	c := readJrnlText(t, jrnlEntries(entry("one, edited")))
	oa, ob, oc := a.Reflections[0].Entries[0].Origin, b.Reflections[0].Entries[0].Origin, c.Reflections[0].Entries[0].Origin
	if oa != ob || oa == oc || !strings.HasPrefix(oa, "jrnl:2026-11-02T07:05:") {
		t.Errorf("origins %q %q %q", oa, ob, oc)
	}
}

// Times sort as times, "7:05" among them; an entry without a time comes
// first; entries at the same time keep the file's order.
func TestJrnlEntriesInTimeOrder(t *testing.T) {
	e := func(title, at string) string {
		return fmt.Sprintf(`{"title": %q, "body": "", "date": "2026-11-02", "time": %q, "tags": []}`, title, at)
	}
	b := readJrnlText(t, jrnlEntries(e("late", "21:00"), e("early", "7:05"), e("noon-a", "12:00"), e("none", ""), e("noon-b", "12:00"), e("bad", "25:99")))
	var got []string
	for _, en := range b.Reflections[0].Entries {
		got = append(got, en.Text)
	}
	if want := []string{"none", "bad", "early", "noon-a", "noon-b", "late"}; !reflect.DeepEqual(got, want) {
		t.Errorf("order %q, want %q", got, want)
	}
}

// A text longer than a reflection's field is cut and counted, and so are
// tags coach cannot keep (the most a day holds is the store's to count).
func TestJrnlLimits(t *testing.T) {
	long := strings.Repeat("字", domain.MaxText+10)
	var tags []string
	for i := range 25 {
		tags = append(tags, fmt.Sprintf(`"@t%d"`, i))
	}
	tags = append(tags, `"@`+strings.Repeat("x", 41)+`"`, `"@"`, `"#a,b"`)
	b := readJrnlText(t, jrnlEntries(`{"title": "`+long+`", "body": "", "date": "2026-11-02", "time": "10:00", "tags": [`+strings.Join(tags, ",")+`]}`))
	r := b.Reflections[0]
	if n := len([]rune(r.Entries[0].Text)); n != domain.MaxText {
		t.Errorf("text of %d characters, want %d", n, domain.MaxText)
	}
	if len(r.Entries[0].Tags) != 25 || b.Skipped[jrnlTagDropped] != 3 || b.Approximated[jrnlClipped] != 1 {
		t.Errorf("tags %d, skipped %v, approximated %v", len(r.Entries[0].Tags), b.Skipped, b.Approximated)
	}
}

// What is not a jrnl export is refused whole, naming the file.
func TestJrnlRefusesOtherFiles(t *testing.T) {
	for name, doc := range map[string]string{
		"empty":              "",
		"array":              `[{"title": "x"}]`,
		"no entries":         `{"tags": {}}`,
		"entries not a list": `{"entries": {"a": 1}}`,
		"not json":           "2026-11-02 09:15 Morning.\n",
		"truncated":          `{"entries": [{"title": "x"`,
	} {
		path := filepath.Join(t.TempDir(), "journal.json")
		if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := ReadJrnl(path, Options{Today: jrnlToday})
		if err == nil || !strings.Contains(err.Error(), "is not a jrnl export") || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: error %v", name, err)
		}
	}
	if _, err := ReadJrnl("testdata/jrnl/export.json", Options{}); err == nil {
		t.Error("a zero today was accepted")
	}
	if _, err := ReadJrnl("testdata/jrnl", Options{Today: jrnlToday}); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("a directory: %v", err)
	}
}

// An empty journal is an export with nothing to add.
func TestJrnlEmptyJournal(t *testing.T) {
	b := readJrnlText(t, `{"tags": {}, "entries": []}`)
	if len(b.Reflections) != 0 || len(b.Skipped) != 0 {
		t.Errorf("%+v", b)
	}
}

// checkJrnlBatch checks what every batch must be: days in order, each once,
// in range and not after today, entries whose text passes the reflection's
// checks, origins unique, tags clean; and when the number of entries in
// the file is known, every one of them kept or counted.
func checkJrnlBatch(t *testing.T, b domain.ImportBatch, entries int, today domain.Date) {
	t.Helper()
	origins := map[string]bool{}
	kept := 0
	var last domain.Date
	for _, r := range b.Reflections {
		if r.Date <= last || !r.Date.InRange() || r.Date > today {
			t.Fatalf("day %s out of order or range", r.Date)
		}
		last = r.Date
		if len(r.Entries) == 0 {
			t.Fatalf("day %s without entries", r.Date)
		}
		var texts []string
		for _, e := range r.Entries {
			if origins[e.Origin] || !strings.HasPrefix(e.Origin, "jrnl:") {
				t.Fatalf("origin %q repeated or unnamed", e.Origin)
			}
			origins[e.Origin] = true
			if err := domain.CheckLength("learned", e.Text, domain.MaxText); err != nil || strings.TrimSpace(e.Text) == "" {
				t.Fatalf("entry text %q: %v", e.Text, err)
			}
			texts = append(texts, e.Text)
			kept++
		}
		for _, e := range r.Entries {
			for _, tag := range e.Tags {
				if _, err := domain.CleanReflection(domain.Reflection{Date: r.Date, Learned: texts[0], Tags: []string{tag}}); err != nil {
					t.Fatalf("day %s, tag %q: %v", r.Date, tag, err)
				}
			}
		}
	}
	if entries < 0 {
		return
	}
	counted := kept
	for reason, n := range b.Skipped {
		if reason != jrnlTagDropped {
			counted += n
		}
	}
	if counted != entries {
		t.Errorf("%d entries kept or skipped, the file has %d", counted, entries)
	}
}

// FuzzReadJrnl: whatever the file holds, reading it never panics, and what
// it gives passes the checks of checkJrnlBatch.
func FuzzReadJrnl(f *testing.F) {
	for _, seed := range []string{
		`{"tags": {"@go": 1}, "entries": [{"title": "a", "body": "b\nc", "date": "2026-11-02", "time": "21:40", "tags": ["@go"], "starred": true},
{"title": "d", "body": "", "date": "2026-11-02", "time": "9:15", "tags": ["@w", "@x y"], "starred": false, "uuid": "ABC"}]}`,
		`{"entries": []}`, `{"entries": null}`, `{"entries": [{}]}`, `[]`, `{}`,
		`{"entries": [{"title": "x", "date": "9999-12-31", "time": "23:59"}, {"title": "y", "date": "1900-01-01"}]}`,
		`{"entries": [{"title": "\u0000\r\n\u2028x", "body": "\u202e", "date": "2026-11-28", "tags": ["\u0085", "@@", "#"]}]}`,
	} {
		f.Add([]byte(seed))
	}
	path := filepath.Join(f.TempDir(), "journal.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		b, err := ReadJrnl(path, Options{Today: domain.MaxDate})
		if err != nil {
			return
		}
		var doc struct {
			Entries []json.RawMessage `json:"entries"`
		}
		entries := -1
		if json.Unmarshal(data, &doc) == nil {
			entries = len(doc.Entries)
		}
		checkJrnlBatch(t, b, entries, domain.MaxDate)
	})
}
