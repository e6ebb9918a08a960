package tui

import (
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"coach/content"
	"coach/domain"
)

// "Ask me later" is the field after what was learned, labelled in the
// interface's language, one line, at most domain.MaxNote characters.
func TestReflectionFormAskField(t *testing.T) {
	for lang, label := range map[content.Lang]string{content.EN: "Ask me later", content.ZH: "以后问我"} {
		sh := testShared(t, lang)
		f := newReflectionForm(sh, domain.Reflection{Date: testDay})
		f.layout(80, 30)
		fl := f.fields[rfAsk]
		if fl.label != label || fl.input.multiline() || rfAsk != rfLearned+1 {
			t.Fatalf("%s: field %d is %q (multiline %v)", lang, rfAsk, fl.label, fl.input.multiline())
		}
		if in := textModel(fl); in.CharLimit != domain.MaxNote {
			t.Errorf("%s: the field takes %d characters, want %d", lang, in.CharLimit, domain.MaxNote)
		}
		view := strings.Join(f.lines(""), "\n")
		if !strings.Contains(view, label) || !strings.Contains(view, sh.ui.Recall.AskHint) {
			t.Errorf("%s: the form does not show the field with its hint:\n%s", lang, view)
		}
	}
}

// A stored question the user leaves alone saves as it was, awkward
// characters and all.
func TestUnchangedAskSavesAsStored(t *testing.T) {
	sh := testShared(t, content.EN)
	for _, text := range awkwardText {
		r, err := domain.CleanReflection(domain.Reflection{Date: testDay, Learned: "x", Ask: "why\t" + text, Rating: 3})
		if err != nil {
			t.Fatal(err)
		}
		f := newReflectionForm(sh, r)
		f.layout(80, 30)
		got, err := domain.CleanReflection(f.reflection())
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, r) {
			t.Errorf("unchanged question saves %q, stored %q", got.Ask, r.Ask)
		}
	}
}

// A reflection's draft keeps its question through the drafts file.
func TestReflectionDraftKeepsAsk(t *testing.T) {
	sh := testShared(t, content.EN)
	f := newReflectionForm(sh, domain.Reflection{Date: testDay})
	f.layout(80, 30)
	areaModel(f.fields[rfLearned]).SetValue("bbolt cursors")
	textModel(f.fields[rfAsk]).SetValue("How does a bbolt cursor Seek?")
	f.fields[rfRatingField].input.restore("", 4)
	f.focus = rfAsk
	path := filepath.Join(t.TempDir(), "c.db.drafts")
	if err := writeDrafts(path, []draft{f.draft()}); err != nil {
		t.Fatal(err)
	}
	rs, err := loadDrafts(sh.store, path)
	if err != nil || len(rs) != 1 {
		t.Fatalf("loaded %d drafts: %v", len(rs), err)
	}
	back := newReflectionForm(sh, rs[0].refl)
	back.layout(80, 30)
	back.restore(rs[0].draft)
	got := back.reflection()
	if got.Learned != "bbolt cursors" || got.Ask != "How does a bbolt cursor Seek?" || got.Rating != 4 || back.focus != rfAsk {
		t.Errorf("restored %+v, focus %d", got, back.focus)
	}
}

// A reflection's draft written by the build before "Ask me later" (seven
// fields) comes back with each text in its own field and no question.
func TestReflectionDraftFromBeforeAsk(t *testing.T) {
	sh := testShared(t, content.EN)
	old := draft{Kind: "reflection", Day: testDay.String(),
		Text:   []string{"learned", "solved", "collaborated", "idea", "next", "", "go, db"},
		Choice: []int{0, 0, 0, 0, 0, 4, 0},
		Focus:  5, // the rating
	}
	f := newReflectionForm(sh, domain.Reflection{Date: testDay})
	f.layout(80, 30)
	f.restore(old)
	got := f.reflection()
	want := domain.Reflection{Date: testDay, Learned: "learned", Solved: "solved", Collaborated: "collaborated", Idea: "idea",
		Next: "next", Rating: 4, Tags: []string{"go", "db"}}
	if got.Ask != "" || got.Learned != want.Learned || got.Solved != want.Solved || got.Collaborated != want.Collaborated ||
		got.Idea != want.Idea || got.Next != want.Next || got.Rating != want.Rating || !slices.Equal(got.Tags, want.Tags) {
		t.Errorf("restored %+v, want %+v", got, want)
	}
	if f.focus != rfRatingField {
		t.Errorf("focus on field %d, want the rating (%d)", f.focus, rfRatingField)
	}
}

// The day view shows the question after what was learned, and nothing
// of it when there is none.
func TestReflectDayViewShowsAsk(t *testing.T) {
	for lang, label := range map[content.Lang]string{content.EN: "Ask me later", content.ZH: "以后问我"} {
		sh, s := newTestReflect(t, lang, 100, 30)
		rfPut(t, sh, domain.Reflection{Date: testDay, Learned: "bbolt cursors", Ask: "How does Seek find a key?", Rating: 4})
		rfPut(t, sh, domain.Reflection{Date: testDay - 1, Learned: "pairing", Rating: 3})
		s = rfRun(t, s, s.Init())
		view := plainView(s)
		learned, ask, q := strings.Index(view, "bbolt cursors"), strings.Index(view, label), strings.Index(view, "How does Seek find a key?")
		if learned < 0 || ask < learned || q < ask {
			t.Errorf("%s: the question is not shown after what was learned:\n%s", lang, view)
		}
		s = rfPress(t, s, "h")
		if view := plainView(s); !strings.Contains(view, "pairing") || strings.Contains(view, label) {
			t.Errorf("%s: a day without a question shows the label:\n%s", lang, view)
		}
	}
}
