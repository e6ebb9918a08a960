package domain

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestCleanTitle(t *testing.T) {
	cjk200 := strings.Repeat("深", 200)
	tests := []struct {
		in, want, err string
	}{
		{in: "Read the net/http source", want: "Read the net/http source"},
		{in: "  padded\t", want: "padded"},
		{in: "trailing newline\n", want: "trailing newline"},
		{in: cjk200, want: cjk200},
		{in: strings.Repeat("a", 200), want: strings.Repeat("a", 200)},
		{in: "  " + cjk200 + "  ", want: cjk200},
		{in: "bad \xff byte", want: "bad \uFFFD byte"},
		{in: "", err: "title is empty"},
		{in: "   \t ", err: "title is empty"},
		{in: "\n", err: "title is empty"},
		{in: cjk200 + "度", err: "title is 201 characters long; the limit is 200"},
		{in: strings.Repeat("a", 201), err: "title is 201 characters long; the limit is 200"},
		{in: "two\nlines", err: "title must be one line"},
		{in: "carriage\rreturn", err: "title must be one line"},
	}
	for _, tt := range tests {
		got, err := CleanTitle(tt.in)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("CleanTitle(%.20q) = %q, %v; want error %q", tt.in, got, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("CleanTitle(%.20q) = %.20q, %v; want %.20q", tt.in, got, err, tt.want)
		}
	}
}

func TestCheckMinutes(t *testing.T) {
	for _, n := range []int{0, 1, 30, 1440} {
		if err := CheckMinutes(n); err != nil {
			t.Errorf("CheckMinutes(%d): %v", n, err)
		}
	}
	for _, n := range []int{-1, -30, 1441, 100000} {
		err := CheckMinutes(n)
		if err == nil {
			t.Errorf("CheckMinutes(%d) accepted", n)
		} else if !strings.Contains(err.Error(), "got "+itoa(n)) {
			t.Errorf("CheckMinutes(%d) = %q, want it to name the value", n, err)
		}
	}
}

func TestCheckRating(t *testing.T) {
	for n := 1; n <= 5; n++ {
		if err := CheckRating(n); err != nil {
			t.Errorf("CheckRating(%d): %v", n, err)
		}
	}
	for _, n := range []int{-1, 0, 6, 10} {
		err := CheckRating(n)
		if err == nil || err.Error() != "rating must be 1 to 5, got "+itoa(n) {
			t.Errorf("CheckRating(%d) = %v", n, err)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestCleanReflection(t *testing.T) {
	base := Reflection{Date: day("2026-11-28"), Rating: 4, Learned: "  how GC works \n", Next: "read mgc.go"}

	r := base
	r.Tags = []string{"Go", "go", " GC ", "", "runtime", "GO"}
	got, err := CleanReflection(r)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"go", "gc", "runtime"}; !reflect.DeepEqual(got.Tags, want) {
		t.Errorf("tags = %q, want %q", got.Tags, want)
	}
	if got.Learned != "how GC works" || got.Next != "read mgc.go" {
		t.Errorf("fields not trimmed: %q, %q", got.Learned, got.Next)
	}

	r = base
	r.Tags = nil
	if got, err = CleanReflection(r); err != nil || got.Tags == nil || len(got.Tags) != 0 {
		t.Errorf("no tags: %#v, %v; want an empty, non-nil list", got.Tags, err)
	}

	r = base
	r.Tags = []string{"zh", "深度"}
	if got, err = CleanReflection(r); err != nil || !reflect.DeepEqual(got.Tags, []string{"zh", "深度"}) {
		t.Errorf("CJK tag: %q, %v", got.Tags, err)
	}

	bad := []struct {
		name string
		edit func(*Reflection)
		err  string
	}{
		{"tag with a space", func(r *Reflection) { r.Tags = []string{"go", "two words"} }, `tag "two words" must be one word`},
		{"tag with a comma", func(r *Reflection) { r.Tags = []string{"a,b"} }, `tag "a,b" must be one word`},
		{"tag with a tab", func(r *Reflection) { r.Tags = []string{"a\tb"} }, "must be one word"},
		{"long tag", func(r *Reflection) { r.Tags = []string{strings.Repeat("t", 41)} }, "tag is 41 characters long"},
		{"too many tags", func(r *Reflection) {
			r.Tags = nil
			for i := 0; i < 21; i++ {
				r.Tags = append(r.Tags, "t"+itoa(i))
			}
		}, "at most 20 tags, got 21"},
		{"rating -1", func(r *Reflection) { r.Rating = -1 }, "rating must be 1 to 5, got -1"},
		{"rating 6", func(r *Reflection) { r.Rating = 6 }, "rating must be 1 to 5, got 6"},
		{"no date", func(r *Reflection) { r.Date = 0 }, "reflection has no date"},
		{"long field", func(r *Reflection) { r.Idea = strings.Repeat("x", MaxText+1) }, "idea is 20001 characters long"},
	}
	for _, tt := range bad {
		r := base
		tt.edit(&r)
		if _, err := CleanReflection(r); err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.err)
		}
	}
	// Unrated (0) is a reflection imported from a journal without ratings.
	if r, err := CleanReflection(Reflection{Date: base.Date, Learned: "from jrnl", Rating: Unrated}); err != nil || r.Rating != Unrated {
		t.Errorf("an unrated reflection: %+v %v", r, err)
	}
	// Twenty tags that dedupe below the limit are fine.
	r = base
	for i := 0; i < 30; i++ {
		r.Tags = append(r.Tags, "same")
	}
	if got, err := CleanReflection(r); err != nil || len(got.Tags) != 1 {
		t.Errorf("30 copies of one tag: %q, %v", got.Tags, err)
	}
}

