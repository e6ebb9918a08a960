package tui

import (
	"image/color"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/content"
)

// The Guide and FAQ screens start no timers, so their commands can run to
// the end: mdSettle waits for each (renders can be slow under -race),
// where runCmd gives up after a short while.

// mdRun runs one command, failing the test if it hangs.
func mdRun(t *testing.T, c tea.Cmd) tea.Msg {
	t.Helper()
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case m := <-ch:
		return m
	case <-time.After(20 * time.Second):
		t.Fatal("command did not return")
		return nil
	}
}

// mdCollect runs a command tree (batches and sequences, in order) and
// returns the messages it yields without feeding them to any screen.
func mdCollect(t *testing.T, cmd tea.Cmd) []tea.Msg {
	t.Helper()
	var out []tea.Msg
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := mdRun(t, c)
		switch m := msg.(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, m...)
		default:
			if isSequence(msg) {
				queue = append(sequenceCmds(msg), queue...)
				continue
			}
			out = append(out, msg)
		}
	}
	return out
}

// mdSettle feeds what cmd yields back into s until nothing is left.
func mdSettle(t *testing.T, s screen, cmd tea.Cmd) screen {
	t.Helper()
	queue := []tea.Cmd{cmd}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 1000 {
			t.Fatal("mdSettle: commands do not settle")
		}
		msgs := mdCollect(t, queue[0])
		queue = queue[1:]
		for _, m := range msgs {
			var next tea.Cmd
			s, next = s.Update(m)
			queue = append(queue, next)
		}
	}
	return s
}

func mdPress(t *testing.T, s screen, keys ...string) screen {
	t.Helper()
	for _, k := range keys {
		var cmd tea.Cmd
		s, cmd = s.Update(keyMsg(k))
		s = mdSettle(t, s, cmd)
	}
	return s
}

func mdType(t *testing.T, s screen, text string) screen {
	t.Helper()
	for _, r := range text {
		var cmd tea.Cmd
		s, cmd = s.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		s = mdSettle(t, s, cmd)
	}
	return s
}

// mdOpen builds a screen at a size and runs its Init.
func mdOpen(t *testing.T, s screen, w, h int) screen {
	t.Helper()
	s.SetSize(w, h)
	return mdSettle(t, s, s.Init())
}

func openGuide(t *testing.T, lang content.Lang, w, h int) *guideScreen {
	t.Helper()
	return mdOpen(t, newGuideScreen(testShared(t, lang)), w, h).(*guideScreen)
}

// textPane is the right-hand pane of a view, without escape codes.
func textPane(b *mdBrowser) string {
	var out []string
	for _, line := range strings.Split(b.View(""), "\n") {
		out = append(out, ansi.Strip(ansi.Cut(line, b.listWidth(), b.width)))
	}
	return strings.Join(out, "\n")
}

// pageHeading is the first line of text in the text pane: the page's
// heading, shown without markdown's "#".
func pageHeading(b *mdBrowser) string {
	for _, line := range strings.Split(textPane(b), "\n") {
		if text := strings.Trim(line, "│╭╮─ "); text != "" {
			return text
		}
	}
	return ""
}

// listPane is the left-hand pane of a view, without escape codes.
func listPane(b *mdBrowser) string {
	var out []string
	for _, line := range strings.Split(b.View(""), "\n") {
		out = append(out, ansi.Strip(ansi.Cut(line, 0, b.listWidth())))
	}
	return strings.Join(out, "\n")
}

func shownIDs(b *mdBrowser) []string {
	var ids []string
	for _, i := range b.shown {
		ids = append(ids, b.items[i].id)
	}
	return ids
}

func TestGuideShowsFirstSectionRendered(t *testing.T) {
	g := openGuide(t, content.EN, 80, 24)
	first := content.Sections(content.EN)[0]
	if g.vpKey.id != first.ID || g.vpKey.width != g.renderWidth() {
		t.Fatalf("viewport shows %+v, want %s at width %d", g.vpKey, first.ID, g.renderWidth())
	}
	if pageHeading(g.mdBrowser) != first.Title {
		t.Errorf("text pane lacks the heading %q:\n%s", first.Title, textPane(g.mdBrowser))
	}
	if strings.Contains(textPane(g.mdBrowser), content.Strings(content.EN).Guide.Rendering) {
		t.Error("placeholder still shown after the render arrived")
	}
}

