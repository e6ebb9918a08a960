package cli

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"coach/content"
	"coach/domain"
	"coach/sanitize"
	"coach/store"
)

// recallCmd is coach recall: the cards due today, their grades, the
// caps, and a session on the terminal.
func recallCmd(a *app) *cobra.Command {
	var asJSON, session bool
	var setNew, setReviews int
	cmd := &cobra.Command{
		Use:   "recall",
		Short: "Recall what you learned: the cards due today, grade them, or run a session",
		Long: "Each reflection with something learned becomes a recall card, named by its day.\n" +
			"coach recall lists today's cards (at most 5 new and 20 reviews a day: change\n" +
			"that with --set-new and --set-reviews); grade one with coach recall grade, or\n" +
			"go through them with --session.",
		Example: `  coach recall
  coach recall --json
  coach recall --session
  coach recall grade 2026-11-20 good
  coach recall retire 2026-11-20
  coach recall --set-new 3 --set-reviews 30`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f := cmd.Flags()
			if f.Changed("set-new") || f.Changed("set-reviews") {
				return a.setRecallCaps(f.Changed("set-new"), setNew, f.Changed("set-reviews"), setReviews)
			}
			st, today, err := a.storeToday()
			if err != nil {
				return err
			}
			rs, err := st.RecallDue(today)
			if err != nil {
				return err
			}
			switch {
			case asJSON:
				return a.writeJSON(recallJSON(today, rs))
			case session:
				return a.recallSession(st, today, rs)
			}
			_, ui, err := a.words()
			if err != nil {
				return err
			}
			return a.printRecall(ui.CLI, rs)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&asJSON, "json", false, "print today's cards as JSON")
	f.BoolVar(&session, "session", false, "go through today's cards: the cue, Enter shows the note, then a grade")
	f.IntVar(&setNew, "set-new", 0, "how many new cards a day (default 5)")
	f.IntVar(&setReviews, "set-reviews", 0, "how many reviews a day (default 20)")
	cmd.AddCommand(recallGradeCmd(a), recallRetireCmd(a))
	return cmd
}

func recallGradeCmd(a *app) *cobra.Command {
	var dateFlag string
	cmd := &cobra.Command{
		Use:   "grade DATE again|hard|good|easy",
		Short: "Grade the recall card of a day's reflection",
		Args:  exactArgs(2, "the card's day and a grade (again, hard, good or easy)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			card, err := a.pastDate(args[0])
			if err != nil {
				return err
			}
			g, err := domain.ParseGrade(args[1])
			if err != nil {
				return usageError{err}
			}
			day, err := a.pastDate(dateFlag)
			if err != nil {
				return err
			}
			st, ui, err := a.storeWords()
			if err != nil {
				return err
			}
			m, err := st.GradeCard(card, day, g)
			if err != nil {
				return err
			}
			a.printGraded(ui.CLI, card, g, m, day)
			return nil
		},
	}
	cmd.Flags().StringVar(&dateFlag, "date", "", "the day of the recall (default today)")
	return cmd
}

func recallRetireCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "retire DATE",
		Short: "Let a recall card go: it is not asked again",
		Args:  exactArgs(1, "the card's day"),
		RunE: func(cmd *cobra.Command, args []string) error {
			card, err := a.pastDate(args[0])
			if err != nil {
				return err
			}
			today, err := a.today()
			if err != nil {
				return err
			}
			st, ui, err := a.storeWords()
			if err != nil {
				return err
			}
			if err := st.RetireCard(card, today); err != nil {
				return err
			}
			a.printf(ui.CLI.RecallRetired+"\n", card)
			return nil
		},
	}
}

func (a *app) setRecallCaps(newGiven bool, n int, reviewsGiven bool, r int) error {
	if newGiven && (n < 0 || n > domain.MaxRecallCap) || reviewsGiven && (r < 0 || r > domain.MaxRecallCap) {
		return usageError{domain.CheckRecallCaps(domain.RecallCaps{New: -1})}
	}
	st, ui, err := a.storeWords()
	if err != nil {
		return err
	}
	caps, err := st.EditRecallCaps(func(c *domain.RecallCaps) {
		if newGiven {
			c.New = n
		}
		if reviewsGiven {
			c.Reviews = r
		}
	})
	if err != nil {
		return err
	}
	a.printf(ui.CLI.RecallCapsSet+"\n", caps.New, caps.Reviews)
	return nil
}

func gradeName(ui content.CLIUI, g domain.Grade) string { return ui.RecallGrades[g-1] }

