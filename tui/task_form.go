package tui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"coach/content"
	"coach/domain"
	"coach/sanitize"
)

// Field positions of the task form.
const (
	tfTitle = iota
	tfCompetency
	tfGoal
	tfRepeat
	tfDue
	tfMinutes
	tfNotes
)

// taskForm edits a task. goals are the active goals offered for linking;
// their order gives the choice indexes after "none".
type taskForm struct {
	*form
	task  domain.Task // the task being edited; ID 0 for a new one
	goals []domain.Goal
}

func newTaskForm(sh *shared, t domain.Task, goals []domain.Goal) *taskForm {
	ui := sh.ui.Today
	title := ui.NewTask
	if t.ID != 0 {
		title = ui.EditTask
	}
	comps := content.CompetencyNames(sh.lang)
	goalNames := []string{ui.NoGoal}
	goalChoice := 0
	for i, g := range goals {
		// Whole: the choice cuts a name only to the room it has.
		goalNames = append(goalNames, sanitize.Line(g.Title))
		if g.ID == t.GoalID {
			goalChoice = i + 1
		}
	}
	minutes := ""
	if t.Minutes > 0 {
		minutes = strconv.Itoa(t.Minutes)
	}
	f := newForm(sh, title,
		newTextField(ui.Title, t.Title, "", domain.MaxTitle),
		newChoiceField(ui.Competency, comps, domain.CompetencyIndex(t.Competency)),
		newChoiceField(ui.Goal, goalNames, goalChoice),
		newTextField(ui.Schedule, repeatValue(ui, t), ui.ScheduleHint, 40),
		newDateField(ui.Due, dueValue(t), ui.DueHint),
		newTextField(ui.Minutes, minutes, "", 5),
		newTextField(ui.Notes, t.Notes, "", domain.MaxNote),
	)
	if t.ID == 0 && !t.Due.IsZero() {
		f.fields[tfDue].input.(*textInput).empty = t.Due.String()
	}
	tf := &taskForm{form: f, task: t, goals: goals}
	// Linking a goal takes its competency, as the store will.
	f.onChange = func(f *form, i int) {
		if g := f.choice(tfGoal); i == tfGoal && g > 0 {
			f.fields[tfCompetency].input.restore("", domain.CompetencyIndex(goals[g-1].Competency))
		}
	}
	return tf
}

// result reads the form into a task, setting each field's error; ok is
// false when any field is invalid.
func (tf *taskForm) result(today domain.Date) (domain.Task, bool) {
	f := tf.form
	pui := tf.sh.ui.Problems
	t := tf.task
	var err error
	f.clearErrors()
	if t.Title, err = domain.CleanTitle(f.fields[tfTitle].value()); err != nil {
		f.fields[tfTitle].err = explain(pui, err, nil)
	}
	t.Competency = domain.Competencies[f.choice(tfCompetency)]
	t.GoalID = 0
	if g := f.choice(tfGoal); g > 0 {
		t.GoalID = tf.goals[g-1].ID
		t.Competency = tf.goals[g-1].Competency
	}
	r, err := domain.ParseRepeat(f.fields[tfRepeat].value())
	if err != nil {
		f.fields[tfRepeat].err = explain(pui, err, nil)
	}
	t.Repeat = r.String()
	if !r.Recurring() {
		// Left empty, a new task is due on the day shown, an edited one
		// keeps its date.
		if due := strings.TrimSpace(f.fields[tfDue].value()); due != "" {
			if t.Due, err = domain.ParseDate(due, today, true); err != nil {
				f.fields[tfDue].err = explain(pui, err, nil)
			}
		} else if t.Due.IsZero() {
			t.Due = today
		}
	} else {
		t.Due = 0
	}
	t.Minutes = readMinutes(f.fields[tfMinutes], pui)
	t.Notes = f.fields[tfNotes].value()
	if f.hasErrors() {
		return t, false
	}
	// The rest of the rules (the notes' length) as the store will apply them.
	if _, err := domain.CleanTask(t); err != nil {
		var p *domain.Problem
		if errors.As(err, &p) && p.Rule == domain.TooLong && p.Field == "notes" {
			f.fields[tfNotes].err = explain(pui, err, nil)
		} else {
			f.err = explain(pui, err, labels(map[string]string{"notes": tf.sh.ui.Today.Notes}))
		}
	}
	return t, !f.hasErrors()
}

// readMinutes reads a field of minutes, empty meaning none, and sets its
// error when it is not a number the domain takes.
func readMinutes(fl *field, pui content.ProblemsUI) int {
	m := strings.TrimSpace(fl.value())
	if m == "" {
		return 0
	}
	n, ok := domain.ParseMinutes(m)
	switch {
	case !ok:
		fl.err = fmt.Sprintf(pui.NotNumber, m)
	case domain.CheckMinutes(n) != nil:
		fl.err = explain(pui, domain.CheckMinutes(n), nil)
	}
	return n
}

// dueValue leaves the date of a new task empty, showing the day it will
// take as the placeholder, so typing a date does not append to it.
func dueValue(t domain.Task) string {
	if t.ID == 0 {
		return ""
	}
	return t.Due.String()
}

// repeatValue is the schedule in the words the list shows it in (周一、周三、
// 周五, not mon,wed,fri), which the field reads back; empty (meaning once)
// for a one-off task, so typing a rule does not append to a default.
func repeatValue(ui content.TodayUI, t domain.Task) string {
	return ui.ScheduleText(t.Repeat)
}
