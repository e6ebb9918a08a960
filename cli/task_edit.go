package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"coach/domain"
	"coach/sanitize"
)

// editCmd changes the fields of a task that its flags name; the others,
// its check-ins and its archive state stay as they are.
func editCmd(a *app) *cobra.Command {
	var title, repeat, due, goal, notes, competency string
	var minutes int
	cmd := &cobra.Command{
		Use:   "edit ID",
		Short: "Change a task's title, schedule, due date, minutes, goal, notes or competency",
		Example: `  coach edit 3 --repeat mon,wed,fri --minutes 45   # only the flags given change
  coach edit 5 --due friday
  coach edit 3 --goal none --competency breadth`,
		Args: exactArgs(1, "a task id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			changed := cmd.Flags().Changed
			if !changed("title") && !changed("repeat") && !changed("due") && !changed("minutes") &&
				!changed("goal") && !changed("notes") && !changed("competency") {
				return usagef("edit needs at least one of --title, --repeat, --due, --minutes, --goal, --notes or --competency")
			}
			var r domain.Repeat
			if changed("repeat") {
				if r, err = domain.ParseRepeat(repeat); err != nil {
					return usageError{err}
				}
				if r.Recurring() && changed("due") {
					return usagef("--due is for one-off tasks; %q repeats", repeat)
				}
			}
			var dueDay domain.Date
			if changed("due") {
				if strings.TrimSpace(due) == "" {
					return usagef("--due needs a date (YYYY-MM-DD, today, friday …)")
				}
				if dueDay, err = a.date(due, true); err != nil {
					return usageError{err}
				}
			}
			var goalID uint64
			if changed("goal") && !isNone(goal) {
				if goalID, err = parseID(goal); err != nil {
					return usagef("--goal needs a goal id, or none to unlink the task (got %q)", goal)
				}
			}
			if changed("competency") {
				if competency, err = domain.ParseCompetency(competency); err != nil {
					return usageError{err}
				}
			}
			if changed("minutes") {
				if err := domain.CheckMinutes(minutes); err != nil {
					return usageError{err}
				}
			}
			lang, ui, err := a.words()
			if err != nil {
				return err
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			if goalID != 0 && changed("competency") {
				// add's rule: a task takes its goal's competency
				if _, err := pickCompetency(st, competency, goalID); err != nil {
					return err
				}
			}
			today, err := a.today()
			if err != nil {
				return err
			}
			// The flags apply to the task as stored, in the write that saves it.
			t, err := st.EditTask(id, func(t *domain.Task) error {
				if changed("goal") {
					t.GoalID = goalID
				} else if changed("competency") && t.GoalID != 0 && competency != t.Competency {
					return fmt.Errorf("task %d belongs to goal %d, whose competency it takes: add --goal none to unlink it", t.ID, t.GoalID)
				}
				if changed("title") {
					t.Title = title
				}
				if changed("competency") {
					t.Competency = competency
				}
				if changed("repeat") {
					t.Repeat = r.String()
					if !r.Recurring() && t.Due.IsZero() && !changed("due") {
						t.Due = today // a habit made one-off is due today, as add does
					}
				}
				if changed("due") {
					if t.Schedule().Recurring() {
						return fmt.Errorf("task %d repeats (%s): --due is for one-off tasks; add --repeat once", t.ID, t.Repeat)
					}
					t.Due = dueDay
				}
				if changed("minutes") {
					t.Minutes = minutes
				}
				if changed("notes") {
					t.Notes = notes
				}
				return nil
			})
			if err != nil {
				return err
			}
			a.printf(ui.CLI.EditedTask+"\n", t.ID, sanitize.Line(t.Title), competencyWord(lang, ui.CLI, t.Competency), describeSchedule(ui, t))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&title, "title", "", "a new title")
	f.StringVar(&repeat, "repeat", "", "once, daily, weekdays, mon,wed,fri or N/week")
	f.StringVar(&due, "due", "", "due date of a one-off task")
	f.IntVar(&minutes, "minutes", 0, "planned minutes")
	f.StringVar(&goal, "goal", "", "link to goal ID (the task takes its competency), or none")
	f.StringVar(&notes, "notes", "", "notes")
	f.StringVar(&competency, "competency", "", "depth, breadth, learning, problem-solving, collaboration or innovation")
	return cmd
}

// rmCmd removes a task the way the app does: one never checked in is
// deleted, one with check-ins is archived and its history stays.
func rmCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "rm ID",
		Short:   "Remove a task: deleted if never checked in, else archived with its history",
		Example: "  coach rm 4",
		Args:    exactArgs(1, "a task id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			_, ui, err := a.words()
			if err != nil {
				return err
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			today, err := a.today()
			if err != nil {
				return err
			}
			t, archived, err := st.RemoveTask(id, today)
			if err != nil {
				return err
			}
			if archived {
				a.printf(ui.CLI.ArchivedTask+"\n", t.ID, sanitize.Line(t.Title), today)
			} else {
				a.printf(ui.CLI.DeletedTask+"\n", t.ID, sanitize.Line(t.Title))
			}
			return nil
		},
	}
}
