package importer

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"coach/domain"
)

// harshToday is the day every harsh test imports on.
var harshToday = hday("2026-06-15")

func hday(s string) domain.Date {
	d, err := domain.ParseISODate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// writeHarsh makes a harsh directory with a habits file and, when given,
// a log file.
func writeHarsh(t *testing.T, habits string, log ...string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "habits"), []byte(habits), 0o600); err != nil {
		t.Fatal(err)
	}
	if len(log) > 0 {
		if err := os.WriteFile(filepath.Join(dir, "log"), []byte(strings.Join(log, "")), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func readHarsh(t *testing.T, habits string, log ...string) domain.ImportBatch {
	t.Helper()
	b, err := ReadHarsh(writeHarsh(t, habits, log...), Options{Today: harshToday})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func harshTask(name, repeat string, created domain.Date) domain.Task {
	return domain.Task{Title: name, Competency: domain.Learning, Repeat: repeat, Created: created.Time()}
}

func harshGoal(title string, created domain.Date) domain.ImportedGoal {
	return domain.ImportedGoal{
		Origin: "harsh:heading:" + title,
		Goal:   domain.Goal{Title: title, Competency: domain.Learning, Status: domain.StatusActive, Created: created.Time()},
	}
}

func harshCheckIn(habit, date, note string) domain.ImportedCheckIn {
	return domain.ImportedCheckIn{TaskOrigin: "harsh:habit:" + habit, CheckIn: domain.CheckIn{Date: hday(date), Note: note}}
}

func harshCounts(t *testing.T, what string, got, want map[string]int) {
	t.Helper()
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %v\nwant %v", what, got, want)
	}
}

func TestHarshFixture(t *testing.T) {
	b, err := ReadHarsh(filepath.Join("testdata", "harsh"), Options{Today: harshToday})
	if err != nil {
		t.Fatal(err)
	}
	if b.Source != "harsh" {
		t.Errorf("source %q", b.Source)
	}
	wantGoals := []domain.ImportedGoal{harshGoal("Health", hday("2026-01-02")), harshGoal("Learning", hday("2026-01-03"))}
	if !reflect.DeepEqual(b.Goals, wantGoals) {
		t.Errorf("goals:\n got %+v\nwant %+v", b.Goals, wantGoals)
	}
	old := harshTask("Old course", "daily", hday("2026-03-01"))
	old.Archived, old.ArchivedOn = true, hday("2026-04-01")
	health, learning := "harsh:heading:Health", "harsh:heading:Learning"
	wantTasks := []domain.ImportedTask{
		harshImported("harsh:habit:Morning pages", "", harshTask("Morning pages", "daily", harshToday)),
		harshImported("harsh:habit:Gym", health, harshTask("Gym", "3/week", hday("2026-01-05"))),
		harshImported("harsh:habit:Walk", health, harshTask("Walk", "4/week", hday("2026-01-02"))),
		harshImported("harsh:habit:Stretch", health, harshTask("Stretch", "1/week", harshToday)),
		harshImported("harsh:habit:Swim", health, harshTask("Swim", "1/week", harshToday)),
		harshImported("harsh:habit:Floss", health, harshTask("Floss", "daily", harshToday)),
		harshImported("harsh:habit:Too much coffee", health, harshTask("Too much coffee", "1/week", harshToday)),
		harshImported("harsh:habit:Read", learning, harshTask("Read", "daily", hday("2026-01-03"))),
		harshImported("harsh:habit:Spanish", learning, harshTask("Spanish", "3/week", hday("2026-02-01"))),
		harshImported("harsh:habit:Note: to self", learning, harshTask("Note: to self", "1/week", harshToday)),
		harshImported("harsh:habit:Old course", learning, old),
		harshImported("harsh:habit:New course", learning, harshTask("New course", "3/week", harshToday)),
		harshImported("harsh:habit:Loose again", "", harshTask("Loose again", "1/week", harshToday)),
	}
	if len(b.Tasks) != len(wantTasks) {
		t.Fatalf("%d tasks, want %d: %+v", len(b.Tasks), len(wantTasks), b.Tasks)
	}
	for i := range wantTasks {
		if !reflect.DeepEqual(b.Tasks[i], wantTasks[i]) {
			t.Errorf("task %d:\n got %+v\nwant %+v", i, b.Tasks[i], wantTasks[i])
		}
	}
	wantCheckIns := []domain.ImportedCheckIn{
		harshCheckIn("Gym", "2026-01-05", ""),
		harshCheckIn("Gym", "2026-01-07", "legs and back"),
		harshCheckIn("Walk", "2026-06-15", "today counts"),
		harshCheckIn("Read", "2026-01-03", "Dune (amount 120)"),
		harshCheckIn("Read", "2026-01-06", ""),
		harshCheckIn("Spanish", "2026-02-01", "lesson 4 (amount 1.5)"),
		harshCheckIn("Spanish", "2026-02-02", ""),
		harshCheckIn("Old course", "2026-03-01", "module 1"),
	}
	if !reflect.DeepEqual(b.CheckIns, wantCheckIns) {
		t.Errorf("check-ins:\n got %+v\nwant %+v", b.CheckIns, wantCheckIns)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{
		"duplicate habit":                             1,
		`habit line without ": "`:                     1,
		"habit line with an unknown frequency":        2,
		"habit line with an empty name":               1,
		"habit line with a bad end date":              1,
		"heading line without a title":                1,
		"bad date":                                    4,
		"log line of a habit not in habits":           1,
		"log line of a habit left out":                1,
		"log line with fewer than 3 fields":           1,
		"log line with a result other than y, n or s": 1,
		"log line with more than 5 fields":            1,
		"repeated log line":                           2,
		"n (not done)":                                2,
		"s (skipped)":                                 2,
	})
	harshCounts(t, "approximated", b.Approximated, map[string]int{
		"every 2 days became 4/week":                  1,
		"every 2 weeks became 1/week":                 1,
		"tracked-only habit became 1/week":            1,
		"5 times in 14 days became 3/week":            1,
		"end date not reached yet: habit kept active": 1,
		"every 14 days became 1/week":                 1,
		"amount kept in the note":                     2,
		"amount that is not a number left out":        1,
	})
}

func TestHarshHeadingsBecomeGoals(t *testing.T) {
	b := readHarsh(t, "Before: 1\n! Work\nA: 1\n!Home  \nB: 1\n! Work\nC: 1\n")
	want := []domain.ImportedGoal{harshGoal("Work", harshToday), harshGoal("Home", harshToday)}
	if !reflect.DeepEqual(b.Goals, want) {
		t.Errorf("goals %+v, want %+v", b.Goals, want)
	}
	var goals []string
	for _, task := range b.Tasks {
		goals = append(goals, task.GoalOrigin)
	}
	wantGoals := []string{"", "harsh:heading:Work", "harsh:heading:Home", "harsh:heading:Work"}
	if !reflect.DeepEqual(goals, wantGoals) {
		t.Errorf("goal origins %q, want %q", goals, wantGoals)
	}
	harshCounts(t, "skipped", b.Skipped, nil)
}

func TestHarshGoalCreatedWithItsFirstHabit(t *testing.T) {
	b := readHarsh(t, "! Work\nA: 1\nB: 1\n! Empty\n", "2026-02-03 : B : n\n2026-03-01 : A : y\n")
	want := []domain.ImportedGoal{harshGoal("Work", hday("2026-02-03")), harshGoal("Empty", harshToday)}
	if !reflect.DeepEqual(b.Goals, want) {
		t.Errorf("goals %+v, want %+v", b.Goals, want)
	}
}

func TestHarshBadHeadings(t *testing.T) {
	long := strings.Repeat("h", domain.MaxTitle+1)
	b := readHarsh(t, "! Work\n!\nA: 1\n! "+long+"\nB: 1\n")
	if len(b.Goals) != 1 || b.Goals[0].Origin != "harsh:heading:Work" {
		t.Errorf("goals %+v, want Work only", b.Goals)
	}
	for _, task := range b.Tasks {
		if task.GoalOrigin != "" {
			t.Errorf("%s belongs to %q after a heading that is not a goal", task.Task.Title, task.GoalOrigin)
		}
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{
		"heading line without a title":                 1,
		"heading line with a name over 200 characters": 1,
	})
}

func TestHarshCommentsAndBlankLines(t *testing.T) {
	b := readHarsh(t, "# a comment: 1\n\n   \n\t# indented: 1\nA: 1\n", "# 2026-01-01 : A : y\n\n  \n")
	if len(b.Tasks) != 1 || b.Tasks[0].Task.Title != "A" {
		t.Errorf("tasks %+v, want A only", b.Tasks)
	}
	if len(b.CheckIns) != 0 {
		t.Errorf("check-ins %+v from comments", b.CheckIns)
	}
	harshCounts(t, "skipped", b.Skipped, nil)
}

func TestHarshCRLF(t *testing.T) {
	b := readHarsh(t, "! Work\r\nA: 1\r\n", "2026-01-01 : A : y : note : \r\n")
	if len(b.Goals) != 1 || b.Goals[0].Goal.Title != "Work" || len(b.Tasks) != 1 || b.Tasks[0].Task.Repeat != "daily" {
		t.Errorf("goals %+v tasks %+v", b.Goals, b.Tasks)
	}
	want := []domain.ImportedCheckIn{harshCheckIn("A", "2026-01-01", "note")}
	if !reflect.DeepEqual(b.CheckIns, want) {
		t.Errorf("check-ins %+v, want %+v", b.CheckIns, want)
	}
}

func TestHarshNamesWithColons(t *testing.T) {
	b := readHarsh(t, "Note: to self: 1\nRatio 3:2: 7\nTime: 10:30: 1: 2026-01-31\n",
		"2026-01-02 : Note: to self : y\n")
	var names []string
	for _, task := range b.Tasks {
		names = append(names, task.Task.Title)
	}
	if want := []string{"Note: to self", "Ratio 3:2", "Time: 10:30"}; !reflect.DeepEqual(names, want) {
		t.Errorf("names %q, want %q", names, want)
	}
	if len(b.Tasks) == 3 && (!b.Tasks[2].Task.Archived || b.Tasks[2].Task.ArchivedOn != hday("2026-02-01")) {
		t.Errorf("Time: %+v, want archived on 2026-02-01", b.Tasks[2].Task)
	}
	if len(b.CheckIns) != 1 || b.CheckIns[0].TaskOrigin != "harsh:habit:Note: to self" {
		t.Errorf("check-ins %+v", b.CheckIns)
	}
}

func TestHarshFrequencies(t *testing.T) {
	for _, c := range []struct{ freq, repeat, approx string }{
		{"1", "daily", ""},
		{"7", "1/week", ""},
		{"1w", "1/week", ""},
		{"2", "4/week", "every 2 days became 4/week"},
		{"3", "2/week", "every 3 days became 2/week"},
		{"4", "2/week", "every 4 days became 2/week"},
		{"5", "1/week", "every 5 days became 1/week"},
		{"90", "1/week", "every 90 days became 1/week"},
		{"2w", "1/week", "every 2 weeks became 1/week"},
		{"3/7", "3/week", ""},
		{" 3 / 7 ", "3/week", ""},
		{"7/7", "daily", ""},
		{"1/1", "daily", ""},
		{"2/2", "daily", ""},
		{"2/1w", "2/week", ""},
		{"1/2", "4/week", "1 times in 2 days became 4/week"},
		{"2/14", "1/week", "2 times in 14 days became 1/week"},
		{"2/30", "1/week", "2 times in 30 days became 1/week"},
		{"13/14", "daily", "13 times in 14 days became daily"},
		{"0", "1/week", "tracked-only habit became 1/week"},
		{"0w", "1/week", "tracked-only habit became 1/week"},
		{"0/7", "1/week", "tracked-only habit became 1/week"},
		{"01", "daily", ""},
	} {
		b := readHarsh(t, "H: "+c.freq+"\n")
		if len(b.Tasks) != 1 {
			t.Errorf("%q: tasks %+v, skipped %v", c.freq, b.Tasks, b.Skipped)
			continue
		}
		if got := b.Tasks[0].Task.Repeat; got != c.repeat {
			t.Errorf("%q became %q, want %q", c.freq, got, c.repeat)
		}
		var want map[string]int
		if c.approx != "" {
			want = map[string]int{c.approx: 1}
		}
		harshCounts(t, c.freq+" approximated", b.Approximated, want)
	}
}

func TestHarshUnknownFrequencies(t *testing.T) {
	for _, freq := range []string{"often", "8/7", "3/0", "-1", "+1", "1.5", "1d", "w", "/7", "3/", "3/7/7", "1 w", "123456789", "1ww"} {
		b := readHarsh(t, "H: "+freq+"\n", "2026-01-01 : H : y\n")
		if len(b.Tasks) != 0 || len(b.CheckIns) != 0 {
			t.Errorf("%q: tasks %+v check-ins %+v", freq, b.Tasks, b.CheckIns)
		}
		harshCounts(t, freq, b.Skipped, map[string]int{
			"habit line with an unknown frequency": 1,
			"log line of a habit left out":         1,
		})
	}
}

func TestHarshEndDate(t *testing.T) {
	b := readHarsh(t, "Past: 1: 2026-06-14\nToday: 1: 2026-06-15\nFuture: 3/7: 2030-01-01\nEmpty: 1: \nTrimmed: 1:\n")
	want := map[string]domain.Date{"Past": hday("2026-06-15")}
	if len(b.Tasks) != 5 {
		t.Fatalf("tasks %+v", b.Tasks)
	}
	for _, task := range b.Tasks {
		on, archived := want[task.Task.Title]
		if task.Task.Archived != archived || task.Task.ArchivedOn != on {
			t.Errorf("%s: archived %v on %s, want %v on %s", task.Task.Title, task.Task.Archived, task.Task.ArchivedOn, archived, on)
		}
	}
	harshCounts(t, "approximated", b.Approximated, map[string]int{"end date not reached yet: habit kept active": 2})
	harshCounts(t, "skipped", b.Skipped, nil)
}

func TestHarshBadEndDates(t *testing.T) {
	b := readHarsh(t, "A: 1: 2026-02-30\nB: 1: someday\nC: 1: 1899-12-31\n", "2026-01-01 : A : y\n")
	if len(b.Tasks) != 0 {
		t.Errorf("tasks %+v", b.Tasks)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{
		"habit line with a bad end date": 3,
		"log line of a habit left out":   1,
	})
}

func TestHarshBadHabitLines(t *testing.T) {
	longest := strings.Repeat("é", domain.MaxTitle)
	b := readHarsh(t, "No separator\nTab:\t1\n: 1\n   : 7\nBare:\n"+longest+"x: 1\n"+longest+": 1\nCarriage\rreturn: 1\nGood: 1\n")
	var names []string
	for _, task := range b.Tasks {
		names = append(names, task.Task.Title)
	}
	if want := []string{longest, "Good"}; !reflect.DeepEqual(names, want) {
		t.Errorf("names %q, want the longest name and Good", names)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{
		`habit line without ": "`:                      3, // "No separator", "Tab:\t1", "Bare:"
		"habit line with an empty name":                2,
		"habit line with a name over 200 characters":   1,
		"habit line with a name of more than one line": 1,
	})
}

func TestHarshDuplicateHabit(t *testing.T) {
	b := readHarsh(t, "Read: 1\nRead: 7\n  Read : 3/7\nWrite: often\nWrite: 7\n", "2026-01-01 : Write : y\n")
	var got []string
	for _, task := range b.Tasks {
		got = append(got, task.Task.Title+" "+task.Task.Repeat)
	}
	// the first habit line that maps wins
	if want := []string{"Read daily", "Write 1/week"}; !reflect.DeepEqual(got, want) {
		t.Errorf("tasks %q, want %q", got, want)
	}
	if len(b.CheckIns) != 1 {
		t.Errorf("check-ins %+v, want Write's", b.CheckIns)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{
		"duplicate habit":                      2,
		"habit line with an unknown frequency": 1,
	})
}

func TestHarshCreatedOnFirstLogDay(t *testing.T) {
	b := readHarsh(t, "A: 1\nB: 1\nC: 1\n",
		"2026-03-01 : A : y\n2026-02-01 : A : n\n2026-04-01 : A : s\n2026-05-01 : B : y\n2025-01-01 : C : maybe\n1800-01-01 : C : y\n")
	want := []time.Time{hday("2026-02-01").Time(), hday("2026-05-01").Time(), harshToday.Time()}
	for i, task := range b.Tasks {
		if !task.Task.Created.Equal(want[i]) || task.Task.Created.Location() != time.UTC {
			t.Errorf("%s created %v, want %v", task.Task.Title, task.Task.Created, want[i])
		}
	}
}

func TestHarshLogYes(t *testing.T) {
	b := readHarsh(t, "A: 1\n",
		"2026-01-01 : A : y\n",
		"2026-01-02 : A : y :  done twice  \n",
		"2026-01-03 : A : y : ran : 5.5\n",
		"2026-01-04 : A : y :  : 3\n",
		"2026-01-05 : A : y : none :  0 \n",
		"2026-01-06 : A : y : odd : lots\n",
		"2026-01-07 : A : y :  : \n",
		"2026-01-08 : A : y :  :\n", // an editor trimmed the last space
		"2026-01-09 : A : y : -2 : -2\n",
	)
	want := []domain.ImportedCheckIn{
		harshCheckIn("A", "2026-01-01", ""),
		harshCheckIn("A", "2026-01-02", "done twice"),
		harshCheckIn("A", "2026-01-03", "ran (amount 5.5)"),
		harshCheckIn("A", "2026-01-04", "(amount 3)"),
		harshCheckIn("A", "2026-01-05", "none"),
		harshCheckIn("A", "2026-01-06", "odd"),
		harshCheckIn("A", "2026-01-07", ""),
		harshCheckIn("A", "2026-01-08", ""),
		harshCheckIn("A", "2026-01-09", "-2 (amount -2)"),
	}
	if !reflect.DeepEqual(b.CheckIns, want) {
		t.Errorf("check-ins:\n got %+v\nwant %+v", b.CheckIns, want)
	}
	harshCounts(t, "skipped", b.Skipped, nil)
	harshCounts(t, "approximated", b.Approximated, map[string]int{
		"amount kept in the note":              3,
		"amount that is not a number left out": 1,
	})
}

func TestHarshLogNoAndSkip(t *testing.T) {
	b := readHarsh(t, "A: 1\n", "2026-01-01 : A : n\n2026-01-02 : A : s : away : \n2026-01-03 : A : n : tired : 2\n")
	if len(b.CheckIns) != 0 {
		t.Errorf("check-ins %+v from n and s", b.CheckIns)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{"n (not done)": 2, "s (skipped)": 1})
	harshCounts(t, "approximated", b.Approximated, nil)
}

func TestHarshLogUnknownHabit(t *testing.T) {
	b := readHarsh(t, "A: 1\n", "2026-01-01 : B : y\n2026-01-01 : a : y\n2026-01-01 :  : y\n2026-01-01 :  A  : y\n")
	if want := []domain.ImportedCheckIn{harshCheckIn("A", "2026-01-01", "")}; !reflect.DeepEqual(b.CheckIns, want) {
		t.Errorf("check-ins %+v, want %+v", b.CheckIns, want)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{"log line of a habit not in habits": 3})
}

func TestHarshLogBadDates(t *testing.T) {
	var log []string
	for _, d := range []string{"2026-02-30", "1899-12-31", "10000-01-01", "2026-06-16", "26-01-01", "2026-1-01", "", "2026-01-01T00:00"} {
		log = append(log, d+" : A : y\n")
	}
	log = append(log, "2026-06-15 : A : y\n", "1900-01-01 : A : y\n")
	b := readHarsh(t, "A: 1\n", log...)
	want := []domain.ImportedCheckIn{harshCheckIn("A", "1900-01-01", ""), harshCheckIn("A", "2026-06-15", "")}
	if !reflect.DeepEqual(b.CheckIns, want) {
		t.Errorf("check-ins %+v, want %+v", b.CheckIns, want)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{"bad date": 8})
}

func TestHarshLogRepeated(t *testing.T) {
	b := readHarsh(t, "A: 1\nB: 1\n",
		"2026-01-01 : A : y : first\n2026-01-01 : A : y : second\n",
		"2026-01-02 : B : y : done\n2026-01-02 : B : n : undone after all\n",
		"2026-01-03 : B : n\n2026-01-03 : B : y : done late\n")
	want := []domain.ImportedCheckIn{harshCheckIn("A", "2026-01-01", "second"), harshCheckIn("B", "2026-01-03", "done late")}
	if !reflect.DeepEqual(b.CheckIns, want) {
		t.Errorf("check-ins %+v, want %+v", b.CheckIns, want)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{"repeated log line": 3, "n (not done)": 1})
}

func TestHarshLogFieldCounts(t *testing.T) {
	b := readHarsh(t, "A: 1\n",
		"2026-01-01 : A\n2026-01-02\n2026-01-03 :A: y\n",
		"2026-01-04 : A : y : a : 1 : more\n",
		"2026-01-05 : A : Y\n2026-01-06 : A : yes\n2026-01-07 : A : \n",
		"2026-01-08 : A : y : three : 4\n")
	if want := []domain.ImportedCheckIn{harshCheckIn("A", "2026-01-08", "three (amount 4)")}; !reflect.DeepEqual(b.CheckIns, want) {
		t.Errorf("check-ins %+v, want %+v", b.CheckIns, want)
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{
		"log line with fewer than 3 fields":           3,
		"log line with more than 5 fields":            1,
		"log line with a result other than y, n or s": 3,
	})
}

func TestHarshCheckInNoteTooLong(t *testing.T) {
	long := strings.Repeat("n", domain.MaxNote)
	b := readHarsh(t, "A: 1\n", "2026-01-01 : A : y : "+long+"\n2026-01-02 : A : y : "+long+" : 2\n")
	if want := []domain.ImportedCheckIn{harshCheckIn("A", "2026-01-01", long)}; !reflect.DeepEqual(b.CheckIns, want) {
		t.Errorf("%d check-ins, want the one whose note fits", len(b.CheckIns))
	}
	harshCounts(t, "skipped", b.Skipped, map[string]int{"log line with a note over 4000 characters": 1})
	harshCounts(t, "approximated", b.Approximated, nil)
}

func TestHarshMissingLog(t *testing.T) {
	b := readHarsh(t, "A: 1\n")
	if len(b.Tasks) != 1 || len(b.CheckIns) != 0 || len(b.Skipped) != 0 {
		t.Errorf("batch %+v", b)
	}
}

func TestHarshMissingHabits(t *testing.T) {
	dir := t.TempDir()
	_, err := ReadHarsh(dir, Options{Today: harshToday})
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "habits")) {
		t.Errorf("error %v, want one naming %s", err, filepath.Join(dir, "habits"))
	}
}

