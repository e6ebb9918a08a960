package tui

// Opening a record in a form and saving it must not rewrite what the user
// did not touch: the forms show text neutralised, but save it as stored.

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"coach/content"
	"coach/domain"
)

// awkwardText is what a form cannot show as it is: tabs, line breaks,
// escapes, other controls, bidirectional marks, a literal U+FFFD and text
// around them.
var awkwardText = []string{
	"tab\there",
	"two\nlines\n\nand a gap",
	"\x1b[31mred\x1b[0m and \x1b]0;title\x07",
	"nul\x00 del\x7f c1\u0085 bell\x07",
	"rtl \u202eevil\u202c end",
	"crlf\r\nline",
	"kept \uFFFD mark",
	"👩\u200d💻 pair · 学习\tGo",
}

func TestUnchangedTaskSavesAsStored(t *testing.T) {
	sh := testShared(t, content.EN)
	for _, text := range awkwardText {
		title := "title " + sanitizeForTitle(text)
		stored, err := sh.store.AddTask(domain.Task{Title: title, Competency: domain.Depth, Repeat: "daily", Minutes: 20, Notes: text})
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		tf := newTaskForm(sh, stored, nil)
		tf.SetSize(80, 30)
		got, ok := tf.result(testDay)
		if !ok {
			t.Fatalf("%q: the unchanged form does not pass its checks", text)
		}
		if got.Title != stored.Title || got.Notes != stored.Notes {
			t.Errorf("unchanged task saves title %q notes %q, stored %q %q", got.Title, got.Notes, stored.Title, stored.Notes)
		}
	}
}

// sanitizeForTitle keeps what a title may hold: one line.
func sanitizeForTitle(s string) string {
	out := []rune{}
	for _, r := range s {
		if r != '\n' && r != '\r' {
			out = append(out, r)
		}
	}
	return string(out)
}

