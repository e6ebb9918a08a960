package exchange

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"coach/domain"
)

// A version 1 file, as coach b41a3a1 exported it, still reads: its goals
// simply have no measure.
func TestReadsVersion1(t *testing.T) {
	f, err := os.Open("testdata/export-v1-b41a3a1.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := ReadJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Goals) != 3 || len(ds.Tasks) != 4 || len(ds.CheckIns) != 6 || len(ds.Reflections) != 2 {
		t.Fatalf("read %d goals, %d tasks, %d check-ins, %d reflections; want 3, 4, 6, 2",
			len(ds.Goals), len(ds.Tasks), len(ds.CheckIns), len(ds.Reflections))
	}
	for _, g := range ds.Goals {
		if !g.Measure.IsZero() {
			t.Errorf("goal %d has a measure from a version 1 file: %+v", g.ID, g.Measure)
		}
	}
}

// A goal's measure is written only when it has one, and reads back.
func TestMeasureRoundTrip(t *testing.T) {
	at := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	ds := domain.Dataset{Goals: []domain.Goal{
		{ID: 1, Title: "graphs", Competency: "problem-solving", Status: "active", Created: at,
			Measure: domain.Measure{Kind: domain.MeasureAmount, Target: 40, Unit: "graph problems", Amount: 17}},
		{ID: 2, Title: "runtime", Competency: "depth", Status: "active", Created: at,
			Measure: domain.Measure{Kind: domain.MeasureMinutes, Target: 600}},
		{ID: 3, Title: "plain", Competency: "depth", Status: "active", Created: at},
	}}
	var out bytes.Buffer
	if err := WriteJSON(&out, ds, at, nil); err != nil {
		t.Fatal(err)
	}
	doc := out.String()
	for _, want := range []string{`"version": 5`, `"measure": {`, `"unit": "graph problems"`, `"amount": 17`, `"kind": "minutes"`} {
		if !strings.Contains(doc, want) {
			t.Errorf("export lacks %s:\n%s", want, doc)
		}
	}
	if n := strings.Count(doc, `"measure"`); n != 2 {
		t.Errorf("%d measures written, want 2 (none for a goal without one)", n)
	}
	back, err := ReadJSON(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	for i, g := range back.Goals {
		if g.Measure != ds.Goals[i].Measure {
			t.Errorf("goal %d measure %+v, want %+v", g.ID, g.Measure, ds.Goals[i].Measure)
		}
	}
}

// A measure that breaks a rule is refused with the goal named.
func TestBadMeasureRefused(t *testing.T) {
	for _, tc := range []struct{ measure, want string }{
		{`{"kind": "pages", "target": 3}`, `unknown target kind "pages"`},
		{`{"kind": "checkins", "target": 0}`, "a target counts 1 to 1000000, got 0"},
		{`{"kind": "amount", "target": 5, "unit": ""}`, `invalid unit ""`},
		{`{"kind": "amount", "target": 5, "unit": "x", "amount": -1}`, "amount counted must be 0 to 1000000, got -1"},
		{`{"kind": "amount", "target": 5, "unit": "` + strings.Repeat("u", 31) + `"}`, "unit is 31 characters long; the limit is 30"},
		{`"40 problems"`, "want"},
	} {
		doc := `{"format": "coach", "version": 2, "goals": [{"id": 1, "title": "g", "competency": "depth", "measure": ` + tc.measure + `}]}`
		ds, err := ReadJSON(strings.NewReader(doc))
		if err == nil {
			_, err = domain.CleanDataset(ds)
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("measure %s: error %v, want it to say %q", tc.measure, err, tc.want)
		}
	}
}

// Version 3 carries the global ids of goals and tasks; a version 2 file
// without them still reads, and a malformed one is refused by name.
func TestGlobalIDsRoundTrip(t *testing.T) {
	at := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	gid := domain.NewGID()
	ds := domain.Dataset{
		Goals: []domain.Goal{{ID: 1, GID: gid, Title: "graphs", Competency: "depth", Status: "active", Created: at}},
		Tasks: []domain.Task{{ID: 4, GID: domain.NewGID(), Title: "one a day", GoalID: 1, Competency: "depth", Repeat: "daily", Created: at}},
	}
	var out bytes.Buffer
	if err := WriteJSON(&out, ds, at, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"gid": "`+gid+`"`) {
		t.Fatalf("export lacks the goal's gid:\n%s", out.String())
	}
	back, err := ReadJSON(strings.NewReader(out.String()))
	if err != nil {
		t.Fatal(err)
	}
	if back.Goals[0].GID != gid || back.Tasks[0].GID != ds.Tasks[0].GID {
		t.Errorf("gids after a round trip: %q %q", back.Goals[0].GID, back.Tasks[0].GID)
	}
	old := `{"format": "coach", "version": 2, "goals": [{"id": 1, "title": "x", "competency": "depth", "status": "active", "created": "2026-11-01T08:00:00Z"}]}`
	if ds, err := ReadJSON(strings.NewReader(old)); err != nil || ds.Goals[0].GID != "" {
		t.Errorf("version 2 without gids: %v %+v", err, ds.Goals)
	}
	bad := strings.Replace(old, `"id": 1,`, `"id": 1, "gid": "ABC",`, 1)
	if _, err := ReadJSON(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "goals[0].gid") {
		t.Errorf("a malformed gid: %v", err)
	}
}

// Version 5 carries an unrated reflection (one imported from jrnl): it is
// written with rating 0, reads back unrated, and shows as unrated in the
// markdown view.
func TestUnratedReflectionRoundTrip(t *testing.T) {
	at := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	day := domain.NewDate(2026, 11, 2)
	ds := domain.Dataset{Reflections: []domain.Reflection{
		{Date: day, Learned: "from jrnl", Tags: []string{"work"}},
		{Date: day + 1, Learned: "rated", Rating: 4, Tags: []string{}},
	}}
	var out bytes.Buffer
	if err := WriteJSON(&out, ds, at, nil); err != nil {
		t.Fatal(err)
	}
	back, err := ReadJSON(strings.NewReader(out.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Reflections) != 2 || back.Reflections[0].Rating != domain.Unrated || back.Reflections[1].Rating != 4 {
		t.Fatalf("read back %+v", back.Reflections)
	}
	var md bytes.Buffer
	if err := WriteMarkdown(&md, back, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "### 2026-11-02 · unrated") || !strings.Contains(md.String(), "### 2026-11-03 · rating 4/5") {
		t.Errorf("markdown view:\n%s", md.String())
	}
}
