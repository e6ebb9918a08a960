package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"coach/content"
)

func TestWelcomePicksStartersInOneWrite(t *testing.T) {
	sh := testShared(t, content.EN)
	w := newWelcome(sh)
	w.SetSize(100, 30)
	view := ansi.Strip(w.View())
	for _, c := range sh.coach().Competencies {
		if !strings.Contains(view, c.Name) {
			t.Errorf("welcome does not introduce %s", c.Name)
		}
	}
	// The cursor starts on the first goal: picking it takes its tasks along.
	w.Update(keyMsg("space"))
	goals, tasks := w.counts()
	if goals != 1 || tasks == 0 {
		t.Fatalf("picked %d goals and %d tasks after one space", goals, tasks)
	}
	rev0, _ := sh.store.Rev()
	done, cmd := w.Update(keyMsg("enter"))
	if !done || cmd == nil {
		t.Fatal("enter did not close the welcome with a write")
	}
	msg, ok := cmd().(writtenMsg)
	if !ok || msg.err != nil {
		t.Fatalf("write: %#v", msg)
	}
	if rev1, _ := sh.store.Rev(); rev1 != rev0+1 {
		t.Errorf("the pick took %d writes, want 1", rev1-rev0)
	}
	gs, _ := sh.store.Goals()
	ts, _ := sh.store.Tasks(false)
	if len(gs) != 1 || len(ts) != tasks {
		t.Errorf("store holds %d goals and %d tasks, want 1 and %d", len(gs), len(ts), tasks)
	}
	for _, task := range ts {
		if task.GoalID != gs[0].ID {
			t.Errorf("task %q is not linked to the picked goal", task.Title)
		}
	}
}

func TestWelcomeEscSkipsWithoutWriting(t *testing.T) {
	sh := testShared(t, content.ZH)
	w := newWelcome(sh)
	w.SetSize(80, 24)
	assertFits(t, w.View(), 80)
	w.Update(keyMsg("space"))
	if done, cmd := w.Update(keyMsg("esc")); !done || cmd != nil {
		t.Fatal("esc did not skip")
	}
	if empty, _ := sh.store.IsEmpty(); !empty {
		t.Error("skipping wrote something")
	}
}
