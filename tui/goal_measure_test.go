package tui

// A goal's measurable target in the form, the list, the detail and the
// + and - keys; the undo of adding a goal.

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// pressWritten sends key k to s and runs what follows, returning the
// writes the root would have taken (their status, undo and error).
func pressWritten(t *testing.T, s screen, k string) (screen, []writtenMsg, []error) {
	t.Helper()
	var written []writtenMsg
	var errs []error
	s, cmd := s.Update(keyMsg(k))
	settle(t, cmd, 1000, runWithTimeout, func(msg tea.Msg) (next tea.Cmd) {
		switch m := msg.(type) {
		case writtenMsg:
			written = append(written, m)
			if m.err != nil {
				errs = append(errs, m.err)
			}
			s, next = s.Update(dataChangedMsg{})
			return next
		case errMsg:
			errs = append(errs, m.err)
		}
		s, next = s.Update(msg)
		return next
	})
	return s, written, errs
}

func goalsWith(t *testing.T, lang content.Lang, goals ...domain.Goal) (*shared, screen, []domain.Goal) {
	t.Helper()
	sh := testShared(t, lang)
	var out []domain.Goal
	for _, g := range goals {
		added, err := sh.store.AddGoal(g)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, added)
	}
	s := newGoalsScreen(sh)
	s.SetSize(100, 30)
	return sh, runCmd(t, s, s.Init()), out
}

var graphs = domain.Goal{Title: "Solve graph problems", Competency: domain.ProblemSolving,
	Measure: domain.Measure{Kind: domain.MeasureAmount, Target: 40, Unit: "problems", Amount: 17}}

