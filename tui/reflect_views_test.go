package tui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// Each view of the Reflect screen on its own, with a nav that records
// what the view asks of the screen; then the screen's routing between them.

// navLog is a reflectNav that records each request.
type navLog struct{ calls []string }

func (n *navLog) show(to reflectMode) tea.Cmd {
	n.calls = append(n.calls, "show "+to.String())
	return nil
}

func (n *navLog) searchPast() tea.Cmd {
	n.calls = append(n.calls, "search")
	return nil
}

func (n *navLog) openForm(f *reflectForm) tea.Cmd {
	n.calls = append(n.calls, "form "+f.key())
	return nil
}

func (n *navLog) editDay(r domain.Reflection) tea.Cmd {
	n.calls = append(n.calls, "edit "+r.Date.String())
	return nil
}

// take returns the requests so far and forgets them.
func (n *navLog) take() []string {
	out := n.calls
	n.calls = nil
	return out
}

func newTestCommon(t *testing.T, w, h int) (*reflectCommon, *navLog) {
	t.Helper()
	nav := &navLog{}
	return &reflectCommon{sh: testShared(t, content.EN), width: w, height: h,
		drafts: map[string]*reflectForm{}, nav: nav}, nav
}

func viewText(v reflectView) string { return ansi.Strip(strings.Join(v.View(), "\n")) }

// wantCalls fails unless the view asked exactly want of the screen.
func wantCalls(t *testing.T, nav *navLog, after string, want ...string) {
	t.Helper()
	if got := nav.take(); !slices.Equal(got, want) {
		t.Errorf("after %s the view asked %q, want %q", after, got, want)
	}
}

func TestDayViewOnItsOwn(t *testing.T) {
	c, nav := newTestCommon(t, 80, 24)
	rfPut(t, c.sh, domain.Reflection{Date: testDay, Learned: "One lesson", Rating: 4})
	d := newDayModel(c)
	if !strings.Contains(viewText(d), c.sh.ui.Common.Loading) {
		t.Fatalf("no loading note:\n%s", viewText(d))
	}
	d.Update(keyMsg("e"))
	wantCalls(t, nav, "e before the day loaded")

	d.Update(reflectionLoadedMsg{day: testDay - 3, found: true})
	if d.dayLoaded {
		t.Fatal("the answer for another day was taken")
	}
	d.Update(d.load()())
	rfOrder(t, viewText(d), "2026-11-28 Sat · today", "One lesson", "4/5")

	d.Update(keyMsg("e"))
	wantCalls(t, nav, "e", "form day 2026-11-28")
	if f := c.drafts[rfDayKey(testDay)]; f == nil || areaModel(f.fields[rfLearned]).Value() != "One lesson" {
		t.Fatal("e did not keep the stored reflection's form among the drafts")
	}
	for _, k := range []struct{ key, want string }{{"p", "show past"}, {"/", "search"}, {"w", "show review"}} {
		d.Update(keyMsg(k.key))
		wantCalls(t, nav, k.key, k.want)
	}

	// d asks the root before dropping the draft; y sends the drop.
	q := askedBy(t, d.Update(keyMsg("d")))
	if q.question != c.sh.ui.Reflect.DiscardConfirm {
		t.Fatalf("d asked %q", q.question)
	}
	if got := q.yes()(); got != (discardDraftMsg{key: rfDayKey(testDay)}) {
		t.Fatalf("y on the day's question sends %#v", got)
	}

	// Midnight moves the day shown as today, not a day the user chose.
	d.Update(dayChangedMsg{from: testDay, to: testDay + 1})
	if d.day != testDay+1 || d.dayLoaded {
		t.Fatalf("after midnight the view shows %s (loaded %v)", d.day, d.dayLoaded)
	}
	d.Update(keyMsg("h"))
	d.Update(keyMsg("h"))
	d.Update(dayChangedMsg{from: testDay + 1, to: testDay + 2})
	if d.day != testDay-1 {
		t.Fatalf("midnight moved a chosen day to %s", d.day)
	}
}

