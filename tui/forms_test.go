package tui

// What the forms say about input they refuse.

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode"

	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// The goal form says what is wrong under the field, in the interface's
// language, and saves nothing.
func TestGoalFormErrorsInTheLanguage(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		sh := testShared(t, lang)
		s := newGoalsScreen(sh)
		s.SetSize(100, 30)
		s = runCmd(t, s, s.Init())
		s = press(t, s, "a")
		s = press(t, s, "tab", "tab", "tab") // title, competency, why: to the target
		s = typeText(t, s, "next spring")
		s = press(t, s, "enter")
		f := s.(*goalsScreen).form
		if f == nil {
			t.Fatalf("%s: the form closed on invalid input", lang)
		}
		pui := sh.ui.Problems
		if got := f.fields[gfTitle].err; got != pui.TitleEmpty {
			t.Errorf("%s: title error %q, want %q", lang, got, pui.TitleEmpty)
		}
		if got, want := f.fields[gfTarget].err, fmt.Sprintf(pui.InvalidDate, "next spring"); got != want {
			t.Errorf("%s: target error %q, want %q", lang, got, want)
		}
		if !strings.Contains(plainView(s), pui.TitleEmpty) {
			t.Errorf("%s: the error is not on the screen:\n%s", lang, plainView(s))
		}
		if goals, _ := sh.store.Goals(); len(goals) != 0 {
			t.Errorf("%s: an invalid goal was saved: %+v", lang, goals)
		}
	}
	// too many resources show under the resources, with the numbers
	sh := testShared(t, content.ZH)
	gf := newGoalForm(sh, domain.Goal{})
	textModel(gf.fields[gfTitle]).SetValue("读完《数据密集型应用系统设计》")
	areaModel(gf.fields[gfResources]).SetValue(strings.Repeat("一本书\n", domain.MaxResource+1))
	if _, ok := gf.result(testDay); ok {
		t.Fatal("a goal with too many resources passed")
	}
	if got, want := gf.fields[gfResources].err, fmt.Sprintf(sh.ui.Problems.TooManyResources, domain.MaxResource+1, domain.MaxResource); got != want {
		t.Errorf("resources error %q, want %q", got, want)
	}
}

// Every input rule has its own message in each language: none falls back to
// the command line's English.
func TestEveryRuleIsExplained(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		pui := content.Strings(lang).Problems
		seen := map[string]domain.Rule{}
		for r := domain.TitleEmpty; r <= domain.DateOutOfRange; r++ {
			p := &domain.Problem{Rule: r, Field: "notes", Value: "x", Got: 9, Limit: 5}
			got := explain(pui, p, nil)
			if got == p.Error() && lang == content.ZH {
				t.Errorf("%s: rule %d falls back to %q", lang, r, got)
			}
			if lang == content.ZH && !strings.ContainsFunc(got, func(c rune) bool { return unicode.Is(unicode.Han, c) }) {
				t.Errorf("%s: rule %d has no Chinese: %q", lang, r, got)
			}
			if strings.Contains(got, "%!") {
				t.Errorf("%s: rule %d: bad format: %q", lang, r, got)
			}
			if other, dup := seen[got]; dup {
				t.Errorf("%s: rules %d and %d say the same: %q", lang, other, r, got)
			}
			seen[got] = r
		}
		busy := fmt.Errorf("saving: %w", &store.BusyError{Path: "/home/u/coach.db"})
		if got, want := explain(pui, busy, nil), fmt.Sprintf(pui.Busy, "/home/u/coach.db"); got != want {
			t.Errorf("%s: busy = %q, want %q", lang, got, want)
		}
		if got := explain(pui, fmt.Errorf("toggling: %w", store.ErrNotFound), nil); got != pui.Gone {
			t.Errorf("%s: a record deleted elsewhere = %q, want %q", lang, got, pui.Gone)
		}
		if got := explain(pui, errors.New("disk full"), nil); got != "disk full" {
			t.Errorf("%s: an error about no input became %q", lang, got)
		}
	}
}

// A label and its value are joined by the language's colon.
func TestGoalDetailColon(t *testing.T) {
	for lang, want := range map[content.Lang]string{content.EN: "Target date: 2027-04-16", content.ZH: "目标日期：2027-04-16"} {
		sh := testShared(t, lang)
		if _, err := sh.store.AddGoal(domain.Goal{Title: "Go runtime", Competency: "depth", Target: domain.NewDate(2027, 4, 16)}); err != nil {
			t.Fatal(err)
		}
		s := newGoalsScreen(sh)
		s.SetSize(100, 30)
		s = runCmd(t, s, s.Init())
		s = press(t, s, "enter")
		if view := plainView(s); !strings.Contains(view, want) {
			t.Errorf("%s: the detail lacks %q:\n%s", lang, want, view)
		}
	}
}

// A form-wide error from one check does not stay for the next.
func TestGoalFormForgetsTheLastCheck(t *testing.T) {
	sh := testShared(t, content.EN)
	gf := newGoalForm(sh, domain.Goal{})
	gf.err = "left from the last check"
	textModel(gf.fields[gfTitle]).SetValue("Read DDIA")
	if _, ok := gf.result(testDay); !ok || gf.err != "" {
		t.Errorf("a valid goal was refused: ok %v, error %q", ok, gf.err)
	}
}

// textModel is the input of a one-line text field, to type into directly.
func textModel(fl *field) *textinput.Model {
	if t, ok := fl.input.(*tagsInput); ok {
		return &t.model
	}
	return &fl.input.(*textInput).model
}

// areaModel is the textarea of an area field.
func areaModel(fl *field) *textarea.Model { return &fl.input.(*areaInput).model }