func TestHarshRefusesWhatIsNotItsDirectory(t *testing.T) {
	dir := writeHarsh(t, "A: 1\n")
	if _, err := ReadHarsh(filepath.Join(dir, "habits"), Options{Today: harshToday}); err == nil || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("the habits file given as the directory: %v", err)
	}
	if _, err := ReadHarsh(filepath.Join(dir, "nowhere"), Options{Today: harshToday}); err == nil {
		t.Error("a missing directory read without an error")
	}
	habitsDir := t.TempDir()
	if err := os.Mkdir(filepath.Join(habitsDir, "habits"), 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadHarsh(habitsDir, Options{Today: harshToday}); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("a directory named habits: %v", err)
	}
	if err := os.Mkdir(filepath.Join(dir, "log"), 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadHarsh(dir, Options{Today: harshToday}); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("a directory named log: %v", err)
	}
}

func TestHarshOptions(t *testing.T) {
	dir := writeHarsh(t, "! Work\nA: 1\n")
	b, err := ReadHarsh(dir, Options{Competency: " Depth ", Today: harshToday})
	if err != nil {
		t.Fatal(err)
	}
	if b.Goals[0].Goal.Competency != domain.Depth || b.Tasks[0].Task.Competency != domain.Depth {
		t.Errorf("competencies %q and %q, want depth", b.Goals[0].Goal.Competency, b.Tasks[0].Task.Competency)
	}
	if _, err := ReadHarsh(dir, Options{Competency: "juggling", Today: harshToday}); err == nil {
		t.Error("an unknown competency read without an error")
	}
	if _, err := ReadHarsh(dir, Options{}); err == nil {
		t.Error("no today read without an error")
	}
}