func TestPastViewOnItsOwn(t *testing.T) {
	c, nav := newTestCommon(t, 80, 24)
	rfPut(t, c.sh,
		domain.Reflection{Date: testDay - 1, Learned: "Pairing on review", Rating: 4},
		domain.Reflection{Date: testDay - 2, Learned: "Goroutine leaks", Rating: 3})
	p := newPastModel(c)
	p.resized()
	if !strings.Contains(viewText(p), c.sh.ui.Common.Loading) {
		t.Fatalf("no loading note:\n%s", viewText(p))
	}
	p.Update(p.load()())
	rfOrder(t, viewText(p), "Past reflections (2)", "2026-11-27  4/5  Pairing", "2026-11-26  3/5  Goroutine")
	p.Update(reflectionsFoundMsg{query: "an older search"})
	if len(p.past) != 2 {
		t.Fatal("the answer to an older search replaced the list")
	}

	// enter opens the selected one; a reload shows its new text.
	p.Update(keyMsg("j"))
	p.Update(keyMsg("enter"))
	if p.opened == nil || p.opened.Date != testDay-2 {
		t.Fatalf("enter opened %+v", p.opened)
	}
	rfOrder(t, viewText(p), "2026-11-26 Thu", "Goroutine leaks")
	rfPut(t, c.sh, domain.Reflection{Date: testDay - 2, Learned: "Goroutine leaks, fixed", Rating: 3})
	p.Update(p.load()())
	if !strings.Contains(viewText(p), "Goroutine leaks, fixed") {
		t.Fatalf("the open reflection did not follow the reload:\n%s", viewText(p))
	}
	p.Update(keyMsg("e"))
	wantCalls(t, nav, "e on the open one", "edit 2026-11-26")
	if p.opened != nil {
		t.Fatal("editing left the reflection open")
	}
	p.Update(keyMsg("enter"))
	p.Update(keyMsg("p"))
	wantCalls(t, nav, "p on the open one", "show day")
	if p.opened != nil {
		t.Fatal("p left the reflection open")
	}

	for _, k := range []struct{ key, want string }{{"e", "edit 2026-11-26"}, {"esc", "show day"}, {"p", "show day"}, {"w", "show review"}} {
		p.Update(keyMsg(k.key))
		wantCalls(t, nav, k.key+" in the list", k.want)
	}

	// The search field has the keys; a paste is one line; arrows move the
	// selection; esc clears the search.
	p.Update(keyMsg("/"))
	if !p.Capturing() {
		t.Fatal("/ did not open the search field")
	}
	p.Update(tea.PasteMsg{Content: "Goroutine\nleaks"})
	if p.query != "Goroutine leaks" {
		t.Fatalf("pasted query %q", p.query)
	}
	p.Update(p.load()())
	if len(p.past) != 1 || !strings.Contains(viewText(p), "“Goroutine leaks” (1)") {
		t.Fatalf("the search did not narrow:\n%s", viewText(p))
	}
	p.Update(keyMsg("esc"))
	if p.Capturing() || p.query != "" {
		t.Fatalf("esc left the search %q", p.query)
	}
	wantCalls(t, nav, "searching")
}

func TestReviewViewOnItsOwn(t *testing.T) {
	c, nav := newTestCommon(t, 80, 24)
	if _, err := c.sh.store.PutReview(domain.Review{Week: "2026-W47", WentWell: "Old week"}); err != nil {
		t.Fatal(err)
	}
	v := newReviewModel(c)
	v.Update(keyMsg("e"))
	wantCalls(t, nav, "e before the reviews loaded")
	if !strings.Contains(viewText(v), c.sh.ui.Common.Loading) {
		t.Fatalf("no loading note:\n%s", viewText(v))
	}
	v.Update(v.load()())
	rfOrder(t, viewText(v), "2026-W48  this week", "2026-W47", "Weekly review · 2026-W48")

	v.Update(keyMsg("j"))
	if v.selectedWeek() != "2026-W47" || !strings.Contains(viewText(v), "Old week") {
		t.Fatalf("j selected %s:\n%s", v.selectedWeek(), viewText(v))
	}
	v.Update(keyMsg("e"))
	wantCalls(t, nav, "e", "form week 2026-W47")
	if got := askedBy(t, v.Update(keyMsg("d"))).yes()(); got != (discardDraftMsg{key: rfReviewKey("2026-W47")}) {
		t.Fatalf("y on the question of a week with a draft sends %#v", got)
	}
	for _, k := range []struct{ key, want string }{{"p", "show past"}, {"esc", "show day"}, {"w", "show day"}} {
		v.Update(keyMsg(k.key))
		wantCalls(t, nav, k.key, k.want)
	}

	// The figures are asked for only while the review is shown.
	v.Update(reportMsg{history: store.History{From: testDay - 30}})
	c.mode = reflectDay
	if v.figuresCmd() != nil {
		t.Error("figures asked for while the day is shown")
	}
	c.mode = reflectReview
	if v.figuresCmd() == nil {
		t.Error("no figures asked for the week shown")
	}

	// A saved review shows at once, in week order.
	v.saved(domain.Review{Week: "2026-W48", WentWell: "Shipped"})
	if len(v.reviews) != 2 || v.reviews[0].Week != "2026-W48" {
		t.Fatalf("saved review placed as %+v", v.reviews)
	}
}