func TestGuideMoveDownChangesSection(t *testing.T) {
	for _, lang := range content.Langs() {
		t.Run(string(lang), func(t *testing.T) {
			g := openGuide(t, lang, 80, 24)
			secs := content.Sections(lang)
			var s screen = g
			s = mdPress(t, s, "j")
			if g.vpKey.id != secs[1].ID {
				t.Fatalf("after j the viewport shows %q, want %q", g.vpKey.id, secs[1].ID)
			}
			if pane := textPane(g.mdBrowser); pageHeading(g.mdBrowser) != secs[1].Title || strings.Contains(pane, secs[0].Title) {
				t.Errorf("text pane does not show %q alone:\n%s", secs[1].Title, pane)
			}
			s = mdPress(t, s, "down", "k")
			if g.vpKey.id != secs[1].ID {
				t.Errorf("after down, k the viewport shows %q, want %q", g.vpKey.id, secs[1].ID)
			}
			s = mdPress(t, s, "G")
			if g.vpKey.id != secs[len(secs)-1].ID {
				t.Errorf("G shows %q, want the last section", g.vpKey.id)
			}
			if !strings.Contains(listPane(g.mdBrowser), "▸ "+ansi.Truncate(secs[len(secs)-1].Title, 10, "")) {
				t.Errorf("the last section is not marked selected:\n%s", listPane(g.mdBrowser))
			}
			mdPress(t, s, "g")
			if g.sel != 0 || g.vpKey.id != secs[0].ID {
				t.Errorf("g: sel %d showing %q, want the first section", g.sel, g.vpKey.id)
			}
		})
	}
}

func TestGuideSeenSectionShowsInOneFrame(t *testing.T) {
	g := openGuide(t, content.EN, 80, 24)
	mdPress(t, g, "j")
	_, cmd := g.Update(keyMsg("k"))
	if cmd != nil {
		t.Error("going back to a rendered section returned a command")
	}
	if g.vpKey.id != content.Sections(content.EN)[0].ID || g.vpKey.width == 0 {
		t.Errorf("the viewport shows %+v without a command", g.vpKey)
	}
}

func TestGuidePlaceholderAndStaleRender(t *testing.T) {
	g := openGuide(t, content.EN, 80, 24)
	secs := content.Sections(content.EN)
	_, first := g.Update(keyMsg("j"))
	if !strings.Contains(textPane(g.mdBrowser), "Rendering…") {
		t.Errorf("no placeholder while rendering:\n%s", textPane(g.mdBrowser))
	}
	_, second := g.Update(keyMsg("j"))
	// The render of section 2 arrives after the cursor moved to 3: dropped.
	mdSettle(t, g, first)
	if g.vpKey.id == secs[1].ID {
		t.Fatal("a stale render replaced the placeholder")
	}
	mdSettle(t, g, second)
	if g.vpKey.id != secs[2].ID || g.vpKey.width == 0 {
		t.Errorf("viewport shows %+v, want %s", g.vpKey, secs[2].ID)
	}
	// The stale result was kept: section 2 is now one frame away.
	if _, cmd := g.Update(keyMsg("k")); cmd != nil || g.vpKey.id != secs[1].ID {
		t.Errorf("the stale render was not kept for later (cmd %v, shows %q)", cmd != nil, g.vpKey.id)
	}
}

