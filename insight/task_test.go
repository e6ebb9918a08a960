package insight

import (
	"strings"
	"testing"

	"coach/content"
	"coach/domain"
)

// The advice that proposes a task names it apart from its sentence, so the
// app can offer it as a new task; other advice names none.
func TestSuggestionNamesItsTask(t *testing.T) {
	for _, lang := range content.Langs() {
		r := Compute(history(), today, lang)
		seen := false
		for _, s := range r.Suggestions {
			switch {
			case s.Kind == domain.SuggestWeakest:
				seen = true
				if s.Task == "" || !strings.HasSuffix(s.Text, s.Task) {
					t.Errorf("%s: weakest advice %q names task %q", lang, s.Text, s.Task)
				}
			case s.Task != "":
				t.Errorf("%s: %s advice names task %q", lang, s.Kind, s.Task)
			}
		}
		if !seen {
			t.Fatalf("%s: no advice proposes a task in %+v", lang, r.Suggestions)
		}
	}
}
