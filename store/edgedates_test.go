package store

import (
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"coach/domain"
)

// Records made on the last day coach keeps, on a clock already in the year
// 10000 in UTC, read back through every reader and encode as the export
// writes them.
func TestRecordsOnTheLastDayReadBack(t *testing.T) {
	west := time.FixedZone("west", -10*3600)
	s, err := Open(filepath.Join(t.TempDir(), "c.db"), WithClock(func() time.Time {
		return time.Date(9999, 12, 31, 20, 0, 0, 0, west)
	}))
	if err != nil {
		t.Fatal(err)
	}
	last := domain.MaxDate
	g, err := s.AddGoal(domain.Goal{Title: "g", Competency: "depth", Target: last})
	if err != nil {
		t.Fatal(err)
	}
	habit := mustTask(t, s, domain.Task{Title: "h", Competency: "depth", Repeat: "daily", GoalID: g.ID})
	once := mustTask(t, s, domain.Task{Title: "o", Competency: "depth", Due: last})
	if _, _, err := s.AddPlans([]GoalPlan{{Goal: domain.Goal{Title: "p", Competency: "breadth"}, Tasks: []domain.Task{{Title: "pt", Repeat: "daily"}}}}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []uint64{habit.ID, once.ID} {
		if _, err := s.SetDone(domain.CheckIn{TaskID: id, Date: last}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.PutReflection(domain.Reflection{Date: last, Rating: 4, Learned: "edge"}); err != nil {
		t.Fatal(err)
	}
	d, err := s.Dump()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.CheckIns) != 2 || len(d.Reflections) != 1 {
		t.Errorf("Dump holds %d check-ins and %d reflections", len(d.CheckIns), len(d.Reflections))
	}
	if _, err := json.Marshal(d); err != nil {
		t.Errorf("the records do not encode: %v", err)
	}
	if ds, err := s.TaskCheckIns(habit.ID, last-6, last); err != nil || len(ds) != 1 {
		t.Errorf("TaskCheckIns = %v, %v", ds, err)
	}
	if rs, err := s.Reflections(last-6, last); err != nil || len(rs) != 1 {
		t.Errorf("Reflections = %v, %v", rs, err)
	}
	items, err := s.DueOn(last, last)
	if err != nil || len(items) != 3 || !items[0].Done || !items[1].Done {
		t.Errorf("DueOn = %+v, %v", items, err)
	}
	if problems, err := s.Check(); err != nil || len(problems) != 0 {
		t.Errorf("Check = %v, %v", problems, err)
	}
}
