package cli

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"coach/content"
	"coach/domain"
	"coach/sanitize"
	"coach/store"
)

// Task states in `coach tasks --json`.
const (
	stateActive   = "active"
	stateDone     = "done" // a one-off task checked in
	stateArchived = "archived"
)

// taskRow is one task in `coach tasks --json`.
type taskRow struct {
	ID         uint64 `json:"id"`
	Title      string `json:"title"`
	Competency string `json:"competency"`
	GoalID     uint64 `json:"goal_id"`
	Repeat     string `json:"repeat"`
	Due        string `json:"due"` // a one-off task's; "" for a habit
	Minutes    int    `json:"minutes"`
	Notes      string `json:"notes"`
	State      string `json:"state"`
	DoneOn     string `json:"done_on,omitempty"`
	ArchivedOn string `json:"archived_on,omitempty"`
}

func tasksCmd(a *app) *cobra.Command {
	var asJSON, all bool
	cmd := &cobra.Command{
		Use:   "tasks",
		Short: "List tasks and habits with their ids, schedule, goal and state",
		Example: `  coach tasks
  coach tasks --all --json   # done and archived ones too, for scripts`,
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			st, _, err := a.storeToday()
			if err != nil {
				return err
			}
			ts, err := st.TaskStates(all)
			if err != nil {
				return err
			}
			rows := taskRows(ts)
			if asJSON {
				return a.writeJSON(rows)
			}
			lang, ui, err := a.words()
			if err != nil {
				return err
			}
			writeTasks(a, lang, ui, rows)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&all, "all", false, "include done one-off tasks and archived tasks")
	return cmd
}

// taskRows orders the tasks as Today does: by competency, then id.
func taskRows(ts []store.TaskState) []taskRow {
	sort.SliceStable(ts, func(i, j int) bool {
		ci, cj := domain.CompetencyIndex(ts[i].Competency), domain.CompetencyIndex(ts[j].Competency)
		if ci != cj {
			return ci < cj
		}
		return ts[i].ID < ts[j].ID
	})
	rows := make([]taskRow, 0, len(ts))
	for _, t := range ts {
		r := taskRow{ID: t.ID, Title: t.Title, Competency: t.Competency, GoalID: t.GoalID, Repeat: t.Repeat,
			Minutes: t.Minutes, Notes: t.Notes, State: stateActive}
		if !t.Due.IsZero() {
			r.Due = t.Due.String()
		}
		if !t.DoneOn.IsZero() {
			r.State, r.DoneOn = stateDone, t.DoneOn.String()
		}
		if t.Archived {
			r.State = stateArchived
			if !t.ArchivedOn.IsZero() {
				r.ArchivedOn = t.ArchivedOn.String()
			}
		}
		rows = append(rows, r)
	}
	return rows
}

func writeTasks(a *app, lang content.Lang, ui content.UI, rows []taskRow) {
	if len(rows) == 0 {
		a.printf("%s\n", ui.CLI.TasksNone)
		return
	}
	last := ""
	for _, r := range rows {
		if r.Competency != last {
			if last != "" {
				a.printf("\n")
			}
			a.printf("%s\n", content.CompetencyName(lang, r.Competency))
			last = r.Competency
		}
		mark := "[ ]"
		if r.State != stateActive {
			mark = "[x]"
		}
		schedule := ui.Today.ScheduleText(r.Repeat)
		if r.Due != "" {
			schedule = fmt.Sprintf(ui.CLI.DueOn, r.Due)
		}
		extra := []string{schedule}
		if r.Minutes > 0 {
			extra = append(extra, ui.Today.MinutesText(r.Minutes))
		}
		if r.GoalID != 0 {
			extra = append(extra, fmt.Sprintf(ui.CLI.TaskGoal, r.GoalID))
		}
		switch {
		case r.State == stateArchived && r.ArchivedOn != "":
			extra = append(extra, fmt.Sprintf(ui.CLI.TaskArchivedOn, r.ArchivedOn))
		case r.State == stateArchived:
			extra = append(extra, ui.CLI.TaskArchived)
		case r.State == stateDone:
			extra = append(extra, fmt.Sprintf(ui.CLI.TaskDoneOn, r.DoneOn))
		}
		a.printf("  %4d %s %s%s\n", r.ID, mark, sanitize.Line(r.Title),
			fmt.Sprintf(ui.CLI.Aside, strings.Join(extra, ui.CLI.AsideSep)))
	}
}