func TestHarshDeterministicOrder(t *testing.T) {
	habits := "Z: 1\nA: 1\nM: 1\n"
	log := []string{"2026-01-03 : M : y\n", "2026-01-02 : A : y\n", "2026-01-01 : Z : y\n", "2026-01-01 : M : y\n", "2026-01-05 : Z : y\n", "2026-01-04 : A : y\n"}
	b := readHarsh(t, habits, log...)
	var got []string
	for _, c := range b.CheckIns {
		got = append(got, strings.TrimPrefix(c.TaskOrigin, "harsh:habit:")+" "+c.CheckIn.Date.String())
	}
	want := []string{"Z 2026-01-01", "Z 2026-01-05", "A 2026-01-02", "A 2026-01-04", "M 2026-01-01", "M 2026-01-03"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order %q, want %q", got, want)
	}
	for range 5 {
		if again := readHarsh(t, habits, log...); !reflect.DeepEqual(again, b) {
			t.Fatal("a second read gave another batch")
		}
	}
}

// checkHarshBatch checks what any harsh import must hold: the invariants
// of every habit import (checkHabitBatch), goals that pass validation
// unchanged under unique origins, a task's origin its title, and a task's
// goal one of the batch.
func checkHarshBatch(t *testing.T, b domain.ImportBatch) {
	t.Helper()
	goals := map[string]bool{}
	for _, g := range b.Goals {
		if c, err := domain.CleanGoal(g.Goal); err != nil || !reflect.DeepEqual(c, g.Goal) {
			t.Fatalf("goal %+v: %v", g, err)
		}
		if goals[g.Origin] || !strings.HasPrefix(g.Origin, "harsh:heading:") {
			t.Fatalf("goal origin %q repeated or malformed", g.Origin)
		}
		goals[g.Origin] = true
	}
	for _, task := range b.Tasks {
		if task.GoalOrigin != "" && !goals[task.GoalOrigin] {
			t.Fatalf("task %q of a goal not in the batch: %q", task.Origin, task.GoalOrigin)
		}
	}
	checkHabitBatch(t, b, harshToday, func(task domain.ImportedTask) bool {
		return task.Origin == "harsh:habit:"+task.Task.Title
	})
}

