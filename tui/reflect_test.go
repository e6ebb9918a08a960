package tui

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"coach/content"
	"coach/domain"
	"coach/insight"
	"coach/store"
)

// newTestReflect builds the Reflect screen at a body size and loads it.
func newTestReflect(t *testing.T, lang content.Lang, w, h int) (*shared, *reflectScreen) {
	t.Helper()
	sh := testShared(t, lang)
	s := newReflectScreen(sh)
	s.SetSize(w, h)
	return sh, runCmd(t, s, s.Init()).(*reflectScreen)
}

// rfRun runs cmd through the screen like the runtime would.
func rfRun(t *testing.T, s *reflectScreen, cmd tea.Cmd) *reflectScreen {
	t.Helper()
	return runCmd(t, s, cmd).(*reflectScreen)
}

func rfPress(t *testing.T, s *reflectScreen, keys ...string) *reflectScreen {
	t.Helper()
	return press(t, s, keys...).(*reflectScreen)
}

func rfType(t *testing.T, s *reflectScreen, text string) *reflectScreen {
	t.Helper()
	return typeText(t, s, text).(*reflectScreen)
}

func rfPut(t *testing.T, sh *shared, rs ...domain.Reflection) {
	t.Helper()
	for _, r := range rs {
		if _, err := sh.store.PutReflection(r); err != nil {
			t.Fatal(err)
		}
	}
}

// rfOrder fails unless the words appear in the view in this order.
func rfOrder(t *testing.T, view string, words ...string) {
	t.Helper()
	last := -1
	for _, w := range words {
		i := strings.Index(view, w)
		if i < 0 {
			t.Fatalf("%q not in view:\n%s", w, view)
		}
		if i < last {
			t.Fatalf("%q is out of order in view:\n%s", w, view)
		}
		last = i
	}
}

func TestReflectFormSavesReflection(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 120, 40)
	if !strings.Contains(plainView(s), "No reflection for this day yet") {
		t.Fatalf("empty day not shown:\n%s", plainView(s))
	}
	s = rfPress(t, s, "e")
	if !s.Capturing() {
		t.Fatal("the form does not capture the keys")
	}
	s = rfType(t, s, "Read the bbolt source")
	s = rfPress(t, s, "enter")
	s = rfType(t, s, "cursors seek")
	s = rfPress(t, s, "tab") // "Ask me later", one line
	s = rfType(t, s, "Why does a bbolt cursor Seek?")
	s = rfPress(t, s, "tab", "tab", "tab", "tab", "tab") // to the rating
	s = rfPress(t, s, "4", "left", "right", "right")     // 4, 3, 4, 5
	s = rfPress(t, s, "tab")
	s = rfType(t, s, "go, storage db")
	s = rfPress(t, s, "ctrl+s")
	if s.Capturing() {
		t.Fatalf("the form stays open after saving:\n%s", plainView(s))
	}
	r, found, err := sh.store.Reflection(testDay)
	if err != nil || !found {
		t.Fatalf("reflection not stored: %v %v", found, err)
	}
	if r.Learned != "Read the bbolt source\ncursors seek" || r.Ask != "Why does a bbolt cursor Seek?" || r.Rating != 5 ||
		!slices.Equal(r.Tags, []string{"go", "storage", "db"}) {
		t.Fatalf("stored %+v", r)
	}
	view := plainView(s)
	for _, want := range []string{"Read the bbolt source", "Ask me later", "Why does a bbolt cursor Seek?", "5/5", "go, storage, db"} {
		if !strings.Contains(view, want) {
			t.Errorf("%q not in the day view:\n%s", want, view)
		}
	}
}

