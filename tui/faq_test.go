package tui

import (
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/content"
)

func openFAQ(t *testing.T, sh *shared, w, h int) *faqScreen {
	t.Helper()
	return mdOpen(t, newFAQScreen(sh), w, h).(*faqScreen)
}

func TestFAQShowsAnswerAndRelatedLink(t *testing.T) {
	for _, lang := range content.Langs() {
		t.Run(string(lang), func(t *testing.T) {
			f := openFAQ(t, testShared(t, lang), 80, 24)
			faqs := content.FAQs(lang)
			rel, _ := content.SectionByID(lang, faqs[0].Related)
			view := ansi.Strip(f.View())
			if !strings.Contains(textPane(f.mdBrowser), faqs[0].Question) {
				t.Errorf("answer of %q not shown:\n%s", faqs[0].Question, view)
			}
			if !strings.Contains(view, rel.Title) {
				t.Errorf("no link to %q:\n%s", rel.Title, view)
			}
			mdPress(t, f, "j")
			if f.vpKey.id != faqs[1].ID || !strings.Contains(textPane(f.mdBrowser), faqs[1].Question) {
				t.Errorf("j shows %q, want %q", f.vpKey.id, faqs[1].ID)
			}
		})
	}
}

func TestFAQEnterOpensRelatedSection(t *testing.T) {
	sh := testShared(t, content.EN)
	f := openFAQ(t, sh, 80, 24)
	mdPress(t, f, "j", "j")
	it, _ := f.selected()
	_, cmd := f.Update(keyMsg("enter"))
	msgs := mdCollect(t, cmd)
	if len(msgs) != 2 {
		t.Fatalf("enter yields %#v, want a switch and an open", msgs)
	}
	if sw, ok := msgs[0].(switchScreenMsg); !ok || sw.to != guideScreenKind {
		t.Errorf("first message %#v, want switchScreenMsg{4}", msgs[0])
	}
	open, ok := msgs[1].(openSectionMsg)
	if !ok || open.id != it.related {
		t.Fatalf("second message %#v, want openSectionMsg{%q}", msgs[1], it.related)
	}
	g := mdOpen(t, newGuideScreen(sh), 80, 24).(*guideScreen)
	s, next := g.Update(open)
	mdSettle(t, s, next)
	if sel, _ := g.selected(); sel.id != it.related || g.vpKey.id != it.related {
		t.Errorf("guide selected %q showing %q, want %q", sel.id, g.vpKey.id, it.related)
	}
}

// mdStubScreen fills the tabs that are not under test.
type mdStubScreen struct{}

func (mdStubScreen) Init() tea.Cmd                      { return nil }
func (s mdStubScreen) Update(tea.Msg) (screen, tea.Cmd) { return s, nil }
func (mdStubScreen) View() string                       { return "" }
func (mdStubScreen) SetSize(int, int)                   {}
func (mdStubScreen) ShortHelp() []key.Binding           { return nil }
func (mdStubScreen) FullHelp() [][]key.Binding          { return nil }
func (mdStubScreen) Capturing() bool                    { return false }

// Through the root: enter on the FAQ lands on the Guide at the section.
func TestFAQRelatedThroughRoot(t *testing.T) {
	for _, lang := range content.Langs() {
		t.Run(string(lang), func(t *testing.T) {
			sh := testShared(t, lang)
			g, f := newGuideScreen(sh), newFAQScreen(sh)
			s := mdStubScreen{}
			a := newApp(sh, [screenKinds]screen{s, s, s, s, g, f})
			step := mdRootStep(t, a)
			step(tea.WindowSizeMsg{Width: 100, Height: 30})
			step(keyMsg("6"))
			step(keyMsg("G"))
			faqs := content.FAQs(lang)
			last := faqs[len(faqs)-1]
			step(keyMsg("enter"))
			if a.active != int(guideScreenKind) {
				t.Fatalf("active screen %d, want the guide", a.active)
			}
			gs := g.(*guideScreen)
			if it, _ := gs.selected(); it.id != last.Related || gs.vpKey.id != last.Related {
				t.Fatalf("guide selected %q showing %q, want %q", it.id, gs.vpKey.id, last.Related)
			}
			rel, _ := content.SectionByID(lang, last.Related)
			view := ansi.Strip(a.render())
			if pageHeading(gs.mdBrowser) != rel.Title {
				t.Errorf("the guide does not show %q:\n%s", rel.Title, view)
			}
			assertFits(t, a.render(), 100)
		})
	}
}

func TestFAQFilterByQuestionAndAnswer(t *testing.T) {
	cases := []struct {
		lang  content.Lang
		query string
		want  string
	}{
		{content.EN, "back up", "export-backup"}, // in the question
		{content.EN, "django", "grow-breadth"},   // in an answer only
		{content.ZH, "备份", "export-backup"},
	}
	for _, c := range cases {
		t.Run(string(c.lang)+" "+c.query, func(t *testing.T) {
			sh := testShared(t, c.lang)
			f := openFAQ(t, sh, 80, 24)
			all := len(f.items)
			var s screen = f
			s = mdPress(t, s, "/")
			s = mdType(t, s, c.query)
			ids := shownIDs(f.mdBrowser)
			var want []string
			for _, h := range content.Search(c.lang, c.query) {
				if h.Kind == content.KindFAQ {
					want = append(want, h.ID)
				}
			}
			if len(ids) >= all || len(ids) != len(want) {
				t.Fatalf("filter %q shows %v, want %v of %d", c.query, ids, want, all)
			}
			if c.want != "" && !slices.Contains(ids, c.want) {
				t.Errorf("filter %q shows %v, want %q among them", c.query, ids, c.want)
			}
			s = mdPress(t, s, "enter")
			// With the filter kept, enter now follows the related link.
			_, cmd := s.Update(keyMsg("enter"))
			if len(ids) > 0 && len(mdCollect(t, cmd)) != 2 {
				t.Error("enter on a filtered question did not open its section")
			}
			mdPress(t, s, "esc")
			if len(f.shown) != all {
				t.Errorf("esc left %d of %d", len(f.shown), all)
			}
		})
	}
}

func TestFAQResultsIgnoredByGuide(t *testing.T) {
	sh := testShared(t, content.EN)
	f := openFAQ(t, sh, 80, 24)
	g := mdOpen(t, newGuideScreen(sh), 80, 24).(*guideScreen)
	_, cmd := f.Update(keyMsg("j"))
	// The user switched screens before the render came back: the guide
	// gets it and must ignore it; the FAQ asks again on Init.
	for _, m := range mdCollect(t, cmd) {
		g.Update(m)
	}
	if g.vpKey.id != content.Sections(content.EN)[0].ID {
		t.Errorf("guide shows %q", g.vpKey.id)
	}
	mdSettle(t, f, f.Init())
	if f.vpKey.id != content.FAQs(content.EN)[1].ID || f.vpKey.width == 0 {
		t.Errorf("FAQ shows %+v after Init", f.vpKey)
	}
}
