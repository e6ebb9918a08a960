package gitsync

import (
	"testing"
	"time"

	"coach/domain"
	"coach/store"
)

// pair is two devices of one journal on a new remote, A set up first.
func pair(t *testing.T) (a, b *device) {
	t.Helper()
	remote := bareRemote(t)
	a, b = newDevice(t, "laptop"), newDevice(t, "desktop")
	a.init(remote, false)
	b.init(remote, false)
	return a, b
}

// later waits for the clock to move on, so that the next edit is later
// than the last by the wall clock and not only by the tie-break.
func later() { time.Sleep(3 * time.Millisecond) }

// settle syncs the devices in turn until each has what the others sent.
func settle(devs ...*device) {
	for range 2 {
		for _, d := range devs {
			d.sync()
		}
	}
}

func agree(t *testing.T, devs ...*device) string {
	t.Helper()
	first := canonical(t, devs[0].st)
	for _, d := range devs[1:] {
		if got := canonical(t, d.st); got != first {
			t.Fatalf("%s and %s differ:\n%s\n---\n%s", devs[0].name, d.name, first, got)
		}
	}
	return first
}

func taskByGID(t *testing.T, d *device, gid string) domain.Task {
	t.Helper()
	for _, x := range must[[]domain.Task](t)(d.st.Tasks(true)) {
		if x.GID == gid {
			return x
		}
	}
	t.Fatalf("%s has no task %s", d.name, gid)
	return domain.Task{}
}

func goalByGID(t *testing.T, d *device, gid string) (domain.Goal, bool) {
	t.Helper()
	for _, g := range must[[]domain.Goal](t)(d.st.Goals()) {
		if g.GID == gid {
			return g, true
		}
	}
	return domain.Goal{}, false
}

