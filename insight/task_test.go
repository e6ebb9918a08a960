package insight

import (
	"slices"
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
				// The user's own task is named by id: it is no new task.
				seen = true
				if s.Task != "" || s.TaskID == 0 {
					t.Errorf("%s: weakest advice %q names task %q (id %d)", lang, s.Text, s.Task, s.TaskID)
				}
			case s.Task != "":
				t.Errorf("%s: %s advice names task %q", lang, s.Kind, s.Task)
			}
		}
		if !seen {
			t.Fatalf("%s: no advice proposes a task in %+v", lang, r.Suggestions)
		}
		// Without a task of their own in that competency, a starter task
		// is proposed as a new task.
		h := history()
		h.Tasks = slices.DeleteFunc(h.Tasks, func(t domain.Task) bool { return t.ID == taskProto.ID })
		h.Tasks = append(h.Tasks, domain.Task{ID: 6, Title: "Prototype an idea", Competency: domain.Innovation, Repeat: "3/week",
			Created: taskProto.Created, Archived: true, ArchivedOn: date("2026-11-29")})
		starter := false
		for _, s := range Compute(h, today, lang).Suggestions {
			if s.Kind == domain.SuggestWeakest {
				starter = s.Task != "" && s.TaskID == 0 && strings.HasSuffix(s.Text, s.Task)
			}
		}
		if !starter {
			t.Errorf("%s: no starter task proposed without own tasks: %+v", lang, Compute(h, today, lang).Suggestions)
		}
	}
}