// sample is a small valid dataset; each test case breaks one thing.
func sample() Dataset {
	created := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	return Dataset{
		Goals: []Goal{
			{ID: 1, Title: "Master Go's runtime", Competency: "depth", Status: "active", Created: created},
			{ID: 2, Title: "Give a talk", Competency: "collaboration", Created: created},
		},
		Tasks: []Task{
			{ID: 1, Title: "Read runtime source", GoalID: 1, Repeat: "weekdays", Created: created},
			{ID: 2, Title: "Write the abstract", GoalID: 2, Competency: "collaboration", Repeat: "once", Due: day("2026-11-20"), Created: created},
			{ID: 3, Title: "Try a new language", Competency: "breadth", Repeat: "Fri,MON", Created: created},
		},
		CheckIns: []CheckIn{
			{TaskID: 1, Date: day("2026-11-02"), Minutes: 35},
			{TaskID: 1, Date: day("2026-11-03")},
			{TaskID: 2, Date: day("2026-11-21")},
		},
		Reflections: []Reflection{
			{Date: day("2026-11-02"), Rating: 4, Tags: []string{"Go"}},
			{Date: day("2026-11-03"), Rating: 3},
		},
		Reviews: []Review{{Week: "2026-W45", Focus: "Breadth"}},
	}
}

func TestCleanDatasetValid(t *testing.T) {
	got, err := CleanDataset(sample())
	if err != nil {
		t.Fatal(err)
	}
	if got.Tasks[0].Competency != "depth" {
		t.Errorf("task 1 competency = %q, want its goal's (depth)", got.Tasks[0].Competency)
	}
	if got.Tasks[2].Repeat != "mon,fri" {
		t.Errorf("task 3 repeat = %q, want canonical mon,fri", got.Tasks[2].Repeat)
	}
	if got.Goals[1].Status != StatusActive {
		t.Errorf("goal 2 status = %q, want active by default", got.Goals[1].Status)
	}
	if got.Reviews[0].Focus != "breadth" || !reflect.DeepEqual(got.Reflections[0].Tags, []string{"go"}) {
		t.Errorf("review focus %q, tags %q not normalised", got.Reviews[0].Focus, got.Reflections[0].Tags)
	}
	if !(Dataset{}).Empty() || got.Empty() {
		t.Error("Empty() is wrong")
	}
}

func TestCleanDatasetErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Dataset)
		want string
	}{
		{"duplicate goal id", func(d *Dataset) { d.Goals[1].ID = 1 }, "goals[1]: duplicate goal id 1"},
		{"goal id 0", func(d *Dataset) { d.Goals[0].ID = 0 }, "goals[0]: id 0 is out of range: ids are 1 to 9007199254740991"},
		{"goal id past MaxID", func(d *Dataset) { d.Goals[0].ID = MaxID + 1 }, "goals[0]: id 9007199254740992 is out of range"},
		{"task id 2^64-1", func(d *Dataset) { d.Tasks[1].ID = 1<<64 - 1 }, "tasks[1]: id 18446744073709551615 is out of range"},
		{"task id 0", func(d *Dataset) { d.Tasks[0].ID = 0 }, "tasks[0]: id 0 is out of range"},
		{"goal without title", func(d *Dataset) { d.Goals[1].Title = " " }, "goals[1] (id 2): title is empty"},
		{"goal with bad status", func(d *Dataset) { d.Goals[0].Status = "paused" }, `goals[0] (id 1): unknown goal status "paused"`},
		{"unknown competency", func(d *Dataset) { d.Goals[1].Competency = "cooking" }, `goals[1] (id 2): unknown competency "cooking"`},
		{"task with unknown competency", func(d *Dataset) { d.Tasks[2].Competency = "Juggling" }, `tasks[2] (id 3): unknown competency "Juggling"`},
		{"task with missing goal", func(d *Dataset) { d.Tasks[1].GoalID = 7 }, "tasks[1] (id 2): goal 7 does not exist"},
		{"duplicate task id", func(d *Dataset) { d.Tasks[2].ID = 2 }, "tasks[2]: duplicate task id 2"},
		{"task with bad repeat", func(d *Dataset) { d.Tasks[2].Repeat = "mon,,fri" }, `tasks[2] (id 3): unknown repeat rule "mon,,fri"`},
		{"once task without due", func(d *Dataset) { d.Tasks[1].Due = 0 }, "tasks[1] (id 2): a once task needs a due date"},
		{"task with negative minutes", func(d *Dataset) { d.Tasks[0].Minutes = -5 }, "tasks[0] (id 1): minutes must be 0 or more, got -5"},
		{"check-in for missing task", func(d *Dataset) { d.CheckIns[1].TaskID = 42 }, "checkins[1]: task 42 does not exist"},
		{"check-in without date", func(d *Dataset) { d.CheckIns[0].Date = 0 }, "checkins[0] (task 1): check-in of task 1 has no date"},
		{"duplicate check-in", func(d *Dataset) { d.CheckIns[1].Date = d.CheckIns[0].Date }, "checkins[1]: task 1 is checked in twice on 2026-11-02"},
		{"one-off on two days", func(d *Dataset) {
			d.CheckIns = append(d.CheckIns, CheckIn{TaskID: 2, Date: day("2026-11-22")})
		}, "checkins[3]: one-off task 2 is checked in on more than one day"},
		{"two reflections on one day", func(d *Dataset) { d.Reflections[1].Date = d.Reflections[0].Date }, "reflections[1]: two reflections on 2026-11-02"},
		{"reflection with rating 7", func(d *Dataset) { d.Reflections[1].Rating = 7 }, "reflections[1] (2026-11-03): rating must be 1 to 5, got 7"},
		{"bad review week", func(d *Dataset) { d.Reviews[0].Week = "2027-W53" }, `reviews[0] (2027-W53): invalid week "2027-W53"`},
		{"malformed review week", func(d *Dataset) { d.Reviews[0].Week = "2026W45" }, `reviews[0] (2026W45): invalid week "2026W45"`},
		{"review with unknown focus", func(d *Dataset) { d.Reviews[0].Focus = "luck" }, `reviews[0] (2026-W45): unknown competency "luck"`},
		{"two reviews of a week", func(d *Dataset) { d.Reviews = append(d.Reviews, Review{Week: "2026-W45"}) }, "reviews[1]: two reviews of 2026-W45"},
	}
	for _, tt := range tests {
		d := sample()
		tt.edit(&d)
		_, err := CleanDataset(d)
		if err == nil {
			t.Errorf("%s: CleanDataset accepted it", tt.name)
			continue
		}
		if !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: error = %q, want it to start with %q", tt.name, err, tt.want)
		}
	}
}

func TestCleanTaskAndGoal(t *testing.T) {
	tk, err := CleanTask(Task{Title: "x", Competency: "DEPTH", Repeat: "daily", Due: day("2026-11-28"), Archived: false, ArchivedOn: day("2026-11-28")})
	if err != nil {
		t.Fatal(err)
	}
	if tk.Due != 0 || tk.ArchivedOn != 0 || tk.Competency != "depth" {
		t.Errorf("CleanTask kept due %s / archived_on %s / competency %q", tk.Due, tk.ArchivedOn, tk.Competency)
	}
	if _, err := CleanTask(Task{Title: "x", Competency: "depth", Repeat: "once", Due: day("2026-11-28"), Minutes: 1441}); err == nil {
		t.Error("CleanTask accepted 1441 minutes")
	}
	g, err := CleanGoal(Goal{Title: "g", Competency: "innovation", Resources: []string{" book ", "", "  "}})
	if err != nil || !reflect.DeepEqual(g.Resources, []string{"book"}) || g.Status != StatusActive {
		t.Errorf("CleanGoal = %+v, %v", g, err)
	}
	many := make([]string, MaxResource+1)
	if _, err := CleanGoal(Goal{Title: "g", Competency: "innovation", Resources: many}); err == nil {
		t.Error("CleanGoal accepted 51 resources")
	}
}

// Tags split as people type them, in either language.
func TestSplitTags(t *testing.T) {
	for in, want := range map[string][]string{
		"go, runtime":      {"go", "runtime"},
		"并发，调度、Go":         {"并发", "调度", "Go"},
		"  two words\tgo ": {"two", "words", "go"},
		"":                 {},
		" , ，":             {},
	} {
		if got := SplitTags(in); !slices.Equal(got, want) {
			t.Errorf("SplitTags(%q) = %q, want %q", in, got, want)
		}
	}
}