func TestGuideFilter(t *testing.T) {
	cases := []struct {
		lang  content.Lang
		query string
		want  string // a section id that must match
		title string
	}{
		{content.EN, "gradient", "models", "Models and formulas"},
		{content.ZH, "梯度", "models", "模型与公式"},
	}
	for _, c := range cases {
		t.Run(string(c.lang), func(t *testing.T) {
			g := openGuide(t, c.lang, 80, 24)
			all := len(g.items)
			var s screen = g
			s = mdPress(t, s, "/")
			if !g.Capturing() {
				t.Fatal("/ did not start the filter")
			}
			s = mdType(t, s, c.query)
			ids := shownIDs(g.mdBrowser)
			if len(ids) == 0 || len(ids) >= all || !slices.Contains(ids, c.want) {
				t.Fatalf("filter %q shows %v of %d, want fewer including %q", c.query, ids, all, c.want)
			}
			if it, _ := g.selected(); g.vpKey.id != it.id {
				t.Errorf("the text pane shows %q, not the selected %q", g.vpKey.id, it.id)
			}
			list := listPane(g.mdBrowser)
			if !strings.Contains(list, c.title) || !strings.Contains(list, c.query) {
				t.Errorf("list lacks %q or the query:\n%s", c.title, list)
			}
			first := content.Sections(c.lang)[0].Title
			if strings.Contains(list, first) {
				t.Errorf("list still shows %q:\n%s", first, list)
			}
			s = mdPress(t, s, "enter")
			if g.Capturing() || g.query != c.query || len(g.shown) != len(ids) {
				t.Fatalf("enter: capturing %v, query %q, %d shown", g.Capturing(), g.query, len(g.shown))
			}
			s = mdPress(t, s, "esc")
			if g.query != "" || len(g.shown) != all || g.filter.Value() != "" {
				t.Errorf("esc left query %q, %d of %d shown", g.query, len(g.shown), all)
			}
			// esc while typing clears too.
			s = mdPress(t, s, "/")
			s = mdType(t, s, c.query)
			mdPress(t, s, "esc")
			if g.Capturing() || g.query != "" || len(g.shown) != all {
				t.Errorf("esc while typing: capturing %v, query %q, %d shown", g.Capturing(), g.query, len(g.shown))
			}
		})
	}
}

func TestGuideFilterTypesGlobalKeys(t *testing.T) {
	g := openGuide(t, content.EN, 80, 24)
	var s screen = g
	s = mdPress(t, s, "/")
	mdType(t, s, "q1j")
	if g.filter.Value() != "q1j" || g.sel != 0 {
		t.Errorf("value %q, sel %d: keys were not typed into the filter", g.filter.Value(), g.sel)
	}
}

func TestGuideFilterNoMatch(t *testing.T) {
	g := openGuide(t, content.EN, 80, 24)
	var s screen = g
	s = mdPress(t, s, "/")
	s = mdType(t, s, "zzqxw")
	if len(g.shown) != 0 {
		t.Fatalf("%d shown for nonsense", len(g.shown))
	}
	if !strings.Contains(ansi.Strip(g.View()), "Nothing matches") {
		t.Errorf("no 'nothing matches' note:\n%s", ansi.Strip(g.View()))
	}
	// Keys on an empty list do nothing.
	mdPress(t, s, "enter", "j", "G", "l", "pgdown")
	if g.focus != mdFocusList {
		t.Error("focus moved to an empty text pane")
	}
}

func TestGuideFocusAndScroll(t *testing.T) {
	g := openGuide(t, content.EN, 80, 24)
	var s screen = g
	s = mdPress(t, s, "l")
	if g.focus != mdFocusText {
		t.Fatal("l did not focus the text")
	}
	s = mdPress(t, s, "j", "j")
	if g.vp.YOffset() != 2 || g.sel != 0 {
		t.Errorf("j in the text: offset %d, sel %d; want 2, 0", g.vp.YOffset(), g.sel)
	}
	s = mdPress(t, s, "G")
	if !g.vp.AtBottom() {
		t.Error("G did not go to the bottom of the text")
	}
	s = mdPress(t, s, "g", "pgdown")
	if g.vp.YOffset() != g.vp.Height() {
		t.Errorf("pgdown: offset %d, want %d", g.vp.YOffset(), g.vp.Height())
	}
	s = mdPress(t, s, "pgup", "h")
	if g.focus != mdFocusList || g.vp.YOffset() != 0 {
		t.Errorf("h: focus %v, offset %d", g.focus, g.vp.YOffset())
	}
	s = mdPress(t, s, "enter")
	if g.focus != mdFocusText {
		t.Error("enter did not open the text")
	}
	mdPress(t, s, "esc")
	if g.focus != mdFocusList {
		t.Error("esc did not go back to the list")
	}
}

