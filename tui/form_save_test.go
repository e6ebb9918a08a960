package tui

// One save rule for every form: ctrl+s saves from any field, enter saves
// from a field of one line and is a new line in a field of several, and
// the help line says which key saves where the user is.

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"coach/content"
	"coach/domain"
)

// saveRuleForms builds each form of the app, fresh.
var saveRuleForms = []struct {
	name  string
	build func(sh *shared) *form
	areas int // how many fields of several lines it has
}{
	{"task", func(sh *shared) *form {
		return newTaskForm(sh, domain.Task{Due: testDay}, []domain.Goal{{ID: 1, Title: "Go runtime", Competency: "depth"}}).form
	}, 0},
	{"goal", func(sh *shared) *form { return newGoalForm(sh, domain.Goal{}).form }, 2},
	{"check-in", func(sh *shared) *form { return newCheckInForm(sh, "Read", domain.CheckIn{}).form }, 0},
	{"reflection", func(sh *shared) *form {
		f := newReflectionForm(sh, domain.Reflection{Date: testDay}).form
		f.setFocus(0) // opened as a draft, the form has no focus yet
		return f
	}, 5},
	{"review", func(sh *shared) *form {
		f := newReviewForm(sh, domain.Review{Week: "2026-W48"}).form
		f.setFocus(0)
		return f
	}, 3},
}

func TestEveryFormSavesByOneRule(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		sh := testShared(t, lang)
		k := sh.keys
		for _, tc := range saveRuleForms {
			areas := 0
			for i := range tc.build(sh).fields {
				// ctrl+s saves from every field.
				f := tc.build(sh)
				f.setFocus(i)
				if action, _ := f.Update(keyMsg("ctrl+s")); action != formSubmit {
					t.Errorf("%s %s: ctrl+s on field %d (%s) did not save", lang, tc.name, i, f.focused().label)
				}
				// enter saves from a line, and is a new line in an area.
				f = tc.build(sh)
				f.setFocus(i)
				multi := f.focused().input.multiline()
				before := f.focused().input.state()
				action, _ := f.Update(keyMsg("enter"))
				switch {
				case multi:
					areas++
					if action != formEditing || f.focus != i {
						t.Errorf("%s %s: enter in the area %s did not stay in it", lang, tc.name, f.focused().label)
					}
					if after := f.focused().input.state(); after != before+"\n" {
						t.Errorf("%s %s: enter in the area %s gave %q, want a new line", lang, tc.name, f.focused().label, after)
					}
				case action != formSubmit:
					t.Errorf("%s %s: enter on field %d (%s) did not save", lang, tc.name, i, f.focused().label)
				}
				// The help names the key that saves here.
				want, other := k.Save, k.SaveMultiline
				if multi {
					want, other = other, want
				}
				if got := f.saveKey(); got.Help() != want.Help() || got.Help() == other.Help() {
					t.Errorf("%s %s: on %s the help says %q saves, want %q", lang, tc.name, f.focused().label, got.Help().Key, want.Help().Key)
				}
			}
			if areas != tc.areas {
				t.Errorf("%s %s: %d areas, want %d", lang, tc.name, areas, tc.areas)
			}
			// The full help gives the whole rule, the new line only where
			// there is an area.
			full := tc.build(sh).saveKeys()
			if !hasBinding(full, k.Save) || !hasBinding(full, k.SaveAnyField) || hasBinding(full, k.NewLine) != (tc.areas > 0) {
				t.Errorf("%s %s: the full help's save keys are %v", lang, tc.name, full)
			}
		}
	}
}

// Through the app: each form's help line shows enter where it saves and
// ctrl+s in an area, and the full help both.
func TestFormHelpLineSaysHowToSave(t *testing.T) {
	for _, lang := range []content.Lang{content.EN, content.ZH} {
		ui := content.Strings(lang).Keys
		enter, ctrlS := "enter "+ui.Save, "ctrl+s "+ui.SaveMultiline
		for _, tc := range []struct {
			name string
			keys []string
			want string
		}{
			{"task form", []string{"a"}, enter},
			{"task form on its goal", []string{"a", "tab", "tab"}, enter},
			{"goal form", []string{"2", "a"}, enter},
			{"goal form on why", []string{"2", "a", "tab", "tab"}, ctrlS},
			{"reflection form", []string{"3", "e"}, ctrlS},
			{"reflection form on ask me later", []string{"3", "e", "tab"}, enter},
			{"reflection form on its rating", []string{"3", "e", "tab", "tab", "tab", "tab", "tab", "tab"}, enter},
			{"review form", []string{"3", "w", "e"}, ctrlS},
			{"review form on its focus", []string{"3", "w", "e", "tab", "tab"}, enter},
		} {
			a := sizeModel(t, lang, tc.keys, years)
			line := ansi.Strip(a.helpView())
			if !strings.Contains(line, tc.want) {
				t.Errorf("%s %s: help line %q lacks %q", lang, tc.name, line, tc.want)
			}
			a.Update(showHelpMsg{}) // in a form ? is text
			full := ansi.Strip(a.helpView())
			for _, b := range []string{ui.Save, ui.SaveAnyField} {
				if !strings.Contains(full, b) {
					t.Errorf("%s %s: full help lacks %q:\n%s", lang, tc.name, b, full)
				}
			}
		}
	}
}
