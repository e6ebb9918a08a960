package importer

import (
	"archive/zip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"coach/domain"
)

// loopToday is the day every Loop test imports on.
var loopToday = hday("2026-06-15")

const loopHeader = "Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n"

// writeLoop makes an unpacked export: Habits.csv and, for each folder
// name, its Checkmarks.csv.
func writeLoop(t testing.TB, habits string, folders map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "Habits.csv"), []byte(habits), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, checkmarks := range folders {
		if err := os.MkdirAll(filepath.Join(dir, name), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name, "Checkmarks.csv"), []byte(checkmarks), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func readLoop(t *testing.T, habits string, folders map[string]string) domain.ImportBatch {
	t.Helper()
	b, err := ReadLoop(writeLoop(t, habits, folders), Options{Today: loopToday})
	if err != nil {
		t.Fatal(err)
	}
	checkLoopBatch(t, b)
	return b
}

// zipFolder zips dir's files under their paths relative to dir, plus any
// extra entries given by name.
func zipFolder(t *testing.T, dir string, extra map[string]string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "Loop Habits CSV 2026-06-15.zip")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	write := func(name string, data []byte) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if dir != "" {
		err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, err := filepath.Rel(dir, p)
			if err != nil {
				return err
			}
			write(filepath.ToSlash(rel), data)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range extra {
		write(name, []byte(data))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func loopTask(title, notes, repeat string, created domain.Date) domain.Task {
	return domain.Task{Title: title, Notes: notes, Competency: domain.Learning, Repeat: repeat, Created: created.Time()}
}

func loopImported(pos, name string, task domain.Task) domain.ImportedTask {
	return domain.ImportedTask{Origin: "loop:habit:" + pos + ":" + name, Task: task}
}

func loopCheckIn(pos, name, date, note string) domain.ImportedCheckIn {
	return domain.ImportedCheckIn{TaskOrigin: "loop:habit:" + pos + ":" + name, CheckIn: domain.CheckIn{Date: hday(date), Note: note}}
}

// checkLoopBatch holds for every batch: it is Loop's, and holds the
// invariants of every habit import (checkHabitBatch), its task origins
// named "loop:habit:…".
func checkLoopBatch(t testing.TB, b domain.ImportBatch) {
	t.Helper()
	if b.Source != "loop" {
		t.Fatalf("source %q", b.Source)
	}
	checkHabitBatch(t, b, loopToday, func(it domain.ImportedTask) bool {
		return strings.HasPrefix(it.Origin, "loop:habit:")
	})
}

func wantLoopFixture(t *testing.T, b domain.ImportBatch) {
	t.Helper()
	checkLoopBatch(t, b)
	guitar := loopTask("Old guitar", "", "1/week", hday("2026-02-20"))
	guitar.Archived, guitar.ArchivedOn = true, hday("2026-03-02")
	wantTasks := []domain.ImportedTask{
		loopImported("001", "Meditate", loopTask("Meditate", "Did you meditate today?\n\nTen quiet minutes", "daily", hday("2026-06-09"))),
		loopImported("002", "Run, then stretch", loopTask("Run, then stretch", "Did you run?", "3/week", hday("2026-06-01"))),
		loopImported("003", "Read", loopTask("Read", "How many pages did you read?", "daily", hday("2026-06-10"))),
		loopImported("004", "写日记", loopTask("写日记", "今天写日记了吗？", "3/week", hday("2026-06-12"))),
		loopImported("005", "Old guitar", guitar),
		loopImported("006", "Ünïcode Ø", loopTask("Ünïcode Ø", "", "daily", loopToday)),
	}
	if !reflect.DeepEqual(b.Tasks, wantTasks) {
		t.Errorf("tasks:\n got %+v\nwant %+v", b.Tasks, wantTasks)
	}
	wantCheckIns := []domain.ImportedCheckIn{
		loopCheckIn("001", "Meditate", "2026-06-10", "first"),
		loopCheckIn("001", "Meditate", "2026-06-14", ""),
		loopCheckIn("001", "Meditate", "2026-06-15", "calm, focused"),
		loopCheckIn("002", "Run, then stretch", "2026-06-01", "hills"),
		loopCheckIn("002", "Run, then stretch", "2026-06-14", ""),
		loopCheckIn("003", "Read", "2026-06-14", "(amount 12.5 pages)"),
		loopCheckIn("003", "Read", "2026-06-15", "chapter 3 (amount 25 pages)"),
		loopCheckIn("004", "写日记", "2026-06-12", ""),
		loopCheckIn("004", "写日记", "2026-06-15", "写了一页"),
		loopCheckIn("005", "Old guitar", "2026-02-20", ""),
		loopCheckIn("005", "Old guitar", "2026-03-01", ""),
	}
	if !reflect.DeepEqual(b.CheckIns, wantCheckIns) {
		t.Errorf("check-ins:\n got %+v\nwant %+v", b.CheckIns, wantCheckIns)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{
		"checkmark line dated after today":                1,
		"NO (not done)":                                   2,
		"SKIP (skipped day)":                              1,
		"UNKNOWN (nothing recorded)":                      2,
		"second checkmark line of a day (the first wins)": 1,
		"checkmark line with a bad date":                  1,
		"checkmark with a value Loop does not write":      1,
		"Checkmarks.csv line that is not valid CSV":       1,
		"numerical value of 0":                            2,
		"folder of no habit":                              1,
	})
	harshCounts(t, "approximated", b.Approximated, map[string]int{
		"amount kept in the note":         2,
		"2 times in 5 days became 3/week": 1,
	})
}

func TestLoopFixtureFolder(t *testing.T) {
	b, err := ReadLoop(filepath.Join("testdata", "loop"), Options{Today: loopToday})
	if err != nil {
		t.Fatal(err)
	}
	wantLoopFixture(t, b)
}

func TestLoopFixtureZip(t *testing.T) {
	path := zipFolder(t, filepath.Join("testdata", "loop"), nil)
	b, err := ReadLoop(path, Options{Today: loopToday})
	if err != nil {
		t.Fatal(err)
	}
	wantLoopFixture(t, b)
}

// A zip entry that leaves the export refuses the whole zip.
func TestLoopZipRefusesEscapingEntries(t *testing.T) {
	for _, name := range []string{"../evil", "001 A/../../evil", "/etc/evil", `..\evil`, "C:/evil"} {
		t.Run(name, func(t *testing.T) {
			path := zipFolder(t, "", map[string]string{"Habits.csv": loopHeader + "001,A,YES_NO,,,1,1,,,,,false\n", name: "x"})
			_, err := ReadLoop(path, Options{Today: loopToday})
			if err == nil || !strings.Contains(err.Error(), "refused") {
				t.Errorf("entry %q: %v, want the zip refused", name, err)
			}
		})
	}
}

func TestLoopZipWithoutHabits(t *testing.T) {
	path := zipFolder(t, "", map[string]string{"001 A/Checkmarks.csv": "Date,Value,Notes\n"})
	if _, err := ReadLoop(path, Options{Today: loopToday}); err == nil || !strings.Contains(err.Error(), "Habits.csv") {
		t.Errorf("zip without Habits.csv: %v", err)
	}
	notZip := filepath.Join(t.TempDir(), "export.zip")
	if err := os.WriteFile(notZip, []byte("Position,Name\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadLoop(notZip, Options{Today: loopToday}); err == nil || !strings.Contains(err.Error(), "not a zip") {
		t.Errorf("a file that is not a zip: %v", err)
	}
}

func TestLoopHabitsWithoutHeader(t *testing.T) {
	for _, habits := range []string{"", "001,A,YES_NO,,,1,1,,,,,false\n", "\"open\n"} {
		_, err := ReadLoop(writeLoop(t, habits, nil), Options{Today: loopToday})
		if err == nil || !strings.Contains(err.Error(), "Habits.csv has no header") {
			t.Errorf("Habits.csv %q: %v, want an error naming it", habits, err)
		}
	}
	_, err := ReadLoop(t.TempDir(), Options{Today: loopToday})
	if err == nil || !strings.Contains(err.Error(), "Habits.csv not found") {
		t.Errorf("folder without Habits.csv: %v", err)
	}
}

func TestLoopColumnsByName(t *testing.T) {
	// columns in another order, the optional ones missing, a BOM
	b := readLoop(t, "\uFEFFName,Archived?,Position\nWalk,true,001\n", nil)
	task := loopTask("Walk", "", "daily", loopToday)
	task.Archived, task.ArchivedOn = true, loopToday
	want := []domain.ImportedTask{loopImported("001", "Walk", task)}
	if !reflect.DeepEqual(b.Tasks, want) {
		t.Errorf("got %+v\nwant %+v", b.Tasks, want)
	}
	harshCounts(t, "approximated", b.Approximated, map[string]int{"frequency that cannot be read became daily": 1})
}

func TestLoopFrequencies(t *testing.T) {
	for _, c := range []struct {
		num, den, repeat, approx string
	}{
		{"1", "1", "daily", ""},
		{"2", "1", "daily", ""},
		{"1", "7", "1/week", ""},
		{"3", "7", "3/week", ""},
		{"7", "7", "daily", ""},
		{"9", "7", "daily", "9 times in 7 days became daily"},
		{"2", "5", "3/week", "2 times in 5 days became 3/week"},
		{"1", "30", "1/week", "1 times in 30 days became 1/week"},
		{"4", "14", "2/week", "4 times in 14 days became 2/week"},
		{"6", "6", "daily", "6 times in 6 days became daily"},
		{"0", "7", "daily", "frequency that cannot be read became daily"},
		{"x", "7", "daily", "frequency that cannot be read became daily"},
		{"1", "999999999", "daily", "frequency that cannot be read became daily"},
	} {
		b := readLoop(t, loopHeader+fmt.Sprintf("001,A,YES_NO,,,%s,%s,,,,,false\n", c.num, c.den), nil)
		if len(b.Tasks) != 1 || b.Tasks[0].Task.Repeat != c.repeat {
			t.Errorf("%s/%s: %+v, want %s", c.num, c.den, b.Tasks, c.repeat)
		}
		want := map[string]int{}
		if c.approx != "" {
			want[c.approx] = 1
		}
		harshCounts(t, c.num+"/"+c.den, b.Approximated, want)
	}
}

func TestLoopTitleAndNotes(t *testing.T) {
	long := strings.Repeat("ü", domain.MaxTitle+5)
	b := readLoop(t, loopHeader+
		`001,"`+long+`",YES_NO,Why?,"Because
it helps",1,1,,,,,false`+"\n"+
		`002,"Two
lines",YES_NO,,Only a description,1,1,,,,,false`+"\n"+
		`003,,YES_NO,,,1,1,,,,,false`+"\n"+
		`x1,B,YES_NO,,,1,1,,,,,false`+"\n"+
		`001,Again,YES_NO,,,1,1,,,,,false`+"\n", nil)
	want := []domain.ImportedTask{
		loopImported("001", long, loopTask(strings.Repeat("ü", domain.MaxTitle), "Why?\n\nBecause\nit helps", "daily", loopToday)),
		loopImported("002", "Two\nlines", loopTask("Two lines", "Only a description", "daily", loopToday)),
	}
	if !reflect.DeepEqual(b.Tasks, want) {
		t.Errorf("got %+v\nwant %+v", b.Tasks, want)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{
		"habit with an empty name":           1,
		"habit with a bad position":          1,
		"habit with the position of another": 1,
	})
	harshCounts(t, "approximated", b.Approximated, map[string]int{
		"name over 200 characters clipped":  1,
		"name of more than one line joined": 1,
	})
}

func TestLoopCompetency(t *testing.T) {
	dir := writeLoop(t, loopHeader+"001,A,YES_NO,,,1,1,,,,,false\n", nil)
	b, err := ReadLoop(dir, Options{Today: loopToday, Competency: domain.Depth})
	if err != nil || len(b.Tasks) != 1 || b.Tasks[0].Task.Competency != domain.Depth {
		t.Errorf("%v: %+v", err, b.Tasks)
	}
	if _, err := ReadLoop(dir, Options{Today: loopToday, Competency: "nope"}); err == nil {
		t.Error("an unknown competency was taken")
	}
	if _, err := ReadLoop(dir, Options{}); err == nil {
		t.Error("no today was taken")
	}
}

func TestLoopCheckmarkValues(t *testing.T) {
	b := readLoop(t, loopHeader+"001,A,YES_NO,,,1,1,,,,,false\n", map[string]string{"001 A": "Date,Value,Notes\n" +
		"2026-06-15,YES_MANUAL,done\n" +
		"2026-06-14,YES_AUTO,auto\n" +
		"2026-06-13,NO,not\n" +
		"2026-06-12,SKIP,\n" +
		"2026-06-11,UNKNOWN,\n" +
		"2026-06-10,5000,\n" + // a number in a yes/no habit
		"2026-06-09,yes_manual,\n" +
		"2026-06-08,,\n" +
		"2026-06-07\n",
	})
	want := []domain.ImportedCheckIn{
		loopCheckIn("001", "A", "2026-06-14", "auto"),
		loopCheckIn("001", "A", "2026-06-15", "done"),
	}
	if !reflect.DeepEqual(b.CheckIns, want) {
		t.Errorf("got %+v\nwant %+v", b.CheckIns, want)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{
		"NO (not done)":                              1,
		"SKIP (skipped day)":                         1,
		"UNKNOWN (nothing recorded)":                 1,
		"checkmark with a value Loop does not write": 2,
		"checkmark line without a date and a value":  2,
	})
	if got := b.Tasks[0].Task.Created; !got.Equal(hday("2026-06-09").Time()) {
		t.Errorf("created %v, want the earliest dated line", got)
	}
}

func TestLoopNumerical(t *testing.T) {
	b := readLoop(t, loopHeader+"001,Water,NUMERICAL,,,1,1,,glasses,AT_LEAST,8.0,false\n002,Steps,NUMERICAL,,,1,1,,,,,false\n",
		map[string]string{
			"001 Water": "Date,Value,Notes\n2026-06-15,8000,\n2026-06-14,1500,thirsty\n2026-06-13,1,\n2026-06-12,0,\n2026-06-11,-1,\n2026-06-10,1.5,\n",
			"002 Steps": "Date,Value,Notes\n2026-06-15,12000000,\n",
		})
	want := []domain.ImportedCheckIn{
		loopCheckIn("001", "Water", "2026-06-13", "(amount 0.001 glasses)"),
		loopCheckIn("001", "Water", "2026-06-14", "thirsty (amount 1.5 glasses)"),
		loopCheckIn("001", "Water", "2026-06-15", "(amount 8 glasses)"),
		loopCheckIn("002", "Steps", "2026-06-15", "(amount 12000)"),
	}
	if !reflect.DeepEqual(b.CheckIns, want) {
		t.Errorf("got %+v\nwant %+v", b.CheckIns, want)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{
		"numerical value of 0":                       2,
		"checkmark with a value Loop does not write": 1,
	})
	harshCounts(t, "approximated", b.Approximated, map[string]int{"amount kept in the note": 4})
}

func TestLoopDatesAndDuplicates(t *testing.T) {
	b := readLoop(t, loopHeader+"001,A,YES_NO,,,1,1,,,,,false\n", map[string]string{"001 A": "Date,Value,Notes\n" +
		"2026-06-16,YES_MANUAL,tomorrow\n" +
		"2026-06-15,NO,first of the day\n" +
		"2026-06-15,YES_MANUAL,second of the day\n" +
		"15/06/2026,YES_MANUAL,\n" +
		"2026-02-30,YES_MANUAL,\n" +
		"2026-06-01,YES_MANUAL,\"a \"\"quoted\"\" note\"\n" +
		"2026-05-31,YES_MANUAL,bad \"quote\n",
	})
	want := []domain.ImportedCheckIn{loopCheckIn("001", "A", "2026-06-01", `a "quoted" note`)}
	if !reflect.DeepEqual(b.CheckIns, want) {
		t.Errorf("got %+v\nwant %+v", b.CheckIns, want)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{
		"checkmark line dated after today":                1,
		"NO (not done)":                                   1,
		"second checkmark line of a day (the first wins)": 1,
		"checkmark line with a bad date":                  2,
		"Checkmarks.csv line that is not valid CSV":       1,
	})
}

// Older exports have no header line in Checkmarks.csv.
func TestLoopCheckmarksWithoutHeader(t *testing.T) {
	b := readLoop(t, loopHeader+"001,A,YES_NO,,,1,1,,,,,false\n", map[string]string{"001 A": "2026-06-15,YES_MANUAL\n2026-06-14,YES_AUTO\n"})
	if len(b.CheckIns) != 2 {
		t.Errorf("got %+v", b.CheckIns)
	}
}

func TestLoopArchived(t *testing.T) {
	b := readLoop(t, loopHeader+"001,A,YES_NO,,,1,1,,,,,true\n002,B,YES_NO,,,1,1,,,,,TRUE\n003,C,YES_NO,,,1,1,,,,,false\n",
		map[string]string{
			"001 A": "Date,Value,Notes\n2026-05-02,NO,\n2026-05-01,YES_MANUAL,\n2026-04-01,NO,\n",
			"003 C": "Date,Value,Notes\n2026-05-01,YES_MANUAL,\n",
		})
	a := loopTask("A", "", "daily", hday("2026-04-01"))
	a.Archived, a.ArchivedOn = true, hday("2026-05-02")
	bt := loopTask("B", "", "daily", loopToday)
	bt.Archived, bt.ArchivedOn = true, loopToday
	want := []domain.ImportedTask{
		loopImported("001", "A", a),
		loopImported("002", "B", bt),
		loopImported("003", "C", loopTask("C", "", "daily", hday("2026-05-01"))),
	}
	if !reflect.DeepEqual(b.Tasks, want) {
		t.Errorf("got %+v\nwant %+v", b.Tasks, want)
	}
}

func TestLoopFolders(t *testing.T) {
	b := readLoop(t, loopHeader+"001,Café & co,YES_NO,,,1,1,,,,,false\n002,B,YES_NO,,,1,1,,,,,false\n",
		map[string]string{
			"001 Caf  co":  "Date,Value,Notes\n2026-06-15,YES_MANUAL,reduced name\n",
			"001 Café  co": "Date,Value,Notes\n2026-06-14,YES_MANUAL,as coach reduces it\n",
			"007 Gone":     "Date,Value,Notes\n2026-06-15,YES_MANUAL,\n",
			"notes":        "Date,Value,Notes\n2026-06-15,YES_MANUAL,\n",
		})
	// 002 has no folder: no check-ins; of two folders of 001, the one
	// named as its name reduces wins
	want := []domain.ImportedCheckIn{loopCheckIn("001", "Café & co", "2026-06-14", "as coach reduces it")}
	if !reflect.DeepEqual(b.CheckIns, want) {
		t.Errorf("got %+v\nwant %+v", b.CheckIns, want)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{"folder of no habit": 2, "second folder of one habit": 1})
}

// The root Checkmarks.csv and Scores.csv are not read, nor are folders'
// Scores.csv.
func TestLoopReadsOnlyPerHabitFiles(t *testing.T) {
	dir := writeLoop(t, loopHeader+"001,A,YES_NO,,,1,1,,,,,false\n", map[string]string{"001 A": "Date,Value,Notes\n2026-06-15,YES_MANUAL,\n"})
	for _, p := range []string{"Checkmarks.csv", "Scores.csv", filepath.Join("001 A", "Scores.csv")} {
		if err := os.WriteFile(filepath.Join(dir, p), []byte("Date,A,\"broken\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	b, err := ReadLoop(dir, Options{Today: loopToday})
	if err != nil || len(b.CheckIns) != 1 || len(b.Skipped) != 0 {
		t.Errorf("%v: %+v skipped %v", err, b.CheckIns, b.Skipped)
	}
}

func TestLoopLongNote(t *testing.T) {
	note := strings.Repeat("n", domain.MaxNote)
	b := readLoop(t, loopHeader+"001,W,NUMERICAL,,,1,1,,l,,,false\n", map[string]string{"001 W": "Date,Value,Notes\n2026-06-15,2000," + note + "\n"})
	if len(b.CheckIns) != 1 || !strings.HasSuffix(b.CheckIns[0].CheckIn.Note, "n (amount 2 l)") {
		t.Fatalf("got %+v", b.CheckIns)
	}
	harshCounts(t, "approximated", b.Approximated, map[string]int{"note over 4000 characters clipped": 1, "amount kept in the note": 1})
}

func FuzzReadLoop(f *testing.F) {
	habits, err := os.ReadFile(filepath.Join("testdata", "loop", "Habits.csv"))
	if err != nil {
		f.Fatal(err)
	}
	checkmarks, err := os.ReadFile(filepath.Join("testdata", "loop", "001 Meditate", "Checkmarks.csv"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(habits), string(checkmarks))
	f.Add(loopHeader+"001,A,NUMERICAL,,,2,5,,u,,,true\n", "Date,Value,Notes\n2026-01-01,9223372036854775807,\n2026-01-01,-9223372036854775808,x\n")
	f.Add("Position,Name\n1,\xff\n", "2026-01-01,YES_AUTO,\xfe\n\"")
	// one directory for every input: a fuzz worker runs them one at a time
	dir := f.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "001 A"), 0o700); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, habits, checkmarks string) {
		if err := os.WriteFile(filepath.Join(dir, "Habits.csv"), []byte(habits), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "001 A", "Checkmarks.csv"), []byte(checkmarks), 0o600); err != nil {
			t.Fatal(err)
		}
		b, err := ReadLoop(dir, Options{Today: loopToday})
		if err != nil {
			if !strings.Contains(err.Error(), "Habits.csv has no header") {
				t.Fatalf("a file's content made an error: %v", err)
			}
			return
		}
		checkLoopBatch(t, b)
	})
}

// loopHabitsTenYears are the eight habits of the generated export.
var loopHabitsTenYears = []struct{ name, kind, num, den, unit string }{
	{"Meditate", "YES_NO", "1", "1", ""},
	{"Run", "YES_NO", "3", "7", ""},
	{"Read", "NUMERICAL", "1", "1", "pages"},
	{"Journal", "YES_NO", "2", "5", ""},
	{"Stretch", "YES_NO", "1", "1", ""},
	{"Water", "NUMERICAL", "1", "1", "glasses"},
	{"Call family", "YES_NO", "1", "7", ""},
	{"No sugar", "YES_NO", "5", "7", ""},
}

// writeLoopTenYears writes ten years of a Loop export for eight habits,
// one line a day each, newest first as Loop writes them; it returns the
// folder and the number of checkmark lines.
func writeLoopTenYears(t testing.TB) (string, int) {
	var habits strings.Builder
	habits.WriteString(loopHeader)
	folders := map[string]string{}
	lines := 0
	days := 3650
	for i, h := range loopHabitsTenYears {
		pos := fmt.Sprintf("%03d", i+1)
		fmt.Fprintf(&habits, "%s,%s,%s,Did you %s today?,,%s,%s,#FF8F00,%s,,,%t\n", pos, h.name, h.kind, strings.ToLower(h.name), h.num, h.den, h.unit, i == 7)
		var cm strings.Builder
		cm.WriteString("Date,Value,Notes\n")
		for d := range days {
			date := loopToday - domain.Date(d)
			value := []string{"YES_MANUAL", "YES_AUTO", "NO", "SKIP", "UNKNOWN", "YES_MANUAL", "YES_MANUAL"}[(d+i)%7]
			if h.kind == "NUMERICAL" {
				value = fmt.Sprint(((d * 7919) % 20) * 500)
			}
			note := ""
			if d%11 == 0 {
				note = "\"felt good, kept going\""
			}
			fmt.Fprintf(&cm, "%s,%s,%s\n", date.String(), value, note)
			lines++
		}
		folders[pos+" "+h.name] = cm.String()
	}
	return writeLoop(t, habits.String(), folders), lines
}

func BenchmarkReadLoopTenYears(b *testing.B) {
	dir, lines := writeLoopTenYears(b)
	for b.Loop() {
		batch, err := ReadLoop(dir, Options{Today: loopToday})
		if err != nil || len(batch.Tasks) != 8 {
			b.Fatalf("%v: %d tasks", err, len(batch.Tasks))
		}
	}
	b.ReportMetric(float64(lines), "lines")
}

// The generated ten years are read whole: every line a check-in or
// counted as skipped.
func TestLoopTenYears(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	dir, lines := writeLoopTenYears(t)
	b, err := ReadLoop(dir, Options{Today: loopToday})
	if err != nil {
		t.Fatal(err)
	}
	checkLoopBatch(t, b)
	skipped := 0
	for _, n := range b.Skipped {
		skipped += n
	}
	if len(b.Tasks) != 8 || len(b.CheckIns)+skipped != lines || lines < 29000 {
		t.Errorf("%d lines: tasks %d check-ins %d skipped %v", lines, len(b.Tasks), len(b.CheckIns), b.Skipped)
	}
	t.Logf("%d lines: %d check-ins, skipped %v, approximated %v", lines, len(b.CheckIns), b.Skipped, b.Approximated)
}