func TestHarshFixtureHoldsTheInvariants(t *testing.T) {
	b, err := ReadHarsh(filepath.Join("testdata", "harsh"), Options{Today: harshToday})
	if err != nil {
		t.Fatal(err)
	}
	checkHarshBatch(t, b)
}

func FuzzReadHarsh(f *testing.F) {
	habits, err := os.ReadFile(filepath.Join("testdata", "harsh", "habits"))
	if err != nil {
		f.Fatal(err)
	}
	log, err := os.ReadFile(filepath.Join("testdata", "harsh", "log"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(habits), string(log))
	f.Add("A: 1\n", "2026-01-01 : A : y :  : \n")
	f.Add("! H\nA: 2/14: 2026-01-01\n", "2026-01-01 : A : y : x : 1e308\n")
	f.Add("A\xff: 1\n! \xfe\n", "2026-01-01 : A\xff : y : \xff : NaN\n")
	// one directory for every input: a fuzz worker runs them one at a time
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, habits, log string) {
		if err := os.WriteFile(filepath.Join(dir, "habits"), []byte(habits), 0o600); err != nil {
			t.Fatal(err)
		}
		logPath := filepath.Join(dir, "log")
		if err := os.Remove(logPath); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		if log != "" { // an empty one stands for a missing log
			if err := os.WriteFile(logPath, []byte(log), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		b, err := ReadHarsh(dir, Options{Today: harshToday})
		if err != nil {
			t.Fatalf("a file's content made an error: %v", err)
		}
		checkHarshBatch(t, b)
	})
}

func harshImported(origin, goal string, task domain.Task) domain.ImportedTask {
	return domain.ImportedTask{Origin: origin, GoalOrigin: goal, Task: task}
}
