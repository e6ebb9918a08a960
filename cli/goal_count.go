package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"coach/domain"
)

// goalCountCmd keeps the count of a target the user counts by hand:
// +N adds, -N takes away, N sets.
func goalCountCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "count ID +N|-N|N",
		Short: "Add to, take from or set the count of a goal's hand-counted target",
		Example: `  coach goal count 4 +3    # three more problems solved
  coach goal count 4 -1    # one counted by mistake
  coach goal count 4 17    # the count is 17`,
		Args: func(cmd *cobra.Command, args []string) error {
			if args = countWords(args); len(args) < 2 {
				return usagef("count needs a goal id and a count: +N to add, -N to take away or N to set (got %d argument(s)); see coach goal count --help", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			// Flags after the count: "-1" is a count, not a flag, so
			// parsing stopped at the id; read the rest as flags now.
			args = countWords(args)
			if err := cmd.Flags().Parse(args[2:]); err != nil {
				return usageError{err}
			}
			if rest := cmd.Flags().Args(); len(rest) > 0 {
				return usagef("count takes a goal id and one count (got %q too)", rest[0])
			}
			if help, _ := cmd.Flags().GetBool("help"); help {
				return cmd.Help()
			}
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			delta, set, err := parseCount(args[1])
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
			g, err := st.CountGoal(id, delta, set)
			var p *domain.Problem
			if errors.As(err, &p) && p.Rule == domain.MeasureRange && !set {
				return fmt.Errorf("goal %d's count is %d, and %s would make it %d: the count runs from 0 to %d",
					id, p.Got-delta, args[1], p.Got, p.Limit)
			}
			if err != nil {
				return err
			}
			a.printf(ui.CLI.GoalCounted+"\n", g.ID, g.Measure.Amount, ui.Goals.FormatMeasure(g.Measure))
			return nil
		},
	}
	// A count of -1 must reach RunE as an argument.
	cmd.Flags().SetInterspersed(false)
	return cmd
}

// countWords is the id, the count and what follows, without a "--"
// between the id and the count: parsing stops at the id and leaves it
// there, but it is how one writes a negative number on a command line.
func countWords(args []string) []string {
	if len(args) > 1 && args[1] == "--" {
		return append(args[:1:1], args[2:]...)
	}
	return args
}

// parseCount reads a count: "+3" adds 3, "-1" takes 1 away, "17" sets 17.
func parseCount(s string) (delta int, set bool, err error) {
	digits, sign := s, 0
	switch {
	case strings.HasPrefix(s, "+"):
		digits, sign = s[1:], 1
	case strings.HasPrefix(s, "-"):
		digits, sign = s[1:], -1
	}
	bad := digits == "" || strings.TrimLeft(digits, "0123456789") != ""
	if bad {
		return 0, false, usagef("invalid count %q: want +N to add, -N to take away or N to set, N a whole number", s)
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n > domain.MaxMeasure {
		return 0, false, usagef("count %q is too large: the count runs from 0 to %d", s, domain.MaxMeasure)
	}
	if sign == 0 {
		return n, true, nil
	}
	return sign * n, false, nil
}