func TestReflectSaveWritesOnceWithUndo(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 120, 40)
	rfPut(t, sh, domain.Reflection{Date: testDay, Learned: "first version", Rating: 2})
	s = rfRun(t, s, s.Init())
	s = rfPress(t, s, "e", "end")
	s = rfType(t, s, ", then more")
	_, cmd := s.Update(keyMsg("ctrl+s"))
	msg, ok := cmd().(reflectSavedMsg)
	if !ok || msg.written.err != nil {
		t.Fatalf("save gave %#v", msg)
	}
	if msg.written.status == "" || msg.written.undo == nil {
		t.Fatalf("want a status and an undo, got %#v", msg.written)
	}
	if r, _, _ := sh.store.Reflection(testDay); r.Learned != "first version, then more" {
		t.Fatalf("stored %q", r.Learned)
	}
	s = rfRun(t, s, func() tea.Msg { return msg })
	if s.Capturing() {
		t.Fatal("the form stays open after saving")
	}
	if err := msg.written.undo(sh.store); err != nil {
		t.Fatal(err)
	}
	if r, _, _ := sh.store.Reflection(testDay); r.Learned != "first version" || r.Rating != 2 {
		t.Fatalf("undo left %+v", r)
	}
	// A first reflection of the day has nothing to restore: its undo removes it.
	s.SetSize(120, 40)
	s.dayView.day, s.dayView.dayLoaded = testDay-1, true
	s.dayView.dayFound = false
	s = rfPress(t, s, "e", "tab", "tab", "tab", "tab", "tab", "tab", "3")
	_, cmd = s.Update(keyMsg("ctrl+s"))
	msg = cmd().(reflectSavedMsg)
	if msg.written.err != nil || msg.written.undo == nil {
		t.Fatalf("first save: %#v", msg.written)
	}
	if _, found, _ := sh.store.Reflection(testDay - 1); !found {
		t.Fatal("the first reflection was not stored")
	}
	if err := msg.written.undo(sh.store); err != nil {
		t.Fatal(err)
	}
	if _, found, _ := sh.store.Reflection(testDay - 1); found {
		t.Fatal("undo of a first reflection left it stored")
	}
}

func TestReflectMissingRatingShowsErrorAndKeepsText(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		sh, s := newTestReflect(t, lang, 80, 24)
		s = rfPress(t, s, "e")
		s = rfType(t, s, "学到了 bbolt")
		s = rfPress(t, s, "ctrl+s")
		if !s.Capturing() {
			t.Fatalf("%s: the form closed on a failed save", lang)
		}
		view := plainView(s)
		first := string([]rune(sh.ui.Reflect.NeedRating)[:8])
		if !strings.Contains(view, first) {
			t.Errorf("%s: no validation error in view:\n%s", lang, view)
		}
		if !strings.Contains(view, "学到了 bbolt") {
			t.Errorf("%s: typed text lost:\n%s", lang, view)
		}
		if _, found, _ := sh.store.Reflection(testDay); found {
			t.Errorf("%s: an invalid reflection was stored", lang)
		}
		// Fixing the rating clears the error; the save then goes through.
		s = rfPress(t, s, "shift+tab", "shift+tab", "2")
		if strings.Contains(plainView(s), first) {
			t.Errorf("%s: the error stays after a change", lang)
		}
		s = rfPress(t, s, "ctrl+s")
		if r, found, _ := sh.store.Reflection(testDay); !found || r.Learned != "学到了 bbolt" || r.Rating != 2 {
			t.Errorf("%s: stored %+v", lang, r)
		}
	}
}

