package tui

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
)

// Today says how many cards are due, in both languages, only on today,
// and says nothing when none are.
func TestTodayRecallLine(t *testing.T) {
	for lang, want := range map[content.Lang]string{content.EN: "Recall: 3 due — r to start", content.ZH: "回想：3 张到期 — 按 r 开始"} {
		_, s := recallToday(t, lang, 80, 20, recallCards...)
		wantInView(t, s, want)
		if !helpHas(s.FullHelp(), "r") {
			t.Errorf("%s: Today's full help lacks r", lang)
		}
		s = press(t, s, "h")
		wantNotInView(t, s, want)
		s = press(t, s, "t")
		wantInView(t, s, want)

		_, s = recallToday(t, lang, 80, 20)
		wantNotInView(t, s, strings.SplitN(want, "3", 2)[0])
	}
	// A reflection with nothing learned is no card.
	_, s := recallToday(t, content.EN, 80, 20, domain.Reflection{Date: testDay - 2, Solved: "a bug", Rating: 3})
	wantNotInView(t, s, "Recall:")
}

// The count comes with Today's load (a command), not from View: a card
// written elsewhere shows after the reload.
func TestTodayRecallCountComesWithTheLoad(t *testing.T) {
	sh, s := recallToday(t, content.EN, 80, 20, recallCards[:1]...)
	wantInView(t, s, "Recall: 1 due")
	if _, err := sh.store.PutReflection(recallCards[1]); err != nil {
		t.Fatal(err)
	}
	wantInView(t, s, "Recall: 1 due")
	s = runCmd(t, s, func() tea.Msg { return dataChangedMsg{} })
	wantInView(t, s, "Recall: 2 due")
}

// Through the whole app: r opens the session, its keys are its own (1–4
// do not switch screens, q does not quit), each grade is one write, and
// Today's line follows when the session ends.
func TestRecallThroughTheApp(t *testing.T) {
	model, st := openApp(t) // the fixture: four cards due, 2026-11-24 to 27
	if v := viewOf(model); !strings.Contains(v, "Recall: 4 due — r to start") {
		t.Fatalf("no recall line on Today:\n%s", v)
	}
	model = pressModel(t, model, "r")
	if v := viewOf(model); !strings.Contains(v, "1 of 4") || !strings.Contains(v, "2026-11-24 · Tue") {
		t.Fatalf("r did not open the session:\n%s", v)
	}
	model = pressModel(t, model, "3")
	if v := viewOf(model); !strings.Contains(v, "Show the note first (space)") || !strings.Contains(v, "1 of 4") {
		t.Fatalf("a grade before the note is not refused on the status line:\n%s", v)
	}
	model = pressModel(t, model, "space", "3")
	a := model.(*app)
	if a.active != 0 {
		t.Fatalf("a grade switched to screen %d", a.active)
	}
	if v := viewOf(model); !strings.Contains(v, "2 of 4") || !strings.Contains(v, "2026-11-24: good, back on 2026-12-01") {
		t.Fatalf("the grade is not shown as written:\n%s", v)
	}
	model = pressModel(t, model, "?")
	if v := viewOf(model); !model.(*app).help.ShowAll || !strings.Contains(v, "again") || !strings.Contains(v, "easy") || !strings.Contains(v, "retire the card") {
		t.Fatalf("? does not list the session's keys:\n%s", v)
	}
	model = pressModel(t, model, "x", "q")
	if v := viewOf(model); !strings.Contains(v, "Done: 1 card — 1 recalled") {
		t.Fatalf("q did not end the session with its summary:\n%s", v)
	}
	model = pressModel(t, model, "q")
	if v := viewOf(model); !strings.Contains(v, "Recall: 3 due — r to start") {
		t.Fatalf("Today's line did not follow the grade:\n%s", v)
	}
	rs, err := st.RecallStats(testDay)
	if err != nil || rs.Reviewed30 != 1 || rs.Recalled30 != 1 {
		t.Fatalf("the store has %+v (%v)", rs, err)
	}
}

// helpHas reports whether a help's columns hold a binding shown as k.
func helpHas(cols [][]key.Binding, k string) bool {
	for _, col := range cols {
		for _, b := range col {
			if b.Help().Key == k {
				return true
			}
		}
	}
	return false
}
