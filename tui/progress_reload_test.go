package tui

import (
	"testing"

	"coach/content"
	"coach/domain"
)

// A change that lands while the report is being computed is not lost: the
// report read before it is followed by one read after it. Goals' open
// habit history takes its data from these reports too.
func TestProgressReloadsForAChangeDuringItsLoad(t *testing.T) {
	sh := testShared(t, content.EN)
	task, err := sh.store.AddTask(domain.Task{Title: "Kata", Competency: domain.Depth, Repeat: "daily"})
	if err != nil {
		t.Fatal(err)
	}
	var s screen = newProgressScreen(sh)
	s.SetSize(100, 40)
	early := s.Init()() // read before the change
	if _, err := sh.store.SetDone(domain.CheckIn{TaskID: task.ID, Date: testDay}); err != nil {
		t.Fatal(err)
	}
	s, _ = s.Update(dataChangedMsg{}) // arrives while the first load is out
	s, next := s.Update(early)
	s = runCmd(t, s, next)
	r := s.(*progressScreen).report
	if len(r.Tasks) != 1 || r.Tasks[0].Streak != 1 {
		t.Errorf("the report misses the check-in made during its load: %+v", r.Tasks)
	}
}