// p from the review shows the past reflections read, not "Loading…".
func TestReflectReviewThenPastShowsTheList(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 80, 24)
	rfPut(t, sh, domain.Reflection{Date: testDay - 1, Learned: "Pairing on review", Rating: 4})
	s = rfPress(t, s, "w", "p")
	if v := plainView(s); !strings.Contains(v, "Past reflections (1)") || !strings.Contains(v, "Pairing on review") {
		t.Fatalf("the past list after the review:\n%s", v)
	}
}

// The keys go to the view shown, and only to it.
func TestReflectKeysGoToTheViewShown(t *testing.T) {
	_, s := newTestReflect(t, content.EN, 80, 24)
	s = rfPress(t, s, "w", "h")
	if s.dayView.day != testDay || s.mode != reflectReview {
		t.Fatalf("h in the review moved the day to %s (mode %s)", s.dayView.day, s.mode)
	}
	s = rfPress(t, s, "esc", "h")
	if s.dayView.day != testDay-1 || s.mode != reflectDay {
		t.Fatalf("h on the day: %s (mode %s)", s.dayView.day, s.mode)
	}
}

// Today's w arrives before the reviews have loaded: the review opens once
// they have.
func TestReflectOpenReviewWaitsForTheReviews(t *testing.T) {
	sh := testShared(t, content.EN)
	s := newReflectScreen(sh).(*reflectScreen)
	s.SetSize(80, 24)
	s = rfRun(t, s, func() tea.Msg { return openReviewMsg{week: "2026-W48"} })
	if s.form != nil {
		t.Fatal("a form opened before the reviews loaded")
	}
	s = rfRun(t, s, s.Init())
	if s.mode != reflectReview || s.form == nil || s.form.week != "2026-W48" {
		t.Fatalf("after the load: mode %s, form %+v", s.mode, s.form)
	}
}

// A review's draft is discarded only with y, asked on the root's status
// line.
func TestReflectReviewDraftDiscard(t *testing.T) {
	a := sizeModel(t, content.EN, []string{"3", "w", "e", "H", "a", "l", "f", "esc"}, fixture)
	rs, week := a.screens[2].(*reflectScreen), testDay.Week()
	if !strings.Contains(viewOf(a), "Unsaved draft") || rs.drafts[rfReviewKey(week)] == nil {
		t.Fatalf("no draft of %s:\n%s", week, viewOf(a))
	}
	m := pressModel(t, a, "d")
	if a.asking == nil || !strings.Contains(statusOf(m), a.sh.ui.Reflect.DiscardConfirm) {
		t.Fatalf("d did not ask:\n%s", viewOf(m))
	}
	if help := a.screenHelp().ShortHelp(); len(help) != 2 || help[0].Help() != a.sh.keys.Confirm.Help() {
		t.Errorf("the question's help is %v", help)
	}
	m = pressModel(t, m, "n")
	if rs.drafts[rfReviewKey(week)] == nil {
		t.Fatal("n discarded the draft")
	}
	m = pressModel(t, m, "d", "y")
	if len(rs.drafts) != 0 || rs.mode != reflectReview || a.active != 2 {
		t.Fatalf("d y left %d drafts (mode %s, screen %d)", len(rs.drafts), rs.mode, a.active)
	}
	if v := viewOf(m); !strings.Contains(v, a.sh.ui.Reflect.Discarded) || strings.Contains(v, "Unsaved draft") {
		t.Errorf("after d y:\n%s", v)
	}
}

// The mouse wheel scrolls the day like the arrows, and nothing while a
// form has the keys.
func TestReflectWheelScrollsTheDay(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 80, 8)
	rfPut(t, sh, domain.Reflection{Date: testDay, Learned: "one\ntwo\nthree\nfour\nfive\nsix", Rating: 4})
	s = rfRun(t, s, s.Init())
	s = rfRun(t, s, func() tea.Msg { return tea.MouseWheelMsg{Button: tea.MouseWheelDown} })
	if s.dayView.scroll != 1 {
		t.Fatalf("the wheel scrolled to %d", s.dayView.scroll)
	}
	s = rfPress(t, s, "e")
	s = rfRun(t, s, func() tea.Msg { return tea.MouseWheelMsg{Button: tea.MouseWheelUp} })
	if s.dayView.scroll != 1 {
		t.Fatal("the wheel scrolled the day under the form")
	}
}
