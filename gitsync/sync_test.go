package gitsync

import (
	"context"
	"errors"
	"testing"

	"coach/domain"
)

func TestSecondDeviceGetsTheWholeJournal(t *testing.T) {
	remote := bareRemote(t)
	a, b := newDevice(t, "laptop"), newDevice(t, "desktop")
	g := must[domain.Goal](t)(a.st.AddGoal(domain.Goal{Title: "Learn Rust", Competency: domain.Depth}))
	task := must[domain.Task](t)(a.st.AddTask(domain.Task{Title: "Read a chapter", GoalID: g.ID, Repeat: "daily"}))
	must[domain.CheckIn](t)(a.st.SetDone(domain.CheckIn{TaskID: task.ID, Date: day("2026-11-30"), Minutes: 25, Note: "ch. 4"}))
	must[*domain.Reflection](t)(a.st.PutReflection(domain.Reflection{Date: day("2026-11-30"), Learned: "borrowing", Rating: 4}))

	if res := a.init(remote, false); res.Sent == 0 {
		t.Fatalf("first device sent nothing: %+v", res)
	}
	res := b.init(remote, false)
	if res.Received != 4 {
		t.Errorf("second device received %d records, want 4", res.Received)
	}
	if ca, cb := canonical(t, a.st), canonical(t, b.st); ca != cb {
		t.Fatalf("journals differ:\nA %s\nB %s", ca, cb)
	}
	// An edit on B reaches A.
	bt := must[[]domain.Task](t)(b.st.Tasks(true))[0]
	bt.Title = "Read two chapters"
	must[domain.Task](t)(b.st.UpdateTask(bt))
	b.sync()
	if res := a.sync(); res.Received != 1 {
		t.Errorf("A received %d, want 1", res.Received)
	}
	if got := must[domain.Task](t)(a.st.Task(task.ID)).Title; got != "Read two chapters" {
		t.Errorf("A's task is %q", got)
	}
	// Idempotent.
	if res := a.sync(); res.Sent != 0 || res.Received != 0 {
		t.Errorf("a second sync did something: %+v", res)
	}
}

// A sync stopped by its caller (the app closing) is not kept as a failure.
func TestACancelledSyncIsNotAFailure(t *testing.T) {
	a, _ := pair(t)
	must[domain.Goal](t)(a.st.AddGoal(domain.Goal{Title: "g", Competency: domain.Depth}))
	before, _ := a.st.SyncStatus()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Sync(ctx, a.st, a.o); !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled sync: %v", err)
	}
	after, _ := a.st.SyncStatus()
	if after.Last != before.Last {
		t.Errorf("the cancelled sync was kept: %+v", after.Last)
	}
	a.sync() // and the next one works
}
