package exchange

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"coach/domain"
)

// assertPrintable fails when out holds anything a terminal would obey.
func assertPrintable(t *testing.T, what, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s is not valid UTF-8", what)
	}
	for i, line := range strings.Split(out, "\n") {
		for _, r := range line {
			if r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 ||
				r == 0x200e || r == 0x200f || r == 0x061c || r == 0x2028 || r == 0x2029 {
				t.Errorf("%s line %d holds %U: %q", what, i+1, r, line)
				break
			}
		}
	}
}

func hostileDataset(t *testing.T) domain.Dataset {
	ds := full(t)
	ds.Goals[0].Title = "# " + hostileText
	ds.Goals[0].Why = "why\n# not a heading\n```\nunclosed fence\n---\n" + hostileText
	ds.Goals[0].Resources = []string{"- " + hostileText, "1. first"}
	ds.Tasks[0].Title = "> " + hostileText
	ds.Tasks[1].Title = "=SUM(A1)" + hostileText
	ds.CheckIns[0].Note = "@" + hostileText + "\r\nsecond line"
	ds.Reflections[0].Learned = "## " + hostileText + "\n<script>x</script>"
	ds.Reflections[0].Tags = []string{"\x1b[1mtag", "\u202etag"}
	ds.Reviews[0].WentWell = "===\n" + hostileText
	return ds
}

func TestWriteMarkdownHostileText(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, hostileDataset(t), nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	assertPrintable(t, "markdown", out)
	// User text starts no heading, fence or HTML block of its own: the
	// outline is the journal's.
	var headings []string
	for _, line := range strings.Split(out, "\n") {
		body := strings.TrimLeft(line, " ")
		if strings.HasPrefix(body, "#") {
			headings = append(headings, line)
		}
		if strings.HasPrefix(body, "```") || strings.HasPrefix(body, "<") || strings.Trim(body, "=") == "" && body != "" || body == "---" {
			t.Errorf("user text opens a block: %q", line)
		}
	}
	want := []string{"# coach journal", "## depth", "### \\# ␛[31mred␛[0m", "## collaboration", "### 带领一次技术分享 (done)",
		"## Tasks without a goal", "## Reflections", "### 2026-11-02 · rating 4/5", "## Weekly reviews", "### 2026-W45"}
	if len(headings) != len(want) {
		t.Fatalf("headings:\n%s\nwant %d like %q", strings.Join(headings, "\n"), len(want), want)
	}
	for i, w := range want {
		if !strings.HasPrefix(headings[i], w) {
			t.Errorf("heading %d = %q, want %q…", i, headings[i], w)
		}
	}
	for _, w := range []string{"- \\- ␛[31mred", "- 1\\. first", "- \\> ␛[31mred", "\\# not a heading", "\\```", "\\---", "**Learned:** \\## ␛[31mred",
		"\\<script>", "Tags: ␛[1mtag, \uFFFDtag", "**Went well:** \\===", "👩\u200d💻", "e\u0301", "中文"} {
		if !strings.Contains(out, w) {
			t.Errorf("markdown lacks %q:\n%s", w, out)
		}
	}
}

func TestWriteCSVHostileText(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, hostileDataset(t), nil); err != nil {
		t.Fatal(err)
	}
	assertPrintable(t, "csv", buf.String())
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("rows = %q", rows)
	}
	if got := rows[1][2]; !strings.HasPrefix(got, "> ␛[31mred␛[0m ␛]0;pwned␇") {
		t.Errorf("task cell = %q", got)
	}
	if got := rows[1][6]; !strings.HasPrefix(got, "'@␛[31m") || !strings.HasSuffix(got, "中文\nsecond line") {
		t.Errorf("note cell = %q", got)
	}
	if got := rows[2][2]; !strings.HasPrefix(got, "'=SUM(A1)") {
		t.Errorf("a formula is not defused: %q", got)
	}
}

func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	b := newBar(&buf, "importing \x1b[31mbig.json", 10<<20, true, 80)
	r := b.Reader(io.LimitReader(zeroReader{}, 10<<20))
	if n, err := io.Copy(io.Discard, r); err != nil || n != 10<<20 {
		t.Fatal(n, err)
	}
	b.Note("writing…")
	b.Finish()
	b.Finish()
	out := buf.String()
	if !strings.HasPrefix(out, "\r") || !strings.HasSuffix(out, "\n") || strings.Count(out, "\n") != 1 {
		t.Errorf("bar output framing: %q", out)
	}
	draws := strings.Split(strings.TrimSuffix(out, "\n"), "\r")[1:]
	if len(draws) > 102 || len(draws) < 2 {
		t.Errorf("%d draws", len(draws))
	}
	for _, d := range draws {
		if w := utf8.RuneCountInString(d); w > 79 {
			t.Errorf("a draw is %d columns on an 80-column terminal: %q", w, d)
		}
		if strings.ContainsRune(d, 0x1b) {
			t.Errorf("a draw holds an escape: %q", d)
		}
	}
	last := draws[len(draws)-1]
	for _, w := range []string{"importing ␛[31mbig.json [", "100%", "10.0/10.0 MB", "writing…"} {
		if !strings.Contains(last, w) {
			t.Errorf("last draw %q lacks %q", last, w)
		}
	}
	// A label too long for the terminal is cut; the bar stays.
	buf.Reset()
	b = newBar(&buf, "importing "+strings.Repeat("长", 40)+".json", 100, true, 60)
	b.Set(50)
	if d := buf.String(); !strings.Contains(d, "… [") || !strings.Contains(d, "50%") || ansi.StringWidth(d) > 60 {
		t.Errorf("long label: %q", d)
	}
	// Records, on a narrow terminal.
	buf.Reset()
	b = newBar(&buf, "exporting to a-very-long-file-name.json", 0, false, 20)
	for i := 1; i <= 50000; i++ {
		b.Records(i, 50000)
	}
	b.Finish()
	for _, d := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\r")[1:] {
		if w := utf8.RuneCountInString(d); w > 19 {
			t.Errorf("a draw is %d columns on a 20-column terminal: %q", w, d)
		}
	}
	if !strings.Contains(buf.String(), "100%  50000/50000") {
		t.Errorf("narrow bar: %q", buf.String())
	}
}

func TestNoBarOffATerminal(t *testing.T) {
	var buf bytes.Buffer
	if b := TerminalBar(&buf, "x", 100, true); b != nil {
		t.Error("a bar on a buffer")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	defer pw.Close()
	if b := TerminalBar(pw, "x", 100, true); b != nil {
		t.Error("a bar on a pipe")
	}
	// A nil bar does nothing and passes reads through.
	var b *Bar
	b.Set(5)
	b.Records(1, 2)
	b.Note("x")
	b.Finish()
	r := strings.NewReader("data")
	if b.Reader(r) != io.Reader(r) {
		t.Error("a nil bar wraps the reader")
	}
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// A target's unit is user text like a title: the journal shows its escape
// and bell as symbols, never sends them to the terminal.
func TestWriteMarkdownHostileUnit(t *testing.T) {
	ds := domain.Dataset{Goals: []domain.Goal{{ID: 1, Title: "Graphs", Competency: "depth", Status: "active",
		Measure: domain.Measure{Kind: domain.MeasureAmount, Target: 40, Unit: "pro\x1b[31mblems\u202e\ax", Amount: 3}}}}
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, ds, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	assertPrintable(t, "markdown", out)
	if !strings.Contains(out, "Measure: 3 of 40 pro␛[31mblems") {
		t.Errorf("the measure line is missing or unsafe:\n%s", out)
	}
}
