package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"coach/content"
	"coach/domain"
	"coach/sanitize"
)

func logCmd(a *app) *cobra.Command {
	var since, until, search string
	var tags []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "log",
		Short: "Print past reflections, newest first",
		Example: `  coach log --since 2026-11-01
  coach log --search "scheduler" --tag go     # a tag is go or #go
  coach log --until yesterday --json`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			from, to := domain.MinDate, domain.MaxDate
			var err error
			if cmd.Flags().Changed("since") {
				if from, err = a.logDate("since", since); err != nil {
					return err
				}
			}
			if cmd.Flags().Changed("until") {
				if to, err = a.logDate("until", until); err != nil {
					return err
				}
			}
			if from > to {
				return usagef("--since %s is after --until %s", from, to)
			}
			want := make([]string, 0, len(tags))
			for _, t := range tags {
				if t = bareTag(t); t == "" {
					return usagef("--tag needs a tag, such as go or #go")
				}
				want = append(want, t)
			}
			st, _, err := a.storeToday()
			if err != nil {
				return err
			}
			var rs []domain.Reflection
			if strings.TrimSpace(search) != "" {
				rs, err = st.SearchReflections(search) // newest first
			} else if rs, err = st.Reflections(from, to); err == nil {
				slices.Reverse(rs)
			}
			if err != nil {
				return err
			}
			out := []domain.Reflection{}
			for _, r := range rs {
				if r.Date >= from && r.Date <= to && hasTags(r, want) {
					out = append(out, r)
				}
			}
			if asJSON {
				for i := range out {
					if out[i].Tags == nil {
						out[i].Tags = []string{}
					}
				}
				return a.writeJSON(out)
			}
			lang, ui, err := a.words()
			if err != nil {
				return err
			}
			writeLog(a, lang, ui, out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&since, "since", "", "from this day on (YYYY-MM-DD, yesterday, a weekday …)")
	f.StringVar(&until, "until", "", "up to this day")
	f.StringVar(&search, "search", "", "only reflections whose text or tags hold every word")
	f.StringArrayVar(&tags, "tag", nil, "only reflections with this tag, go or #go (repeatable: all of them)")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// logDate reads --since or --until; a weekday means the last one.
func (a *app) logDate(flag, s string) (domain.Date, error) {
	if strings.TrimSpace(s) == "" {
		return 0, usagef("--%s needs a date (YYYY-MM-DD, yesterday, a weekday …)", flag)
	}
	d, err := a.date(s, false)
	if err != nil {
		return 0, usageError{err}
	}
	return d, nil
}

// bareTag is a tag as stored: lower case, without the # people type.
func bareTag(t string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(t), "#"))
}

// hasTags reports whether r carries every tag of want.
func hasTags(r domain.Reflection, want []string) bool {
	for _, w := range want {
		if !slices.ContainsFunc(r.Tags, func(t string) bool { return bareTag(t) == w }) {
			return false
		}
	}
	return true
}

// writeLog prints each reflection under its day: the rating, the tags and
// every part written, under the question it answers.
func writeLog(a *app, lang content.Lang, ui content.UI, rs []domain.Reflection) {
	if len(rs) == 0 {
		a.printf("%s\n", ui.CLI.LogNone)
		return
	}
	q := content.CoachData(lang).Reflection
	for i, r := range rs {
		if i > 0 {
			a.printf("\n")
		}
		rating := ui.Reflect.NoRating
		if r.Rating > 0 {
			rating = fmt.Sprintf(ui.Reflect.RatingOf, r.Rating)
		}
		head := r.Date.String() + " · " + rating
		if len(r.Tags) > 0 {
			head += " · #" + strings.Join(r.Tags, " #")
		}
		a.printf("%s\n", head)
		for _, f := range reflectionFields(&r, q) {
			text := strings.TrimSpace(*f.v)
			if text == "" {
				continue
			}
			a.printf("  %s\n", f.prompt)
			a.printBlock(indent(sanitize.Block(text), "    "))
		}
	}
}

// indent puts prefix before every line of text that is not blank.
func indent(text, prefix string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}
