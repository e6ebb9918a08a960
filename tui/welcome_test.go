package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/content"
)

func TestWelcomePicksStartersInOneWrite(t *testing.T) {
	sh := testShared(t, content.EN)
	w := newWelcome(sh)
	w.SetSize(100, 30)
	// Each competency is introduced by its heading in the pick, with what
	// it means, on the way down the list.
	seen := ansi.Strip(w.View())
	for range len(w.rows) {
		w.Update(keyMsg("pgdown"))
		seen += ansi.Strip(w.View())
	}
	for _, c := range sh.coach().Competencies {
		if !strings.Contains(seen, c.Name+" · "+c.Summary) {
			t.Errorf("welcome does not introduce %s", c.Name)
		}
	}
	w.Update(keyMsg("g"))
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

// The introduction is short enough that the pick gets most of the screen,
// and it says once what to do.
func TestWelcomeGivesThePickTheRoom(t *testing.T) {
	for _, tc := range []struct {
		lang          content.Lang
		width, height int
		rows          int // the fewest goals and tasks in view
	}{
		{content.EN, 80, 24, 12}, {content.ZH, 80, 24, 13},
		{content.EN, 100, 30, 19}, {content.ZH, 100, 30, 20},
	} {
		a := sizeModel(t, tc.lang, nil, empty)
		m, _ := a.Update(tea.WindowSizeMsg{Width: tc.width, Height: tc.height})
		view := viewOf(m)
		assertFits(t, view, tc.width)
		if n := strings.Count(view, "[ ]"); n < tc.rows {
			t.Errorf("%s %d×%d: %d rows of the pick, want at least %d:\n%s", tc.lang, tc.width, tc.height, n, tc.rows, view)
		}
		pick := map[content.Lang]string{content.EN: "Pick a few starter goals", content.ZH: "挑几个入门目标"}[tc.lang]
		if n := strings.Count(view, pick); n != 1 {
			t.Errorf("%s: %q said %d times:\n%s", tc.lang, pick, n, view)
		}
	}
}

// The count of the pick says one goal, two goals; Chinese has one form.
func TestWelcomeCountsInTheLanguage(t *testing.T) {
	for lang, want := range map[content.Lang][]string{
		content.EN: {"0 goals and 0 tasks selected", "1 goal and 1 task selected", "1 goal and 2 tasks selected"},
		content.ZH: {"已选 0 个目标、0 个任务", "已选 1 个目标、1 个任务", "已选 1 个目标、2 个任务"},
	} {
		sh := testShared(t, lang)
		w := newWelcome(sh)
		w.SetSize(100, 30)
		if w.rows[w.cursor+1].task == -1 || w.rows[w.cursor+2].task == -1 {
			t.Fatal("the first starter goal has fewer than two tasks")
		}
		for i, keys := range [][]string{nil, {"j", "space"}, {"j", "space"}} {
			for _, k := range keys {
				w.Update(keyMsg(k))
			}
			if view := ansi.Strip(w.View()); !strings.Contains(view, want[i]) {
				t.Errorf("%s: %q not in\n%s", lang, want[i], view)
			}
		}
		if got := sh.ui.Welcome.AddedText(1, 1); strings.Contains(got, "goals") || strings.Contains(got, "tasks") {
			t.Errorf("%s: added one of each: %q", lang, got)
		}
	}
}
