package cli

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"coach/content"
	"coach/domain"
	"coach/editor"
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

// reflectionFields pairs the template's section names with the record.
func reflectionFields(r *domain.Reflection, p content.ReflectionPrompts) []struct {
	name, prompt string
	v            *string
} {
	return []struct {
		name, prompt string
		v            *string
	}{
		{"learned", p.Learned, &r.Learned}, {"solved", p.Solved, &r.Solved},
		{"collaborated", p.Collaborated, &r.Collaborated}, {"idea", p.Idea, &r.Idea}, {"next", p.Next, &r.Next},
	}
}

// reflectionTemplate is the text the editor opens: a rating and tags line,
// then one "## name" section per field, each with its prompt as a comment.
func reflectionTemplate(r domain.Reflection, header string, p content.ReflectionPrompts) string {
	var b strings.Builder
	fmt.Fprintf(&b, header+"\n", r.Date)
	rating := ""
	if r.Rating > 0 {
		rating = strconv.Itoa(r.Rating)
	}
	fmt.Fprintf(&b, "rating: %s\ntags: %s\n", rating, strings.Join(r.Tags, ", "))
	for _, f := range reflectionFields(&r, p) {
		fmt.Fprintf(&b, "\n## %s\n# %s\n%s\n", f.name, f.prompt, *f.v)
	}
	return b.String()
}

// parseReflection reads the edited template back into r.
func parseReflection(text string, r domain.Reflection, p content.ReflectionPrompts) (domain.Reflection, error) {
	fields := map[string]*string{}
	for _, f := range reflectionFields(&r, p) {
		fields[f.name] = f.v
		*f.v = ""
	}
	var cur *string
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## "):
			name := strings.TrimSpace(line[3:])
			if cur = fields[name]; cur == nil {
				return r, fmt.Errorf("unknown section %q in the reflection", name)
			}
		case strings.HasPrefix(line, "#"):
		case cur != nil:
			*cur += line + "\n"
		case strings.HasPrefix(line, "rating:"):
			v := strings.TrimSpace(strings.TrimPrefix(line, "rating:"))
			if v == "" {
				r.Rating = 0
				continue
			}
			n, err := strconv.Atoi(v)
			if err != nil {
				return r, fmt.Errorf("rating must be 1 to 5, got %q", v)
			}
			r.Rating = n
		case strings.HasPrefix(line, "tags:"):
			r.Tags = domain.SplitTags(strings.TrimPrefix(line, "tags:"))
		}
	}
	for _, v := range fields {
		*v = strings.TrimSpace(*v)
	}
	return r, sc.Err()
}

// editReflection opens the reflection in the user's editor and reads it back.
func (a *app) editReflection(r domain.Reflection, header string, p content.ReflectionPrompts) (domain.Reflection, error) {
	path, err := editor.TempFile("coach-reflection-*.md", reflectionTemplate(r, header, p))
	if err != nil {
		return r, err
	}
	defer os.Remove(path)
	cmd := editor.Command(a.Getenv, path)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = a.Stdin, a.Stdout, a.Stderr
	if err := cmd.Run(); err != nil {
		return r, fmt.Errorf("the editor %s failed: %v; nothing was saved", cmd.Path, err)
	}
	text, err := os.ReadFile(path)
	if err != nil {
		return r, err
	}
	return parseReflection(string(text), r, p)
}