// A refused save says why in the interface's language, naming the field
// where the rule is about one.
func TestReflectRefusalInTheLanguage(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		sh, s := newTestReflect(t, lang, 100, 30)
		s = rfPress(t, s, "e")
		s = rfType(t, s, "tags")
		s = rfPress(t, s, "tab", "tab", "tab", "tab", "tab", "tab", "4", "tab")
		var tags []string
		for i := range domain.MaxTags + 1 {
			tags = append(tags, fmt.Sprintf("t%d", i))
		}
		s = rfType(t, s, strings.Join(tags, " "))
		s = rfPress(t, s, "ctrl+s")
		if s.form == nil {
			t.Fatalf("%s: the form closed on a refused save", lang)
		}
		pui := sh.ui.Problems
		want := fmt.Sprintf(sh.ui.Reflect.CannotSave, fmt.Sprintf(pui.TooManyTags, domain.MaxTags+1, domain.MaxTags))
		if s.form.err != want {
			t.Errorf("%s: error %q, want %q", lang, s.form.err, want)
		}
		if _, found, _ := sh.store.Reflection(testDay); found {
			t.Errorf("%s: a refused reflection was stored", lang)
		}
	}
	// a length limit names the field by its prompt
	sh := testShared(t, content.ZH)
	f := newReflectionForm(sh, domain.Reflection{Date: testDay})
	err := &domain.Problem{Rule: domain.TooLong, Field: "idea", Got: domain.MaxText + 1, Limit: domain.MaxText}
	got := explain(sh.ui.Problems, err, f.fieldLabels(sh.ui.Reflect))
	want := f.fields[rfIdea].label + "：" + fmt.Sprintf(sh.ui.Problems.TooLong, domain.MaxText+1, domain.MaxText)
	if got != want {
		t.Errorf("TooLong = %q, want %q", got, want)
	}
}

func TestReflectEscKeepsDraft(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 80, 24)
	s = rfPress(t, s, "e")
	s = rfType(t, s, "half a thought")
	s = rfPress(t, s, "esc")
	if s.Capturing() {
		t.Fatal("esc did not close the form")
	}
	if !strings.Contains(plainView(s), "Unsaved draft") {
		t.Errorf("no draft note:\n%s", plainView(s))
	}
	// Leaving and coming back to the screen keeps it too.
	s = rfRun(t, s, s.Init())
	s = rfPress(t, s, "e")
	if v := areaModel(s.form.fields[rfLearned]).Value(); v != "half a thought" {
		t.Fatalf("draft not resumed: %q", v)
	}
	s = rfType(t, s, ", finished")
	if !strings.Contains(plainView(s), "half a thought, finished") {
		t.Errorf("resumed text not shown:\n%s", plainView(s))
	}
	// d asks the root (ask_test.go); its y drops the draft.
	s = rfPress(t, s, "esc")
	_, cmd := s.Update(keyMsg("d"))
	s = rfRun(t, s, askedBy(t, cmd).yes())
	if len(s.drafts) != 0 {
		t.Fatal("y to d did not discard the draft")
	}
	// An unchanged form leaves no draft behind.
	s = rfPress(t, s, "e", "esc")
	if len(s.drafts) != 0 || strings.Contains(plainView(s), "Unsaved draft") {
		t.Fatal("an unchanged form was kept as a draft")
	}
	if _, found, _ := sh.store.Reflection(testDay); found {
		t.Fatal("esc saved")
	}
}

func TestReflectDataChangedKeepsForm(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 120, 40)
	s = rfPress(t, s, "e")
	s = rfType(t, s, "mine")
	rfPut(t, sh, domain.Reflection{Date: testDay, Learned: "from another shell", Rating: 3})
	s = rfRun(t, s, func() tea.Msg { return dataChangedMsg{} })
	if !s.Capturing() || areaModel(s.form.fields[rfLearned]).Value() != "mine" {
		t.Fatal("a reload clobbered the form")
	}
	if s.dayView.dayRec.Learned != "from another shell" {
		t.Fatal("the reload was not applied to the stored record")
	}
}

func TestReflectQIsText(t *testing.T) {
	_, s := newTestReflect(t, content.EN, 80, 24)
	s = rfPress(t, s, "e")
	s = rfType(t, s, "q1")
	if !s.Capturing() {
		t.Fatal("not capturing in a text field")
	}
	if v := areaModel(s.form.fields[rfLearned]).Value(); v != "q1" {
		t.Fatalf("q was not typed: %q", v)
	}
}

