package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"coach/domain"
)

const twFixture = "testdata/taskwarrior/export.json"

var twToday = domain.NewDate(2026, time.December, 3)

// twOrigin is the origin of the fixture's record n.
func twOrigin(n int) string { return fmt.Sprintf("taskwarrior:11111111-1111-4111-8111-%012d", n) }

// readTWFixture reads the fixture with days taken in UTC.
func readTWFixture(t *testing.T) domain.ImportBatch {
	t.Helper()
	b, err := readTaskwarrior(twFixture, Options{Today: twToday}, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// writeTW writes an export document to a temporary file.
func writeTW(t testing.TB, doc string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "export.json")
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func readTW(t *testing.T, doc string, loc *time.Location) domain.ImportBatch {
	t.Helper()
	b, err := readTaskwarrior(writeTW(t, doc), Options{Today: twToday}, loc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func twTask(t *testing.T, b domain.ImportBatch, origin string) domain.ImportedTask {
	t.Helper()
	for _, it := range b.Tasks {
		if it.Origin == origin {
			return it
		}
	}
	t.Fatalf("no task %s in the batch", origin)
	return domain.ImportedTask{}
}

func hasTask(b domain.ImportBatch, origin string) bool {
	for _, it := range b.Tasks {
		if it.Origin == origin {
			return true
		}
	}
	return false
}

func twCheckIns(b domain.ImportBatch, origin string) []domain.CheckIn {
	var out []domain.CheckIn
	for _, c := range b.CheckIns {
		if c.TaskOrigin == origin {
			out = append(out, c.CheckIn)
		}
	}
	return out
}

func day(y int, m time.Month, d int) domain.Date { return domain.NewDate(y, m, d) }

func TestTaskwarriorWholeFixture(t *testing.T) {
	b := readTWFixture(t)
	if b.Source != "taskwarrior" {
		t.Errorf("source %q", b.Source)
	}
	var origins []string
	for _, it := range b.Tasks {
		origins = append(origins, it.Origin)
	}
	want := []string{twOrigin(1), twOrigin(2), twOrigin(3), twOrigin(4), twOrigin(5), twOrigin(7), twOrigin(8),
		twOrigin(18), twOrigin(19), twOrigin(20), twOrigin(22), twOrigin(26)}
	if !reflect.DeepEqual(origins, want) {
		t.Errorf("tasks in order\n got %q\nwant %q", origins, want)
	}
	wantCheckIns := []domain.ImportedCheckIn{
		{TaskOrigin: twOrigin(4), CheckIn: domain.CheckIn{Date: day(2026, 11, 24)}},
		{TaskOrigin: twOrigin(5), CheckIn: domain.CheckIn{Date: day(2026, 11, 26)}},
		{TaskOrigin: twOrigin(7), CheckIn: domain.CheckIn{Date: day(2026, 11, 28), Note: "scales in G"}},
		{TaskOrigin: twOrigin(8), CheckIn: domain.CheckIn{Date: day(2026, 11, 29)}},
	}
	if !reflect.DeepEqual(b.CheckIns, wantCheckIns) {
		t.Errorf("check-ins\n got %+v\nwant %+v", b.CheckIns, wantCheckIns)
	}
	wantSkipped := map[string]int{
		"deleted task": 1,
		"recurrence coach has no schedule for: monthly":        1,
		"recurrence coach has no schedule for: 2d":             1,
		"instance of a recurring task":                         1,
		"bad due time":                                         1,
		"task without a uuid":                                  1,
		"duplicate uuid":                                       1,
		"task without a description":                           1,
		"date outside 1900–9999":                               1,
		"unknown status: frozen":                               1,
		"second completion on the same day":                    1,
		"completion of a recurring task coach did not import":  1,
		"completion of a recurring task missing from the file": 1,
	}
	if !reflect.DeepEqual(b.Skipped, wantSkipped) {
		t.Errorf("skipped\n got %v\nwant %v", b.Skipped, wantSkipped)
	}
	wantApprox := map[string]int{"priority not kept": 2, "title clipped": 1}
	if !reflect.DeepEqual(b.Approximated, wantApprox) {
		t.Errorf("approximated\n got %v\nwant %v", b.Approximated, wantApprox)
	}
	// Nothing is dropped silently: every record is a task, an instance's
	// check-in or a skip.
	skipped := 0
	for _, n := range b.Skipped {
		skipped += n
	}
	if got := len(b.Tasks) + 2 + skipped; got != 27 {
		t.Errorf("%d records accounted for, the fixture has 27", got)
	}
}

func TestTaskwarriorPendingIsDueOnItsDueDay(t *testing.T) {
	it := twTask(t, readTWFixture(t), twOrigin(1))
	want := domain.Task{
		Title: "Take out the recycling", Competency: domain.Learning, Repeat: "once",
		Due: day(2026, 12, 5), Notes: "#chores #weekend\nbuy the blue bags",
		Created: time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC),
	}
	if !reflect.DeepEqual(it.Task, want) {
		t.Errorf("got %+v\nwant %+v", it.Task, want)
	}
}

func TestTaskwarriorPendingWithoutDueIsDueToday(t *testing.T) {
	it := twTask(t, readTWFixture(t), twOrigin(2))
	if it.Task.Repeat != "once" || it.Task.Due != twToday {
		t.Errorf("repeat %q due %s, want once due %s", it.Task.Repeat, it.Task.Due, twToday)
	}
	// Without Today there is no day to give it: skipped, not an error.
	b, err := readTaskwarrior(twFixture, Options{}, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	if hasTask(b, twOrigin(2)) || b.Skipped["invalid task: a once task needs a due date"] != 1 {
		t.Errorf("without today: skipped %v", b.Skipped)
	}
}

func TestTaskwarriorWaitingIsLikePending(t *testing.T) {
	it := twTask(t, readTWFixture(t), twOrigin(3))
	if it.Task.Title != "Renew passport" || it.Task.Repeat != "once" || it.Task.Due != day(2026, 12, 15) {
		t.Errorf("got %+v", it.Task)
	}
}

func TestTaskwarriorCompletedGetsItsCheckIn(t *testing.T) {
	b := readTWFixture(t)
	// Due on its due date, done on its end date.
	if it := twTask(t, b, twOrigin(4)); it.Task.Due != day(2026, 11, 25) || it.Task.Repeat != "once" {
		t.Errorf("with due: %+v", it.Task)
	}
	if got := twCheckIns(b, twOrigin(4)); !reflect.DeepEqual(got, []domain.CheckIn{{Date: day(2026, 11, 24)}}) {
		t.Errorf("with due: check-ins %+v", got)
	}
	// Without a due date it is due the day it was done.
	if it := twTask(t, b, twOrigin(5)); it.Task.Due != day(2026, 11, 26) {
		t.Errorf("without due: %+v", it.Task)
	}
	if got := twCheckIns(b, twOrigin(5)); !reflect.DeepEqual(got, []domain.CheckIn{{Date: day(2026, 11, 26)}}) {
		t.Errorf("without due: check-ins %+v", got)
	}
	// Pending ones have none.
	if got := twCheckIns(b, twOrigin(1)); got != nil {
		t.Errorf("pending task has check-ins %+v", got)
	}
}

func TestTaskwarriorCompletedWithoutEndIsSkipped(t *testing.T) {
	b := readTW(t, `[{"uuid":"22222222-2222-4222-8222-000000000001","description":"x","status":"completed","entry":"20261101T000000Z"}]`, time.UTC)
	if len(b.Tasks) != 0 || len(b.CheckIns) != 0 || b.Skipped["completed task without an end time"] != 1 {
		t.Errorf("got tasks %d check-ins %d skipped %v", len(b.Tasks), len(b.CheckIns), b.Skipped)
	}
}

func TestTaskwarriorDeletedIsSkipped(t *testing.T) {
	b := readTWFixture(t)
	if hasTask(b, twOrigin(6)) || b.Skipped["deleted task"] != 1 {
		t.Errorf("deleted task: skipped %v", b.Skipped)
	}
}

func TestTaskwarriorRecurringTemplatesBecomeHabits(t *testing.T) {
	b := readTWFixture(t)
	for n, repeat := range map[int]string{7: "daily", 8: "1/week", 22: "weekdays"} {
		it := twTask(t, b, twOrigin(n))
		if it.Task.Repeat != repeat || !it.Task.Due.IsZero() {
			t.Errorf("template %d: repeat %q due %s, want %s and no due date", n, it.Task.Repeat, it.Task.Due, repeat)
		}
	}
	if it := twTask(t, b, twOrigin(7)); it.Task.Created != time.Date(2026, 11, 1, 6, 0, 0, 0, time.UTC) {
		t.Errorf("created %v", it.Task.Created)
	}
	for _, n := range []int{9, 23} {
		if hasTask(b, twOrigin(n)) {
			t.Errorf("template %d with a period coach has no schedule for was kept", n)
		}
	}
}

func TestTaskwarriorRecurValues(t *testing.T) {
	for recur, want := range map[string]string{
		"daily": "daily", "Daily": "daily", "day": "daily", "1d": "daily", "P1D": "daily",
		"weekdays": "weekdays",
		"weekly":   "1/week", "week": "1/week", "1w": "1/week", "7d": "1/week", "P1W": "1/week",
		"monthly": "", "2d": "", "biweekly": "", "3/week": "", "": "", "mon,wed": "",
	} {
		doc := fmt.Sprintf(`[{"uuid":"22222222-2222-4222-8222-000000000001","description":"habit","status":"recurring","recur":%q}]`, recur)
		b := readTW(t, doc, time.UTC)
		if want == "" {
			reason := "recurrence coach has no schedule for: " + recur
			if recur == "" {
				reason = "recurrence coach has no schedule for: (none)"
			}
			if len(b.Tasks) != 0 || b.Skipped[reason] != 1 {
				t.Errorf("recur %q: tasks %d skipped %v", recur, len(b.Tasks), b.Skipped)
			}
			continue
		}
		if len(b.Tasks) != 1 || b.Tasks[0].Task.Repeat != want {
			t.Errorf("recur %q: got %+v, want %s", recur, b.Tasks, want)
		}
	}
}

func TestTaskwarriorInstances(t *testing.T) {
	b := readTWFixture(t)
	// A pending instance is the template's next occurrence, not a task.
	if hasTask(b, twOrigin(10)) || b.Skipped["instance of a recurring task"] != 1 {
		t.Errorf("pending instance: skipped %v", b.Skipped)
	}
	// A completed one is a check-in of the template's habit, with its
	// annotations as the note; a second one the same day is left out.
	if got := twCheckIns(b, twOrigin(7)); !reflect.DeepEqual(got, []domain.CheckIn{{Date: day(2026, 11, 28), Note: "scales in G"}}) {
		t.Errorf("daily habit's check-ins %+v", got)
	}
	if got := twCheckIns(b, twOrigin(8)); !reflect.DeepEqual(got, []domain.CheckIn{{Date: day(2026, 11, 29)}}) {
		t.Errorf("weekly habit's check-ins %+v", got)
	}
	for _, n := range []int{9, 11, 12, 13, 24, 27, 99} {
		if got := twCheckIns(b, twOrigin(n)); got != nil {
			t.Errorf("check-ins of %d: %+v", n, got)
		}
	}
	if b.Skipped["second completion on the same day"] != 1 ||
		b.Skipped["completion of a recurring task coach did not import"] != 1 ||
		b.Skipped["completion of a recurring task missing from the file"] != 1 {
		t.Errorf("skipped %v", b.Skipped)
	}
}

func TestTaskwarriorInstanceBeforeItsTemplate(t *testing.T) {
	b := readTW(t, `[
{"uuid":"22222222-2222-4222-8222-000000000002","description":"run","status":"completed","end":"20261102T080000Z","parent":"22222222-2222-4222-8222-000000000001"},
{"uuid":"22222222-2222-4222-8222-000000000001","description":"run","status":"recurring","recur":"daily","entry":"20261101T080000Z"}]`, time.UTC)
	want := []domain.ImportedCheckIn{{TaskOrigin: "taskwarrior:22222222-2222-4222-8222-000000000001", CheckIn: domain.CheckIn{Date: day(2026, 11, 2)}}}
	if !reflect.DeepEqual(b.CheckIns, want) || len(b.Skipped) != 0 {
		t.Errorf("check-ins %+v skipped %v", b.CheckIns, b.Skipped)
	}
}

func TestTaskwarriorBadTimesSkipTheRecord(t *testing.T) {
	b := readTWFixture(t)
	if hasTask(b, twOrigin(14)) || b.Skipped["bad due time"] != 1 {
		t.Errorf("31 November: skipped %v", b.Skipped)
	}
	if hasTask(b, twOrigin(21)) || b.Skipped["date outside 1900–9999"] != 1 {
		t.Errorf("1899: skipped %v", b.Skipped)
	}
	for _, bad := range []string{"2026-11-28T09:30:00Z", "20261128T093000", "20261128T093000z", "20261128 093000Z",
		"20261328T093000Z", "20260229T093000Z", "20261128T243000Z", "20261128T096000Z", "20261128T093060Z",
		"+0261128T093000Z", "20261128T093000Z ", "١٢٣٤1128T093000Z", "1764322200"} {
		if _, ok := parseTWTime(bad); ok {
			t.Errorf("parseTWTime(%q) accepted", bad)
		}
		doc := fmt.Sprintf(`[{"uuid":"22222222-2222-4222-8222-000000000001","description":"x","status":"completed","end":%q}]`, bad)
		if b := readTW(t, doc, time.UTC); len(b.Tasks) != 0 || b.Skipped["bad end time"] != 1 {
			t.Errorf("end %q: tasks %d skipped %v", bad, len(b.Tasks), b.Skipped)
		}
	}
	got, ok := parseTWTime("20240229T235959Z")
	if !ok || !got.Equal(time.Date(2024, 2, 29, 23, 59, 59, 0, time.UTC)) {
		t.Errorf("leap day: %v %v", got, ok)
	}
}

func TestTaskwarriorDayIsTheLocalOne(t *testing.T) {
	doc := `[{"uuid":"22222222-2222-4222-8222-000000000001","description":"x","status":"completed",
"entry":"20261120T080000Z","due":"20261128T230000Z","end":"20261128T050000Z"}]`
	for _, c := range []struct {
		loc      *time.Location
		due, end domain.Date
	}{
		{time.UTC, day(2026, 11, 28), day(2026, 11, 28)},
		{time.FixedZone("UTC+2", 2*3600), day(2026, 11, 29), day(2026, 11, 28)},
		{time.FixedZone("UTC-10", -10*3600), day(2026, 11, 28), day(2026, 11, 27)},
	} {
		b := readTW(t, doc, c.loc)
		if len(b.Tasks) != 1 || b.Tasks[0].Task.Due != c.due || len(b.CheckIns) != 1 || b.CheckIns[0].CheckIn.Date != c.end {
			t.Errorf("%s: tasks %+v check-ins %+v, want due %s done %s", c.loc, b.Tasks, b.CheckIns, c.due, c.end)
		}
		if got := b.Tasks[0].Task.Created; got.Location() != time.UTC || !got.Equal(time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: created %v", c.loc, got)
		}
	}
	// The last UTC hour of 9999 is already 10000 two hours east.
	late := `[{"uuid":"22222222-2222-4222-8222-000000000001","description":"x","status":"pending","due":"99991231T230000Z"}]`
	if b := readTW(t, late, time.UTC); len(b.Tasks) != 1 {
		t.Errorf("UTC: skipped %v", b.Skipped)
	}
	if b := readTW(t, late, time.FixedZone("UTC+2", 2*3600)); len(b.Tasks) != 0 || b.Skipped["date outside 1900–9999"] != 1 {
		t.Errorf("UTC+2: tasks %d skipped %v", len(b.Tasks), b.Skipped)
	}
}

func TestReadTaskwarriorUsesLocalTime(t *testing.T) {
	b, err := ReadTaskwarrior(twFixture, Options{Today: twToday})
	if err != nil {
		t.Fatal(err)
	}
	want := domain.DateOf(time.Date(2026, 12, 5, 17, 0, 0, 0, time.UTC).Local())
	if it := twTask(t, b, twOrigin(1)); it.Task.Due != want {
		t.Errorf("due %s, want %s (local)", it.Task.Due, want)
	}
}

func TestTaskwarriorProjectsBecomeGoals(t *testing.T) {
	b := readTWFixture(t)
	goal := func(title string, created time.Time) domain.ImportedGoal {
		return domain.ImportedGoal{Origin: "taskwarrior:project:" + title, Goal: domain.Goal{
			Title: title, Competency: domain.Learning, Status: domain.StatusActive, Created: created}}
	}
	want := []domain.ImportedGoal{
		goal("home", time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)),
		goal("work.coach", time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)),
		goal("music", time.Date(2026, 11, 1, 6, 0, 0, 0, time.UTC)),
		goal("语言.中文", time.Date(2026, 12, 1, 1, 30, 0, 0, time.UTC)),
	}
	if !reflect.DeepEqual(b.Goals, want) {
		t.Errorf("goals\n got %+v\nwant %+v", b.Goals, want)
	}
	for n, g := range map[int]string{1: "home", 2: "work.coach", 3: "", 4: "home", 7: "music", 8: "", 19: "语言.中文", 20: "home"} {
		want := ""
		if g != "" {
			want = "taskwarrior:project:" + g
		}
		if it := twTask(t, b, twOrigin(n)); it.GoalOrigin != want {
			t.Errorf("task %d: goal %q, want %q", n, it.GoalOrigin, want)
		}
	}
}

func TestTaskwarriorProjectOnlyFromKeptTasks(t *testing.T) {
	b := readTW(t, `[
{"uuid":"22222222-2222-4222-8222-000000000001","description":"gone","status":"deleted","project":"old"},
{"uuid":"22222222-2222-4222-8222-000000000002","description":"x","status":"pending","project":"`+strings.Repeat("p", 201)+`"}]`, time.UTC)
	if len(b.Goals) != 0 {
		t.Errorf("goals %+v", b.Goals)
	}
	if len(b.Tasks) != 1 || b.Tasks[0].GoalOrigin != "" || b.Approximated["project not kept: its name is not a goal title"] != 1 {
		t.Errorf("tasks %+v approximated %v", b.Tasks, b.Approximated)
	}
}

func TestTaskwarriorTagsAndAnnotationsInNotes(t *testing.T) {
	b := readTWFixture(t)
	for n, notes := range map[int]string{
		1:  "#chores #weekend\nbuy the blue bags",
		7:  "#practice",
		19: "#汉字 #每日",
		26: "then take notes on it",
		2:  "",
	} {
		if it := twTask(t, b, twOrigin(n)); it.Task.Notes != notes {
			t.Errorf("task %d: notes %q, want %q", n, it.Task.Notes, notes)
		}
	}
	b = readTW(t, `[{"uuid":"22222222-2222-4222-8222-000000000001","description":"x\n\nmore","status":"pending",
"tags":["a"," ","b"],"annotations":[{"description":"one"},{"description":"  "},{"description":"two\nlines"}]}]`, time.UTC)
	if got, want := b.Tasks[0].Task.Notes, "#a #b\nmore\none\ntwo\nlines"; got != want {
		t.Errorf("notes %q, want %q", got, want)
	}
}

func TestTaskwarriorNotesClipped(t *testing.T) {
	long := strings.Repeat("字", 3000)
	doc := fmt.Sprintf(`[{"uuid":"22222222-2222-4222-8222-000000000001","description":"x","status":"pending","tags":["t"],
"annotations":[{"description":%q},{"description":%q}]}]`, long, long)
	b := readTW(t, doc, time.UTC)
	want := string([]rune("#t\n" + long + "\n" + long)[:domain.MaxNote])
	if len(b.Tasks) != 1 || b.Tasks[0].Task.Notes != want || b.Approximated["notes clipped"] != 1 {
		t.Fatalf("tasks %d approximated %v", len(b.Tasks), b.Approximated)
	}
	if n := utf8.RuneCountInString(b.Tasks[0].Task.Notes); n != domain.MaxNote {
		t.Errorf("notes are %d characters", n)
	}
}

func TestTaskwarriorTitle(t *testing.T) {
	b := readTWFixture(t)
	it := twTask(t, b, twOrigin(18))
	full := "Prepare the quarterly review for the whole team, covering what shipped, what slipped and why, and every follow-up we owe each other before the next planning round, and every follow-up we owe each other before the next planning round, and every follow-up we owe each other before the next planning ro."
	if want := strings.TrimSpace(full[:domain.MaxTitle]); it.Task.Title != want {
		t.Errorf("title %q, want %q", it.Task.Title, want)
	}
	if b.Approximated["title clipped"] != 1 {
		t.Errorf("approximated %v", b.Approximated)
	}
	if it := twTask(t, b, twOrigin(19)); it.Task.Title != "学习中文：写十个汉字 ✍️" {
		t.Errorf("unicode title %q", it.Task.Title)
	}
	if it := twTask(t, b, twOrigin(26)); it.Task.Title != "Read chapter 3" {
		t.Errorf("first line %q", it.Task.Title)
	}
	if hasTask(b, twOrigin(17)) || b.Skipped["task without a description"] != 1 {
		t.Errorf("blank description: skipped %v", b.Skipped)
	}
	// A title of 300 Chinese characters is clipped by characters, not bytes.
	doc := fmt.Sprintf(`[{"uuid":"22222222-2222-4222-8222-000000000001","description":%q,"status":"pending"}]`, "\n  "+strings.Repeat("汉", 300))
	if got := readTW(t, doc, time.UTC).Tasks[0].Task.Title; got != strings.Repeat("汉", domain.MaxTitle) {
		t.Errorf("clipped to %d characters", utf8.RuneCountInString(got))
	}
}

func TestTaskwarriorUUIDs(t *testing.T) {
	b := readTWFixture(t)
	if b.Skipped["task without a uuid"] != 1 || b.Skipped["duplicate uuid"] != 1 {
		t.Errorf("skipped %v", b.Skipped)
	}
	// The first of two records with one uuid is kept.
	if it := twTask(t, b, twOrigin(1)); it.Task.Title != "Take out the recycling" {
		t.Errorf("kept %q", it.Task.Title)
	}
	doc := `[{"uuid":"not-a-uuid","description":"x","status":"pending"},
{"uuid":"22222222-2222-4222-8222-00000000000G","description":"x","status":"pending"},
{"uuid":"22222222-2222-4222-8222-00000000000A","description":"x","status":"pending"},
{"uuid":" 22222222-2222-4222-8222-00000000000a","description":"x","status":"pending"}]`
	b = readTW(t, doc, time.UTC)
	if len(b.Tasks) != 1 || b.Tasks[0].Origin != "taskwarrior:22222222-2222-4222-8222-00000000000a" ||
		b.Skipped["task with a malformed uuid"] != 2 || b.Skipped["duplicate uuid"] != 1 {
		t.Errorf("tasks %+v skipped %v", b.Tasks, b.Skipped)
	}
}

func TestTaskwarriorCompetency(t *testing.T) {
	b, err := readTaskwarrior(twFixture, Options{Today: twToday, Competency: "Depth"}, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range b.Tasks {
		if it.Task.Competency != domain.Depth {
			t.Errorf("task %s: %s", it.Origin, it.Task.Competency)
		}
	}
	for _, g := range b.Goals {
		if g.Goal.Competency != domain.Depth {
			t.Errorf("goal %s: %s", g.Origin, g.Goal.Competency)
		}
	}
	if _, err := readTaskwarrior(twFixture, Options{Competency: "cooking"}, time.UTC); err == nil {
		t.Error("unknown competency accepted")
	}
}

func TestTaskwarriorPriorityIsCountedAndUrgencyIgnored(t *testing.T) {
	b := readTW(t, `[
{"uuid":"22222222-2222-4222-8222-000000000001","description":"a","status":"pending","priority":"H","urgency":9},
{"uuid":"22222222-2222-4222-8222-000000000002","description":"b","status":"pending","priority":"","urgency":"high"},
{"uuid":"22222222-2222-4222-8222-000000000003","description":"c","status":"deleted","priority":"L"}]`, time.UTC)
	if len(b.Tasks) != 2 || !reflect.DeepEqual(b.Approximated, map[string]int{"priority not kept": 1}) {
		t.Errorf("tasks %d approximated %v", len(b.Tasks), b.Approximated)
	}
}

func TestTaskwarriorFieldOfTheWrongTypeSkipsTheRecord(t *testing.T) {
	b := readTW(t, `[{"uuid":"22222222-2222-4222-8222-000000000001","description":"x","status":"pending","tags":"a"},
{"uuid":"22222222-2222-4222-8222-000000000002","description":["x"],"status":"pending"},
{"uuid":"22222222-2222-4222-8222-000000000003","description":"kept","status":"pending"}]`, time.UTC)
	if len(b.Tasks) != 1 || b.Skipped["task with a field of the wrong type"] != 2 {
		t.Errorf("tasks %d skipped %v", len(b.Tasks), b.Skipped)
	}
}

func TestTaskwarriorDocumentNotAnArrayOfObjects(t *testing.T) {
	for _, doc := range []string{"", "null", "{}", `"x"`, "[1]", `[{}, 2]`, `[{"uuid":`, "[] []", `{"tasks":[]}`, "\ufeff[]"} {
		path := writeTW(t, doc)
		_, err := readTaskwarrior(path, Options{Today: twToday}, time.UTC)
		if err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("%q: error %v, want one naming the file", doc, err)
		}
	}
	b := readTW(t, " [ ] \n", time.UTC)
	if len(b.Tasks)+len(b.Goals)+len(b.CheckIns)+len(b.Skipped) != 0 || b.Source != "taskwarrior" {
		t.Errorf("empty export: %+v", b)
	}
	if _, err := readTaskwarrior(filepath.Join(t.TempDir(), "missing.json"), Options{}, time.UTC); err == nil {
		t.Error("missing file read")
	}
	if _, err := readTaskwarrior(t.TempDir(), Options{}, time.UTC); err == nil {
		t.Error("directory read")
	}
}

func TestTaskwarriorRecordsPassValidation(t *testing.T) {
	checkTWBatch(t, readTWFixture(t), 27)
}

// checkTWBatch asserts what every batch must be: each record as
// domain.Clean* leaves it, every reference inside the batch, unique
// origins, and records accounted for (when records ≥ 0).
func checkTWBatch(t *testing.T, b domain.ImportBatch, records int) {
	t.Helper()
	goals := map[string]bool{}
	for _, g := range b.Goals {
		c, err := domain.CleanGoal(g.Goal)
		if err != nil || !reflect.DeepEqual(c, g.Goal) {
			t.Fatalf("goal %q: %v (%+v)", g.Origin, err, g.Goal)
		}
		if goals[g.Origin] || !strings.HasPrefix(g.Origin, "taskwarrior:project:") {
			t.Fatalf("goal origin %q", g.Origin)
		}
		goals[g.Origin] = true
	}
	tasks := map[string]domain.Task{}
	for _, it := range b.Tasks {
		c, err := domain.CleanTask(it.Task)
		if err != nil || !reflect.DeepEqual(c, it.Task) {
			t.Fatalf("task %q: %v (%+v)", it.Origin, err, it.Task)
		}
		if _, dup := tasks[it.Origin]; dup || len(it.Origin) != len("taskwarrior:")+36 {
			t.Fatalf("task origin %q", it.Origin)
		}
		if it.GoalOrigin != "" && !goals[it.GoalOrigin] {
			t.Fatalf("task %q: goal %q not in the batch", it.Origin, it.GoalOrigin)
		}
		if y := it.Task.Created.Year(); !it.Task.Created.IsZero() && (y < 1900 || y > 9999) {
			t.Fatalf("task %q created %v", it.Origin, it.Task.Created)
		}
		tasks[it.Origin] = it.Task
	}
	instances := 0
	days := map[string]bool{}
	for _, ic := range b.CheckIns {
		c, err := domain.CleanCheckIn(ic.CheckIn)
		if err != nil || !reflect.DeepEqual(c, ic.CheckIn) {
			t.Fatalf("check-in of %q: %v (%+v)", ic.TaskOrigin, err, ic.CheckIn)
		}
		task, ok := tasks[ic.TaskOrigin]
		if !ok {
			t.Fatalf("check-in of %q: no such task", ic.TaskOrigin)
		}
		if key := ic.TaskOrigin + ic.CheckIn.Date.String(); days[key] {
			t.Fatalf("two check-ins of %q on %s", ic.TaskOrigin, ic.CheckIn.Date)
		} else {
			days[key] = true
		}
		if task.Schedule().Recurring() {
			instances++
		}
	}
	if records < 0 {
		return
	}
	accounted := len(b.Tasks) + instances
	for reason, n := range b.Skipped {
		if n <= 0 || reason == "" || strings.ContainsAny(reason, "\n\r") {
			t.Fatalf("skip reason %q counted %d", reason, n)
		}
		accounted += n
	}
	if accounted != records {
		t.Fatalf("%d records, %d accounted for (tasks %d, instances %d, skipped %v)", records, accounted, len(b.Tasks), instances, b.Skipped)
	}
}
