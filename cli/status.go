package cli

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"coach/content"
	"coach/store"
)

// statusJSON is `coach status --json`.
type statusJSON struct {
	Date   string `json:"date"`
	Due    int    `json:"due"`
	Done   int    `json:"done"`
	Left   int    `json:"left"`
	Streak int    `json:"streak"`
	Recall int    `json:"recall"`
}

// placeholder is a {name} in a --format template.
var placeholder = regexp.MustCompile(`\{([a-z]*)\}`)

// statusFields are the names a template may use.
var statusFields = []string{"left", "due", "done", "streak", "recall"}

// statusCmd prints one short line for a shell prompt or a status bar. It
// runs on every prompt: it opens the database read-only for one read
// (store.Glance: today's tasks and the weeks the streak spans), and the
// recall cards only when asked for.
func statusCmd(a *app) *cobra.Command {
	var format string
	var asJSON, ascii bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Print one short line for a shell prompt or tmux: tasks left today, day streak",
		Long: "Print one short line for a shell prompt or tmux status bar, like \"☐ 3 left · 🔥 12\"\n" +
			"(tasks left today, day streak); an empty line when nothing is due and there is no streak.\n" +
			"--format takes a template with {left} {due} {done} {streak} {recall}.",
		Example: `  coach status                          # ☐ 3 left · 🔥 12
  coach status --ascii                  # [ ] 3 left * 12
  coach status --format '{left}/{due} {streak}'`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			withRecall := asJSON
			if cmd.Flags().Changed("format") {
				for _, m := range placeholder.FindAllStringSubmatch(format, -1) {
					if !slices.Contains(statusFields, m[1]) {
						return usagef("--format: unknown placeholder %s; use {%s}", m[0], strings.Join(statusFields, "} {"))
					}
					withRecall = withRecall || m[1] == "recall"
				}
			}
			st, today, err := a.storeToday()
			if err != nil {
				return err
			}
			g, err := st.Glance(today)
			if err != nil {
				return err
			}
			s := statusJSON{Date: today.String(), Due: g.Due, Done: g.Done, Left: g.Due - g.Done, Streak: g.Streak}
			if withRecall {
				if s.Recall, err = st.RecallDueCount(today); err != nil {
					return err
				}
			}
			if asJSON {
				return a.writeJSON(s)
			}
			if s.Due == 0 && s.Streak == 0 && s.Recall == 0 {
				a.printf("\n") // nothing to say: the prompt stays as it was
				return nil
			}
			if cmd.Flags().Changed("format") {
				a.printf("%s\n", fillStatus(format, s))
				return nil
			}
			_, ui, err := a.words()
			if err != nil {
				return err
			}
			a.printf("%s\n", statusLine(ui.CLI, g, ascii))
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "a template with {left} {due} {done} {streak} {recall}")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&ascii, "ascii", false, "no emoji: [ ] 3 left * 12")
	return cmd
}

func fillStatus(format string, s statusJSON) string {
	return placeholder.ReplaceAllStringFunc(format, func(m string) string {
		n := map[string]int{"left": s.Left, "due": s.Due, "done": s.Done, "streak": s.Streak, "recall": s.Recall}[m[1:len(m)-1]]
		return strconv.Itoa(n)
	})
}

// statusLine is "☐ 3 left · 🔥 12", "☑ all done · 🔥 12" or "🔥 12", and
// "[ ] 3 left * 12" in ASCII.
func statusLine(ui content.CLIUI, g store.Glance, ascii bool) string {
	open, done, fire, sep := "☐", "☑", "🔥", " · "
	if ascii {
		open, done, fire, sep = "[ ]", "[x]", "*", " "
	}
	var parts []string
	switch left := g.Due - g.Done; {
	case left > 0:
		parts = append(parts, open+" "+fmt.Sprintf(ui.StatusLeft, left))
	case g.Due > 0:
		parts = append(parts, done+" "+ui.StatusAllDone)
	}
	if g.Streak > 0 {
		parts = append(parts, fire+" "+strconv.Itoa(g.Streak))
	}
	return strings.Join(parts, sep)
}
