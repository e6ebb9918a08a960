package tui

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"coach/content"
	"coach/domain"
)

// hostileTitles hold what a terminal must never obey, and text whose width
// is not its length: emoji, combining marks, Chinese.
var hostileTitles = []string{
	"\x1b[31mred\x1b[0m",
	"\x1b]0;pwned\x07",
	"nul\x00here",
	"\xff\xfe",
	"\u202eevil",
	"👩\u200d💻 pair",
	"e\u0301te\u0301",
	"学习 Go 运行时",
	"c1\u009b31m del\x7f",
	"plain ascii",
	strings.Repeat("长", domain.MaxTitle), // 400 columns
}

// hostileShared is a store with one goal per hostile title, in depth, each
// with a daily 20-minute task of the same title, the first ones done today.
func hostileShared(t *testing.T, lang content.Lang) *shared {
	t.Helper()
	sh := testShared(t, lang)
	for i, title := range hostileTitles {
		g, err := sh.store.AddGoal(domain.Goal{Title: title, Competency: domain.Depth, Why: "why " + title + "\nline two",
			Resources: []string{title}, Target: domain.NewDate(2027, 6, 30)})
		if err != nil {
			t.Fatalf("goal %q: %v", title, err)
		}
		tk, err := sh.store.AddTask(domain.Task{Title: title, GoalID: g.ID, Competency: domain.Depth, Repeat: "daily", Minutes: 20, Notes: title})
		if err != nil {
			t.Fatalf("task %q: %v", title, err)
		}
		if i%2 == 0 {
			if _, err := sh.store.SetDone(domain.CheckIn{TaskID: tk.ID, Date: testDay, Minutes: 20, Note: title}); err != nil {
				t.Fatal(err)
			}
		}
	}
	return sh
}

// assertSafeView fails when the view lets through anything of the stored
// text that a terminal would obey, or a line wider than width. The view
// holds the screen's own styling escapes; once they are stripped no ESC may
// remain, and the raw view holds no other control at all.
func assertSafeView(t *testing.T, what, view string, width int) {
	t.Helper()
	if !utf8.ValidString(view) {
		t.Errorf("%s: the view is not valid UTF-8", what)
	}
	for _, bad := range []string{"\x07", "\x00", "\x7f", "\x1b]0;", "\x1b[31mred", "\u202e", "\u009b"} {
		if strings.Contains(view, bad) {
			t.Errorf("%s: the view holds %q", what, bad)
		}
	}
	plain := ansi.Strip(view)
	for i, line := range strings.Split(plain, "\n") {
		for _, r := range line {
			if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f {
				t.Errorf("%s: line %d holds %U: %q", what, i, r, line)
				break
			}
		}
	}
	assertFits(t, view, width)
}

func TestHostileTextToday(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		sh := hostileShared(t, lang)
		for _, w := range []int{120, 80, 40, 20} {
			s := newTodayScreen(sh)
			s.SetSize(w, 40)
			s = runCmd(t, s, s.Init())
			what := fmt.Sprintf("Today %s at %d columns", lang, w)
			view := s.View()
			assertSafeView(t, what, view, w)
			if w < 80 {
				continue
			}
			plain := ansi.Strip(view)
			for _, want := range []string{"␛[31mred␛[0m", "␛]0;pwned␇", "nul␀here", "\uFFFD", "\uFFFDevil", "👩\u200d💻 pair", "e\u0301te\u0301", "学习 Go 运行时", "c1\uFFFD31m del␡", "长长长…"} {
				if !strings.Contains(plain, want) {
					t.Errorf("%s: the view lacks %q:\n%s", what, want, plain)
				}
			}
			// Every task row keeps its meta column, however wide its title
			// (a done one's note follows it).
			rows := 0
			for _, line := range strings.Split(plain, "\n") {
				if strings.Contains(line, "[ ]") || strings.Contains(line, "[x]") {
					rows++
					if meta := map[content.Lang]string{content.EN: "daily · 20m", content.ZH: "每天 · 20 分钟"}[lang]; !strings.Contains(line, "  "+meta) {
						t.Errorf("%s: a row lost its meta: %q", what, line)
					}
				}
			}
			if rows != len(hostileTitles) {
				t.Errorf("%s: %d task rows, want %d:\n%s", what, rows, len(hostileTitles), plain)
			}
		}
	}
}

// barColumn is the display column where a goal row's progress bar starts,
// or -1 for a line without one.
func barColumn(line string) int {
	i := strings.IndexAny(line, "█░")
	if i < 0 {
		return -1
	}
	return ansi.StringWidth(line[:i])
}

func TestHostileTextGoals(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		sh := hostileShared(t, lang)
		for _, w := range []int{120, 80, 50, 20} {
			s := newGoalsScreen(sh)
			s.SetSize(w, 40)
			s = runCmd(t, s, s.Init())
			what := fmt.Sprintf("Goals %s at %d columns", lang, w)
			view := s.View()
			assertSafeView(t, what, view, w)
			if w < 50 {
				continue
			}
			plain := ansi.Strip(view)
			if w >= 80 && (!strings.Contains(plain, "␛[31mred␛[0m") || !strings.Contains(plain, "学习 Go 运行时")) {
				t.Errorf("%s: titles missing:\n%s", what, plain)
			}
			// The bars line up: an emoji, a combining mark or Chinese in a
			// title moves no column.
			col, rows := -1, 0
			for _, line := range strings.Split(plain, "\n") {
				c := barColumn(line)
				if c < 0 {
					continue
				}
				rows++
				if col < 0 {
					col = c
				} else if c != col {
					t.Errorf("%s: a bar starts at column %d, not %d: %q", what, c, col, line)
				}
			}
			if rows != len(hostileTitles) {
				t.Errorf("%s: %d goal rows, want %d:\n%s", what, rows, len(hostileTitles), plain)
			}
		}
		// The detail of each goal: title, why, resources and tasks.
		s := newGoalsScreen(sh)
		s.SetSize(70, 40)
		s = runCmd(t, s, s.Init())
		for i := range hostileTitles {
			s = press(t, s, "enter")
			assertSafeView(t, fmt.Sprintf("goal %d's detail (%s)", i+1, lang), s.View(), 70)
			s = press(t, s, "esc", "j")
		}
	}
}

func TestHostileTextReflection(t *testing.T) {
	sh, s := newTestReflect(t, content.EN, 80, 30)
	rfPut(t, sh, domain.Reflection{Date: testDay, Rating: 4, Learned: strings.Join(hostileTitles[:9], "\n"),
		Idea: "\x1b[2J\x1b[Hclear", Tags: []string{"\x1b[1mtag", "标签"}})
	s = rfRun(t, s, s.Init())
	view := s.View()
	assertSafeView(t, "Reflect", view, 80)
	plain := ansi.Strip(view)
	for _, want := range []string{"␛[31mred␛[0m", "␛[2J␛[Hclear", "␛[1mtag, 标签"} {
		if !strings.Contains(plain, want) {
			t.Errorf("Reflect lacks %q:\n%s", want, plain)
		}
	}
}