func TestReflectPastListAndSearch(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 80, 24)
	rfPut(t, sh,
		domain.Reflection{Date: testDay - 2, Learned: "Goroutine leaks", Rating: 3, Tags: []string{"go"}},
		domain.Reflection{Date: testDay, Learned: "bbolt cursors\nand more", Rating: 5},
		domain.Reflection{Date: testDay - 1, Learned: "Pairing on review", Rating: 4},
	)
	s = rfRun(t, s, s.Init())
	s = rfPress(t, s, "p")
	view := plainView(s)
	rfOrder(t, view, "Past reflections (3)", "2026-11-28  5/5  bbolt cursors …", "2026-11-27  4/5", "2026-11-26  3/5  Goroutine leaks  #go")

	// j and enter open the second one read-only; esc goes back.
	s = rfPress(t, s, "j", "enter")
	if v := plainView(s); !strings.Contains(v, "Pairing on review") || !strings.Contains(v, "2026-11-27") {
		t.Fatalf("opened view:\n%s", v)
	}
	if s.Capturing() {
		t.Fatal("the read-only view captures keys")
	}
	s = rfPress(t, s, "esc")
	if s.pastView.opened != nil || s.mode != reflectPast {
		t.Fatal("esc did not go back to the list")
	}

	// Search narrows the list, esc clears it.
	s = rfPress(t, s, "/")
	if !s.Capturing() {
		t.Fatal("the search field does not capture keys")
	}
	s = rfType(t, s, "goroutine")
	view = plainView(s)
	if !strings.Contains(view, "Goroutine leaks") || strings.Contains(view, "bbolt") || strings.Contains(view, "Pairing") {
		t.Fatalf("search did not narrow:\n%s", view)
	}
	s = rfPress(t, s, "enter")
	if s.Capturing() || len(s.pastView.past) != 1 {
		t.Fatal("enter did not keep the results")
	}
	s = rfPress(t, s, "e")
	if s.form == nil || s.form.day != testDay-2 || areaModel(s.form.fields[rfLearned]).Value() != "Goroutine leaks" {
		t.Fatal("e on a past reflection did not edit it")
	}
	s = rfPress(t, s, "esc", "p", "esc")
	if s.pastView.query != "" || len(s.pastView.past) != 3 {
		t.Fatalf("esc did not clear the search: %q %d", s.pastView.query, len(s.pastView.past))
	}
	s = rfPress(t, s, "/")
	s = rfType(t, s, "nothing-like-this")
	if !strings.Contains(plainView(s), "Nothing matches") {
		t.Fatalf("no empty note:\n%s", plainView(s))
	}
}

func TestReflectDayNavigation(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 80, 24)
	rfPut(t, sh, domain.Reflection{Date: testDay - 1, Learned: "yesterday's lesson", Rating: 4})
	s = rfPress(t, s, "l") // no future days
	if s.dayView.day != testDay {
		t.Fatal("moved past today")
	}
	s = rfPress(t, s, "h")
	if !strings.Contains(plainView(s), "yesterday's lesson") {
		t.Fatalf("previous day not shown:\n%s", plainView(s))
	}
	s = rfPress(t, s, "t")
	if s.dayView.day != testDay {
		t.Fatal("t did not go back to today")
	}
}

