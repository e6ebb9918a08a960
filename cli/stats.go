package cli

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"coach/content"
	"coach/insight"
	"coach/sanitize"
)

func statsCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Print streaks, habit strength, balance, ratings and advice",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			st, today, err := a.storeToday()
			if err != nil {
				return err
			}
			lang, err := a.lang()
			if err != nil {
				return err
			}
			r, _, err := insight.Load(st, today, lang)
			if err != nil {
				return err
			}
			if asJSON {
				if r.Tasks == nil {
					r.Tasks = []insight.TaskStat{}
				}
				return a.writeJSON(r)
			}
			writeStats(a, r, lang)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// writeStats prints the report for a person: a small heat-map of the last
// 26 weeks, habits, balance, ratings and the top advice.
func writeStats(a *app, r insight.Report, lang content.Lang) {
	ui := content.Strings(lang).Coach
	a.printf("%s · %s\n%s\n\n", r.Date, fmt.Sprintf(ui.DayStreak, r.DayStreak),
		fmt.Sprintf(ui.Perfect, r.PerfectDays.Streak, r.PerfectDays.Days28))
	heat := r.Heat // starts on a Monday
	if lastWeek := (len(heat)-1)%7 + 1; len(heat) > lastWeek+25*7 {
		heat = heat[len(heat)-lastWeek-25*7:]
	}
	for row := 0; row < 7; row++ {
		var b strings.Builder
		for i := row; i < len(heat); i += 7 {
			b.WriteString(heatGlyphs[heat[i].Level()])
		}
		a.printf("  %s\n", b.String())
	}
	a.printf("\n%s\n", ui.Habits)
	if len(r.Tasks) == 0 {
		a.printf("  %s\n", ui.NoHabits)
	}
	for _, t := range r.Tasks {
		score := fmt.Sprintf("%s %3.0f%%", textBar(t.Strength, 10), t.Strength*100)
		if t.New {
			score = pad(ui.NewHabit, 15)
		}
		a.printf("  %4d %s %s  %s %d · %s %d\n", t.ID, pad(sanitize.Line(t.Title), 40),
			score, ui.Streak, t.Streak, ui.Best, t.BestStreak)
	}
	if len(r.Tasks) > 0 {
		a.printf("  %s\n", ui.StrengthIs)
	}
	a.printf("\n%s\n", ui.Balance)
	for _, c := range r.Competencies {
		score := fmt.Sprintf("%s %3.0f%%", textBar(c.Strength, 10), c.Strength*100)
		if c.New {
			score = pad(ui.NewHabit, 15)
		}
		a.printf("  %s %s  %s · %s\n", pad(content.CompetencyName(lang, c.ID), 30), score,
			fmt.Sprintf(ui.CheckIns, c.CheckIns28), fmt.Sprintf(ui.Minutes, c.Minutes28))
	}
	a.printf("\n%s\n", ui.Ratings)
	for _, p := range []struct {
		label string
		v     *float64
	}{{ui.Period7, r.RatingMean.D7}, {ui.Period30, r.RatingMean.D30}, {ui.Period365, r.RatingMean.D365}} {
		if p.v == nil {
			a.printf("  %-9s %s\n", p.label, ui.NoRating)
		} else {
			a.printf("  %-9s %.2f\n", p.label, *p.v)
		}
	}
	if len(r.Suggestions) > 0 {
		a.printf("\n→ %s\n", r.Suggestions[0].Text)
	}
}

// heatGlyphs draw the levels of domain.DayTally.Level.
var heatGlyphs = [5]string{"·", "░", "▒", "▓", "█"}

func textBar(frac float64, width int) string {
	n := int(frac*float64(width) + 0.5)
	n = max(0, min(n, width))
	return strings.Repeat("█", n) + strings.Repeat("░", width-n)
}

// pad cuts or pads s to exactly width display columns, so columns line up
// with Chinese text too.
func pad(s string, width int) string {
	s = ansi.Truncate(s, width, "…")
	return s + strings.Repeat(" ", width-ansi.StringWidth(s))
}
