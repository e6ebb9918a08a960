package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
	"coach/store"
)

func openApp(t *testing.T) (tea.Model, *store.Store) {
	t.Helper()
	opts := fixtureOptions(t, content.EN, true)
	m := New(opts)
	var model tea.Model = runModel(t, m, m.Init())
	model = runModel(t, model, func() tea.Msg { return tea.WindowSizeMsg{Width: 100, Height: 30} })
	return model, opts.Store
}

func doneToday(t *testing.T, st *store.Store) int {
	t.Helper()
	items, err := st.DueOn(testDay, testDay)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, it := range items {
		if it.Done {
			n++
		}
	}
	return n
}

// A key that closes the full help does nothing else: "?" then space must
// not tick the selected task.
func TestClosingHelpDoesNotAct(t *testing.T) {
	model, st := openApp(t)
	before := doneToday(t, st)
	model = pressModel(t, model, "?")
	if !model.(*app).help.ShowAll {
		t.Fatal("? did not open the full help")
	}
	for _, k := range []string{"space", "x", "j", "2"} {
		model = pressModel(t, model, k)
		if model.(*app).help.ShowAll {
			t.Fatalf("%s left the full help open", k)
		}
		if got := doneToday(t, st); got != before {
			t.Fatalf("%s closed the help and ticked a task: %d done, was %d", k, got, before)
		}
		if a := model.(*app); a.active != 0 {
			t.Fatalf("%s closed the help and switched to screen %d", k, a.active)
		}
		model = pressModel(t, model, "?")
	}
}

// Undo after a first reflection removes that reflection, never an older
// change; a change without an undo empties the stack and says so.
func TestUndoRevertsTheLastChange(t *testing.T) {
	model, st := openApp(t)
	before := doneToday(t, st)
	model = pressModel(t, model, "space") // tick: one undo entry
	if doneToday(t, st) == before {
		t.Fatal("space ticked nothing")
	}
	first := domain.Reflection{Date: testDay + 1, Learned: "first one", Rating: 3}
	a := model.(*app)
	model = runModel(t, a, a.sh.write(putWithUndo("Saved", first, (*store.Store).PutReflection,
		func(st *store.Store) error { return st.DeleteReflection(first.Date) })))
	model = pressModel(t, model, "u")
	if _, found, _ := st.Reflection(first.Date); found {
		t.Error("undo after a first reflection left it in place")
	}
	if doneToday(t, st) == before {
		t.Error("undo after a first reflection reverted the tick before it")
	}
	// A change without an undo: the tick's entry must not survive it.
	model = runModel(t, model, func() tea.Msg { return writtenMsg{status: "Added 2 goals"} })
	if v := viewOf(model); !strings.Contains(v, "cannot be undone") {
		t.Errorf("the status line does not say the change cannot be undone:\n%s", v)
	}
	model = pressModel(t, model, "u")
	if doneToday(t, st) == before {
		t.Error("undo reached past a change that cannot be undone")
	}
	if v := viewOf(model); !strings.Contains(v, "Nothing to undo") {
		t.Errorf("undo with an empty stack:\n%s", v)
	}
}

// An undo that did something else than asked (a goal that got a task is
// archived, not removed) says so as news, not as an error.
func TestUndoNoteIsNotAnError(t *testing.T) {
	model, _ := openApp(t)
	model = runModel(t, model, func() tea.Msg {
		return undoneMsg{status: "Added goal: X", err: &undoNote{text: "“X” has tasks now, so it was archived instead of removed."}}
	})
	a := model.(*app)
	if a.isErr || !strings.Contains(viewOf(a), "so it was archived instead of removed") || strings.Contains(viewOf(a), "Error") {
		t.Errorf("the note shows as an error (%v):\n%s", a.isErr, viewOf(a))
	}
}