func TestReflectWeeklyReview(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 80, 24)
	if _, err := sh.store.PutReview(domain.Review{Week: "2026-W47", WentWell: "Old week", Focus: domain.Learning}); err != nil {
		t.Fatal(err)
	}
	s = rfRun(t, s, s.Init())
	s = rfPress(t, s, "w")
	view := plainView(s)
	rfOrder(t, view, "2026-W48  this week", "2026-W47  Learning ability  Old week", "Weekly review · 2026-W48 (2026-11-23 – 2026-11-29)", "Not written yet")
	s = rfPress(t, s, "e")
	s = rfType(t, s, "Shipped the store")
	s = rfPress(t, s, "tab")
	s = rfType(t, s, "Less email")
	s = rfPress(t, s, "tab", "right", "right", "tab") // none → depth → breadth
	s = rfType(t, s, "q and notes")
	s = rfPress(t, s, "ctrl+s")
	if s.Capturing() {
		t.Fatalf("review form still open:\n%s", plainView(s))
	}
	r, found, err := sh.store.Review("2026-W48")
	if err != nil || !found {
		t.Fatalf("review not stored: %v", err)
	}
	want := domain.Review{Week: "2026-W48", WentWell: "Shipped the store", Adjust: "Less email", Focus: domain.Breadth, Notes: "q and notes"}
	if r != want {
		t.Fatalf("stored %+v", r)
	}
	if !strings.Contains(plainView(s), "Technical breadth") {
		t.Errorf("saved review not shown:\n%s", plainView(s))
	}
	// j selects the older week; esc goes back to the day.
	s = rfPress(t, s, "j")
	if !strings.Contains(plainView(s), "2026-W47 (2026-11-16 – 2026-11-22)") {
		t.Errorf("older week not shown:\n%s", plainView(s))
	}
	s = rfPress(t, s, "esc")
	if s.mode != reflectDay {
		t.Fatal("esc did not leave the review")
	}
}

func TestReflectEditorRoundTrip(t *testing.T) {
	_, s := newTestReflect(t, content.EN, 80, 24)
	s = rfPress(t, s, "e", "tab", "tab") // past "Ask me later", the solved field
	s = rfType(t, s, "draft")
	_, cmd := s.Update(keyMsg("ctrl+e"))
	ready, ok := cmd().(reflectEditorReadyMsg)
	if !ok || ready.err != nil {
		t.Fatalf("ctrl+e gave %#v", ready)
	}
	if b, _ := os.ReadFile(ready.path); string(b) != "draft" {
		t.Fatalf("temp file holds %q", b)
	}
	if _, cmd = s.Update(ready); cmd == nil {
		t.Fatal("no editor command")
	}
	// The editor changes the file, then exits.
	if err := os.WriteFile(ready.path, []byte("line one\nline two\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	done := reflectEditorDoneMsg{key: ready.key, field: ready.field, path: ready.path}
	s = rfRun(t, s, func() tea.Msg { return done })
	if v := areaModel(s.form.fields[rfSolved]).Value(); v != "line one\nline two" {
		t.Fatalf("field holds %q", v)
	}
	if _, err := os.Stat(ready.path); !os.IsNotExist(err) {
		t.Fatal("temp file left behind")
	}
	// ctrl+e on the rating field only says why not.
	s = rfPress(t, s, "tab", "tab", "tab", "tab")
	if _, cmd = s.Update(keyMsg("ctrl+e")); cmd == nil {
		t.Fatal("no note for ctrl+e on the rating")
	} else if _, ok := cmd().(statusMsg); !ok {
		t.Fatal("ctrl+e on the rating did not just report")
	}
}

func TestReflectViewFits(t *testing.T) {
	long := strings.Repeat("A long line about goroutines, channels and the scheduler. ", 6) +
		"\n" + strings.Repeat("深入理解调度器和垃圾回收，写下笔记并和同事讨论。", 8) + "\nx\ny\nz\nw"
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		for _, size := range [][2]int{{80, 24}, {120, 40}, {60, 12}} {
			w, h := size[0], size[1]
			sh, s := newTestReflect(t, lang, w, h)
			for i := range 30 {
				rfPut(t, sh, domain.Reflection{Date: testDay - domain.Date(i), Learned: long, Solved: long, Collaborated: long,
					Idea: long, Next: long, Rating: 1 + i%5, Tags: []string{"go", "调度器", "concurrency"}})
			}
			if _, err := sh.store.PutReview(domain.Review{Week: "2026-W48", WentWell: long, Adjust: long, Focus: domain.Collaboration, Notes: long}); err != nil {
				t.Fatal(err)
			}
			s = rfRun(t, s, s.Init())
			check := func(state string) {
				t.Helper()
				view := s.View()
				assertFits(t, view, w)
				if n := strings.Count(view, "\n") + 1; n > h {
					t.Errorf("%s %dx%d %s: %d lines, more than %d", lang, w, h, state, n, h)
				}
			}
			check("day")
			s = rfPress(t, s, "G")
			check("day scrolled")
			s = rfPress(t, s, "e")
			for i := range len(s.form.fields) {
				check(fmt.Sprintf("form field %T", s.form.fields[i].input))
				s = rfPress(t, s, "tab")
			}
			s = rfPress(t, s, "ctrl+s") // fine: every field is filled
			s = rfPress(t, s, "e", "tab", "tab", "tab", "tab", "tab", "tab", "backspace")
			s.form.setErr(strings.Repeat("错误 error ", 30))
			check("form with error")
			s = rfPress(t, s, "esc", "p")
			check("past")
			s = rfPress(t, s, "/")
			s = rfType(t, s, "调度器")
			check("search")
			s = rfPress(t, s, "enter", "enter")
			check("opened")
			s = rfPress(t, s, "esc", "w")
			check("review")
			s = rfPress(t, s, "e", "tab", "tab")
			check("review form")
		}
	}
}

func TestReflectHelpCoversMode(t *testing.T) {
	_, s := newTestReflect(t, content.ZH, 80, 24)
	checkHelp := func(state string) {
		t.Helper()
		short := s.ShortHelp()
		if len(short) < 2 || len(short) > 6 {
			t.Errorf("%s: %d short bindings", state, len(short))
		}
		for _, b := range short {
			if b.Help().Key == "" || b.Help().Desc == "" {
				t.Errorf("%s: a binding without help", state)
			}
		}
		if len(s.FullHelp()) == 0 {
			t.Errorf("%s: no full help", state)
		}
	}
	checkHelp("day")
	s = rfPress(t, s, "e")
	checkHelp("form")
	s = rfPress(t, s, "esc", "p")
	checkHelp("past")
	s = rfPress(t, s, "/")
	checkHelp("search")
	s = rfPress(t, s, "esc", "w")
	checkHelp("review")
}

func TestReflectUIStringsComplete(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		v := reflect.ValueOf(content.Strings(lang).Reflect)
		for i := range v.NumField() {
			if v.Field(i).String() == "" {
				t.Errorf("%s: ReflectUI.%s is empty", lang, v.Type().Field(i).Name)
			}
		}
	}
}