func TestGuideMouseWheel(t *testing.T) {
	g := openGuide(t, content.EN, 80, 24)
	var s screen = g
	wheel := func(x int, b tea.MouseButton) {
		var cmd tea.Cmd
		s, cmd = s.Update(tea.MouseWheelMsg{X: x, Y: 5, Button: b})
		s = mdSettle(t, s, cmd)
	}
	wheel(g.listWidth()+5, tea.MouseWheelDown)
	if g.vp.YOffset() != mdWheelLines || g.sel != 0 {
		t.Errorf("wheel over the text: offset %d, sel %d", g.vp.YOffset(), g.sel)
	}
	wheel(3, tea.MouseWheelDown)
	if g.sel != 1 || g.vpKey.id != content.Sections(content.EN)[1].ID {
		t.Errorf("wheel over the list: sel %d showing %q", g.sel, g.vpKey.id)
	}
	wheel(3, tea.MouseWheelUp)
	if g.sel != 0 {
		t.Errorf("wheel up over the list: sel %d", g.sel)
	}
	// A click on a list row selects it. The screen's rows start under the
	// tab bar (the root takes it off): the border, the header, then items.
	s, cmd := s.Update(tea.MouseClickMsg{X: 3, Y: 2 + 4, Button: tea.MouseLeft})
	mdSettle(t, s, cmd)
	if g.sel != 4 {
		t.Errorf("click on the fifth row selected %d", g.sel)
	}
}

func TestGuideResizeRerenders(t *testing.T) {
	g := openGuide(t, content.EN, 80, 24)
	narrow := g.vpKey.width
	g.SetSize(120, 40)
	// SetSize cannot return a command; the next message asks for the
	// render (the root also forwards a WindowSizeMsg when it does so).
	_, cmd := g.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if cmd == nil {
		t.Fatal("no render after a resize")
	}
	mdSettle(t, g, cmd)
	if g.vpKey.width == narrow || g.vpKey.width != g.renderWidth() {
		t.Fatalf("after resize the text is %d wide, want %d", g.vpKey.width, g.renderWidth())
	}
	widest := 0
	for _, l := range strings.Split(g.vp.GetContent(), "\n") {
		widest = max(widest, len(strings.TrimRight(ansi.Strip(l), " ")))
	}
	if widest <= narrow {
		t.Errorf("text not rewrapped: widest line %d at width %d", widest, g.vpKey.width)
	}
	// Back to the old size: cached, no command.
	g.SetSize(80, 24)
	if g.vpKey.width != narrow {
		t.Errorf("resize to a seen width shows width %d, want %d at once", g.vpKey.width, narrow)
	}
	if _, cmd := g.Update(tea.WindowSizeMsg{Width: 80, Height: 24}); cmd != nil {
		t.Error("a cached width asked for a render")
	}
	// Any key after a resize asks for the render too.
	g.SetSize(100, 30)
	_, cmd = g.Update(keyMsg("pgdown"))
	mdSettle(t, g, cmd)
	if g.vpKey.width != g.renderWidth() {
		t.Errorf("after resize and a key the text is %d wide, want %d", g.vpKey.width, g.renderWidth())
	}
}

func TestGuideBackgroundRerenders(t *testing.T) {
	sh := testShared(t, content.EN)
	g := mdOpen(t, newGuideScreen(sh), 80, 24).(*guideScreen)
	before := g.vpKey.style
	sh.styles = newStyles(false, false) // what the root does first
	_, cmd := g.Update(tea.BackgroundColorMsg{Color: color.White})
	mdSettle(t, g, cmd)
	if g.vpKey.style == before || g.vpKey.style != "light" {
		t.Errorf("style %q after a light background, was %q", g.vpKey.style, before)
	}
}

func TestGuideOpenSection(t *testing.T) {
	g := openGuide(t, content.EN, 80, 24)
	var s screen = g
	s = mdPress(t, s, "/")
	s = mdType(t, s, "gradient")
	s = mdPress(t, s, "enter")
	s, cmd := s.Update(openSectionMsg{id: "collaboration"})
	mdSettle(t, s, cmd)
	if it, _ := g.selected(); it.id != "collaboration" || g.vpKey.id != "collaboration" {
		t.Errorf("selected %q showing %q, want collaboration", it.id, g.vpKey.id)
	}
	if g.query != "" {
		t.Errorf("the filter %q that hid the section was kept", g.query)
	}
}

