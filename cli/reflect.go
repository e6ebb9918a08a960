package cli

import (
	"github.com/spf13/cobra"

	"coach/content"
	"coach/domain"
)

func reflectCmd(a *app) *cobra.Command {
	var dateFlag, learned, solved, collaborated, idea, next string
	var rating int
	var tags []string
	cmd := &cobra.Command{
		Use:   "reflect",
		Short: "Write the day's reflection (flags, or $EDITOR when no text flag is given)",
		Example: `  coach reflect --rating 4 -m "how net/http pools connections" --next "read transport.go"
  coach reflect --date yesterday      # opens $EDITOR`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lang, ui, err := a.words()
			if err != nil {
				return err
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			day, err := a.pastDate(dateFlag)
			if err != nil {
				return err
			}
			r, _, err := st.Reflection(day)
			if err != nil {
				return err
			}
			r.Date = day
			f := cmd.Flags()
			textGiven := false
			for name, set := range map[string]func(){
				"message": func() { r.Learned = learned }, "solved": func() { r.Solved = solved },
				"collaborated": func() { r.Collaborated = collaborated }, "idea": func() { r.Idea = idea },
				"next": func() { r.Next = next }, "tag": func() { r.Tags = tags },
			} {
				if f.Changed(name) {
					set()
					textGiven = textGiven || name != "tag"
				}
			}
			if f.Changed("rating") {
				if err := domain.CheckRating(rating); err != nil {
					return err
				}
				r.Rating = rating
			}
			if !textGiven {
				if r, err = a.editReflection(r, ui.CLI.EditorHeader, content.CoachData(lang).Reflection); err != nil {
					return err
				}
			}
			if r.Rating == 0 {
				return usagef("a reflection needs a rating of the day from 1 to 5: add --rating N")
			}
			if _, err := st.PutReflection(r); err != nil {
				return err
			}
			a.printf(ui.CLI.ReflectionSaved+"\n", day, r.Rating)
			return nil
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
	f.StringArrayVar(&tags, "tag", nil, "a tag (repeatable)")
	return cmd
}