// Through the screen: e, then enter, on a task; the store holds the same.
func TestEditTaskWithoutChangeKeepsItOnDisk(t *testing.T) {
	sh := testShared(t, content.EN)
	stored, err := sh.store.AddTask(domain.Task{Title: "read\tthe \x1b[1mbook", Competency: domain.Depth, Repeat: "daily",
		Notes: "chapter 1\tdone\nchapter 2 \x1b[31mnext"})
	if err != nil {
		t.Fatal(err)
	}
	s := newTodayScreen(sh)
	s.SetSize(100, 30)
	s = runCmd(t, s, s.Init())
	s = press(t, s, "e", "enter")
	if s.(*todayScreen).form != nil {
		t.Fatalf("the form did not save:\n%s", plainView(s))
	}
	got, err := sh.store.Task(stored.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != stored.Title || got.Notes != stored.Notes {
		t.Errorf("saved title %q notes %q, stored %q %q", got.Title, got.Notes, stored.Title, stored.Notes)
	}
}

// A field the user edits keeps what they did not touch around the edit.
func TestEditedFieldKeepsUntouchedText(t *testing.T) {
	sh := testShared(t, content.EN)
	stored, err := sh.store.AddTask(domain.Task{Title: "a\tb \x1b[1mc", Competency: domain.Depth, Repeat: "daily",
		Notes: "x\ty\nz"})
	if err != nil {
		t.Fatal(err)
	}
	s := newTodayScreen(sh)
	s.SetSize(100, 30)
	s = runCmd(t, s, s.Init())
	s = press(t, s, "e", "end")
	s = typeText(t, s, "!")
	s = press(t, s, "home", "right", "backspace") // the a goes
	s = typeText(t, s, "A")
	s = press(t, s, "enter")
	got, err := sh.store.Task(stored.ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := "A\tb \x1b[1mc!"; got.Title != want {
		t.Errorf("edited title %q, want %q", got.Title, want)
	}
	if got.Notes != stored.Notes {
		t.Errorf("untouched notes %q, stored %q", got.Notes, stored.Notes)
	}
}

func TestUnchangedGoalSavesAsStored(t *testing.T) {
	sh := testShared(t, content.ZH)
	for _, text := range awkwardText {
		stored, err := sh.store.AddGoal(domain.Goal{Title: "goal " + sanitizeForTitle(text), Competency: domain.Breadth,
			Why: text, Resources: []string{text, "plain", "  \tspaced"}, Target: domain.NewDate(2027, 1, 1)})
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		gf := newGoalForm(sh, stored)
		gf.SetSize(80, 30)
		got, ok := gf.result(testDay)
		if !ok {
			t.Fatalf("%q: the unchanged form does not pass its checks", text)
		}
		if got.Title != stored.Title || got.Why != stored.Why || !slices.Equal(got.Resources, stored.Resources) {
			t.Errorf("unchanged goal saves %q %q %q, stored %q %q %q", got.Title, got.Why, got.Resources, stored.Title, stored.Why, stored.Resources)
		}
	}
}

// Editing one resource keeps the others as stored.
func TestEditedResourcesKeepTheOthers(t *testing.T) {
	sh := testShared(t, content.EN)
	stored, err := sh.store.AddGoal(domain.Goal{Title: "g", Competency: domain.Breadth,
		Resources: []string{"book\tone", "two\nlines", "\x1b[1mbold"}})
	if err != nil {
		t.Fatal(err)
	}
	gf := newGoalForm(sh, stored)
	gf.SetSize(80, 30)
	area := areaModel(gf.fields[gfResources])
	area.MoveToEnd()
	area.InsertString("\nnew one")
	got, ok := gf.result(testDay)
	if !ok {
		t.Fatal("the form does not pass its checks")
	}
	if want := append(slices.Clone(stored.Resources), "new one"); !slices.Equal(got.Resources, want) {
		t.Errorf("resources %q, want %q", got.Resources, want)
	}
}

func TestUnchangedReflectionSavesAsStored(t *testing.T) {
	sh := testShared(t, content.EN)
	for _, text := range awkwardText {
		r := domain.Reflection{Date: testDay, Learned: text, Solved: "s\t" + text, Collaborated: text + "\n",
			Idea: text, Next: text, Rating: 3, Tags: []string{"go", "\x1b[1mtag"}}
		r, err := domain.CleanReflection(r)
		if err != nil {
			t.Fatal(err)
		}
		f := newReflectionForm(sh, r)
		f.layout(80, 30)
		got, err := domain.CleanReflection(f.reflection())
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if !reflect.DeepEqual(got, r) {
			t.Errorf("unchanged reflection saves\n%+v\nstored\n%+v", got, r)
		}
		w := domain.Review{Week: "2026-W48", WentWell: text, Adjust: "a\t" + text, Notes: text, Focus: domain.Depth}
		rf := newReviewForm(sh, w)
		rf.layout(80, 30)
		if got := rf.review(); !reflect.DeepEqual(got, w) {
			t.Errorf("unchanged review saves\n%+v\nstored\n%+v", got, w)
		}
	}
}

// The mapping from what an input shows back to what is stored.
func TestStoredTextKeepsWhatIsNotEdited(t *testing.T) {
	cases := []struct {
		raw       string
		multiline bool
		edit      func(shown string) string
		want      string
	}{
		{"a\tb", false, func(s string) string { return s + "c" }, "a\tbc"},
		{"a\tb", false, func(s string) string { return "x" + s }, "xa\tb"},
		{"a\tb\x1bc", false, func(s string) string { return "A" + s[1:] + "!" }, "A\tb\x1bc!"},
		{"a\tb", false, func(string) string { return "a-b" }, "a-b"},
		{"a\tb", false, func(string) string { return "" }, ""},
		{"one\ttwo\nthree\x07", true, func(s string) string { return strings.Replace(s, "three", "3", 1) }, "one\ttwo\n3\x07"},
		{"crlf\r\nnext", true, func(s string) string { return s + "!" }, "crlf\r\nnext!"},
		{"学习\t运行时\x1b[1m", false, func(s string) string { return strings.Replace(s, "运行时", "调度器", 1) }, "学习\t调度器\x1b[1m"},
		{"lost \uFFFD mark", false, func(s string) string { return s + "." }, "lost \uFFFD mark."},
		{"plain", false, func(s string) string { return s + "er" }, "plainer"},
	}
	for _, c := range cases {
		st := newStoredText(c.raw, c.multiline)
		if got := st.text(st.shown); got != c.raw {
			t.Errorf("%q unchanged gives %q", c.raw, got)
		}
		edited := c.edit(st.shown)
		if got := st.text(edited); got != c.want {
			t.Errorf("%q shown %q edited to %q gives %q, want %q", c.raw, st.shown, edited, got, c.want)
		}
	}
}

// Through the Reflect screen: e, then ctrl+s; the store holds the same.
func TestReflectionSavedUnchangedThroughScreen(t *testing.T) {
	sh, s := newTestReflect(t, content.ZH, 100, 40)
	r := domain.Reflection{Date: testDay, Rating: 4, Learned: "调度器\t抢占\n\x1b[1m加粗", Idea: "a\r\nb", Tags: []string{"运行时"}}
	rfPut(t, sh, r)
	s = rfRun(t, s, s.Init())
	s = rfPress(t, s, "e", "ctrl+s")
	if s.form != nil {
		t.Fatal("the form did not save")
	}
	got, _, err := sh.store.Reflection(testDay)
	if err != nil {
		t.Fatal(err)
	}
	if got.Learned != r.Learned || got.Idea != r.Idea || !slices.Equal(got.Tags, r.Tags) {
		t.Errorf("saved %+v, stored %+v", got, r)
	}
}

// An edited task's schedule shows in the words of the list, in both
// languages, and saves back unchanged for every kind of rule.
func TestTaskFormScheduleInTheListsWords(t *testing.T) {
	for _, lang := range content.Langs() {
		sh := testShared(t, lang)
		for _, repeat := range []string{"once", "daily", "weekdays", "3/week", "mon,wed,fri", "sat,sun"} {
			task := domain.Task{Title: "t", Competency: domain.Depth, Repeat: repeat}
			if repeat == "once" {
				task.Due = testDay
			}
			stored, err := sh.store.AddTask(task)
			if err != nil {
				t.Fatal(err)
			}
			tf := newTaskForm(sh, stored, nil)
			tf.SetSize(80, 30)
			if shown, want := tf.fields[tfRepeat].value(), sh.ui.Today.ScheduleText(repeat); shown != want {
				t.Errorf("%s %s: the field shows %q, the list %q", lang, repeat, shown, want)
			}
			got, ok := tf.result(testDay)
			if !ok || got.Repeat != stored.Repeat {
				t.Errorf("%s %s: saved back as %q (ok %v)", lang, repeat, got.Repeat, ok)
			}
		}
	}
}

// Minutes typed with an IME in Chinese mode (full-width digits, a unit)
// save as the number.
func TestTaskFormTakesFullWidthMinutes(t *testing.T) {
	sh := testShared(t, content.ZH)
	for in, want := range map[string]int{"３０": 30, "45 分钟": 45, "20m": 20} {
		tf := newTaskForm(sh, domain.Task{Title: "读源码", Competency: domain.Depth, Repeat: "daily"}, nil)
		tf.SetSize(80, 30)
		tf.fields[tfMinutes].input.restore(in, 0)
		got, ok := tf.result(testDay)
		if !ok || got.Minutes != want {
			t.Errorf("%q: saved %d minutes (ok %v, error %q)", in, got.Minutes, ok, tf.fields[tfMinutes].err)
		}
	}
}
