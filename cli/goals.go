package cli

import (
	"fmt"
	"math"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"coach/content"
	"coach/domain"
	"coach/sanitize"
	"coach/store"
)

// goalRow is one goal in `coach goals --json`. Progress is the blend of
// both figures that the list used to show, kept for scripts; the named
// figures say what it is made of.
type goalRow struct {
	domain.Goal
	Progress   float64  `json:"progress"`
	Tasks      int      `json:"tasks"`
	Figure     string   `json:"figure"`  // the one the list shows: "target", "tasks", "habits" or ""
	Reached    *int     `json:"reached"` // toward the measure; null without one
	OnceDone   int      `json:"once_done"`
	OnceTotal  int      `json:"once_total"`
	Habits     int      `json:"habits"`
	HabitsKept *float64 `json:"habits_kept_28d"` // 0–1; null without a habit
	Kept28     int      `json:"checkins_kept_28d"`
	Due28      int      `json:"checkins_due_28d"`
	fig        domain.Figures
}

func goalsCmd(a *app) *cobra.Command {
	var asJSON, all bool
	cmd := &cobra.Command{
		Use:   "goals",
		Short: "List goals by competency with their progress",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			st, today, err := a.storeToday()
			if err != nil {
				return err
			}
			rows, err := goalRows(st, today, all)
			if err != nil {
				return err
			}
			if asJSON {
				return a.writeJSON(rows)
			}
			lang, ui, err := a.words()
			if err != nil {
				return err
			}
			writeGoals(a, lang, ui, rows)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&all, "all", false, "include done and archived goals")
	return cmd
}

func goalRows(st *store.Store, today domain.Date, all bool) ([]goalRow, error) {
	sums, cs, err := st.GoalSummaries(today-domain.Window+1, today)
	if err != nil {
		return nil, err
	}
	done := map[uint64][]domain.Date{}
	for _, c := range cs {
		done[c.TaskID] = append(done[c.TaskID], c.Date)
	}
	rows := []goalRow{}
	for _, comp := range domain.Competencies {
		for _, sum := range sums {
			g := sum.Goal
			if g.Competency != comp || (!all && g.Status != domain.StatusActive) {
				continue
			}
			p := domain.GoalProgressOf(g, sum.Habits, done, sum.OnceDone, sum.OnceTotal, today)
			f := sum.Figures(done, today)
			row := goalRow{Goal: g, Progress: p, Tasks: len(sum.Habits) + sum.OnceTotal, Figure: f.Shown(),
				OnceDone: f.OnceDone, OnceTotal: f.OnceTotal, Habits: f.Habits, Kept28: f.Kept, Due28: f.Due, fig: f}
			if !f.Measure.IsZero() {
				reached := f.Reached
				row.Reached = &reached
			}
			if f.Habits > 0 {
				kept := math.Round(f.HabitsKept()*1000) / 1000
				row.HabitsKept = &kept
			}
			rows = append(rows, row)
		}
	}
	return rows, nil
}

// figWidth is the column of a goal's labelled figure, so titles line up.
const figWidth = 18

// padWhole pads s to width columns and never cuts it: a target's unit
// ("17/40 graph problems") is the figure's label and must stay whole.
func padWhole(s string, width int) string {
	return s + strings.Repeat(" ", max(width-ansi.StringWidth(s), 0))
}

func writeGoals(a *app, lang content.Lang, words content.UI, rows []goalRow) {
	ui := words.CLI
	if len(rows) == 0 {
		a.printf("%s\n", ui.NoGoals)
		return
	}
	last := ""
	for _, r := range rows {
		if r.Competency != last {
			a.printf("\n%s\n", content.CompetencyName(lang, r.Competency))
			last = r.Competency
		}
		bar := textBar(r.fig.Share(), 10)
		extra := ""
		if !r.Target.IsZero() {
			extra = fmt.Sprintf(ui.Target, r.Target)
		}
		if r.Status != domain.StatusActive {
			extra += " · " + words.Goals.StatusName(r.Status)
		}
		tasks := fmt.Sprintf(ui.Tasks, r.Tasks)
		if r.Tasks == 1 {
			tasks = ui.OneTask
		}
		a.printf("  %4d %s %s %s%s\n", r.ID, bar, padWhole(sanitize.Line(words.Goals.Figure(r.fig)), figWidth), sanitize.Line(r.Title), fmt.Sprintf(ui.Aside, tasks+extra))
	}
}

func goalCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "goal",
		Short: "Add, edit, count, complete or archive a goal",
		Args:  noArgs,
		// Runnable, so that cobra checks the arguments: a mistyped
		// subcommand is a usage error, not a help page and exit 0.
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	var competency, why, target, measure string
	var resources []string
	add := &cobra.Command{
		Use:   "add TITLE",
		Short: "Add a goal in one competency",
		Example: `  coach goal add "Understand the Go scheduler" --competency depth --target 2027-03-31 --resource "Go runtime source"
  coach goal add "Solve graph problems" --competency problem-solving --measure "40 problems"`,
		Args: exactArgs(1, "a title in quotes"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if competency == "" {
				return usagef("goal add needs --competency (depth, breadth, learning, problem-solving, collaboration or innovation)")
			}
			m, err := parseMeasure(measure)
			if err != nil {
				return err
			}
			lang, ui, err := a.words()
			if err != nil {
				return err
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			g := domain.Goal{Title: args[0], Competency: competency, Why: why, Resources: resources, Measure: m}
			if target != "" {
				if g.Target, err = a.date(target, true); err != nil {
					return usageError{err}
				}
			}
			g, err = st.AddGoal(g)
			if err != nil {
				return err
			}
			a.printf(ui.CLI.AddedGoal+"\n", g.ID, sanitize.Line(g.Title), goalAside(lang, ui, g))
			return nil
		},
	}
	add.Flags().StringVar(&competency, "competency", "", "depth, breadth, learning, problem-solving, collaboration or innovation")
	add.Flags().StringVar(&why, "why", "", "why this goal matters to you")
	add.Flags().StringVar(&target, "target", "", "target date")
	add.Flags().StringVar(&measure, "measure", "", measureHelp)
	add.Flags().StringArrayVar(&resources, "resource", nil, "a book, course or repo (repeatable)")
	cmd.AddCommand(add, goalEditCmd(a), goalCountCmd(a), goalStatusCmd(a, "done", domain.StatusDone, "Mark a goal done"),
		goalStatusCmd(a, "archive", domain.StatusArchived, "Archive a goal (its history stays)"),
		goalStatusCmd(a, "reopen", domain.StatusActive, "Make a goal active again"))
	return cmd
}

func goalStatusCmd(a *app, name, status, short string) *cobra.Command {
	return &cobra.Command{
		Use:   name + " ID",
		Short: short,
		Args:  exactArgs(1, "a goal id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, ui, err := a.words()
			if err != nil {
				return err
			}
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			g, err := st.SetGoalStatus(id, status)
			if err != nil {
				return err
			}
			a.printf(ui.CLI.GoalIs+"\n", g.ID, ui.Goals.StatusName(g.Status), sanitize.Line(g.Title))
			return nil
		},
	}
}