// The form shows a goal's target as it reads it back, keeps the amount
// counted while the target stays an amount, clears it when emptied and
// says what is wrong with a target it cannot read.
func TestGoalFormMeasure(t *testing.T) {
	sh, s, gs := goalsWith(t, content.EN, graphs)
	s = press(t, s, "e")
	f := s.(*goalsScreen).form
	if got := f.fields[gfMeasure].value(); got != "40 problems" {
		t.Fatalf("the field shows %q, want 40 problems", got)
	}
	if !strings.Contains(plainView(s), sh.ui.Goals.Measure) {
		t.Errorf("no %q field:\n%s", sh.ui.Goals.Measure, plainView(s))
	}
	save := func(text string) (domain.Goal, *goalForm) {
		s = press(t, s, "e")
		f := s.(*goalsScreen).form
		f.fields[gfMeasure].setText(text)
		s = press(t, s, "tab", "tab", "tab", "tab") // to the measure, a one-line field
		s, _, _ = pressWritten(t, s, "enter")
		g, err := sh.store.Goal(gs[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		return g, s.(*goalsScreen).form
	}
	if g, open := save("50 graph problems"); open != nil || g.Measure != (domain.Measure{Kind: domain.MeasureAmount, Target: 50, Unit: "graph problems", Amount: 17}) {
		t.Errorf("a new amount target: %+v (form open %v), want the 17 counted kept", g.Measure, open != nil)
	}
	if g, _ := save("30 check-ins"); g.Measure != (domain.Measure{Kind: domain.MeasureCheckIns, Target: 30}) {
		t.Errorf("a target of check-ins: %+v", g.Measure)
	}
	if g, _ := save("40 problems"); g.Measure.Amount != 0 {
		t.Errorf("an amount after check-ins starts at %d, want 0", g.Measure.Amount)
	}
	if g, _ := save(""); !g.Measure.IsZero() {
		t.Errorf("emptied, the target stays: %+v", g.Measure)
	}
	g, open := save("lots of problems")
	if open == nil {
		t.Fatal("an unreadable target closed the form")
	}
	if want := fmt.Sprintf(sh.ui.Problems.MeasureSyntax, "lots of problems"); open.fields[gfMeasure].err != want {
		t.Errorf("error %q, want %q", open.fields[gfMeasure].err, want)
	}
	if !g.Measure.IsZero() {
		t.Errorf("a refused target was saved: %+v", g.Measure)
	}
}

// In Chinese the field reads a target of check-ins back in its words.
func TestGoalFormMeasureZH(t *testing.T) {
	_, s, _ := goalsWith(t, content.ZH, domain.Goal{Title: "坚持刷题", Competency: domain.ProblemSolving,
		Measure: domain.Measure{Kind: domain.MeasureCheckIns, Target: 30}})
	s = press(t, s, "e")
	f := s.(*goalsScreen).form
	if got := f.fields[gfMeasure].value(); got != "30次打卡" {
		t.Fatalf("the field shows %q, want 30次打卡", got)
	}
	if m, err := f.measure(); err != nil || m != (domain.Measure{Kind: domain.MeasureCheckIns, Target: 30}) {
		t.Errorf("read back as %+v %v", m, err)
	}
}

// The list and the detail show the target's figure, labelled, and the
// detail its line.
func TestGoalTargetFigures(t *testing.T) {
	for lang, want := range map[content.Lang][2]string{
		content.EN: {"17/40 problems", "Target: 17 of 40 problems (43%)"},
		content.ZH: {"17/40 problems", "指标：40 problems，已达 17（43%）"},
	} {
		_, s, _ := goalsWith(t, lang, graphs)
		if view := plainView(s); !strings.Contains(view, want[0]) || !strings.Contains(view, "████░░░░░░") {
			t.Errorf("%s: the list lacks %q with a bar at 43%%:\n%s", lang, want[0], view)
		}
		s = press(t, s, "enter")
		if view := plainView(s); !strings.Contains(view, want[1]) || !strings.Contains(view, want[0]) {
			t.Errorf("%s: the detail lacks %q:\n%s", lang, want[1], view)
		}
	}
}

// + and - count toward an amount, in the list and the detail, with an
// undo; a target counted from check-ins or minutes, or none, is said
// and left as it was.
func TestGoalCountKeys(t *testing.T) {
	ticks := domain.Goal{Title: "Keep at it", Competency: domain.Depth, Measure: domain.Measure{Kind: domain.MeasureCheckIns, Target: 30}}
	mins := domain.Goal{Title: "Practise", Competency: domain.Depth, Measure: domain.Measure{Kind: domain.MeasureMinutes, Target: 600}}
	plain := domain.Goal{Title: "Plain", Competency: domain.Depth}
	sh, s, gs := goalsWith(t, content.EN, graphs, ticks, mins, plain)
	ui := sh.ui.Goals
	amount := func() int {
		g, err := sh.store.Goal(gs[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		return g.Measure.Amount
	}
	// The list is by competency: depth (ticks, minutes, plain) comes first.
	s = press(t, s, "G")
	if r, _ := s.(*goalsScreen).selected(); r.goal.ID != gs[0].ID {
		t.Fatalf("G selected %q", r.goal.Title)
	}
	s, written, errs := pressWritten(t, s, "+")
	if len(errs) > 0 || len(written) != 1 || amount() != 18 {
		t.Fatalf("+ gave %+v %v, amount %d", written, errs, amount())
	}
	if want := fmt.Sprintf(ui.Counted, graphs.Title, 18, "40 problems"); written[0].status != want {
		t.Errorf("status %q, want %q", written[0].status, want)
	}
	if !strings.Contains(plainView(s), "18/40 problems") {
		t.Errorf("the list did not follow:\n%s", plainView(s))
	}
	s = press(t, s, "enter")
	s, _, _ = pressWritten(t, s, "-")
	s, _, _ = pressWritten(t, s, "-")
	if amount() != 16 || !strings.Contains(plainView(s), "Target: 16 of 40 problems") {
		t.Errorf("- twice in the detail: amount %d\n%s", amount(), plainView(s))
	}
	if err := written[0].undo(sh.store); err != nil || amount() != 17 {
		t.Errorf("undo of the + left %d (%v), want 17", amount(), err)
	}
	s = press(t, s, "esc", "g")
	for i, g := range []domain.Goal{gs[1], gs[2], gs[3]} {
		if i > 0 {
			s = press(t, s, "j")
		}
		var text string
		switch g.Measure.Kind {
		case domain.MeasureCheckIns:
			text = ui.CountsCheckIns
		case domain.MeasureMinutes:
			text = ui.CountsMinutes
		default:
			text = ui.NoMeasure
		}
		for _, k := range []string{"+", "-"} {
			var written []writtenMsg
			var errs []error
			s, written, errs = pressWritten(t, s, k)
			if want := fmt.Sprintf(text, g.Title); len(written) > 0 || len(errs) != 1 || errs[0].Error() != want {
				t.Errorf("%s on %q: written %+v, said %v, want %q", k, g.Title, written, errs, want)
			}
		}
		if back, _ := sh.store.Goal(g.ID); back.Measure != g.Measure {
			t.Errorf("%q changed: %+v", g.Title, back.Measure)
		}
	}
}

// The Goals help names + and -.
func TestGoalCountInHelp(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		sh, s, _ := goalsWith(t, lang, graphs)
		found := false
		for _, col := range s.FullHelp() {
			for _, b := range col {
				if b.Help().Key == "+/-" && b.Help().Desc == sh.ui.Keys.Count {
					found = true
				}
			}
		}
		if !found || sh.ui.Keys.Count == "" {
			t.Errorf("%s: the help lacks +/-", lang)
		}
	}
}

// Undoing the add of a goal removes it while it has no task; once it has
// one, it is archived and the undo says so.
func TestUndoAddGoalRemovesIt(t *testing.T) {
	sh, s, _ := goalsWith(t, content.EN)
	add := func(title string) writtenMsg {
		s = press(t, s, "a")
		s = typeText(t, s, title)
		var written []writtenMsg
		s, written, _ = pressWritten(t, s, "enter")
		if len(written) != 1 || written[0].undo == nil {
			t.Fatalf("adding %q wrote %+v", title, written)
		}
		return written[0]
	}
	w := add("Read DDIA")
	if err := w.undo(sh.store); err != nil {
		t.Fatalf("undo: %v", err)
	}
	if gs, _ := sh.store.Goals(); len(gs) != 0 {
		t.Errorf("undo of an add left %+v", gs)
	}
	w = add("Learn Raft")
	gs, _ := sh.store.Goals()
	if _, err := sh.store.AddTask(domain.Task{Title: "Read the paper", GoalID: gs[0].ID, Repeat: "daily"}); err != nil {
		t.Fatal(err)
	}
	err := w.undo(sh.store)
	var note *undoNote
	if !errors.As(err, &note) || note.text != fmt.Sprintf(sh.ui.Goals.UndoArchived, "Learn Raft") {
		t.Errorf("undo of a goal with a task said %v", err)
	}
	if g, err := sh.store.Goal(gs[0].ID); err != nil || g.Status != domain.StatusArchived {
		t.Errorf("the goal with a task: %+v %v, want it archived", g, err)
	}
	if _, err := sh.store.Goal(gs[0].ID); errors.Is(err, store.ErrNotFound) {
		t.Error("a goal with a task was removed")
	}
}