// Weeks older than the report's history need the whole history: one read
// at a time, however fast the user moves through them.
func TestReflectOldWeeksReadTheHistoryOnce(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 80, 24)
	for _, w := range []string{"2024-W10", "2024-W09"} {
		if _, err := sh.store.PutReview(domain.Review{Week: w, WentWell: "old"}); err != nil {
			t.Fatal(err)
		}
	}
	s = rfRun(t, s, s.Init())
	s = rfPress(t, s, "w")
	s.reviewView.history = &store.History{From: testDay - 30}
	s.reviewView.figures = map[string]insight.WeekFigures{}
	s.reviewView.weekCursor = slices.Index(s.reviewView.weeks(), "2024-W10")
	first := s.reviewView.figuresCmd()
	if first == nil {
		t.Fatal("no figures asked for 2024-W10")
	}
	s.reviewView.weekCursor = slices.Index(s.reviewView.weeks(), "2024-W09") // while the first read runs
	if s.reviewView.figuresCmd() != nil {
		t.Error("a second whole-history read started")
	}
	s = rfRun(t, s, first)
	if s.reviewView.history.From != 1 {
		t.Fatalf("the history still starts on %s", s.reviewView.history.From)
	}
	// the week shown meanwhile is asked for as soon as the history is here
	for _, w := range []string{"2024-W10", "2024-W09"} {
		if _, ok := s.reviewView.figures[w]; !ok {
			t.Errorf("%s has no figures", w)
		}
	}
}