func TestEditsOfDifferentFieldsAreBothKept(t *testing.T) {
	a, b := pair(t)
	task := must[domain.Task](t)(a.st.AddTask(domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"}))
	settle(a, b)
	onA := taskByGID(t, a, task.GID)
	onA.Title = "Read the runtime"
	must[domain.Task](t)(a.st.UpdateTask(onA))
	onB := taskByGID(t, b, task.GID)
	onB.Notes = "proc.go first"
	must[domain.Task](t)(b.st.UpdateTask(onB))
	settle(a, b)
	agree(t, a, b)
	if got := taskByGID(t, b, task.GID); got.Title != "Read the runtime" || got.Notes != "proc.go first" {
		t.Errorf("after both edits: title %q, notes %q", got.Title, got.Notes)
	}
}

func TestTheLaterEditOfOneFieldWins(t *testing.T) {
	for _, firstSync := range []string{"earlier", "later"} {
		t.Run("the "+firstSync+" edit syncs first", func(t *testing.T) {
			a, b := pair(t)
			task := must[domain.Task](t)(a.st.AddTask(domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"}))
			settle(a, b)
			onA := taskByGID(t, a, task.GID)
			onA.Title = "A's title"
			must[domain.Task](t)(a.st.UpdateTask(onA))
			later()
			onB := taskByGID(t, b, task.GID)
			onB.Title = "B's title"
			must[domain.Task](t)(b.st.UpdateTask(onB))
			if firstSync == "earlier" {
				settle(a, b)
			} else {
				settle(b, a)
			}
			agree(t, a, b)
			if got := taskByGID(t, a, task.GID).Title; got != "B's title" {
				t.Errorf("title %q, want the later edit's", got)
			}
		})
	}
}

func TestACheckInAndItsRemovalTheLaterWins(t *testing.T) {
	a, b := pair(t)
	task := must[domain.Task](t)(a.st.AddTask(domain.Task{Title: "Run", Competency: domain.Learning, Repeat: "daily"}))
	d := day("2026-11-30")
	must[domain.CheckIn](t)(a.st.SetDone(domain.CheckIn{TaskID: task.ID, Date: d, Note: "first"}))
	settle(a, b)
	onB := taskByGID(t, b, task.GID)

	// B removes it, then A ticks it again: the tick is later and stays.
	must[domain.CheckIn](t)(b.st.SetUndone(onB.ID, d))
	later()
	must[domain.CheckIn](t)(a.st.SetDone(domain.CheckIn{TaskID: task.ID, Date: d, Note: "again"}))
	settle(b, a)
	agree(t, a, b)
	cs := must[[]domain.CheckIn](t)(b.st.CheckInsBetween(d, d))
	if len(cs) != 1 || cs[0].Note != "again" {
		t.Fatalf("after a removal and a later tick: %+v", cs)
	}

	// A ticks it, then B removes it: the removal is later and wins.
	must[domain.CheckIn](t)(a.st.SetDone(domain.CheckIn{TaskID: task.ID, Date: d, Note: "third"}))
	later()
	must[domain.CheckIn](t)(b.st.SetUndone(onB.ID, d))
	settle(a, b)
	agree(t, a, b)
	if cs := must[[]domain.CheckIn](t)(a.st.CheckInsBetween(d, d)); len(cs) != 0 {
		t.Fatalf("after a tick and a later removal: %+v", cs)
	}
}

func TestADeleteAndAnEditTheLaterWins(t *testing.T) {
	a, b := pair(t)
	d := day("2026-11-29")
	must[*domain.Reflection](t)(a.st.PutReflection(domain.Reflection{Date: d, Learned: "channels", Rating: 3}))
	settle(a, b)

	// Deleted on A, then edited on B: the edit brings it back.
	if err := a.st.DeleteReflection(d); err != nil {
		t.Fatal(err)
	}
	later()
	must[*domain.Reflection](t)(b.st.PutReflection(domain.Reflection{Date: d, Learned: "channels and select", Rating: 4}))
	settle(a, b)
	agree(t, a, b)
	if r, found, _ := a.st.Reflection(d); !found || r.Learned != "channels and select" {
		t.Fatalf("edit after delete: found %v, %+v", found, r)
	}

	// Edited on A, then deleted on B: the delete wins.
	must[*domain.Reflection](t)(a.st.PutReflection(domain.Reflection{Date: d, Learned: "select", Rating: 4}))
	later()
	if err := b.st.DeleteReflection(d); err != nil {
		t.Fatal(err)
	}
	settle(a, b)
	agree(t, a, b)
	if _, found, _ := a.st.Reflection(d); found {
		t.Fatal("delete after edit: the reflection is still there")
	}
}

func TestAGoalArchivedWhileATaskIsAddedToIt(t *testing.T) {
	a, b := pair(t)
	g := must[domain.Goal](t)(a.st.AddGoal(domain.Goal{Title: "Ship a side project", Competency: domain.Innovation}))
	settle(a, b)
	must[domain.Goal](t)(a.st.SetGoalStatus(g.ID, domain.StatusArchived))
	onB, _ := goalByGID(t, b, g.GID)
	task := must[domain.Task](t)(b.st.AddTask(domain.Task{Title: "Write the README", GoalID: onB.ID, Repeat: "once", Due: day("2026-12-05")}))
	settle(a, b)
	agree(t, a, b)
	got, _ := goalByGID(t, a, g.GID)
	onA := taskByGID(t, a, task.GID)
	if got.Status != domain.StatusArchived || onA.GoalID != got.ID || onA.Archived {
		t.Fatalf("goal %+v, task %+v: want the goal archived and the task kept, linked and active", got, onA)
	}
}

func TestAGoalDeletedWhileATaskIsAddedToItStaysArchived(t *testing.T) {
	a, b := pair(t)
	g := must[domain.Goal](t)(a.st.AddGoal(domain.Goal{Title: "Learn Zig", Competency: domain.Breadth}))
	settle(a, b)
	if err := a.st.DeleteGoal(g.ID); err != nil { // the app's undo of "add goal"
		t.Fatal(err)
	}
	onB, _ := goalByGID(t, b, g.GID)
	task := must[domain.Task](t)(b.st.AddTask(domain.Task{Title: "ziglings", GoalID: onB.ID, Repeat: "daily"}))
	settle(a, b)
	agree(t, a, b)
	got, ok := goalByGID(t, a, g.GID)
	if !ok || got.Status != domain.StatusArchived || taskByGID(t, a, task.GID).GoalID != got.ID {
		t.Fatalf("goal %+v (found %v): want it kept, archived, with the task linked", got, ok)
	}
}

func TestAOneOffTaskDoneOnTwoDaysKeepsTheEarlier(t *testing.T) {
	a, b := pair(t)
	task := must[domain.Task](t)(a.st.AddTask(domain.Task{Title: "Renew the cert", Competency: domain.Depth, Repeat: "once", Due: day("2026-12-01")}))
	settle(a, b)
	must[domain.CheckIn](t)(a.st.SetDone(domain.CheckIn{TaskID: task.ID, Date: day("2026-12-02")}))
	must[domain.CheckIn](t)(b.st.SetDone(domain.CheckIn{TaskID: taskByGID(t, b, task.GID).ID, Date: day("2026-12-01")}))
	settle(a, b)
	agree(t, a, b)
	cs := must[[]domain.CheckIn](t)(a.st.CheckInsBetween(day("2026-11-01"), day("2026-12-31")))
	if len(cs) != 1 || cs[0].Date != day("2026-12-01") {
		t.Fatalf("check-ins %+v: want the one of 2026-12-01 only", cs)
	}
	ds, err := a.st.Dump()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := domain.CleanDataset(ds); err != nil {
		t.Fatalf("the merged journal would not import: %v", err)
	}
}

func TestJoiningTwoJournalsKeepsEverything(t *testing.T) {
	remote := bareRemote(t)
	a, b := newDevice(t, "laptop"), newDevice(t, "desktop")
	d := day("2026-11-28")
	must[domain.Goal](t)(a.st.AddGoal(domain.Goal{Title: "A's goal", Competency: domain.Depth}))
	must[*domain.Reflection](t)(a.st.PutReflection(domain.Reflection{Date: d, Learned: "written on the laptop", Rating: 4}))
	must[domain.Goal](t)(b.st.AddGoal(domain.Goal{Title: "B's goal", Competency: domain.Breadth}))
	must[*domain.Reflection](t)(b.st.PutReflection(domain.Reflection{Date: d, Learned: "written on the desktop", Idea: "a CLI", Rating: 2}))
	a.init(remote, false)
	b.init(remote, false)
	settle(a, b)
	agree(t, a, b)
	if n := len(must[[]domain.Goal](t)(a.st.Goals())); n != 2 {
		t.Errorf("%d goals after joining, want 2", n)
	}
	r, _, _ := a.st.Reflection(d)
	if r.Learned != "written on the laptop\n\nwritten on the desktop" || r.Idea != "a CLI" {
		t.Errorf("the day written on both: %+v", r)
	}
	// What only one side has is kept: a question, tags (joined), ...
	d2 := d + 1
	must[*domain.Reflection](t)(a.st.PutReflection(domain.Reflection{Date: d2, Learned: "laptop", Rating: 3}))
	c := newDevice(t, "server")
	must[*domain.Reflection](t)(c.st.PutReflection(domain.Reflection{Date: d2, Learned: "desktop", Ask: "what is x?", Tags: []string{"go"}, Rating: 5}))
	a.sync()
	c.init(remote, false)
	settle(a, b, c)
	agree(t, a, c)
	r2, _, _ := c.st.Reflection(d2)
	if r2.Ask != "what is x?" || len(r2.Tags) != 1 || r2.Learned != "laptop\n\ndesktop" || r2.Rating != 3 {
		t.Errorf("a day written on both, one side with a question and tags: %+v", r2)
	}
	// Joining again changes nothing more.
	if res := b.sync(); res.Sent != 0 || res.Received != 0 {
		t.Errorf("a sync after joining: %+v", res)
	}
}

func TestAnImportReplacesTheJournalEverywhere(t *testing.T) {
	a, b := pair(t)
	must[domain.Goal](t)(a.st.AddGoal(domain.Goal{Title: "old goal", Competency: domain.Depth}))
	settle(a, b)
	if _, err := b.st.Import(domain.Dataset{Goals: []domain.Goal{{ID: 1, Title: "imported", Competency: domain.Learning, Status: "active"}}}, true); err != nil {
		t.Fatal(err)
	}
	settle(b, a)
	agree(t, a, b)
	gs := must[[]domain.Goal](t)(a.st.Goals())
	if len(gs) != 1 || gs[0].Title != "imported" {
		t.Fatalf("goals after an import on B: %+v", gs)
	}
}

// The review log merges by union: grades given on two devices, on other
// cards or other days, all count on both, and both replay the same schedule.
func TestRecallGradesFromTwoDevicesAreBothKept(t *testing.T) {
	a, b := pair(t)
	d1, d2 := day("2026-11-20"), day("2026-11-21")
	must[*domain.Reflection](t)(a.st.PutReflection(domain.Reflection{Date: d1, Learned: "work stealing", Ask: "Why steal half?", Rating: 4}))
	must[*domain.Reflection](t)(a.st.PutReflection(domain.Reflection{Date: d2, Learned: "netpoll", Rating: 3}))
	settle(a, b)
	must[domain.Memory](t)(a.st.GradeCard(d1, d1+1, domain.Good))
	must[domain.Memory](t)(b.st.GradeCard(d2, d2+1, domain.Easy))
	settle(a, b)
	later()
	m := must[domain.Memory](t)(b.st.GradeCard(d1, d1+4, domain.Good)) // on B, the day A's grade made it due
	settle(a, b)
	agree(t, a, b)
	for _, dev := range []*device{a, b} {
		ds := must[domain.Dataset](t)(dev.st.Dump())
		if len(ds.Recall) != 3 {
			t.Errorf("%s has %d grades, want 3: %+v", dev.name, len(ds.Recall), ds.Recall)
		}
		if r, _, _ := dev.st.Reflection(d1); r.Ask != "Why steal half?" {
			t.Errorf("%s lost the question: %+v", dev.name, r)
		}
		rs := must[store.RecallSession](t)(dev.st.RecallDue(m.Due))
		found := false
		for _, c := range rs.Cards {
			found = found || c.Day == d1 && c.Memory.Reviews == 2 && c.Memory.Due == m.Due
		}
		if !found {
			t.Errorf("%s does not replay both grades of %s: %+v", dev.name, d1, rs.Cards)
		}
	}
}

// An edit of one field does not make an older edit of another field look
// new: A's title is older than B's, so B's title stays although A then
// edits the notes (found by review).
func TestAnOlderFieldEditStaysOlder(t *testing.T) {
	a, b := pair(t)
	task := must[domain.Task](t)(a.st.AddTask(domain.Task{Title: "Read", Competency: domain.Depth, Repeat: "daily"}))
	settle(a, b)
	onA := taskByGID(t, a, task.GID)
	onA.Title = "A's title"
	must[domain.Task](t)(a.st.UpdateTask(onA))
	later()
	onB := taskByGID(t, b, task.GID)
	onB.Title = "B's title"
	must[domain.Task](t)(b.st.UpdateTask(onB))
	b.sync()
	later()
	onA = taskByGID(t, a, task.GID)
	onA.Notes = "A's notes, later"
	must[domain.Task](t)(a.st.UpdateTask(onA))
	settle(a, b)
	agree(t, a, b)
	if got := taskByGID(t, a, task.GID); got.Title != "B's title" || got.Notes != "A's notes, later" {
		t.Fatalf("title %q, notes %q: want B's later title and A's later notes", got.Title, got.Notes)
	}
}

// An unrated day (imported from jrnl) syncs as unrated; rated on one
// device, the rating reaches the other; and when two journals meet, a day
// unrated on one side takes the rating of the other.
func TestAnUnratedDaySyncs(t *testing.T) {
	a, b := pair(t)
	d := day("2026-11-20")
	journal := domain.ImportBatch{Source: "jrnl", Reflections: []domain.ImportedReflection{
		{Date: d, Entries: []domain.ImportedEntry{{Origin: "jrnl:x", Text: "from jrnl", Tags: []string{"work"}}}},
	}}
	if _, err := a.st.ImportExternal(journal, false); err != nil {
		t.Fatal(err)
	}
	settle(a, b)
	agree(t, a, b)
	if r, found, _ := b.st.Reflection(d); !found || r.Rating != domain.Unrated || r.Learned != "from jrnl" {
		t.Fatalf("the other device: %+v %v", r, found)
	}
	later()
	r, _, _ := b.st.Reflection(d)
	r.Rating = 4
	must[*domain.Reflection](t)(b.st.PutReflection(r))
	settle(a, b)
	agree(t, a, b)
	if r, _, _ := a.st.Reflection(d); r.Rating != 4 {
		t.Errorf("rated on the other device: %+v", r)
	}

	remote := bareRemote(t)
	c, e := newDevice(t, "server"), newDevice(t, "phone")
	d2 := d + 1
	must[*domain.Reflection](t)(c.st.PutReflection(domain.Reflection{Date: d2, Learned: "imported", Rating: domain.Unrated}))
	must[*domain.Reflection](t)(e.st.PutReflection(domain.Reflection{Date: d2, Learned: "written", Rating: 3}))
	c.init(remote, false)
	e.init(remote, false)
	settle(c, e)
	agree(t, c, e)
	if r, _, _ := c.st.Reflection(d2); r.Rating != 3 || r.Learned != "imported\n\nwritten" {
		t.Errorf("two journals joined: %+v", r)
	}
}
