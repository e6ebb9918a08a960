package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"coach/domain"
	"coach/sanitize"
)

// Shell completion offers task and goal ids with their titles, read from
// the database as it is (read-only, never created): `coach done <tab>`
// lists the tasks still to do, `coach goal edit <tab>` the goals.

// addCompletions hooks the id completions onto the commands that take an
// id, the goal id onto --goal, and the fixed choices of --from and
// --competency.
func addCompletions(root *cobra.Command, a *app) {
	addChoiceCompletions(root)
	for _, c := range root.Commands() {
		switch c.Name() {
		case "done", "undone", "edit", "rm":
			c.ValidArgsFunction = a.completeFirst(a.taskChoices)
		case "goal":
			for _, sub := range c.Commands() {
				if sub.Name() == "add" {
					continue // it takes a title
				}
				all := sub.Name() == "reopen" // a goal done or archived
				sub.ValidArgsFunction = a.completeFirst(func() ([]cobra.Completion, error) { return a.goalChoices(all) })
			}
		}
		if c.Flags().Lookup("goal") != nil {
			withNone := c.Name() == "edit"
			_ = c.RegisterFlagCompletionFunc("goal", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
				choices, _ := a.goalChoices(false)
				if withNone {
					choices = append(choices, cobra.CompletionWithDesc("none", "no goal"))
				}
				return choices, cobra.ShellCompDirectiveNoFileComp
			})
		}
	}
}

// addChoiceCompletions gives --from and --competency their fixed choices on
// every command that has them, subcommands too.
func addChoiceCompletions(c *cobra.Command) {
	if c.Flags().Lookup("from") != nil {
		_ = c.RegisterFlagCompletionFunc("from", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return strings.Split(importSources(), ", "), cobra.ShellCompDirectiveNoFileComp
		})
	}
	if c.Flags().Lookup("competency") != nil {
		_ = c.RegisterFlagCompletionFunc("competency", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return append([]string(nil), domain.Competencies...), cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
		})
	}
	for _, sub := range c.Commands() {
		addChoiceCompletions(sub)
	}
}

// completeFirst completes the first argument from choices; a database
// that cannot be read offers nothing rather than an error.
func (a *app) completeFirst(choices func() ([]cobra.Completion, error)) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		cs, err := choices()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return cs, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
	}
}

// taskChoices are the tasks still to do, by id.
func (a *app) taskChoices() ([]cobra.Completion, error) {
	st, err := a.existing()
	if err != nil {
		return nil, err
	}
	ts, err := st.TaskStates(false)
	if err != nil {
		return nil, err
	}
	out := make([]cobra.Completion, 0, len(ts))
	for _, t := range ts {
		out = append(out, idChoice(t.ID, t.Title))
	}
	return out, nil
}

// goalChoices are the active goals, or with all every goal.
func (a *app) goalChoices(all bool) ([]cobra.Completion, error) {
	st, err := a.existing()
	if err != nil {
		return nil, err
	}
	gs, err := st.Goals()
	if err != nil {
		return nil, err
	}
	var out []cobra.Completion
	for _, g := range gs {
		if all || g.Status == domain.StatusActive {
			out = append(out, idChoice(g.ID, g.Title))
		}
	}
	return out, nil
}

// idChoice is "3<TAB>title": the shell inserts the id and shows the
// title beside it. The title is one safe line without tabs.
func idChoice(id uint64, title string) cobra.Completion {
	return cobra.CompletionWithDesc(fmt.Sprint(id), strings.ReplaceAll(sanitize.Line(title), "\t", " "))
}
