package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"coach/domain"
	"coach/sanitize"
)

// goalEditCmd changes the fields of a goal that its flags name; the
// others, its status and its count so far stay as they are.
func goalEditCmd(a *app) *cobra.Command {
	var title, competency, why, target, measure string
	var resources []string
	cmd := &cobra.Command{
		Use:   "edit ID",
		Short: "Change a goal's title, competency, why, target date, measurable target or resources",
		Example: `  coach goal edit 4 --measure "50 problems"     # keeps the problems counted so far
  coach goal edit 4 --target none --measure none  # no target date, no measurable target
  coach goal edit 4 --resource "CLRS" --resource "Go by Example"  # replaces the list`,
		Args: exactArgs(1, "a goal id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			changed := cmd.Flags().Changed
			if !changed("title") && !changed("competency") && !changed("why") && !changed("target") &&
				!changed("measure") && !changed("resource") {
				return usagef("goal edit needs at least one of --title, --competency, --why, --target, --measure or --resource")
			}
			var m domain.Measure
			if changed("measure") {
				if m, err = parseMeasure(measure); err != nil {
					return err
				}
			}
			var due domain.Date
			if changed("target") && !isNone(target) {
				if strings.TrimSpace(target) == "" {
					return usagef("--target needs a date, or none for no target date")
				}
				if due, err = a.date(target, true); err != nil {
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
			// The flags apply to the goal as stored, in the write that
			// saves it: a field they leave alone keeps what another
			// window wrote meanwhile.
			g, err := st.EditGoal(id, func(g *domain.Goal) {
				if changed("title") {
					g.Title = title
				}
				if changed("competency") {
					g.Competency = competency
				}
				if changed("why") {
					g.Why = why
				}
				if changed("target") {
					g.Target = due
				}
				if changed("measure") {
					g.Measure = m // an amount target keeps its count: EditGoal sees to it
				}
				if changed("resource") {
					g.Resources = resources
				}
			})
			if err != nil {
				return err
			}
			a.printf(ui.CLI.EditedGoal+"\n", g.ID, sanitize.Line(g.Title), goalAside(lang, ui, g))
			return nil
		},
	}
	cmd.Flags().StringVar(&title, "title", "", "a new title")
	cmd.Flags().StringVar(&competency, "competency", "", "depth, breadth, learning, problem-solving, collaboration or innovation (the goal's tasks follow)")
	cmd.Flags().StringVar(&why, "why", "", "why this goal matters to you")
	cmd.Flags().StringVar(&target, "target", "", "target date, or none")
	cmd.Flags().StringVar(&measure, "measure", "", measureHelp)
	cmd.Flags().StringArrayVar(&resources, "resource", nil, `a book, course or repo (repeatable; replaces the list; --resource "" empties it)`)
	return cmd
}
