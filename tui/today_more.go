package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"coach/domain"
)

// moreAdviceMax is the most suggestions listed under Today's list, after
// the one above it.
const moreAdviceMax = 3

// moreAdvice is the coach's next suggestions under a list that leaves
// room for them (spare rows): a blank line, a heading and each suggestion
// on two lines at most, wrapped under its bullet. Only a screen of
// dayLineMinHeight rows or more shows them, and only those that fit; the
// review has its own line and is never among them.
func (s *todayScreen) moreAdvice(spare int) string {
	if s.height < dayLineMinHeight || spare < 3 {
		return ""
	}
	st := s.sh.styles
	var lines []string
	shown := 0
	for _, a := range s.advices {
		if a.Kind == domain.SuggestReview || a == s.advice || a.Text == "" {
			continue
		}
		item, cut := wrapLines(a.Text, s.width-4, adviceLines)
		if cut {
			item[len(item)-1] = ansi.Truncate(item[len(item)-1], max(s.width-4, 10), "…")
		}
		if shown == moreAdviceMax || 2+len(lines)+len(item) > spare {
			break
		}
		for i, l := range item {
			lead := "    "
			if i == 0 {
				lead = "  · "
			}
			lines = append(lines, st.Suggestion.Render(lead+l))
		}
		shown++
	}
	if shown == 0 {
		return ""
	}
	return "\n\n" + st.Label.Render(s.sh.ui.Today.MoreAdvice) + "\n" + strings.Join(lines, "\n")
}
