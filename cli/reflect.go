package cli

import (
	"github.com/spf13/cobra"

	"coach/domain"
)

func reflectCmd(a *app) *cobra.Command {
	var dateFlag, learned, solved, collaborated, idea, next, ask string
	var rating int
	var tags []string
	var replace bool
	cmd := &cobra.Command{
		Use:   "reflect",
		Short: "Write the day's reflection: text flags add to it, $EDITOR edits all of it",
		Example: `  coach reflect --rating 4 -m "how net/http pools connections" --next "read transport.go"
  coach reflect -m "and how it reuses them"          # adds to today's reflection
  coach reflect --next "read h2_bundle.go" --replace  # replaces; the old text is kept in a file
  coach reflect --ask "Why does net/http keep idle connections per host?"
  coach reflect --date yesterday                      # opens $EDITOR`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.store()
			if err != nil {
				return err
			}
			day, err := a.pastDate(dateFlag)
			if err != nil {
				return err
			}
			f := cmd.Flags()
			given := map[string]string{}
			for _, fl := range []struct{ flag, field, v string }{
				{"message", "learned", learned}, {"solved", "solved", solved},
				{"collaborated", "collaborated", collaborated}, {"idea", "idea", idea}, {"next", "next", next},
			} {
				if f.Changed(fl.flag) {
					given[fl.field] = fl.v
				}
			}
			if !f.Changed("rating") {
				rating = 0
			} else if err := domain.CheckRating(rating); err != nil {
				return err
			}
			if len(given) == 0 && !f.Changed("ask") {
				if replace {
					return usagef("--replace needs the text to replace with: -m, --solved, --collaborated, --idea or --next")
				}
				return a.reflectInEditor(st, day, rating, tags, f.Changed("tag"))
			}
			amend := reflectionAmendment{given: given, tags: tags, tagsGiven: f.Changed("tag"), rating: rating, replace: replace}
			if f.Changed("ask") {
				amend.ask = &ask
			}
			return a.amendReflection(st, day, amend)
		},
	}
	f := cmd.Flags()
	f.StringVar(&dateFlag, "date", "", "the day (default today)")
	f.IntVar(&rating, "rating", 0, "how effective the day was, 1 to 5")
	f.StringVarP(&learned, "message", "m", "", "what I learned")
	f.StringVar(&solved, "solved", "", "what I solved")
	f.StringVar(&collaborated, "collaborated", "", "who I worked with, and how")
	f.StringVar(&idea, "idea", "", "one idea")
	f.StringVar(&next, "next", "", "what's next")
	f.StringVar(&ask, "ask", "", `"Ask me later": the question the day's recall card asks (replaces the one there)`)
	f.StringArrayVar(&tags, "tag", nil, "a tag (repeatable)")
	f.BoolVar(&replace, "replace", false, "replace the given parts instead of adding to them (the earlier text is kept in a file)")
	return cmd
}
