package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
)

// A change that lands while the report is being computed is not lost: the
// report read before it is followed by one read after it. Every screen
// takes its report from the root, Goals' open habit history included.
func TestProgressReloadsForAChangeDuringItsLoad(t *testing.T) {
	opts := fixtureOptions(t, content.EN, false)
	sh := newShared(opts)
	task, err := sh.store.AddTask(domain.Task{Title: "Kata", Competency: domain.Depth, Repeat: "daily"})
	if err != nil {
		t.Fatal(err)
	}
	a := newApp(sh, allScreens(sh))
	var m tea.Model = a
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	early := a.report.start(sh)() // read before the change
	if _, err := sh.store.SetDone(domain.CheckIn{TaskID: task.ID, Date: testDay}); err != nil {
		t.Fatal(err)
	}
	m, next := m.Update(writtenMsg{status: "Done: Kata"}) // a write lands while the first load is out
	m = runModel(t, m, next)
	m, next = m.Update(early)
	m = runModel(t, m, next)
	r := m.(*app).screens[progressScreenKind].(*progressScreen).report
	if len(r.Tasks) != 1 || r.Tasks[0].Streak != 1 {
		t.Errorf("the report misses the check-in made during its load: %+v", r.Tasks)
	}
}
