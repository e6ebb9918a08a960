package cli

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"coach/content"
	"coach/domain"
	"coach/insight"
	"coach/sanitize"
)

// weekJSON is `coach review --json`: the figures the app's review shows
// (insight.Week) and the review itself, null when not written.
type weekJSON struct {
	Week      string         `json:"week"`
	From      string         `json:"from"`
	To        string         `json:"to"` // Sunday, or today in the current week
	Comps     []weekCompJSON `json:"competencies"`
	Rating    *float64       `json:"rating_mean"` // null: no rated reflection that week
	DayStreak int            `json:"day_streak"`  // at the end of the week
	Perfect   int            `json:"perfect_days"`
	Review    *domain.Review `json:"review"`
	Saved     bool           `json:"saved"`
	fig       insight.WeekFigures
}

type weekCompJSON struct {
	ID      string `json:"id"`
	Done    int    `json:"done"`
	Due     int    `json:"due"`
	Extra   int    `json:"extra"`
	Minutes int    `json:"minutes"`
}

func reviewCmd(a *app) *cobra.Command {
	var week, wentWell, adjust, focus, notes string
	var asJSON, edit bool
	cmd := &cobra.Command{
		Use:   "review",
		Short: "Print a week's figures and review; save the review from flags or $EDITOR",
		Example: `  coach review                                   # this week
  coach review --week 2026-W48 --json
  coach review --went-well "shipped the parser" --adjust "fewer meetings" --focus depth
  coach review --edit --week 2026-W48             # opens $EDITOR`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			today, err := a.today()
			if err != nil {
				return err
			}
			mon := today.Monday()
			if cmd.Flags().Changed("week") {
				if mon, err = domain.ParseWeek(strings.ToUpper(strings.TrimSpace(week))); err != nil {
					return usageError{err}
				}
				if mon > today {
					return usagef("week %s has not started yet (today is %s)", mon.Week(), today)
				}
			}
			changed := cmd.Flags().Changed
			save := changed("went-well") || changed("adjust") || changed("focus") || changed("notes")
			if edit && save {
				return usagef("--edit opens the whole review in $EDITOR: leave out --went-well, --adjust, --focus and --notes")
			}
			if edit && asJSON {
				return usagef("--edit and --json do not go together")
			}
			if focus, err = parseFocus(focus); err != nil {
				return usageError{err}
			}
			lang, ui, err := a.words()
			if err != nil {
				return err
			}
			open := a.existing
			if save || edit {
				open = a.store
			}
			st, err := open()
			if err != nil {
				return err
			}
			week := mon.Week()
			var rev domain.Review
			found, unchanged := false, false
			switch {
			case edit:
				var e reviewEdit
				if rev, found, err = st.Review(week); err != nil {
					return err
				}
				rev.Week = week
				if e, err = a.editReview(rev, ui.CLI.ReviewEditorHeader, content.CoachData(lang).Review); err != nil {
					return err
				}
				if unchanged = e.empty(); !unchanged {
					// the parts changed, applied to the review as stored now
					rev, err = st.EditReview(week, e.apply)
					found, save = true, true
				}
			case save:
				// The flags apply to the review as stored, in one write.
				rev, err = st.EditReview(week, func(r *domain.Review) {
					if changed("went-well") {
						r.WentWell = wentWell
					}
					if changed("adjust") {
						r.Adjust = adjust
					}
					if changed("focus") {
						r.Focus = focus
					}
					if changed("notes") {
						r.Notes = notes
					}
				})
				found = true
			default:
				rev, found, err = st.Review(week)
			}
			if err != nil {
				return err
			}
			h, err := st.History(mon) // whole for the week: its one-off tasks are all read
			if err != nil {
				return err
			}
			f, _ := insight.Week(h, mon, today)
			out := newWeekJSON(f, rev, found, save)
			if asJSON {
				return a.writeJSON(out)
			}
			writeReview(a, lang, ui, out)
			switch {
			case save:
				a.printf("\n"+ui.CLI.ReviewSaved+"\n", out.Week)
			case unchanged:
				a.printf("\n"+ui.CLI.ReviewUnchanged+"\n", out.Week)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&week, "week", "", "the ISO week, such as 2026-W48 (default this week)")
	f.StringVar(&wentWell, "went-well", "", "save: what went well this week")
	f.StringVar(&adjust, "adjust", "", "save: what to change in the plan")
	f.StringVar(&focus, "focus", "", "save: the competency to focus on next week, or none")
	f.StringVar(&notes, "notes", "", "save: anything else")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	f.BoolVar(&edit, "edit", false, "write the review in $EDITOR")
	return cmd
}

func newWeekJSON(f insight.WeekFigures, rev domain.Review, found, saved bool) weekJSON {
	out := weekJSON{Week: f.Week, From: f.From.String(), To: f.To.String(), Rating: f.Rating,
		DayStreak: f.DayStreak, Perfect: f.Perfect, Saved: saved, fig: f, Comps: []weekCompJSON{}}
	for _, c := range f.Comps {
		out.Comps = append(out.Comps, weekCompJSON{ID: c.ID, Done: c.Done, Due: c.Due, Extra: c.Extra, Minutes: c.Mins})
	}
	if found {
		out.Review = &rev
	}
	return out
}

// writeReview prints what the app's weekly review shows: the heading, the
// week in figures, then each answer under its question.
func writeReview(a *app, lang content.Lang, ui content.UI, w weekJSON) {
	t := ui.Reflect
	f := w.fig
	a.printf(t.ReviewHeading+"\n\n%s\n", f.Week, f.From, f.From+6, t.Figures)
	nameW := 0
	for _, c := range f.Comps {
		nameW = max(nameW, ansi.StringWidth(content.CompetencyName(lang, c.ID)))
	}
	for _, c := range f.Comps {
		frac := 0.0
		if c.Due > 0 {
			frac = min(float64(c.Done)/float64(c.Due), 1)
		}
		figs := fmt.Sprintf(t.FigureRow, c.Done, c.Due, c.Mins)
		if c.Extra > 0 { // ticks the schedule did not ask for: apart, so the rate stays ≤ 100%
			figs += " · " + fmt.Sprintf(ui.Coach.WeekExtra, c.Extra)
		}
		a.printf("  %s %s %s\n", pad(content.CompetencyName(lang, c.ID), nameW), textBar(frac, 8), figs)
	}
	tail := fmt.Sprintf(t.WeekStreak, f.DayStreak) + " · " + fmt.Sprintf(ui.Coach.WeekPerfect, f.Perfect)
	if f.Rating != nil {
		tail = fmt.Sprintf(t.WeekRating, *f.Rating) + " · " + tail
	}
	a.printf("  %s\n\n", tail)
	if w.Review == nil {
		a.printf("%s\n", ui.CLI.ReviewNone)
		return
	}
	r := *w.Review
	focus := t.NoFocus
	if r.Focus != "" {
		focus = content.CompetencyName(lang, r.Focus)
	}
	q := content.CoachData(lang).Review
	for _, part := range []struct{ question, text string }{
		{q.WentWell, r.WentWell}, {q.Adjust, r.Adjust}, {q.Focus, focus}, {q.Notes, r.Notes},
	} {
		text := strings.TrimSpace(part.text)
		if text == "" {
			text = t.NoAnswer
		}
		a.printf("%s\n", part.question)
		a.printBlock(indent(sanitize.Block(text), "  "))
	}
}