func TestGuideRenderError(t *testing.T) {
	g := openGuide(t, content.EN, 80, 24)
	k, _ := g.want()
	g.vpKey = pageKey{id: k.id}
	_, cmd := g.Update(sectionRenderedMsg{kind: content.KindGuide, id: k.id, width: k.width, style: k.style, err: content.ErrNotFound})
	msgs := mdCollect(t, cmd)
	if len(msgs) != 1 {
		t.Fatalf("got %v, want one errMsg", msgs)
	}
	if _, ok := msgs[0].(errMsg); !ok {
		t.Errorf("got %T, want errMsg", msgs[0])
	}
	if !strings.Contains(textPane(g.mdBrowser), "Cannot show this page") {
		t.Errorf("error not shown:\n%s", textPane(g.mdBrowser))
	}
	// A FAQ result is not the guide's.
	before := g.vpKey
	g.Update(sectionRenderedMsg{kind: content.KindFAQ, id: k.id, width: k.width, style: k.style, text: "x"})
	if g.vpKey != before {
		t.Error("the guide took a FAQ rendering")
	}
}

// Every key the screens handle is in their help.
func TestGuideAndFAQHelpListEveryBinding(t *testing.T) {
	sh := testShared(t, content.EN)
	k := sh.keys
	for _, s := range []screen{newGuideScreen(sh), newFAQScreen(sh)} {
		s.SetSize(80, 24)
		var all []string
		for _, group := range s.FullHelp() {
			for _, b := range group {
				all = append(all, b.Help().Key+" "+b.Help().Desc)
			}
		}
		want := []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown, k.FocusText, k.FocusList,
			k.Back, k.Filter, k.KeepFilter, k.Clear}
		if _, ok := s.(*faqScreen); ok {
			want = append(want, k.Related)
		} else {
			want = append(want, k.Open)
		}
		for _, b := range want {
			if !slices.Contains(all, b.Help().Key+" "+b.Help().Desc) {
				t.Errorf("%T: %q missing from the full help", s, b.Help().Key)
			}
		}
		if n := len(s.ShortHelp()); n < 4 || n > 6 {
			t.Errorf("%T: short help has %d bindings", s, n)
		}
		s = mdPress(t, s, "/")
		if n := len(s.ShortHelp()); n == 0 {
			t.Errorf("%T: no help while filtering", s)
		}
	}
}

// Both screens fit their size in every state, in both languages.
func TestGuideAndFAQFit(t *testing.T) {
	sizes := [][2]int{{80, 24}, {120, 40}, {60, 11}}
	for _, lang := range content.Langs() {
		for _, size := range sizes {
			w, h := size[0], size[1]
			sh := testShared(t, lang)
			for _, s := range []screen{newGuideScreen(sh), newFAQScreen(sh)} {
				s = mdOpen(t, s, w, h)
				check := func(state string) {
					t.Helper()
					v := s.View()
					assertFits(t, v, w)
					if n := strings.Count(v, "\n") + 1; n != h {
						t.Errorf("%s %T %dx%d %s: %d lines, want %d", lang, s, w, h, state, n, h)
					}
				}
				check("start")
				for range 20 {
					s = mdPress(t, s, "j")
					check("moved")
				}
				s = mdPress(t, s, "l", "G")
				check("text bottom")
				s = mdPress(t, s, "/")
				s = mdType(t, s, "a very long filter query 非常长的筛选词")
				check("filtering")
				s = mdPress(t, s, "enter")
				check("filtered")
			}
		}
	}
}

func TestGuideTinySizesDoNotPanic(t *testing.T) {
	sh := testShared(t, content.ZH)
	for _, s := range []screen{newGuideScreen(sh), newFAQScreen(sh)} {
		for w := 0; w <= 40; w += 3 {
			for h := 0; h <= 8; h++ {
				s.SetSize(w, h)
				s = mdSettle(t, s, s.Init())
				s = mdPress(t, s, "j", "l", "G", "h")
				_ = s.View()
			}
		}
	}
}
