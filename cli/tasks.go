package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"coach/content"
	"coach/domain"
	"coach/sanitize"
	"coach/store"
)

// dueJSON is one task in `coach today --json`.
type dueJSON struct {
	ID          uint64 `json:"id"`
	Title       string `json:"title"`
	Competency  string `json:"competency"`
	GoalID      uint64 `json:"goal_id"`
	Repeat      string `json:"repeat"`
	Due         string `json:"due"`
	Minutes     int    `json:"minutes"`
	Done        bool   `json:"done"`
	CarriedOver bool   `json:"carried_over"`
}

func todayCmd(a *app) *cobra.Command {
	var asJSON bool
	var dateFlag string
	cmd := &cobra.Command{
		Use:   "today",
		Short: "List the tasks due today",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			st, today, err := a.storeToday()
			if err != nil {
				return err
			}
			day, err := a.date(dateFlag, false)
			if err != nil {
				return usageError{err}
			}
			items, err := st.DueOn(day, today)
			if err != nil {
				return err
			}
			recall := 0 // cards to recall: today's, never another day's
			if day == today {
				if recall, err = st.RecallDueCount(today); err != nil {
					return err
				}
			}
			if asJSON {
				return writeTodayJSON(a, day, items, recall)
			}
			lang, ui, err := a.words()
			if err != nil {
				return err
			}
			writeToday(a, lang, ui, day, items)
			if recall > 0 {
				a.printf("\n"+ui.CLI.RecallDueLine+"\n", recall)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringVar(&dateFlag, "date", "", "show another day (YYYY-MM-DD, yesterday, a weekday …)")
	return cmd
}

func writeTodayJSON(a *app, day domain.Date, items []store.DueItem, recall int) error {
	out := struct {
		Date      string    `json:"date"`
		Done      int       `json:"done"`
		Total     int       `json:"total"`
		Tasks     []dueJSON `json:"tasks"`
		RecallDue int       `json:"recall_due"` // cards in today's session (coach recall)
	}{Date: day.String(), Total: len(items), Tasks: []dueJSON{}, RecallDue: recall}
	for _, it := range items {
		t := it.Task
		if it.Done {
			out.Done++
		}
		out.Tasks = append(out.Tasks, dueJSON{ID: t.ID, Title: t.Title, Competency: t.Competency, GoalID: t.GoalID,
			Repeat: t.Repeat, Due: t.Due.String(), Minutes: t.Minutes, Done: it.Done, CarriedOver: !t.Due.IsZero() && t.Due < day})
	}
	return a.writeJSON(out)
}

func writeToday(a *app, lang content.Lang, ui content.UI, day domain.Date, items []store.DueItem) {
	done := 0
	for _, it := range items {
		if it.Done {
			done++
		}
	}
	a.printf(ui.CLI.TodayHeader+"\n", day, ui.Today.Weekdays[day.Weekday()], done, len(items))
	if len(items) == 0 {
		a.printf("\n%s\n", ui.CLI.NothingDue)
		return
	}
	last := ""
	for _, it := range items {
		t := it.Task
		if t.Competency != last {
			a.printf("\n%s\n", content.CompetencyName(lang, t.Competency))
			last = t.Competency
		}
		mark := "[ ]"
		if it.Done {
			mark = "[x]"
		}
		var extra []string
		if t.Schedule().Recurring() {
			extra = append(extra, ui.Today.ScheduleText(t.Repeat))
		} else if t.Due < day {
			extra = append(extra, fmt.Sprintf(ui.Today.Carried, t.Due))
		}
		if t.Minutes > 0 {
			extra = append(extra, ui.Today.MinutesText(t.Minutes))
		}
		suffix := ""
		if len(extra) > 0 {
			suffix = " " + fmt.Sprintf(ui.CLI.Aside, strings.Join(extra, ui.CLI.AsideSep))
		}
		a.printf("  %4d %s %s%s\n", t.ID, mark, sanitize.Line(t.Title), suffix)
	}
}

func addCmd(a *app) *cobra.Command {
	var goalID uint64
	var competency, repeat, due, notes string
	var minutes int
	cmd := &cobra.Command{
		Use:   "add TITLE",
		Short: "Add a task (one-off by default, or a habit with --repeat)",
		Example: `  coach add "Read the net/http source for 30 min" --competency depth --repeat weekdays --minutes 30
  coach add "Write the design doc" --goal 2 --due friday`,
		Args: exactArgs(1, "a title in quotes"),
		RunE: func(cmd *cobra.Command, args []string) error {
			lang, ui, err := a.words()
			if err != nil {
				return err
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			t := domain.Task{Title: args[0], GoalID: goalID, Repeat: repeat, Minutes: minutes, Notes: notes}
			if t.Competency, err = pickCompetency(st, competency, goalID); err != nil {
				return err
			}
			r, err := domain.ParseRepeat(repeat)
			if err != nil {
				return err
			}
			if !r.Recurring() {
				if t.Due, err = a.date(due, true); err != nil {
					return usageError{err}
				}
			} else if due != "" {
				return usagef("--due is for one-off tasks; %q repeats", repeat)
			}
			t, err = st.AddTask(t)
			if err != nil {
				return err
			}
			a.printf(ui.CLI.AddedTask+"\n", t.ID, sanitize.Line(t.Title), competencyWord(lang, ui.CLI, t.Competency), describeSchedule(ui, t))
			return nil
		},
	}
	cmd.Flags().Uint64Var(&goalID, "goal", 0, "link to goal ID (the task takes its competency)")
	cmd.Flags().StringVar(&competency, "competency", "", "depth, breadth, learning, problem-solving, collaboration or innovation")
	cmd.Flags().StringVar(&repeat, "repeat", "once", "once, daily, weekdays, mon,wed,fri or N/week")
	cmd.Flags().StringVar(&due, "due", "", "due date of a one-off task (default today)")
	cmd.Flags().IntVar(&minutes, "minutes", 0, "planned minutes")
	cmd.Flags().StringVar(&notes, "notes", "", "notes")
	return cmd
}

// pickCompetency takes the flag, else the goal's, else the one last used.
func pickCompetency(st *store.Store, flag string, goalID uint64) (string, error) {
	if goalID != 0 {
		g, err := st.Goal(goalID)
		if err != nil {
			return "", err
		}
		if flag != "" {
			c, err := domain.ParseCompetency(flag)
			if err != nil {
				return "", err
			}
			if c != g.Competency {
				return "", fmt.Errorf("goal %d is in %s; a task takes its goal's competency (drop --competency %s)", goalID, g.Competency, flag)
			}
		}
		return g.Competency, nil
	}
	if flag != "" {
		return domain.ParseCompetency(flag)
	}
	return st.LastCompetency()
}

func describeSchedule(ui content.UI, t domain.Task) string {
	if t.Schedule().Recurring() {
		return ui.Today.ScheduleText(t.Repeat)
	}
	return fmt.Sprintf(ui.CLI.DueOn, t.Due)
}

func doneCmd(a *app) *cobra.Command {
	var dateFlag, note string
	var minutes int
	cmd := &cobra.Command{
		Use:     "done ID",
		Short:   "Tick a task off (today, or --date)",
		Example: "  coach done 3\n  coach done 3 --date yesterday --minutes 45 --note \"finished chapter 4\"",
		Args:    exactArgs(1, "a task id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, ui, err := a.words()
			if err != nil {
				return err
			}
			id, st, day, err := a.checkInArgs(args[0], dateFlag)
			if err != nil {
				return err
			}
			t, err := st.Task(id)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("minutes") {
				minutes = t.Minutes
			}
			extra, err := extraNote(st, ui, t, day)
			if err != nil {
				return err
			}
			if _, err := st.SetDone(domain.CheckIn{TaskID: id, Date: day, Minutes: minutes, Note: note}); err != nil {
				return err
			}
			a.printf(ui.CLI.Done+"\n", id, sanitize.Line(t.Title), day)
			if extra != "" {
				a.printf("%s\n", extra)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dateFlag, "date", "", "the day it was done (default today)")
	cmd.Flags().IntVar(&minutes, "minutes", 0, "minutes spent (default: the planned minutes)")
	cmd.Flags().StringVar(&note, "note", "", "a note")
	return cmd
}

func undoneCmd(a *app) *cobra.Command {
	var dateFlag string
	cmd := &cobra.Command{
		Use:   "undone ID",
		Short: "Take back a check-in (today, or --date)",
		Args:  exactArgs(1, "a task id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, ui, err := a.words()
			if err != nil {
				return err
			}
			id, st, day, err := a.checkInArgs(args[0], dateFlag)
			if err != nil {
				return err
			}
			if _, err := st.SetUndone(id, day); err != nil {
				return err
			}
			a.printf(ui.CLI.Undone+"\n", id, day)
			return nil
		},
	}
	cmd.Flags().StringVar(&dateFlag, "date", "", "the day to clear (default today)")
	return cmd
}

// pastDate parses a check-in date, which cannot lie in the future.
func (a *app) pastDate(s string) (domain.Date, error) {
	day, err := a.date(s, false)
	if err != nil {
		return 0, usageError{err}
	}
	today, _ := a.today()
	if day > today {
		return 0, fmt.Errorf("%s is in the future: check-ins are for today or earlier", day)
	}
	return day, nil
}