// printGraded says how a grade went and when the card comes back.
func (a *app) printGraded(ui content.CLIUI, card domain.Date, g domain.Grade, m domain.Memory, day domain.Date) {
	if days := int(m.Due - day); days != 1 {
		a.printf(ui.RecallGraded+"\n", card, gradeName(ui, g), m.Due, days)
		return
	}
	a.printf(ui.RecallGradedOne+"\n", card, gradeName(ui, g), m.Due)
}

// cue is what a card asks: its question, or what was learned that day.
func cue(ui content.CLIUI, c store.RecallCard) string {
	if c.Ask != "" {
		return sanitize.Line(c.Ask)
	}
	q := fmt.Sprintf(ui.RecallCueDay, c.Day)
	if len(c.Tags) > 0 {
		q += "  #" + sanitize.Line(strings.Join(c.Tags, " #"))
	}
	return q
}

func (a *app) printRecall(ui content.CLIUI, rs store.RecallSession) error {
	if len(rs.Cards) == 0 {
		a.printf("%s\n", ui.RecallNoneDue)
		return nil
	}
	header := ui.RecallHeader
	if len(rs.Cards) == 1 {
		header = ui.RecallHeaderOne
	}
	a.printf(header+"\n", len(rs.Cards), rs.Caps.New, rs.Caps.Reviews)
	for _, c := range rs.Cards {
		kind := ui.RecallReview
		if c.New {
			kind = ui.RecallNew
		}
		a.printf("  %s  %-6s  %s\n", c.Day, kind, cue(ui, c))
	}
	return nil
}

// recallCardJSON is a card as `coach recall --json` prints it.
type recallCardJSON struct {
	Card      string   `json:"card"`
	New       bool     `json:"new"`
	Due       string   `json:"due"`
	Ask       string   `json:"ask"`
	Learned   string   `json:"learned"`
	Tags      []string `json:"tags"`
	Reviews   int      `json:"reviews"`
	Stability float64  `json:"stability_days"`
}

func recallJSON(today domain.Date, rs store.RecallSession) any {
	cards := []recallCardJSON{}
	for _, c := range rs.Cards {
		tags := c.Tags
		if tags == nil {
			tags = []string{}
		}
		cards = append(cards, recallCardJSON{Card: c.Day.String(), New: c.New, Due: c.Memory.Due.String(), Ask: c.Ask,
			Learned: c.Learned, Tags: tags, Reviews: c.Memory.Reviews, Stability: float64(int(c.Memory.Stability*100)) / 100})
	}
	return map[string]any{"today": today.String(), "due": rs.Due, "session": len(cards), "caps": rs.Caps, "cards": cards}
}

// recallSession goes through today's cards on the terminal: the cue, Enter
// shows the note, then a grade (1–4), s to retire, q to stop.
func (a *app) recallSession(st *store.Store, today domain.Date, rs store.RecallSession) error {
	_, ui, err := a.words()
	if err != nil {
		return err
	}
	r := ui.CLI
	if len(rs.Cards) == 0 {
		a.printf("%s\n", r.RecallNoneDue)
		return nil
	}
	in := bufio.NewReader(a.Stdin)
	line := func() (string, bool) {
		s, err := in.ReadString('\n')
		if err != nil && (err != io.EOF || s == "") {
			return "", false
		}
		return strings.TrimSpace(s), true
	}
	recalled, done := 0, 0
	for i, c := range rs.Cards {
		a.printf("\n"+r.RecallCounter+"  %s\n%s\n", i+1, len(rs.Cards), c.Day, cue(r, c))
		a.printf("%s", r.RecallPressEnter)
		if _, ok := line(); !ok {
			break
		}
		a.printf("%s\n", sanitize.Block(c.Learned))
		answer, ok := a.askGrade(r, line)
		switch {
		case !ok:
			a.printf(r.RecallSummary+"\n", done, recalled)
			return nil
		case answer == 0:
			if err := st.RetireCard(c.Day, today); err != nil {
				return err
			}
			a.printf(r.RecallRetired+"\n", c.Day)
			continue
		}
		m, err := st.GradeCard(c.Day, today, answer)
		if err != nil {
			return err
		}
		done++
		if answer >= domain.Good {
			recalled++
		}
		a.printGraded(r, c.Day, answer, m, today)
	}
	a.printf(r.RecallSummary+"\n", done, recalled)
	return nil
}

// askGrade asks until it gets a grade, or s (0: retire); ok is false on q
// or the end of the input.
func (a *app) askGrade(r content.CLIUI, line func() (string, bool)) (domain.Grade, bool) {
	for {
		a.printf("%s", r.RecallGradePrompt)
		answer, ok := line()
		switch {
		case !ok || answer == "q":
			return 0, false
		case answer == "s":
			return 0, true
		}
		if g, err := domain.ParseGrade(answer); err == nil {
			return g, true
		}
		a.printf("%s\n", r.RecallBadGrade)
	}
}
