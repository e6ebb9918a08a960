package tui

import (
	"testing"

	"coach/content"
)

// A form's help line offers ←/→ only while the focused field is a choice,
// in every form that has one, field by field.
func TestFormHelpOffersChoiceKeysOnlyOnAChoice(t *testing.T) {
	sh := testShared(t, content.EN)
	for _, tc := range saveRuleForms[:2] { // the task and goal forms
		f := tc.build(sh)
		f.SetSize(80, 24)
		for i, fl := range f.fields {
			f.setFocus(i)
			_, choice := fl.input.(*choiceInput)
			if got := hasBinding(f.help(), sh.keys.Choice); got != choice {
				t.Errorf("%s form, field %q: ←/→ offered %v, want %v", tc.name, fl.label, got, choice)
			}
			if !hasBinding(f.help(), f.saveKey()) || !hasBinding(f.help(), sh.keys.Cancel) {
				t.Errorf("%s form, field %q: save or cancel missing", tc.name, fl.label)
			}
		}
	}
}
