package store

import (
	"strings"
	"testing"

	"coach/domain"
)

func batch() domain.ImportBatch {
	d := day("2026-11-20")
	return domain.ImportBatch{
		Source: "test",
		Goals:  []domain.ImportedGoal{{Origin: "t:project:home", Goal: domain.Goal{Title: "home", Competency: domain.Breadth}}},
		Tasks: []domain.ImportedTask{
			{Origin: "t:1", GoalOrigin: "t:project:home", Task: domain.Task{Title: "fix the tap", Competency: domain.Depth, Repeat: "once", Due: d}},
			{Origin: "t:2", Task: domain.Task{Title: "stretch", Competency: domain.Learning, Repeat: "daily"}},
		},
		CheckIns: []domain.ImportedCheckIn{
			{TaskOrigin: "t:1", CheckIn: domain.CheckIn{Date: d + 1}},
			{TaskOrigin: "t:1", CheckIn: domain.CheckIn{Date: d + 2}}, // a one-off task is done once
			{TaskOrigin: "t:2", CheckIn: domain.CheckIn{Date: d, Note: "10 min"}},
			{TaskOrigin: "t:2", CheckIn: domain.CheckIn{Date: d + 1}},
		},
		Skipped: map[string]int{"deleted task": 2},
	}
}

func TestAnImportFromAnotherToolAddsOnce(t *testing.T) {
	s := newStore(t)
	dry, err := s.ImportExternal(batch(), true)
	if err != nil || dry.Goals != 1 || dry.Tasks != 2 || dry.CheckIns != 3 || dry.DayTaken != 1 || dry.Skipped["deleted task"] != 2 {
		t.Fatalf("dry run: %+v %v", dry, err)
	}
	if empty, _ := s.IsEmpty(); !empty {
		t.Fatal("a dry run wrote")
	}
	sum, err := s.ImportExternal(batch(), false)
	if err != nil || sum.Goals != 1 || sum.Tasks != 2 || sum.CheckIns != 3 || sum.DayTaken != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	ds, _ := s.Dump()
	if len(ds.Goals) != 1 || len(ds.Tasks) != 2 || len(ds.CheckIns) != 3 {
		t.Fatalf("journal after the import: %d goals, %d tasks, %d check-ins", len(ds.Goals), len(ds.Tasks), len(ds.CheckIns))
	}
	if tap := ds.Tasks[0]; tap.GoalID != ds.Goals[0].ID || tap.Competency != domain.Breadth || !domain.ValidGID(tap.GID) {
		t.Errorf("the task of a goal takes its competency and gets a global id: %+v", tap)
	}
	if items, _ := s.DueOn(day("2026-11-23"), day("2026-11-23")); len(items) != 1 || items[0].Task.Title != "stretch" {
		t.Errorf("the done one-off task is still open: %+v", items)
	}
	again, err := s.ImportExternal(batch(), false)
	if err != nil || again.Goals+again.Tasks+again.CheckIns != 0 || again.Known != 6 {
		t.Fatalf("the same import again: %+v %v", again, err)
	}
	// A task removed since is not brought back, nor its check-ins.
	if err := s.DeleteTask(ds.Tasks[0].ID); err == nil {
		t.Fatal("a task with a check-in was deleted")
	}
	if _, err := s.ArchiveTask(ds.Tasks[1].ID, day("2026-11-25")); err != nil {
		t.Fatal(err)
	}
	if third, _ := s.ImportExternal(batch(), false); third.Tasks != 0 {
		t.Errorf("a third import: %+v", third)
	}
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Errorf("check: %v %v", problems, err)
	}
}

// A record from another tool whose name is longer than a key may be is
// imported, and once.
func TestALongOriginIsImportedOnce(t *testing.T) {
	s := newStore(t)
	long := "loop:habit:001:" + strings.Repeat("名", 20000)
	b := domain.ImportBatch{Tasks: []domain.ImportedTask{{Origin: long, Task: domain.Task{Title: "long", Competency: domain.Depth, Repeat: "daily"}}}}
	for i, want := range []int{1, 0} {
		if sum, err := s.ImportExternal(b, false); err != nil || sum.Tasks != want {
			t.Fatalf("import %d: %+v %v", i+1, sum, err)
		}
	}
}

func TestARemovedImportStaysRemoved(t *testing.T) {
	s := newStore(t)
	b := domain.ImportBatch{Tasks: []domain.ImportedTask{{Origin: "t:9", Task: domain.Task{Title: "one", Competency: domain.Depth, Repeat: "daily"}}},
		CheckIns: []domain.ImportedCheckIn{}}
	if _, err := s.ImportExternal(b, false); err != nil {
		t.Fatal(err)
	}
	ts, _ := s.Tasks(true)
	if err := s.DeleteTask(ts[0].ID); err != nil {
		t.Fatal(err)
	}
	b.CheckIns = append(b.CheckIns, domain.ImportedCheckIn{TaskOrigin: "t:9", CheckIn: domain.CheckIn{Date: day("2026-11-20")}})
	sum, err := s.ImportExternal(b, false)
	if ts, _ := s.Tasks(true); err != nil || len(ts) != 0 || sum.Known != 2 {
		t.Fatalf("after the task was removed: %+v, %d tasks, %v", sum, len(ts), err)
	}
}
